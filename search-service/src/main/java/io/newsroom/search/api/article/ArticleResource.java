package io.newsroom.search.api.article;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import io.newsroom.search.api.IndexReader;
import io.newsroom.search.api.Params;
import io.newsroom.search.api.problem.BadRequest;
import io.newsroom.search.api.problem.NotFound;

/** One article in full, and the articles most like it. */
@Path("/api/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** Article ids are hex, a dash and a number; anything else cannot name one. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    @Inject
    IndexReader reader;

    @Inject
    Copies copies;

    @GET
    @Operation(summary = "One article: every field of the article event, its date and the other printings of its story")
    @APIResponse(responseCode = "404", description = "no such article (problem details)")
    public ObjectNode article(@Context UriInfo uri, @PathParam("id") String id) throws IOException {
        Params.of(uri, Set.of());
        ObjectNode source = stored(id);
        ObjectNode article = ArticleJson.article(source);
        copies.fillForArticle(article, source);
        return article;
    }

    @GET
    @Path("/similar")
    @Operation(summary = "Articles most like this one (more like this over the words of title and body); copies of its own story left out")
    public ObjectNode similar(@Context UriInfo uri, @PathParam("id") String id,
            @Parameter(description = "1 to 20, default 5") @QueryParam("size") String size) throws IOException {
        int n = Params.of(uri, Set.of("size")).integer("size", 5, 1, 20);
        ObjectNode source = stored(id);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", n);
        ObjectNode bool = body.putObject("query").putObject("bool");
        ObjectNode mlt = bool.putArray("must").addObject().putObject("more_like_this");
        mlt.putArray("fields").add("titleWords").add("bodyWords");
        mlt.putArray("like").addObject().put("_id", id);
        // A small archive has few documents per word: keep every word that is not everywhere.
        mlt.put("min_term_freq", 1).put("min_doc_freq", 1).put("max_query_terms", 40).put("minimum_should_match", "10%");
        bool.putArray("filter").addObject().putObject("term").put("copy", false);
        ArrayNode mustNot = bool.putArray("must_not");
        mustNot.addObject().putObject("term").put("id", id);
        String story = source.path("copy").asBoolean(false) ? source.path("copyOf").asText(id) : id;
        mustNot.addObject().putObject("term").put("id", story);
        mustNot.addObject().putObject("term").put("fingerprint", source.path("fingerprint").asText(""));
        ArrayNode includes = body.putObject("_source").putArray("includes");
        for (String f : ArticleJson.HIT_FIELDS) {
            includes.add(f);
        }
        ObjectNode answer = Json.mapper().createObjectNode();
        ArrayNode hits = answer.putArray("hits");
        for (JsonNode hit : reader.search(body).path("hits").path("hits")) {
            hits.add(ArticleJson.hit(hit.path("_source"), hit.path("_score").asDouble()));
        }
        return answer;
    }

    private ObjectNode stored(String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new BadRequest("'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "' is not an article id");
        }
        ObjectNode source = reader.source(id);
        if (source == null) {
            throw new NotFound("no article with id " + id);
        }
        return source;
    }
}
