package io.newsroom.quality.score;

import java.util.HashMap;
import java.util.Map;

/**
 * Character-level similarity of two texts: F1 over the multisets of character n-grams after
 * {@link TextNormalizer#compact}. With n = 2 (the default of the article scorer) an article that
 * lost or gained a paragraph, or whose text is scrambled, falls below 0.95 while layout differences
 * (spaces, line breaks, full-width forms) cost nothing.
 */
public final class CharNgramF1 {

    private final int n;

    public CharNgramF1(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        this.n = n;
    }

    public Map<String, Integer> grams(String text) {
        String s = TextNormalizer.compact(text);
        Map<String, Integer> bag = new HashMap<>();
        if (s.isEmpty()) {
            return bag;
        }
        int[] cps = s.codePoints().toArray();
        if (cps.length < n) {
            bag.put(s, 1);
            return bag;
        }
        for (int i = 0; i + n <= cps.length; i++) {
            bag.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return bag;
    }

    public Counts counts(String gold, String predicted) {
        return MultisetMatch.compare(grams(gold), grams(predicted));
    }

    public double f1(String gold, String predicted) {
        return counts(gold, predicted).f1();
    }
}
