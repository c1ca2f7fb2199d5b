package io.newsroom.enrich.split;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * How much two stretches of text share their vocabulary, measured on pairs of adjacent Chinese
 * characters: the paragraphs after a section heading keep talking about the people, places and things
 * of the text before it, the next article on the page mostly does not.
 *
 * <p>The pairs of the short text go into a small open-addressing table; the long context is scanned once
 * against it, so nothing is allocated per character of the context.
 */
final class Cohesion {

    /** Characters too common to say what a text is about: a pair holding one tells nothing. */
    private static final String FUNCTION = "的了是在和与为等也都而及对把被从向以将就这那其之于个一不有上中下年月日时人我们他她它你说";
    private static final int EMPTY = 0;

    private Cohesion() {
    }

    /**
     * The share of the distinct content pairs of {@code text} (its first {@code limit} characters) that also
     * occur in {@code context}; NaN when the text has no content pair.
     */
    static double shared(String text, int limit, List<String> context) {
        return shared(text, limit, context, 1.0);
    }

    /**
     * Whether less than {@code share} of the distinct content pairs of {@code text} (its first {@code limit}
     * characters) occur in {@code context}; false when the text has no content pair. Stops reading the
     * context as soon as the share is reached.
     */
    static boolean sharesLessThan(String text, int limit, List<String> context, double share) {
        return shared(text, limit, context, share) < share;
    }

    /** The share, or any value of at least {@code enough} once that much is found (the rest of the context is not read). */
    private static double shared(String text, int limit, List<String> context, double enough) {
        int[] table = table(text.length() > limit ? text.substring(0, limit) : text);
        int distinct = 0;
        for (int key : table) {
            if (key != EMPTY) {
                distinct++;
            }
        }
        if (distinct == 0) {
            return Double.NaN;
        }
        boolean[] seen = new boolean[table.length];
        int hit = 0;
        for (String c : context) {
            char prev = 0;
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                boolean content = isContent(ch);
                if (content && prev != 0) {
                    int slot = find(table, pair(prev, ch));
                    if (slot >= 0 && !seen[slot]) {
                        seen[slot] = true;
                        hit++;
                        if (hit / (double) distinct >= enough) {
                            return hit / (double) distinct;
                        }
                    }
                }
                prev = content ? ch : 0;
            }
        }
        return hit / (double) distinct;
    }

    /**
     * Of the occurrences of the content pairs that {@code text} repeats ({@code times} times or more), the share whose
     * pair also occurs in {@code context}: the words a stretch of text keeps coming back to are its people, places and
     * subject, and the text around it in the same article names them too. NaN when the text repeats no pair.
     */
    static double repeatedShared(String text, int times, String context) {
        int[] table = table(text);
        int[] counts = new int[table.length];
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean content = isContent(c);
            if (content && prev != 0) {
                counts[find(table, pair(prev, c))]++;
            }
            prev = content ? c : 0;
        }
        BitSet found = slotsIn(context, table);
        int repeated = 0;
        int shared = 0;
        for (int s = 0; s < table.length; s++) {
            if (counts[s] >= times) {
                repeated += counts[s];
                shared += found.get(s) ? counts[s] : 0;
            }
        }
        return repeated == 0 ? Double.NaN : shared / (double) repeated;
    }

    /** How many distinct content pairs the text holds. */
    static int pairs(String text) {
        int distinct = 0;
        for (int key : table(text)) {
            if (key != EMPTY) {
                distinct++;
            }
        }
        return distinct;
    }

    static double shared(String text, int limit, String context) {
        return shared(text, limit, List.of(context));
    }

    /**
     * Which distinct content pairs of {@code text} (its first {@code limit} characters) occur in each of the
     * {@code contexts}, one set per context, then last the set of all its pairs; the same bit stands for the same pair
     * throughout, so the hits of runs of contexts can be united without scanning the text again.
     */
    static BitSet[] hits(String text, int limit, List<String> contexts) {
        int[] table = table(text.length() > limit ? text.substring(0, limit) : text);
        BitSet[] out = new BitSet[contexts.size() + 1];
        BitSet all = new BitSet(table.length);
        for (int s = 0; s < table.length; s++) {
            if (table[s] != EMPTY) {
                all.set(s);
            }
        }
        for (int j = 0; j < contexts.size(); j++) {
            out[j] = slotsIn(contexts.get(j), table);
        }
        out[contexts.size()] = all;
        return out;
    }

    /** The slots of {@code table} whose content pair occurs in {@code context}. */
    private static BitSet slotsIn(String context, int[] table) {
        BitSet seen = new BitSet(table.length);
        char prev = 0;
        for (int i = 0; i < context.length(); i++) {
            char ch = context.charAt(i);
            boolean content = isContent(ch);
            if (content && prev != 0) {
                int slot = find(table, pair(prev, ch));
                if (slot >= 0) {
                    seen.set(slot);
                }
            }
            prev = content ? ch : 0;
        }
        return seen;
    }

    private static boolean isContent(char c) {
        return IS_CONTENT[c];
    }

    /** A table: the test runs for every character of every context, and the script lookup is a binary search. */
    private static final boolean[] IS_CONTENT = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0x3400; c <= Character.MAX_VALUE; c++) {
            IS_CONTENT[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && FUNCTION.indexOf(c) < 0;
        }
    }

    /** A non-zero key for a pair: both characters are ideographs, so the top bit never collides with EMPTY. */
    private static int pair(char a, char b) {
        return (a << 16) | b;
    }

    private static int[] table(String text) {
        int size = Integer.highestOneBit(Math.max(4, text.length() * 2)) << 1;
        int[] table = new int[size];
        Arrays.fill(table, EMPTY);
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean content = isContent(c);
            if (content && prev != 0) {
                int key = pair(prev, c);
                int slot = slot(table, key);
                table[slot] = key;
            }
            prev = content ? c : 0;
        }
        return table;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private static int slot(int[] table, int key) {
        int mask = table.length - 1;
        int s = (key * 0x9E3779B9 >>> 7) & mask;
        while (table[s] != EMPTY && table[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private static int find(int[] table, int key) {
        int s = slot(table, key);
        return table[s] == key ? s : -1;
    }
}
