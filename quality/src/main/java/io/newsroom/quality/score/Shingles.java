package io.newsroom.quality.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shingle metric of the public article-extraction benchmark our HTML set comes from: tokens are
 * runs of word characters, shingles are n consecutive tokens (4 by default), counted as multisets.
 * Each page's counts are normalised to sum to 1 so that long pages weigh no more than short ones;
 * precision and recall are averaged over pages and F1 is taken from the two averages.
 */
public final class Shingles {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final int n;

    public Shingles(int n) {
        this.n = n;
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Shingles of a text; a text shorter than n tokens gives one shorter shingle, an empty text none. */
    public Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> bag = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!shingle.isEmpty()) {
                bag.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return bag;
    }

    /** One page's counts, normalised to sum to 1 (all zero when both texts are empty). */
    public Counts pageCounts(String gold, String predicted) {
        Counts c = MultisetMatch.compare(shingles(gold), shingles(predicted));
        double sum = c.tp() + c.fp() + c.fn();
        return sum == 0 ? c : new Counts(c.tp() / sum, c.fp() / sum, c.fn() / sum);
    }

    /** Page precision: 1 when both are empty, 0 when nothing right was predicted. */
    public static double pagePrecision(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        return c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
    }

    public static double pageRecall(Counts c) {
        if (c.fp() == 0 && c.fn() == 0) {
            return 1;
        }
        return c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
    }

    /**
     * Averages over pages: precision over pages that predicted something, recall over pages whose
     * truth has something; F1 from the two averages. Returns {precision, recall, f1}.
     */
    public static double[] average(List<Counts> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += pagePrecision(c);
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                r += pageRecall(c);
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        return new double[] {precision, recall, Counts.f1(precision, recall)};
    }
}
