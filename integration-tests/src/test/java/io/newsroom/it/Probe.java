package io.newsroom.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the fault tests look at from outside: the index (straight on the node) and the services' HTTP endpoints. */
final class Probe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One indexed article, as far as the checks need it. */
    record Doc(String id, String pageId, String sourceFile, int position, String ingestedAt) {
    }

    private Probe() {
    }

    /** Articles whose source file lies in a folder of the inbox (a batch); empty when the node is away. */
    static List<Doc> docsUnder(String folder) {
        try {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", 10_000);
            body.putObject("query").putObject("prefix").put("sourceFile", folder + "/");
            body.putObject("_source").putArray("includes").add("pageId").add("sourceFile").add("position").add("ingestedAt");
            HttpResponse<String> r = send(HttpRequest.newBuilder(es("/news-articles/_search"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (r.statusCode() != 200) {
                return List.of();
            }
            List<Doc> docs = new ArrayList<>();
            for (JsonNode hit : JSON.readTree(r.body()).path("hits").path("hits")) {
                JsonNode s = hit.path("_source");
                docs.add(new Doc(hit.path("_id").asText(), s.path("pageId").asText(), s.path("sourceFile").asText(),
                        s.path("position").asInt(), s.path("ingestedAt").asText()));
            }
            return docs;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether a service's readiness check answers UP (HTTP 200); false when DOWN or not answering. */
    static boolean ready(int port) {
        try {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    static HttpResponse<String> call(String method, int port, String path, Map<String, String> headers) throws IOException {
        return call(method, port, path, headers, Duration.ofSeconds(10));
    }

    static HttpResponse<String> call(String method, int port, String path, Map<String, String> headers, Duration timeout)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(timeout);
        headers.forEach(b::header);
        return send(b);
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static URI es(String path) {
        return URI.create("http://127.0.0.1:" + NewsroomStack.ES_PORT + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            HttpRequest built = request.build();
            if (built.timeout().isEmpty()) {
                built = request.timeout(Duration.ofSeconds(10)).build();
            }
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
