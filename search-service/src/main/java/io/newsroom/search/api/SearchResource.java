package io.newsroom.search.api;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsroom.search.index.ArticleIndex;

/** {@code GET /api/search?q=...}: full-text search over the indexed articles. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_SIZE = 100;

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    @GET
    public SearchResult search(@QueryParam("q") @DefaultValue("") String q,
            @QueryParam("from") @DefaultValue("0") int from,
            @QueryParam("size") @DefaultValue("10") int size) throws IOException {
        if (size < 0 || size > MAX_SIZE) {
            throw new BadRequestException("size must be between 0 and " + MAX_SIZE);
        }
        if (from < 0 || from > 10_000 - size) {
            throw new BadRequestException("from must be between 0 and " + (10_000 - size));
        }
        index.ensureExists();
        ObjectNode body = ArticleQuery.build(q.strip(), from, size, index.segmenter());
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias()).withJson(new StringReader(body.toString())));
        SearchResponse<ObjectNode> response = client.search(request, ObjectNode.class);
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode src = hit.source();
            hits.add(new SearchHit(hit.id(), text(src, "title"), text(src, "subtitle"), strings(src, "authors"),
                    text(src, "publishedDate"), text(src, "language"), text(src, "sourceFile"),
                    hit.score() == null ? 0 : hit.score(), mergeAdjacentHighlights(hit.highlight())));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits);
    }

    private static String text(ObjectNode src, String field) {
        return src == null || !src.hasNonNull(field) ? null : src.get(field).asText();
    }

    private static List<String> strings(ObjectNode src, String field) {
        List<String> values = new ArrayList<>();
        if (src != null && src.has(field)) {
            src.get(field).forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** Chinese is highlighted character by character; one mark per word reads better. */
    static Map<String, List<String>> mergeAdjacentHighlights(Map<String, List<String>> highlight) {
        Map<String, List<String>> merged = new java.util.LinkedHashMap<>();
        highlight.forEach((field, fragments) -> merged.put(field,
                fragments.stream().map(f -> f.replace("</em><em>", "")).toList()));
        return merged;
    }
}
