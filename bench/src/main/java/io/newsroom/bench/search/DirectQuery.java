package io.newsroom.bench.search;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.text.WordSegmenter;

/**
 * The Elasticsearch request the search API makes for a query, sent straight to the node for the
 * "direct" figure: the query is segmented with the same segmenter, words are matched on the word
 * fields, phrases on the character fields, with highlights on title and body and ten hits.
 * It mirrors the API's request so that the difference between the two figures is the API's own
 * cost; when the API's request changes shape, this should follow.
 */
public final class DirectQuery {

    private DirectQuery() {
    }

    public static String body(String q, WordSegmenter segmenter) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 10).put("track_total_hits", true);
        body.putObject("_source").putArray("includes").add("id").add("title").add("subtitle").add("authors")
                .add("publishedDate").add("language").add("sourceFile");
        List<String> words = segmenter.words(q);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("should");
        should.addObject().putObject("multi_match").put("query", String.join(" ", words)).put("operator", "and")
                .put("type", "cross_fields").putArray("fields").add("titleWords^3").add("bodyWords");
        should.addObject().putObject("match_phrase").putObject("title").put("query", q).put("boost", 6);
        should.addObject().putObject("match_phrase").putObject("body").put("query", q).put("boost", 2);
        bool.put("minimum_should_match", 1);
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("pre_tags", "<em>").put("post_tags", "</em>").put("encoder", "html");
        ArrayNode fields = highlight.putArray("fields");
        for (String field : List.of("title", "body")) {
            ObjectNode f = fields.addObject().putObject(field);
            f.put("number_of_fragments", field.equals("title") ? 0 : 3).put("fragment_size", 120);
            ArrayNode anyWord = f.putObject("highlight_query").putObject("bool").putArray("should");
            for (String word : words) {
                anyWord.addObject().putObject("match_phrase").put(field, word);
            }
        }
        return body.toString();
    }
}
