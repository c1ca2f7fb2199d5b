package io.newsroom.search.api.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.api.ArticleJson;
import io.newsroom.search.api.Copies;
import io.newsroom.search.api.NodeSearch;
import io.newsroom.search.api.Params;
import io.newsroom.search.index.ArticleIndex;
import io.newsroom.search.query.QueryNode;
import io.newsroom.search.query.QueryParser;
import io.smallrye.mutiny.Uni;

/** {@code GET /api/search}: full-text search with filters, facets, highlights and cursor paging. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    NodeSearch search;

    @Inject
    ArticleIndex index;

    @Inject
    Copies copies;

    @GET
    @Operation(summary = "Search articles", description = "Words, \"quoted phrases\", AND/OR/NOT, -word, (groups) and field "
            + "prefixes title: body: person: place: organization: keyword: category: publication: language: source:. "
            + "Chinese in simplified or traditional script; names and titles also by pinyin (niefanghong). "
            + "A story printed more than once is one hit, its other printings under \"copies\".")
    @APIResponse(responseCode = "200", description = "{total, hits, facets, next}")
    @APIResponse(responseCode = "400", description = "bad parameter or query syntax (problem details)")
    public Uni<ObjectNode> search(@Context UriInfo uri,
            @Parameter(description = "query, at most 500 characters") @QueryParam("q") String q,
            @Parameter(description = "filter, repeatable") @QueryParam("language") List<String> language,
            @Parameter(description = "filter, repeatable") @QueryParam("publication") List<String> publication,
            @Parameter(description = "filter, repeatable") @QueryParam("person") List<String> person,
            @Parameter(description = "filter, repeatable") @QueryParam("place") List<String> place,
            @Parameter(description = "filter, repeatable") @QueryParam("organization") List<String> organization,
            @Parameter(description = "filter, repeatable") @QueryParam("keyword") List<String> keyword,
            @Parameter(description = "filter, repeatable") @QueryParam("category") List<String> category,
            @Parameter(description = "filter on the source file, repeatable") @QueryParam("source") List<String> source,
            @Parameter(description = "first day, yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "last day, yyyy-MM-dd") @QueryParam("to") String to,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort,
            @Parameter(description = "1 to 100, default 10") @QueryParam("size") String size,
            @Parameter(description = "1-based; page*size at most 10000") @QueryParam("page") String page,
            @Parameter(description = "the \"next\" value of the previous answer") @QueryParam("cursor") String cursor) {
        SearchParams params = SearchParams.from(Params.of(uri, SearchParams.NAMES));
        QueryNode parsed = QueryParser.parse(params.q());
        return firstFound(params, SearchAttempts.of(params.q(), parsed, params.cursor() == null, index.segmenter()).iterator());
    }

    /** Runs the attempts in order until one finds something; the last answer when none does. */
    private Uni<ObjectNode> firstFound(SearchParams params, Iterator<Supplier<SearchAttempts.Attempt>> attempts) {
        SearchAttempts.Attempt attempt = attempts.next().get();
        return run(params, attempt).chain(answer -> {
            if (attempt.relaxed()) {
                // No article has every word: ranked by how many of them, and the answer says so.
                answer.put("relaxed", true);
            }
            if (answer.path("total").asLong() > 0 || !attempts.hasNext()) {
                return Uni.createFrom().item(answer);
            }
            return firstFound(params, attempts);
        });
    }

    private Uni<ObjectNode> run(SearchParams params, SearchAttempts.Attempt attempt) {
        return search.search(SearchBody.build(params, attempt.query(), attempt.highlightTerms()), SearchBody.URL_PARAMETERS)
                .chain(response -> answer(params, response));
    }

    private Uni<ObjectNode> answer(SearchParams params, JsonNode response) {
        List<ObjectNode> hits = new ArrayList<>();
        List<ObjectNode> reprinted = new ArrayList<>();
        JsonNode last = null;
        for (JsonNode hit : response.path("hits").path("hits")) {
            Double score = params.sort() == SearchParams.Sort.relevance && hit.path("_score").isNumber()
                    ? hit.get("_score").asDouble() : null;
            ObjectNode h = ArticleJson.hit(hit.path("_source"), score);
            h.set("highlights", highlights(hit.path("highlight")));
            hits.add(h);
            if (Copies.printedMoreThanOnce(hit.path("_source")) && !Copies.fillFromStory(h, hit.path("_source"))) {
                reprinted.add(h);
            }
            last = hit;
        }
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("total", response.path("hits").path("total").path("value").asLong());
        ArrayNode hitArray = answer.putArray("hits");
        hits.forEach(hitArray::add);
        answer.set("facets", Facets.read(response.path("aggregations")));
        if (last != null && hits.size() == params.size()) {
            answer.put("next", new Cursor(params.sort(), (ArrayNode) last.path("sort")).encode());
        } else {
            answer.putNull("next");
        }
        // A second round trip only for a story marked before its printings listed their copies.
        return copies.fill(Copies.byId(reprinted)).replaceWith(answer);
    }

    /** Chinese is marked character by character; one mark per word reads better. */
    static ObjectNode highlights(JsonNode highlight) {
        ObjectNode out = Json.mapper().createObjectNode();
        for (String field : List.of("title", "body")) {
            ArrayNode fragments = out.putArray(field);
            for (JsonNode f : highlight.path(field)) {
                fragments.add(mergeAdjacentMarks(f.asText()));
            }
        }
        return out;
    }

    static String mergeAdjacentMarks(String fragment) {
        return fragment.replace("</em><em>", "");
    }
}
