package io.newsroom.search.api;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.smallrye.mutiny.Uni;

/**
 * Fills in "copies": the other printings of each shown story. CopyMarker lists them on the story at
 * index time, so a search needs no request of its own for them; stories marked by an earlier version
 * are looked up with one request for a whole page of hits.
 */
@ApplicationScoped
public class Copies {

    @Inject
    IndexReader reader;

    @Inject
    NodeSearch search;

    /**
     * The field a search must return with each hit for {@link #printedMoreThanOnce}: CopyMarker lists
     * the printings on a story only when its group holds more than one, and in the same bulk request
     * that marks the copies.
     */
    public static final String PRINTINGS_FIELD = "printings.sourceFile";

    /** Whether a story (a hit's stored source, with {@link #PRINTINGS_FIELD}) may have copies to list. */
    public static boolean printedMoreThanOnce(JsonNode source) {
        return !source.path("printings").path("sourceFile").isEmpty();
    }

    /** The field that lists, on a story, what a hit shows of each other printing (CopyMarker writes it). */
    public static final String COPIES_FIELD = "printings.copies";

    /**
     * Fills a hit's "copies" from what its stored story lists; false when the story was marked by a
     * version that did not list them, so {@link #fill} has to look them up.
     */
    public static boolean fillFromStory(ObjectNode hit, JsonNode source) {
        JsonNode listed = source.path("printings").path("copies");
        if (!listed.isArray()) {
            return false;
        }
        for (JsonNode copy : listed) {
            hit.withArray("copies").add(ArticleJson.copy(copy));
        }
        return true;
    }

    /** Adds the copies of each hit (keyed by story id) to its "copies" array, with one request. */
    public Uni<Void> fill(Map<String, ObjectNode> hitsByStory) {
        if (hitsByStory.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 500);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode ids = bool.putArray("filter").addObject().putObject("terms").putArray("copyOf");
        hitsByStory.keySet().forEach(ids::add);
        bool.withArray("filter").addObject().putObject("term").put("copy", true);
        body.putArray("sort").addObject().put("id", "asc");
        body.putObject("_source").putArray("includes").add("id").add("sourceFile").add("publication").add("copyOf");
        return search.search(body, "").map(answer -> {
            for (JsonNode hit : answer.path("hits").path("hits")) {
                JsonNode src = hit.path("_source");
                ObjectNode story = hitsByStory.get(src.path("copyOf").asText());
                if (story != null && !src.path("id").asText().equals(story.path("id").asText())) {
                    story.withArray("copies").add(ArticleJson.copy(src));
                }
            }
            return null;
        });
    }

    /** The printings of the story an article belongs to, other than the article itself. */
    public void fillForArticle(ObjectNode article, JsonNode storedSource) throws IOException {
        String id = storedSource.path("id").asText();
        String story = storedSource.path("copy").asBoolean(false) ? storedSource.path("copyOf").asText(id) : id;
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 500);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("should").addObject().putObject("term").put("copyOf", story);
        bool.withArray("should").addObject().putObject("term").put("id", story);
        bool.put("minimum_should_match", 1);
        bool.putArray("must_not").addObject().putObject("term").put("id", id);
        body.putArray("sort").addObject().put("id", "asc");
        body.putObject("_source").putArray("includes").add("id").add("sourceFile").add("publication");
        for (JsonNode hit : reader.search(body).path("hits").path("hits")) {
            article.withArray("copies").add(ArticleJson.copy(hit.path("_source")));
        }
    }

    public static Map<String, ObjectNode> byId(Collection<ObjectNode> hits) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        hits.forEach(h -> map.put(h.path("id").asText(), h));
        return map;
    }
}
