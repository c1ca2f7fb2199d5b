package io.newsroom.enrich.clean;

/**
 * Joins a hard-wrapped line to the text before it: Chinese without a space, English with one, and an
 * English word hyphenated at the line end (inter- / national) back into one word; a dash standing free at the line
 * end keeps its space.
 */
public final class LineJoiner {

    private LineJoiner() {
    }

    public static void append(StringBuilder text, String line) {
        String next = line.strip();
        if (next.isEmpty()) {
            return;
        }
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        if (end == 0) {
            text.append(next);
            return;
        }
        char a = text.charAt(end - 1);
        char b = next.charAt(0);
        if (a == '-' && end >= 2 && Character.isLetter(text.charAt(end - 2)) && Character.isLowerCase(b)) {
            text.setLength(end - 1);
            text.append(next);
        } else if (CharClass.isCjk(a) || CharClass.isCjk(b) || CharClass.isSharedPunctuation(a) || CharClass.isSharedPunctuation(b)
                || a == '/' || a == '-' && !freeDash(text, end) || inChineseRun(text, end, next)) {
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
    }

    /** A hyphen standing free after a space ({@code upstarts -} / {@code Amazon}): a dash between words, not a word's hyphen. */
    private static boolean freeDash(StringBuilder text, int end) {
        return end >= 2 && text.charAt(end - 2) == ' ';
    }

    /**
     * A number or Latin run cut by the line end inside Chinese text ({@code 巡视1} / {@code 5个}, {@code “3+3+} /
     * {@code 2”}): Chinese typesetting breaks such runs anywhere, so the pieces join without a space.
     */
    private static boolean inChineseRun(StringBuilder text, int end, String next) {
        int i = end - 1;
        while (i >= 0 && isRunChar(text.charAt(i))) {
            i--;
        }
        int j = 0;
        while (j < next.length() && isRunChar(next.charAt(j))) {
            j++;
        }
        boolean cjkBefore = i >= 0 && i < end - 1 && (CharClass.isCjk(text.charAt(i)) || CharClass.isSharedPunctuation(text.charAt(i)));
        boolean cjkAfter = j > 0 && j < next.length() && (CharClass.isCjk(next.charAt(j)) || CharClass.isSharedPunctuation(next.charAt(j)));
        return (cjkBefore || cjkAfter) && (Character.isDigit(text.charAt(end - 1)) || Character.isDigit(next.charAt(0))
                || text.charAt(end - 1) == '+' || text.charAt(end - 1) == '.');
    }

    private static boolean isRunChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '%');
    }
}
