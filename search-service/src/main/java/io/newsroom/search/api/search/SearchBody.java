package io.newsroom.search.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.api.ArticleJson;
import io.newsroom.search.api.Copies;
import io.newsroom.search.query.Field;
import io.newsroom.search.query.QueryParser;
import io.newsroom.text.WordSegmenter;

/**
 * The Elasticsearch request of one search: the translated query, the filters, stories only (copies
 * are listed under their story), a stable sort with the id as tie-breaker so that search_after
 * pages never skip or repeat, highlights and facets.
 */
public final class SearchBody {

    /**
     * The query string every search is sent with. The shard request cache keeps the query phase
     * (hit count, top documents, facet aggregations) of a repeated search until the next refresh
     * that changes the index, so answers are never stale; by default the node caches only size=0
     * searches. Fetching the hits and their highlights is never cached.
     */
    public static final String URL_PARAMETERS = "request_cache=true";

    private SearchBody() {
    }

    /**
     * The requests {@code GET /api/search?q=...} may send, in order, with every other parameter at its
     * default; the API sends the next only when the one before found nothing (the relaxed query, pinyin).
     * The benchmark sends the same ones straight to the node, so the two figures differ by the API's own cost.
     */
    public static List<ObjectNode> forQuery(String q, WordSegmenter segmenter) {
        SearchParams defaults = new SearchParams(q, Map.of(), null, null, SearchParams.Sort.relevance, 10, 1, null);
        List<ObjectNode> bodies = new ArrayList<>();
        for (Supplier<SearchAttempts.Attempt> next : SearchAttempts.of(q, QueryParser.parse(q), true, segmenter)) {
            SearchAttempts.Attempt attempt = next.get();
            bodies.add(build(defaults, attempt.query(), attempt.highlightTerms()));
        }
        return bodies;
    }

    static ObjectNode build(SearchParams p, ObjectNode query, Set<String> highlightTerms) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", p.size()).put("track_total_hits", true);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(query);
        ArrayNode filter = bool.putArray("filter");
        filter.addObject().putObject("term").put("copy", false);
        for (Map.Entry<Field, List<String>> f : p.filters().entrySet()) {
            filter.add(anyValue(f.getKey(), f.getValue()));
        }
        if (p.from() != null || p.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("date");
            if (p.from() != null) {
                range.put("gte", p.from().toString());
            }
            if (p.to() != null) {
                range.put("lte", p.to().toString());
            }
        }
        ArrayNode sort = body.putArray("sort");
        if (p.sort() == SearchParams.Sort.date) {
            sort.addObject().put("date", "desc");
        } else {
            sort.addObject().put("_score", "desc");
        }
        sort.addObject().put("id", "asc");
        if (p.cursor() != null) {
            body.set("search_after", p.cursor().after());
        } else {
            body.put("from", (p.page() - 1) * p.size());
        }
        ArrayNode includes = body.putObject("_source").putArray("includes");
        for (String f : ArticleJson.HIT_FIELDS) {
            includes.add(f);
        }
        includes.add(Copies.PRINTINGS_FIELD);
        includes.add(Copies.COPIES_FIELD);
        highlight(body, highlightTerms);
        Facets.request(body);
        return body;
    }

    /** Any of the values, in the article's own field or among the story's other printings. */
    private static ObjectNode anyValue(Field field, List<String> values) {
        ObjectNode any = Json.mapper().createObjectNode();
        ArrayNode should = any.putObject("bool").putArray("should");
        for (String v : values) {
            should.add(io.newsroom.search.query.QueryTranslator.exactValue(field.keywordField, v));
            if (field == Field.PUBLICATION || field == Field.SOURCE) {
                String printed = field == Field.PUBLICATION ? "printings.publication" : "printings.sourceFile";
                should.addObject().putObject("term").put(printed, v);
            }
        }
        any.withObject("bool").put("minimum_should_match", 1);
        return any;
    }

    /**
     * Highlights on the printed text: each word or phrase of the query, in each script form, as a
     * phrase (Chinese is indexed per character there). The only markup is <em>; the rest is the text as printed.
     */
    private static void highlight(ObjectNode body, Set<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("pre_tags", "<em>").put("post_tags", "</em>");
        ArrayNode fields = highlight.putArray("fields");
        for (String field : List.of("title", "body")) {
            ObjectNode f = fields.addObject().putObject(field);
            f.put("number_of_fragments", field.equals("title") ? 0 : 3).put("fragment_size", 120)
                    .put("no_match_size", 0);
            ArrayNode any = f.putObject("highlight_query").putObject("bool").putArray("should");
            for (String term : terms) {
                any.addObject().putObject("match_phrase").put(field, term);
            }
        }
    }
}
