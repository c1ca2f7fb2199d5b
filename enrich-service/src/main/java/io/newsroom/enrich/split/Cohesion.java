package io.newsroom.enrich.split;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much two stretches of text share their vocabulary, measured on pairs of adjacent Chinese
 * characters: the paragraphs after a section heading keep talking about the people, places and things
 * of the text before it, the next article on the page mostly does not.
 */
final class Cohesion {

    /** Characters too common to say what a text is about: a pair holding one tells nothing. */
    private static final String FUNCTION = "的了是在和与为等也都而及对把被从向以将就这那其之于个一不有上中下年月日时人我们他她它你说";

    private Cohesion() {
    }

    /** The share of the content pairs of {@code text} (at most {@code limit} characters of it) also found in {@code context}. */
    static double shared(String text, int limit, Set<Long> context) {
        Set<Long> pairs = pairs(text.length() > limit ? text.substring(0, limit) : text);
        if (pairs.isEmpty()) {
            return Double.NaN;
        }
        int hit = 0;
        for (long p : pairs) {
            if (context.contains(p)) {
                hit++;
            }
        }
        return hit / (double) pairs.size();
    }

    static Set<Long> pairs(List<String> paragraphs) {
        Set<Long> out = new HashSet<>();
        for (String p : paragraphs) {
            addPairs(p, out);
        }
        return out;
    }

    static Set<Long> pairs(String text) {
        Set<Long> out = new HashSet<>();
        addPairs(text, out);
        return out;
    }

    private static void addPairs(String text, Set<Long> out) {
        char prev = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean content = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && FUNCTION.indexOf(c) < 0;
            if (content && prev != 0) {
                out.add(((long) prev << 16) | c);
            }
            prev = content ? c : 0;
        }
    }
}
