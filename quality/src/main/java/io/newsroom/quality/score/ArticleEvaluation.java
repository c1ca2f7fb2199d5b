package io.newsroom.quality.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.newsroom.contract.Article;
import io.newsroom.quality.gold.GoldArticle;

/**
 * Scores the articles predicted for one page against its gold articles: found whole, titles right,
 * spurious articles, authors, paragraphs, residue. Totals add up over pages.
 */
public final class ArticleEvaluation {

    private final ArticleMatcher matcher;

    public ArticleEvaluation(ArticleMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * The figures of one page, or of many added up. {@code goldParagraphs} counts the paragraphs of gold articles with
     * a full body; {@code paragraphsRight} those printed, exactly, as one paragraph of the article paired with theirs
     * (a paragraph cut in two or run into the next is wrong). {@code misses} explains what went wrong.
     */
    public record Score(int gold, int predicted, int whole, int titlesRight, int headlinesRight, int spurious,
            Counts authors, int goldParagraphs, int paragraphsRight, Residue residue, Residue goldResidue, List<String> misses) {

        public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, Counts.ZERO, 0, 0, Residue.NONE, Residue.NONE, List.of());

        /** The same figures without the explanations. */
        public Score withoutMisses() {
            return new Score(gold, predicted, whole, titlesRight, headlinesRight, spurious, authors, goldParagraphs, paragraphsRight,
                    residue, goldResidue, List.of());
        }

        public Score plus(Score o) {
            List<String> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Score(gold + o.gold, predicted + o.predicted, whole + o.whole, titlesRight + o.titlesRight,
                    headlinesRight + o.headlinesRight, spurious + o.spurious, authors.plus(o.authors),
                    goldParagraphs + o.goldParagraphs, paragraphsRight + o.paragraphsRight, residue.plus(o.residue),
                    goldResidue.plus(o.goldResidue), m);
        }
    }

    public Score evaluate(List<GoldArticle> gold, List<Article> predicted) {
        List<String> bodies = predicted.stream().map(a -> a.body() == null ? "" : a.body()).toList();
        ArticleMatcher.Result match = matcher.match(gold, bodies);
        int whole = 0;
        int titles = 0;
        int headlines = 0;
        Counts authors = Counts.ZERO;
        int goldParagraphs = 0;
        int paragraphsRight = 0;
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldArticle ga = gold.get(g);
            ArticleMatcher.Pair pair = match.pairOfGold(g);
            if (ga.hasFullBody()) {
                List<String> wanted = paragraphs(ga.body());
                goldParagraphs += wanted.size();
                if (pair != null) {
                    Set<String> printed = new HashSet<>(paragraphs(predicted.get(pair.predicted()).body()));
                    paragraphsRight += (int) wanted.stream().filter(printed::contains).count();
                }
            }
            String label = "gold #" + g + " " + describe(ga);
            if (pair == null) {
                misses.add(label + ": not found");
                authors = authors.plus(MultisetMatch.compare(names(ga.authors()), Set.of()));
                continue;
            }
            Article pa = predicted.get(pair.predicted());
            if (pair.whole()) {
                whole++;
            } else {
                misses.add(label + ": not whole (score " + String.format("%.3f", pair.score()) + ", predicted #" + pair.predicted() + ")");
            }
            boolean titleRight = titleRight(ga, pa.title());
            if (titleRight) {
                titles++;
                if (same(ga.kicker(), pa.kicker()) && same(ga.subtitle(), pa.subtitle())) {
                    headlines++;
                }
            } else {
                misses.add(label + ": title predicted as " + quote(pa.title()));
            }
            authors = authors.plus(MultisetMatch.compare(names(ga.authors()), names(pa.authors())));
        }
        int spurious = 0;
        Residue residue = Residue.NONE;
        for (int p = 0; p < predicted.size(); p++) {
            Article pa = predicted.get(p);
            residue = residue.plus(Residue.ofArticle(pa.title(), pa.body()));
            if (match.goldFor()[p] < 0) {
                spurious++;
                misses.add("predicted #" + p + " " + quote(pa.title()) + ": spurious");
                authors = authors.plus(MultisetMatch.compare(Set.of(), names(pa.authors())));
            }
        }
        // What the residue heuristics flag in the gold text itself: their false alarms, a floor for the residue.
        Residue goldResidue = Residue.NONE;
        for (GoldArticle ga : gold) {
            if (ga.hasFullBody()) {
                goldResidue = goldResidue.plus(Residue.ofArticle(ga.title(), ga.body()));
            }
        }
        return new Score(gold.size(), predicted.size(), whole, titles, headlines, spurious, authors, goldParagraphs, paragraphsRight,
                residue, goldResidue, misses);
    }

    /** A body's paragraphs (parted by line breaks), compacted: whitespace inside a paragraph does not count. */
    static List<String> paragraphs(String body) {
        if (body == null) {
            return List.of();
        }
        return body.lines().map(TextNormalizer::compact).filter(p -> !p.isEmpty()).toList();
    }

    /** Right when equal after normalising whitespace and width; a gold article without a title wants none. */
    static boolean titleRight(GoldArticle gold, String predicted) {
        String p = TextNormalizer.title(predicted);
        if (TextNormalizer.title(gold.title()).equals(p)) {
            return true;
        }
        for (String alternative : gold.titleAlternatives()) {
            if (TextNormalizer.title(alternative).equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String gold, String predicted) {
        return Objects.equals(TextNormalizer.title(gold), TextNormalizer.title(predicted));
    }

    /** Distinct names, compared without whitespace (本报记者 施 芳 names 施芳). */
    static Set<String> names(List<String> names) {
        return TextNormalizer.compactSet(names);
    }

    private static String describe(GoldArticle a) {
        if (a.title() != null) {
            return quote(a.title());
        }
        String start = a.hasFullBody() ? TextNormalizer.compact(a.body()) : TextNormalizer.compact(a.bodyStart());
        return "(untitled: " + start.substring(0, Math.min(12, start.length())) + "…)";
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "«" + s.strip() + "»";
    }
}
