package io.newsroom.quality.score;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The normal forms texts are compared in, so that layout differences do not count as errors. */
public final class TextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000\\u2000-\\u200b\\ufeff]+");

    private TextNormalizer() {
    }

    /** NFKC (full-width letters, digits and punctuation folded) with every whitespace removed. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        return WHITESPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
    }

    /**
     * A title or name for exact comparison: NFKC, whitespace removed next to any non-ASCII character
     * (justification spaces in Chinese), other whitespace runs collapsed to one space.
     */
    public static String title(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = WHITESPACE.matcher(t).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ') {
                char before = out.length() == 0 ? 'a' : out.charAt(out.length() - 1);
                char after = i + 1 < t.length() ? t.charAt(i + 1) : 'a';
                if (before > 0x7f || after > 0x7f) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Distinct names in their {@link #compact} form, empty ones dropped, in first-seen order. */
    public static Set<String> compactSet(Collection<String> names) {
        Set<String> set = new LinkedHashSet<>();
        if (names != null) {
            for (String n : names) {
                String c = compact(n);
                if (!c.isEmpty()) {
                    set.add(c);
                }
            }
        }
        return set;
    }
}
