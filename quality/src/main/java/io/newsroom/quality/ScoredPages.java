package io.newsroom.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.newsroom.contract.Article;
import io.newsroom.quality.gold.GoldPage;

/**
 * Gold pages and the articles predicted for them: the gold files of a folder (or one gold file),
 * and the pipeline's articles, run in this process or read from {@code ./newsroom enrich} output.
 */
record ScoredPages(List<GoldPage> golds, Map<String, List<Article>> predicted) {

    static ScoredPages load(Path pages, Path gold, Path predictedJson, Predicate<GoldPage> wanted) throws IOException {
        List<GoldPage> golds = new ArrayList<>();
        List<Path> pageFiles = new ArrayList<>();
        for (Path f : goldFiles(gold)) {
            GoldPage g = GoldPage.read(f);
            if (wanted.test(g)) {
                golds.add(g);
                pageFiles.add(pages.resolve(g.page()));
            }
        }
        Map<String, List<Article>> predicted = golds.isEmpty() ? Map.of()
                : predictedJson != null ? Predictions.read(predictedJson) : Predictions.enrich(pageFiles);
        return new ScoredPages(golds, predicted);
    }

    List<Article> predictedFor(GoldPage g) {
        return predicted.getOrDefault(g.page(), List.of());
    }

    private static List<Path> goldFiles(Path dirOrFile) throws IOException {
        if (Files.isRegularFile(dirOrFile)) {
            return List.of(dirOrFile);
        }
        try (Stream<Path> s = Files.list(dirOrFile)) {
            return s.filter(p -> p.getFileName().toString().endsWith(GoldPage.SUFFIX)).sorted().toList();
        }
    }
}
