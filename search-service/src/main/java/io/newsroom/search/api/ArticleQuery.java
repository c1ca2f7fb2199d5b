package io.newsroom.search.api;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.text.WordSegmenter;

/**
 * Builds the Elasticsearch request body for a user's query. Word matches on the segmented fields
 * find the articles; exact phrase matches on the character fields rank the closest ones first and
 * place the highlights on the original text.
 */
public final class ArticleQuery {

    private ArticleQuery() {
    }

    public static ObjectNode build(String q, int from, int size, WordSegmenter segmenter) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("from", from).put("size", size).put("track_total_hits", true);
        body.putObject("_source").putArray("includes").add("id").add("title").add("subtitle").add("authors").add("publishedDate")
                .add("language").add("sourceFile");
        String words = String.join(" ", segmenter.words(q));
        ObjectNode query = body.putObject("query");
        if (q.isBlank() || words.isEmpty()) {
            query.putObject("match_all");
        } else {
            ObjectNode bool = query.putObject("bool");
            ArrayNode should = bool.putArray("should");
            ObjectNode wordsMatch = should.addObject().putObject("multi_match");
            wordsMatch.put("query", words).put("operator", "and").put("type", "cross_fields");
            wordsMatch.putArray("fields").add("titleWords^3").add("bodyWords");
            phrase(should, "title", q, 6);
            phrase(should, "body", q, 2);
            bool.put("minimum_should_match", 1);
        }
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("pre_tags", "<em>").put("post_tags", "</em>").put("encoder", "html");
        // The client reads highlight fields as an ordered list of single-field objects.
        ArrayNode fields = highlight.putArray("fields");
        for (String field : List.of("title", "body")) {
            ObjectNode f = fields.addObject().putObject(field);
            f.put("number_of_fragments", field.equals("title") ? 0 : 3).put("fragment_size", 120);
            if (!words.isEmpty()) {
                ArrayNode anyWord = f.putObject("highlight_query").putObject("bool").putArray("should");
                for (String word : words.split(" ")) {
                    anyWord.addObject().putObject("match_phrase").put(field, word);
                }
            }
        }
        return body;
    }

    private static void phrase(ArrayNode should, String field, String q, double boost) {
        ObjectNode p = should.addObject().putObject("match_phrase").putObject(field);
        p.put("query", q).put("boost", boost);
    }
}
