package io.newsroom.enrich.clean;

/**
 * Normalises spacing and character forms of Chinese page text: full-width letters and digits become
 * ASCII, whitespace collapses to one space, and no space is left next to an ideograph or Chinese
 * punctuation (justification spaces, {@code 2024 年}). Spaces between Latin words stay.
 * One linear pass, no regular expressions.
 */
public class SpacingNormaliser {

    public String normalise(String text) {
        String s = halfWidthLettersAndDigits(text);
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (out.length() > 0 && j < n && !wantsNoSpace(s, out.length() - 1, out, j)) {
                    out.append(' ');
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Full-width ASCII letters and digits (Ａ, ３) to their ASCII forms; punctuation is left as it is. */
    public static String halfWidthLettersAndDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean full = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            if (full) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c - 0xFEE0));
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    /** Whether the space between out[last] and s[next] should go. */
    private static boolean wantsNoSpace(String s, int lastIndex, StringBuilder out, int next) {
        char a = out.charAt(lastIndex);
        char b = s.charAt(next);
        if (CharClass.isCjk(a) || CharClass.isCjk(b)) {
            return true;
        }
        // a curly quote or dash counts as Chinese when the character on its far side is Chinese
        if (CharClass.isSharedPunctuation(a) && lastIndex > 0 && CharClass.isCjk(out.charAt(lastIndex - 1))) {
            return true;
        }
        return CharClass.isSharedPunctuation(b) && next + 1 < s.length() && CharClass.isCjk(s.charAt(next + 1));
    }
}
