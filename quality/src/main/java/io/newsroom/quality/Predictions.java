package io.newsroom.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

import io.newsroom.contract.Article;
import io.newsroom.contract.Json;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.pipeline.EnrichPipeline;
import io.newsroom.enrich.pipeline.UnprocessablePageException;
import io.newsroom.text.RawPageReader;
import io.newsroom.text.UnreadablePageException;

/**
 * The articles the pipeline finds on each page file, keyed by file name: either by running the
 * pipeline in this process exactly as {@code ./newsroom enrich} does, or from the JSON array that
 * command printed.
 */
public final class Predictions {

    private Predictions() {
    }

    public static Map<String, List<Article>> enrich(List<Path> pageFiles) throws IOException {
        RawPageReader reader = new RawPageReader();
        EnrichPipeline pipeline = EnrichPipeline.standard();
        Map<String, List<Article>> byFile = new LinkedHashMap<>();
        for (Path file : pageFiles) {
            String name = file.getFileName().toString();
            try {
                RawPage page = reader.read(name, Files.readAllBytes(file), Instant.now());
                byFile.put(name, pipeline.enrich(page));
            } catch (UnreadablePageException | UnprocessablePageException | RuntimeException e) {
                System.err.println(file + ": " + e);
                byFile.put(name, List.of());
            }
        }
        return byFile;
    }

    public static Map<String, List<Article>> read(Path json) throws IOException {
        List<Article> all = Json.mapper().readValue(json.toFile(), new TypeReference<List<Article>>() { });
        Map<String, List<Article>> byFile = new LinkedHashMap<>();
        for (Article a : all) {
            byFile.computeIfAbsent(a.sourceFile(), k -> new ArrayList<>()).add(a);
        }
        return byFile;
    }
}
