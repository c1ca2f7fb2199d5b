package io.newsroom.search.api;

import java.util.List;
import java.util.Map;

/** One result of {@code GET /api/search}. */
public record SearchHit(
        String id,
        String title,
        String subtitle,
        List<String> authors,
        String publishedDate,
        String language,
        String sourceFile,
        double score,
        Map<String, List<String>> highlights) {
}
