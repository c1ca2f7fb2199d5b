package io.newsroom.search.admin;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Result;
import io.newsroom.search.index.ArticleIndex;

/**
 * Changes to the index, for operators. Every method here changes data, so {@link io.newsroom.access.ApiKeyFilter}
 * lets a request through only with the configured API key.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    @Inject
    Reindexer reindexer;

    /** {@code DELETE /admin/articles/{id}}: removes one article (dropping its file again brings it back). */
    @DELETE
    @Path("/articles/{id}")
    public Response delete(@PathParam("id") String id) throws IOException {
        index.ensureExists();
        Result result = client.delete(d -> d.index(index.alias()).id(id).refresh(co.elastic.clients.elasticsearch._types.Refresh.True)).result();
        if (result == Result.NotFound) {
            return Response.status(Response.Status.NOT_FOUND).entity(Map.of("error", "no article " + id)).build();
        }
        LOG.infof("article %s deleted through the admin API", id);
        return Response.ok(Map.of("deleted", id)).build();
    }

    /** {@code POST /admin/reindex}: rebuilds the index with the current mapping; answers when done. */
    @POST
    @Path("/reindex")
    public Reindexer.Result reindex() throws IOException {
        return reindexer.reindex();
    }
}
