package io.newsroom.search.api.problem;

import java.io.IOException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.elasticsearch.client.ResponseException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsroom.search.api.NodeSearch;
import io.newsroom.search.query.QuerySyntaxException;

/**
 * Every error as RFC 9457 problem details: bad input is a 4xx that says what is wrong; anything
 * unexpected is logged here and answered without internals (no stack trace, no node messages).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response badRequest(BadRequest e, UriInfo uri) {
        return problem(400, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response syntax(QuerySyntaxException e, UriInfo uri) {
        return problem(400, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return problem(404, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String detail = status == 404 ? "no such resource: " + uri.getPath()
                : status == 405 ? "method not allowed on " + uri.getPath()
                : type == null ? "request failed" : type.getReasonPhrase();
        return problem(status, detail, uri);
    }

    @ServerExceptionMapper({ IOException.class, ElasticsearchException.class })
    public Response backend(Exception e, UriInfo uri) {
        if (e instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 404) {
            return problem(503, "the article index does not exist yet; no article has been indexed", uri);
        }
        LOG.warnf("search backend failed on %s: %s", uri.getPath(), e.toString());
        return problem(503, "the search backend is unavailable or failed; try again shortly", uri);
    }

    @ServerExceptionMapper
    public Response backend(NodeSearch.BackendFailure e, UriInfo uri) {
        if (e.status() == 404) {
            return problem(503, "the article index does not exist yet; no article has been indexed", uri);
        }
        LOG.warnf("search backend failed on %s: %s", uri.getPath(), e.getMessage());
        return problem(503, "the search backend is unavailable or failed; try again shortly", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return problem(500, "internal error; it has been logged", uri);
    }

    static Response problem(int status, String detail, UriInfo uri) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Problem body = new Problem("about:blank", type == null ? "Error" : type.getReasonPhrase(), status, detail,
                uri == null ? null : uri.getPath());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
