package io.newsroom.search.api;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;

/** The shapes in which the API shows an article: a search hit, or the whole article. */
public final class ArticleJson {

    /** Fields derived for searching only; never shown. */
    static final Set<String> INTERNAL = Set.of("titleWords", "bodyWords", "pinyin", "pinyinCompact", "fingerprint", "copy",
            "copyOf", "printings", "indexedAt");

    /** What a hit shows of the stored document (the body stays out: it can be long). */
    public static final String[] HIT_FIELDS = { "id", "title", "kicker", "subtitle", "authors", "publication", "publishedDate",
            "date", "language", "sourceFile", "categories", "entities", "keywords", "summary" };

    private ArticleJson() {
    }

    /** A hit in the contract's shape, from a stored source; score null when not ranked by relevance. */
    public static ObjectNode hit(JsonNode source, Double score) {
        ObjectNode hit = Json.mapper().createObjectNode();
        for (String f : HIT_FIELDS) {
            JsonNode v = source.get(f);
            hit.set(f, v == null ? defaultOf(f) : v);
        }
        if (score == null) {
            hit.putNull("score");
        } else {
            hit.put("score", score);
        }
        hit.putArray("copies");
        return hit;
    }

    /** The whole article: every contract field plus {@code date}, without the search-only fields. */
    public static ObjectNode article(ObjectNode source) {
        ObjectNode article = source.deepCopy();
        INTERNAL.forEach(article::remove);
        for (String f : HIT_FIELDS) {
            if (!article.has(f)) {
                article.set(f, defaultOf(f));
            }
        }
        article.putArray("copies");
        return article;
    }

    /** One entry of "copies": where another printing of the story is. */
    public static ObjectNode copy(JsonNode source) {
        ObjectNode c = Json.mapper().createObjectNode();
        c.set("id", source.path("id"));
        c.set("sourceFile", source.path("sourceFile"));
        c.set("publication", source.has("publication") ? source.get("publication") : Json.mapper().nullNode());
        return c;
    }

    private static JsonNode defaultOf(String field) {
        return switch (field) {
            case "authors", "categories", "keywords" -> Json.mapper().createArrayNode();
            case "entities" -> {
                ObjectNode e = Json.mapper().createObjectNode();
                e.putArray("persons");
                e.putArray("places");
                e.putArray("organizations");
                yield e;
            }
            default -> Json.mapper().nullNode();
        };
    }

    static ArrayNode array() {
        return Json.mapper().createArrayNode();
    }
}
