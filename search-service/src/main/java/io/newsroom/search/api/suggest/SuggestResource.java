package io.newsroom.search.api.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.api.IndexReader;
import io.newsroom.search.api.Params;
import io.newsroom.search.api.problem.BadRequest;
import io.newsroom.text.ChineseScript;
import io.newsroom.search.text.PinyinText;

/**
 * {@code GET /api/suggest?q=}: type-ahead over titles and names. A title is suggested when it
 * contains what was typed (a Chinese word may start anywhere in a title); a name when it starts
 * with it, in either script, or when its pinyin starts with typed letters ({@code nief} → 聂方红).
 */
@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestResource {

    static final int MAX_TYPED = 50;
    /** Stories read to collect suggestions from. */
    static final int CANDIDATES = 40;

    private static final Map<String, String> NAME_FIELDS = Map.of(
            "person", "entities.persons", "place", "entities.places", "organization", "entities.organizations");

    @Inject
    IndexReader reader;

    @GET
    @Operation(summary = "Type-ahead suggestions: titles and names of people, places, organisations")
    public ObjectNode suggest(@Context UriInfo uri,
            @Parameter(description = "what has been typed, 1 to 50 characters") @QueryParam("q") String q,
            @Parameter(description = "1 to 20, default 8") @QueryParam("size") String size) throws IOException {
        Params params = Params.of(uri, Set.of("q", "size"));
        String typed = params.single("q");
        if (typed == null) {
            throw new BadRequest("parameter 'q' is required: what has been typed so far");
        }
        if (typed.length() > MAX_TYPED) {
            throw new BadRequest("q is " + typed.length() + " characters long; at most " + MAX_TYPED + " are accepted");
        }
        int n = params.integer("size", 8, 1, 20);
        Set<String> forms = ChineseScript.variants(typed);
        String pinyinPrefix = pinyinPrefix(typed);
        JsonNode hits = reader.search(candidates(forms, pinyinPrefix)).path("hits").path("hits");

        Map<String, ObjectNode> names = new LinkedHashMap<>();
        Map<String, Integer> nameCounts = new LinkedHashMap<>();
        List<ObjectNode> titles = new ArrayList<>();
        for (JsonNode hit : hits) {
            JsonNode src = hit.path("_source");
            String title = src.path("title").asText("");
            if (!title.isEmpty() && (containsAny(title, forms) || startsWithPinyin(title, pinyinPrefix))) {
                ObjectNode s = Json.mapper().createObjectNode();
                s.put("text", title).put("type", "title").put("id", src.path("id").asText());
                titles.add(s);
            }
            for (Map.Entry<String, String> type : NAME_FIELDS.entrySet()) {
                String group = type.getValue().substring("entities.".length());
                for (JsonNode name : src.path("entities").path(group)) {
                    String text = name.asText();
                    if (startsWithAny(text, forms) || startsWithPinyin(text, pinyinPrefix)) {
                        String key = type.getKey() + "\u0000" + text;
                        names.computeIfAbsent(key, k -> Json.mapper().createObjectNode().put("text", text).put("type", type.getKey()));
                        nameCounts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        // Names first, the most mentioned first; then titles in order of relevance.
        List<String> nameKeys = new ArrayList<>(names.keySet());
        nameKeys.sort((a, b) -> nameCounts.get(b) - nameCounts.get(a));
        ObjectNode answer = Json.mapper().createObjectNode();
        ArrayNode out = answer.putArray("suggestions");
        for (String k : nameKeys) {
            if (out.size() < n) {
                out.add(names.get(k));
            }
        }
        for (ObjectNode t : titles) {
            if (out.size() < n) {
                out.add(t);
            }
        }
        return answer;
    }

    private static ObjectNode candidates(Set<String> forms, String pinyinPrefix) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", CANDIDATES);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ArrayNode should = bool.putArray("should");
        for (String form : forms) {
            should.addObject().putObject("match_phrase_prefix").putObject("title").put("query", form).put("max_expansions", 50);
            for (String field : NAME_FIELDS.values()) {
                should.addObject().putObject("prefix").putObject(field).put("value", form).put("case_insensitive", true);
            }
        }
        if (pinyinPrefix != null) {
            should.addObject().putObject("prefix").putObject("pinyinCompact").put("value", pinyinPrefix);
        }
        bool.put("minimum_should_match", 1);
        bool.putArray("filter").addObject().putObject("term").put("copy", false);
        body.putObject("_source").putArray("includes").add("id").add("title").add("entities");
        return body;
    }

    /** Typed latin letters read as the start of pinyin (at least two letters); null otherwise. */
    static String pinyinPrefix(String typed) {
        String letters = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s'-]+", "");
        return letters.length() >= 2 && letters.chars().allMatch(c -> c >= 'a' && c <= 'z') ? letters : null;
    }

    private static boolean startsWithPinyin(String text, String prefix) {
        return prefix != null && ChineseScript.hasHan(text) && PinyinText.compact(text).startsWith(prefix);
    }

    private static boolean containsAny(String text, Set<String> forms) {
        String lower = text.toLowerCase(Locale.ROOT);
        return forms.stream().anyMatch(f -> lower.contains(f.toLowerCase(Locale.ROOT)));
    }

    private static boolean startsWithAny(String text, Set<String> forms) {
        String lower = text.toLowerCase(Locale.ROOT);
        return forms.stream().anyMatch(f -> lower.startsWith(f.toLowerCase(Locale.ROOT)));
    }
}
