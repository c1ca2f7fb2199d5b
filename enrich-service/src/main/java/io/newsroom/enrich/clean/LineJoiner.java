package io.newsroom.enrich.clean;

/**
 * Joins a hard-wrapped line to the text before it: Chinese without a space, English with one, and an
 * English word hyphenated at the line end (inter- / national) back into one word.
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
                || a == '/' || a == '-') {
            text.append(next);
        } else {
            text.append(' ').append(next);
        }
    }
}
