package io.newsroom.search.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.index.ArticleIndex;

/**
 * Read access to the article index in plain JSON: the request bodies are built as JSON trees by
 * the API classes and the answers (hits, aggregations) are read the same way.
 */
@ApplicationScoped
public class IndexReader {

    @Inject
    RestClient rest;

    @Inject
    ArticleIndex index;

    public JsonNode search(ObjectNode body) throws IOException {
        index.ensureExists();
        Request request = new Request("POST", "/" + index.alias() + "/_search");
        request.setJsonEntity(body.toString());
        return read(rest.performRequest(request));
    }

    /** The stored document of an article, or null when there is none. */
    public ObjectNode source(String id) throws IOException {
        index.ensureExists();
        Request request = new Request("GET", "/" + index.alias() + "/_doc/" + id);
        try {
            JsonNode doc = read(rest.performRequest(request));
            return doc.path("found").asBoolean() ? (ObjectNode) doc.get("_source") : null;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static JsonNode read(Response response) throws IOException {
        try (InputStream in = response.getEntity().getContent()) {
            return Json.mapper().readTree(in);
        }
    }
}
