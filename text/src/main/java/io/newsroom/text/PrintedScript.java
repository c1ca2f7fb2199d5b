package io.newsroom.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A text in traditional characters and its simplified copy of the same length, so that what is
 * read from the copy (an article's title and body, a name) can be given back as printed. Our
 * cleaning, splitting and tagging rules and HanLP's dictionaries are written for simplified
 * Chinese; a traditional page goes through them as its copy.
 */
public final class PrintedScript {

    /** Han characters looked up together when the copy's reading order is lost (a headline set after its body). */
    private static final int RESYNC_KEY = 8;
    /** Line breaks and spaces between two characters of the copy that the reading may have dropped. */
    private static final int MAX_SKIPPED = 4;

    private final String printed;
    private final String simplified;
    /** Lengths of the texts read together, one line each. */
    private final int[] pieceLengths;
    /** Marks the page prints in its own way (「 for “): used where reading is out of step. */
    private final Map<Character, Character> printedMarks = new HashMap<>();

    private PrintedScript(String printed, int[] pieceLengths) {
        this.printed = printed;
        this.pieceLengths = pieceLengths;
        this.simplified = ChineseScript.simplifiedAligned(printed);
        for (int k = 0; k < printed.length(); k++) {
            char copied = simplified.charAt(k);
            if (copied != printed.charAt(k) && !ChineseScript.isHan(copied)) {
                printedMarks.putIfAbsent(copied, printed.charAt(k));
            }
        }
    }

    /** The script of a text in traditional characters. */
    public static PrintedScript of(String printed) {
        return new PrintedScript(printed, new int[] {printed.length()});
    }

    /**
     * The script of texts read together, one line each (a page's lines; an article's heading, body
     * and bylines), so that what is read from one may be found in another.
     */
    public static PrintedScript of(List<String> pieces) {
        return new PrintedScript(String.join("\n", pieces), pieces.stream().mapToInt(String::length).toArray());
    }

    public String simplified() {
        return simplified;
    }

    /** The simplified copy of each of the texts given to {@link #of(List)}, in order. */
    public List<String> simplifiedPieces() {
        List<String> copies = new ArrayList<>(pieceLengths.length);
        int at = 0;
        for (int length : pieceLengths) {
            copies.add(simplified.substring(at, at + length));
            at += length + 1;
        }
        return copies;
    }

    /**
     * Text read from the simplified copy, as the original prints it: each Han character is taken
     * from the place it was read from. Reading follows the copy in order, skipping the line breaks
     * and spaces cleaning removed; where the order breaks, the next few characters are looked up
     * again. Punctuation is taken from the original where reading is in step (「」 for “”); a
     * character the copy does not hold stays as read.
     */
    public String printed(String read) {
        if (read == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(read.length());
        int at = 0;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            int next = nextPrinted(at);
            if (next < 0 || simplified.charAt(next) != c) {
                next = find(read, i, at);
            }
            if (next >= 0 && simplified.charAt(next) == c) {
                out.append(printed.charAt(next));
                at = next + 1;
            } else {
                out.append(printedMarks.getOrDefault(c, c));
            }
        }
        return out.toString();
    }

    /** Each piece of text as printed ({@link #printed(String)}), in order and without repeats. */
    public List<String> printed(List<String> read) {
        LinkedHashSet<String> printedPieces = new LinkedHashSet<>();
        for (String piece : read) {
            printedPieces.add(printed(piece));
        }
        return new ArrayList<>(printedPieces);
    }

    /** The first printed character at or just after {@code from} in the copy, past a few spaces and line breaks, or -1. */
    private int nextPrinted(int from) {
        for (int k = from; k < simplified.length() && k <= from + MAX_SKIPPED; k++) {
            if (!Character.isWhitespace(simplified.charAt(k)) && simplified.charAt(k) != '\u3000') {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the characters read from {@code i} on stand in the copy, after {@code from} first, or -1:
     * a Han character with up to seven more after it, or a mark (an opening quote) with the Han
     * characters that follow it, never a mark alone.
     */
    private int find(String read, int i, int from) {
        boolean han = ChineseScript.isHan(read.charAt(i));
        int end = i + 1;
        while (end < read.length() && end - i < RESYNC_KEY && ChineseScript.isHan(read.charAt(end))) {
            end++;
        }
        for (int k = end; k > (han ? i : i + 1); k--) {
            String key = read.substring(i, k);
            int found = simplified.indexOf(key, from);
            if (found < 0) {
                found = simplified.indexOf(key);
            }
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }
}
