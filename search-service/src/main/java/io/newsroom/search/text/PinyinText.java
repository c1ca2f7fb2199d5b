package io.newsroom.search.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import io.newsroom.text.ChineseScript;

/**
 * Pinyin of names and titles, so that a reader who cannot type the characters still finds 聂方红 by
 * {@code niefanghong} or {@code nie fang hong}. Tones are dropped: people type without them.
 */
public final class PinyinText {

    private static final Set<String> SYLLABLES = new HashSet<>();
    private static final int LONGEST_SYLLABLE = 6;

    static {
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!"none".equals(s)) {
                SYLLABLES.add(s.replace('ü', 'v'));
            }
        }
    }

    private PinyinText() {
    }

    /** The syllables of the Chinese characters of the text, space separated ("nie fang hong"); empty when there are none. */
    public static String syllables(String text) {
        if (text == null || !ChineseScript.hasHan(text)) {
            return "";
        }
        List<String> out = new ArrayList<>();
        String simplified = ChineseScript.simplified(text);
        List<Pinyin> pinyins = HanLP.convertToPinyinList(simplified);
        for (int i = 0; i < pinyins.size() && i < simplified.length(); i++) {
            String s = pinyins.get(i).getPinyinWithoutTone();
            if (!"none".equals(s) && ChineseScript.isHan(simplified.charAt(i))) {
                out.add(s.replace('ü', 'v'));
            }
        }
        return String.join(" ", out);
    }

    /** The syllables run together ("niefanghong"): the form a prefix is typed in. */
    public static String compact(String text) {
        return syllables(text).replace(" ", "");
    }

    /**
     * Reads typed pinyin as syllables: "niefanghong", "nie fang hong" and "Nie Fanghong" all give
     * "nie fang hong". Empty when the text is not pinyin or holds fewer than two syllables (one
     * syllable matches far too much to be worth a pinyin reading).
     */
    public static Optional<String> readTyped(String typed) {
        String letters = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s'’-]+", "").replace('ü', 'v');
        if (letters.isEmpty() || letters.length() > 60 || !letters.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return Optional.empty();
        }
        // Fewest syllables that spell the letters exactly (dynamic programming over prefixes).
        int n = letters.length();
        int[] best = new int[n + 1];
        int[] cut = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int len = 1; len <= LONGEST_SYLLABLE && len <= end; len++) {
                int start = end - len;
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && SYLLABLES.contains(letters.substring(start, end))) {
                    best[end] = best[start] + 1;
                    cut[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int end = n; end > 0; end = cut[end]) {
            parts.add(0, letters.substring(cut[end], end));
        }
        return Optional.of(String.join(" ", parts));
    }
}
