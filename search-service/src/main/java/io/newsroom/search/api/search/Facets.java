package io.newsroom.search.api.search;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;

/** The facet counts of a search: terms per field and a histogram per day, over the stories found. */
final class Facets {

    /** Facet name in the answer → keyword field counted. */
    static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("language", "language");
        TERMS.put("publication", "publication");
        TERMS.put("category", "categories");
        TERMS.put("person", "entities.persons");
        TERMS.put("place", "entities.places");
        TERMS.put("organization", "entities.organizations");
        TERMS.put("keyword", "keywords");
    }

    static final int VALUES_PER_FACET = 20;

    private Facets() {
    }

    static void request(ObjectNode body) {
        ObjectNode aggs = body.putObject("aggs");
        TERMS.forEach((name, field) -> aggs.putObject(name).putObject("terms").put("field", field).put("size", VALUES_PER_FACET));
        aggs.putObject("date").putObject("date_histogram").put("field", "date").put("calendar_interval", "day")
                .put("format", "yyyy-MM-dd").put("min_doc_count", 1);
    }

    static ObjectNode read(JsonNode aggregations) {
        ObjectNode facets = Json.mapper().createObjectNode();
        for (String name : TERMS.keySet()) {
            facets.set(name, buckets(aggregations.path(name)));
        }
        facets.set("date", buckets(aggregations.path("date")));
        return facets;
    }

    static ArrayNode buckets(JsonNode agg) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (JsonNode b : agg.path("buckets")) {
            ObjectNode v = out.addObject();
            v.put("value", b.has("key_as_string") ? b.get("key_as_string").asText() : b.path("key").asText());
            v.put("count", b.path("doc_count").asLong());
        }
        return out;
    }
}
