package io.newsroom.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroom.quality.gold.GoldPage;
import io.newsroom.quality.score.ArticleEvaluation;
import io.newsroom.quality.score.ArticleMatcher;
import io.newsroom.quality.score.CharNgramF1;
import io.newsroom.quality.score.Residue;

/**
 * Scores page splitting and cleaning against gold files: articles found whole, titles right,
 * spurious articles, authors, paragraphs restored, residue.
 */
public final class ArticleScorer {

    static final String USAGE = """
            usage: ArticleScorer --pages DIR [--gold DIR] [--predicted FILE] [--threshold 0.95] [--ngram 2] [--verbose]
              Scores every gold file (*.gold.json) in the gold folder (default: the pages folder) against
              the page it names in the pages folder. Articles come from running the enrich pipeline in
              this process, or from --predicted FILE: the JSON array printed by `./newsroom enrich`.
              An article is found whole when the character n-gram F1 of its body (whitespace removed)
              reaches the threshold, or, for snippet gold, when its start, end and inner snippets match.
              A gold paragraph is right when its article's partner prints it, exactly, as one paragraph.
              Prints per-page lines, totals, and one closing line of JSON.""";

    private ArticleScorer() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, Set.of("pages", "gold", "predicted", "threshold", "ngram"), Set.of("verbose"));
        if (a == null || !a.has("pages")) {
            Report.usage(USAGE);
            return;
        }
        ScoredPages scored = ScoredPages.load(Path.of(a.get("pages", ".")), Path.of(a.get("gold", a.get("pages", "."))),
                a.has("predicted") ? Path.of(a.get("predicted", "")) : null, g -> true);
        List<GoldPage> golds = scored.golds();
        if (golds.isEmpty()) {
            Report.usage("no *" + GoldPage.SUFFIX + " found\n\n" + USAGE);
            return;
        }
        ArticleEvaluation evaluation = new ArticleEvaluation(new ArticleMatcher(
                new CharNgramF1(Integer.parseInt(a.get("ngram", "2"))), Double.parseDouble(a.get("threshold", "0.95")), 0.5));
        boolean verbose = a.has("verbose");

        ArticleEvaluation.Score total = ArticleEvaluation.Score.ZERO;
        for (GoldPage g : golds) {
            ArticleEvaluation.Score s = evaluation.evaluate(g.articles(), scored.predictedFor(g));
            total = total.plus(s.withoutMisses());
            Report.OUT.printf("%-28s gold %2d  predicted %2d  whole %2d  titles %2d  spurious %2d  residue %d%n",
                    g.page(), s.gold(), s.predicted(), s.whole(), s.titlesRight(), s.spurious(), s.residue().total());
            if (verbose) {
                s.misses().forEach(m -> Report.OUT.println("    " + m));
            }
        }
        Residue r = total.residue();
        Report.OUT.printf("pages %d, gold articles %d, predicted %d%n", golds.size(), total.gold(), total.predicted());
        Report.OUT.printf("found whole %d (%s), titles right %d (%s), spurious %d (%s of predicted)%n",
                total.whole(), Report.pct(rate(total.whole(), total.gold())),
                total.titlesRight(), Report.pct(rate(total.titlesRight(), total.gold())),
                total.spurious(), Report.pct(rate(total.spurious(), total.predicted())));
        Report.OUT.printf("authors precision %.3f recall %.3f F1 %.3f%n",
                total.authors().precision(), total.authors().recall(), total.authors().f1());
        if (total.goldParagraphs() > 0) {
            Report.OUT.printf("paragraphs right %d of %d (%s)%n", total.paragraphsRight(), total.goldParagraphs(),
                    Report.pct(rate(total.paragraphsRight(), total.goldParagraphs())));
        } else {
            // hand-made gold (the sample page) marks each body by anchors, not paragraph by paragraph
            Report.OUT.println("paragraphs right: not measured (the gold gives no full bodies)");
        }
        Report.OUT.printf("residue: doubled runs %d, spaces between Chinese %d, spaces around numbers %d, line breaks in sentences %d%n",
                r.doubledRuns(), r.spacesBetweenChinese(), r.spacesAroundNumbers(), r.lineBreaksInSentences());

        Residue gr = total.goldResidue();
        if (gr.total() > 0) {
            Report.OUT.printf("  (the same heuristics flag %d, %d, %d, %d in the gold text itself)%n",
                    gr.doubledRuns(), gr.spacesBetweenChinese(), gr.spacesAroundNumbers(), gr.lineBreaksInSentences());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorer", "articles");
        json.put("pages", golds.size());
        json.put("goldArticles", total.gold());
        json.put("predictedArticles", total.predicted());
        json.put("foundWhole", total.whole());
        json.put("foundWholeRate", Report.round(rate(total.whole(), total.gold())));
        json.put("titlesRight", total.titlesRight());
        json.put("titlesRightRate", Report.round(rate(total.titlesRight(), total.gold())));
        json.put("headlinesRight", total.headlinesRight());
        json.put("spurious", total.spurious());
        json.put("spuriousRate", Report.round(rate(total.spurious(), total.predicted())));
        json.put("authors", Report.prf(total.authors()));
        json.put("goldParagraphs", total.goldParagraphs());
        json.put("paragraphsRight", total.paragraphsRight());
        Map<String, Object> residue = new LinkedHashMap<>();
        residue.put("doubledRuns", r.doubledRuns());
        residue.put("spacesBetweenChinese", r.spacesBetweenChinese());
        residue.put("spacesAroundNumbers", r.spacesAroundNumbers());
        residue.put("lineBreaksInSentences", r.lineBreaksInSentences());
        json.put("residue", residue);
        json.put("goldResidue", gr.total());
        Report.json(json);
    }

    static double rate(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }
}
