package io.newsroom.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An index's explicit mapping as committed in search-service, asked what type a (dotted) field has. */
final class IndexMapping {

    static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long");

    private final JsonNode properties;

    private IndexMapping(JsonNode properties) {
        this.properties = properties;
    }

    /** The mapping resource of an index: {@code search-service/src/main/resources/elasticsearch/<index>.json}. */
    static IndexMapping of(Path root, String index) throws IOException {
        Path file = root.resolve("search-service/src/main/resources/elasticsearch").resolve(index + ".json");
        return new IndexMapping(new ObjectMapper().readTree(file.toFile()).path("mappings").path("properties"));
    }

    /** The field's type, following object properties and multi-fields ({@code title.raw}). */
    Optional<String> type(String field) {
        JsonNode level = properties;
        JsonNode node = null;
        for (String part : field.split("\\.")) {
            node = level.path(part);
            if (node.isMissingNode()) {
                return Optional.empty();
            }
            level = node.has("properties") ? node.path("properties") : node.path("fields");
        }
        return node.has("type") ? Optional.of(node.path("type").asText()) : Optional.of("object");
    }

    /** Whether an aggregation (terms, histogram, cardinality) or a sort can run on the field. */
    boolean aggregatable(String field) {
        return type(field).map(t -> t.equals("keyword") || t.equals("date") || t.equals("boolean") || t.equals("ip") || NUMERIC.contains(t))
                .orElse(false);
    }
}
