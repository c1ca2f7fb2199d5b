package io.newsroom.enrich.clean;

/** Character classes that decide spacing, line joining and line widths in Chinese page text. */
public final class CharClass {

    private CharClass() {
    }

    /** A Han ideograph (CJK unified, extension A, compatibility). */
    public static boolean isIdeograph(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3007;
    }

    /** Punctuation used only in CJK text: ideographic punctuation and full-width forms. */
    public static boolean isCjkPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F && c != 0x3000 && c != 0x3007)
                || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
                || c == 0xFFE5 || (c >= 0xFE30 && c <= 0xFE4F);
    }

    /** Punctuation shared by Chinese and English typesetting (curly quotes, dashes, ellipsis, middle dot). */
    public static boolean isSharedPunctuation(int c) {
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '–'
                || c == '●' || c == '■' || c == '□' || c == '◆' || c == '★' || c == '▲';
    }

    /** Ideograph or CJK-only punctuation: no space is ever wanted next to these. */
    public static boolean isCjk(int c) {
        return isIdeograph(c) || isCjkPunctuation(c);
    }

    /** Ends a sentence: 。！？… and their ASCII forms. */
    public static boolean isSentenceEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '…' || c == '!' || c == '?' || c == '.' || c == '；' || c == '．';
    }

    /** Closes a quotation or parenthesis, which may follow a sentence end. */
    public static boolean isCloser(int c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '"' || c == '】';
    }

    /** Punctuation after which a sentence obviously goes on. */
    public static boolean isContinuing(int c) {
        return c == '，' || c == '、' || c == '：' || c == ',' || c == ':' || c == '“' || c == '（' || c == '(' || c == '《'
                || c == '—' || c == '-' || c == '/';
    }

    /**
     * Printed width in ideograph units: ideographs and dashes 1; Chinese punctuation 0.5, as papers set it
     * compressed; ASCII and others 0.5; spaces 0 (justification spaces say nothing of the text).
     */
    public static double width(int c) {
        if (Character.isWhitespace(c) || c == 0x3000) {
            return 0;
        }
        if (isIdeograph(c) || c == '—' || c == '…' || (c >= 0xFF21 && c <= 0xFF5A)) {
            return 1;
        }
        return 0.5;
    }

    /** Width of a whole string, see {@link #width(int)}. */
    public static double width(CharSequence s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += width(s.charAt(i));
        }
        return w;
    }

    /** Width counting every character but ASCII as a full ideograph: print without punctuation compression. */
    public static double plainWidth(CharSequence s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != 0x3000) {
                w += c < 0x80 ? 0.5 : 1;
            }
        }
        return w;
    }

    /** True when the text ends a sentence, allowing closing quotes or brackets after the stop. */
    public static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == 0x3000)) {
            i--;
        }
        while (i >= 0 && isCloser(s.charAt(i))) {
            i--;
        }
        return i >= 0 && isSentenceEnd(s.charAt(i)) && !(s.charAt(i) == '.' && i > 0 && Character.isDigit(s.charAt(i - 1)));
    }

    /** Last non-space character, or 0. */
    public static char lastChar(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != 0x3000) {
                return s.charAt(i);
            }
        }
        return 0;
    }
}
