package io.newsroom.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsroom.contract.Json;

/** The few Elasticsearch calls the benchmark makes, over plain HTTP. */
public final class Elastic {

    private final HttpClient http;
    private final String base;

    public Elastic(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public JsonNode get(String path) throws IOException {
        return send(request(path).GET().build());
    }

    public JsonNode post(String path, String json) throws IOException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public JsonNode post(String path) throws IOException {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    public JsonNode put(String path, String json) throws IOException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public JsonNode delete(String path) throws IOException {
        return send(request(path).DELETE().build());
    }

    public JsonNode bulk(String path, byte[] ndjson) throws IOException {
        return send(request(path).header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)).build());
    }

    /** Documents whose source file starts with the prefix, as counted by a search (refreshed view). */
    public long countPrefix(String index, String prefix) throws IOException {
        return post(index + "/_count", prefixQuery(prefix)).path("count").asLong();
    }

    /**
     * Deletes the documents whose source file starts with the prefix, by id (the node has no
     * _delete_by_query: the test distribution lacks the reindex module).
     */
    public long deletePrefix(String index, String prefix) throws IOException {
        long deleted = 0;
        while (true) {
            com.fasterxml.jackson.databind.node.ObjectNode query = (com.fasterxml.jackson.databind.node.ObjectNode)
                    Json.mapper().readTree(prefixQuery(prefix));
            query.put("size", 1000).put("_source", false);
            JsonNode hits = post(index + "/_search", query.toString()).path("hits").path("hits");
            if (hits.isEmpty()) {
                return deleted;
            }
            StringBuilder ndjson = new StringBuilder();
            for (JsonNode hit : hits) {
                com.fasterxml.jackson.databind.node.ObjectNode action = Json.mapper().createObjectNode();
                action.putObject("delete").put("_index", hit.path("_index").asText()).put("_id", hit.path("_id").asText());
                ndjson.append(action).append('\n');
            }
            bulk("_bulk?refresh=true", ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            deleted += hits.size();
        }
    }

    public static String prefixQuery(String prefix) {
        return Json.mapper().createObjectNode().set("query", Json.mapper().createObjectNode()
                .set("prefix", Json.mapper().createObjectNode().put("sourceFile", prefix))).toString();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(Duration.ofSeconds(120));
    }

    private JsonNode send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new IOException(request.method() + " " + request.uri() + ": HTTP " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return Json.mapper().readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
