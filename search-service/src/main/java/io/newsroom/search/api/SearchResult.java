package io.newsroom.search.api;

import java.util.List;

/** The answer of {@code GET /api/search}: how many articles match, and one page of them. */
public record SearchResult(long total, List<SearchHit> hits) {
}
