package io.newsroom.search.api.stats;

import java.io.IOException;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.api.IndexReader;
import io.newsroom.search.api.Params;

/** {@code GET /api/stats}: what the archive holds. */
@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    IndexReader reader;

    @GET
    @Operation(summary = "Totals: articles, pages, the newest article, articles per day")
    public ObjectNode stats(@Context UriInfo uri) throws IOException {
        Params.of(uri, Set.of());
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 1).put("track_total_hits", true);
        body.putObject("query").putObject("match_all");
        body.putArray("sort").addObject().put("ingestedAt", "desc");
        body.withArray("sort").addObject().put("id", "asc");
        body.putObject("_source").putArray("includes").add("id").add("title").add("date").add("ingestedAt");
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("pages").putObject("cardinality").put("field", "pageId").put("precision_threshold", 40000);
        aggs.putObject("perDay").putObject("date_histogram").put("field", "date").put("calendar_interval", "day")
                .put("format", "yyyy-MM-dd").put("min_doc_count", 1);
        JsonNode response = reader.search(body);
        ObjectNode stats = Json.mapper().createObjectNode();
        stats.put("articles", response.path("hits").path("total").path("value").asLong());
        stats.put("pages", response.path("aggregations").path("pages").path("value").asLong());
        JsonNode newest = response.path("hits").path("hits").path(0).path("_source");
        if (newest.isMissingNode()) {
            stats.putNull("newest");
        } else {
            ObjectNode n = stats.putObject("newest");
            for (String f : new String[] { "id", "title", "date", "ingestedAt" }) {
                n.set(f, newest.has(f) ? newest.get(f) : Json.mapper().nullNode());
            }
        }
        ArrayNode perDay = stats.putArray("perDay");
        for (JsonNode b : response.path("aggregations").path("perDay").path("buckets")) {
            perDay.addObject().put("date", b.path("key_as_string").asText()).put("count", b.path("doc_count").asLong());
        }
        return stats;
    }
}
