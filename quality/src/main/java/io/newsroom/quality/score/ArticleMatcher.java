package io.newsroom.quality.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.quality.gold.GoldArticle;

/**
 * Pairs the gold articles of a page with the predicted ones, one to one, best pairs first.
 *
 * <p>Full-text gold: the score is {@link CharNgramF1} of the bodies; a pair needs at least
 * {@code minMatch} to count as the same article and at least {@code wholeThreshold} for the article to
 * be found whole. Snippet gold: the score is the share of snippets satisfied (start at the start,
 * end at the end, the others anywhere; a boundary snippet found elsewhere counts half); whole means
 * all satisfied. In both cases a leading news dateline ({@code 株洲日报讯（记者/…）}) is ignored on
 * either side, since papers print it as the start of the lead paragraph.
 */
public final class ArticleMatcher {

    /** {@code XX讯（…）} or {@code XX讯(…)} at the very start of a compacted body. */
    private static final Pattern DATELINE = Pattern.compile("^[^,。,]{0,20}?讯\\([^)]{0,60}\\)");

    private final CharNgramF1 similarity;
    private final double wholeThreshold;
    private final double minMatch;

    public ArticleMatcher(CharNgramF1 similarity, double wholeThreshold, double minMatch) {
        this.similarity = similarity;
        this.wholeThreshold = wholeThreshold;
        this.minMatch = minMatch;
    }

    public static ArticleMatcher standard() {
        return new ArticleMatcher(new CharNgramF1(2), 0.95, 0.5);
    }

    /** One gold article paired with one predicted article. */
    public record Pair(int gold, int predicted, double score, boolean whole) {
    }

    /** The pairs, plus for each side the index of its partner or -1. */
    public record Result(List<Pair> pairs, int[] predictedFor, int[] goldFor) {

        public Pair pairOfGold(int g) {
            for (Pair p : pairs) {
                if (p.gold() == g) {
                    return p;
                }
            }
            return null;
        }
    }

    public Result match(List<GoldArticle> gold, List<String> predictedBodies) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predictedBodies.size(); p++) {
                Pair pair = score(g, gold.get(g), p, predictedBodies.get(p));
                if (pair != null) {
                    candidates.add(pair);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        int[] predictedFor = new int[gold.size()];
        int[] goldFor = new int[predictedBodies.size()];
        Arrays.fill(predictedFor, -1);
        Arrays.fill(goldFor, -1);
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates) {
            if (predictedFor[c.gold()] < 0 && goldFor[c.predicted()] < 0) {
                predictedFor[c.gold()] = c.predicted();
                goldFor[c.predicted()] = c.gold();
                pairs.add(c);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return new Result(pairs, predictedFor, goldFor);
    }

    /** The pair's score, or null when the two are not the same article at all. */
    Pair score(int g, GoldArticle gold, int p, String predictedBody) {
        String predicted = withoutDateline(TextNormalizer.compact(predictedBody));
        if (gold.hasFullBody()) {
            String goldBody = withoutDateline(TextNormalizer.compact(gold.body()));
            double f1 = similarity.f1(goldBody, predicted);
            return f1 < minMatch ? null : new Pair(g, p, f1, f1 >= wholeThreshold);
        }
        List<String> snippets = new ArrayList<>();
        double satisfied = 0;
        int strict = 0;
        if (gold.bodyStart() != null) {
            String s = TextNormalizer.compact(gold.bodyStart());
            snippets.add(s);
            if (predicted.startsWith(s)) {
                satisfied++;
                strict++;
            } else if (predicted.contains(s)) {
                satisfied += 0.5;
            }
        }
        if (gold.bodyEnd() != null) {
            String s = TextNormalizer.compact(gold.bodyEnd());
            snippets.add(s);
            if (predicted.endsWith(s)) {
                satisfied++;
                strict++;
            } else if (predicted.contains(s)) {
                satisfied += 0.5;
            }
        }
        for (String inside : gold.bodyContains()) {
            String s = TextNormalizer.compact(inside);
            snippets.add(s);
            if (predicted.contains(s)) {
                satisfied++;
                strict++;
            }
        }
        if (snippets.isEmpty() || satisfied == 0) {
            return null;
        }
        return new Pair(g, p, satisfied / snippets.size(), strict == snippets.size());
    }

    static String withoutDateline(String compact) {
        return DATELINE.matcher(compact).replaceFirst("");
    }
}
