package io.newsroom.search.api.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.api.problem.BadRequest;

/**
 * The "next" cursor: the sort values of the last hit shown (search_after), with the sort they
 * belong to, base64url-encoded. Opaque to callers; checked strictly when it comes back, and only
 * ever used as search_after values (numbers and an id), never as query text.
 */
public record Cursor(SearchParams.Sort sort, ArrayNode after) {

    public String encode() {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("s", sort.name());
        json.set("a", after);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text, SearchParams.Sort expected) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new BadRequest("cursor is not one this API gave out; pass the \"next\" value of the previous answer unchanged");
        }
        if (json == null || !json.path("a").isArray() || json.path("a").size() != sortLength(expected)
                || !expected.name().equals(json.path("s").asText())) {
            throw new BadRequest("cursor does not belong to this search (sort=" + expected
                    + "); pass the \"next\" value of the previous answer with the same parameters");
        }
        for (JsonNode v : json.get("a")) {
            if (!v.isNumber() && !v.isTextual()) {
                throw new BadRequest("cursor is not one this API gave out");
            }
        }
        return new Cursor(expected, (ArrayNode) json.get("a"));
    }

    /** relevance: [_score, id]; date: [date, id]. */
    static int sortLength(SearchParams.Sort sort) {
        return 2;
    }
}
