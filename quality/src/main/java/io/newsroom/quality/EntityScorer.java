package io.newsroom.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroom.contract.Article;
import io.newsroom.contract.Entities;
import io.newsroom.quality.gold.GoldArticle;
import io.newsroom.quality.gold.GoldEntities;
import io.newsroom.quality.gold.GoldPage;
import io.newsroom.quality.score.ArticleMatcher;
import io.newsroom.quality.score.Counts;
import io.newsroom.quality.score.EntityScore;

/**
 * Scores the entities of each article against gold files that annotate them (our own annotation of
 * the sample page). Articles are paired as in {@link ArticleScorer}; a gold article the pipeline did
 * not find counts all its entities as missed.
 */
public final class EntityScorer {

    static final String USAGE = """
            usage: EntityScorer --pages DIR [--gold DIR|FILE] [--predicted FILE] [--verbose]
              For every gold file whose articles carry "entities", pairs gold and predicted articles
              (pipeline run in this process, or --predicted: the JSON array of `./newsroom enrich`)
              and compares distinct persons, places and organisations per article. Prints micro and
              macro (mean per article) figures, then one closing line of JSON.""";

    private EntityScorer() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, Set.of("pages", "gold", "predicted"), Set.of("verbose"));
        if (a == null || !a.has("pages")) {
            Report.usage(USAGE);
            return;
        }
        ScoredPages scored = ScoredPages.load(Path.of(a.get("pages", ".")), Path.of(a.get("gold", a.get("pages", "."))),
                a.has("predicted") ? Path.of(a.get("predicted", "")) : null,
                g -> g.articles().stream().anyMatch(x -> x.entities() != null));
        List<GoldPage> golds = scored.golds();
        if (golds.isEmpty()) {
            Report.usage("no gold file with entities\n\n" + USAGE);
            return;
        }
        ArticleMatcher matcher = ArticleMatcher.standard();
        EntityScore persons = new EntityScore();
        EntityScore places = new EntityScore();
        EntityScore orgs = new EntityScore();
        int articles = 0;
        for (GoldPage g : golds) {
            List<Article> found = scored.predictedFor(g);
            ArticleMatcher.Result match = matcher.match(g.articles(), found.stream().map(x -> x.body() == null ? "" : x.body()).toList());
            for (int i = 0; i < g.articles().size(); i++) {
                GoldArticle ga = g.articles().get(i);
                if (ga.entities() == null) {
                    continue;
                }
                articles++;
                int p = match.predictedFor()[i];
                Entities e = p < 0 ? Entities.none() : found.get(p).entities();
                GoldEntities ge = ga.entities();
                Counts cp = persons.add(ge.persons(), e.persons(), Set.of());
                Counts cl = places.add(ge.places(), e.places(), Set.of());
                Counts co = orgs.add(ge.organizations(), e.organizations(), Set.of());
                if (a.has("verbose")) {
                    Report.OUT.printf("%s #%d %s: persons F1 %.2f places F1 %.2f orgs F1 %.2f%s%n", g.page(), i,
                            ga.title() == null ? "(untitled)" : ga.title(), cp.f1(), cl.f1(), co.f1(), p < 0 ? " (article not found)" : "");
                    if (p >= 0) {
                        Report.OUT.println("    predicted persons " + e.persons() + " places " + e.places() + " orgs " + e.organizations());
                    }
                }
            }
        }
        Report.OUT.printf("pages %d, annotated articles %d%n", golds.size(), articles);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorer", "entities");
        json.put("pages", golds.size());
        json.put("articles", articles);
        NerScorer.line("persons", persons, json);
        NerScorer.line("places", places, json);
        NerScorer.line("organizations", orgs, json);
        Report.json(json);
    }
}
