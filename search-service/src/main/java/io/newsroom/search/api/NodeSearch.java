package io.newsroom.search.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.netty.buffer.ByteBufInputStream;
import io.newsroom.contract.Json;
import io.newsroom.search.index.ArticleIndex;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Searches the article index without blocking a thread: Vert.x's HTTP client, on the event loop
 * that received the API request, so a search is parsed, sent, read and answered on one thread with
 * no hand-off to a worker or to the Elasticsearch client's own I/O threads (each hand-off cost
 * milliseconds on a busy 2-core machine; see README, Performance). Same nodes and credentials as
 * the Elasticsearch client ({@code quarkus.elasticsearch.*}).
 */
@ApplicationScoped
public class NodeSearch {

    @Inject
    Vertx vertx;

    @Inject
    ArticleIndex index;

    @ConfigProperty(name = "quarkus.elasticsearch.hosts")
    List<String> hosts;

    @ConfigProperty(name = "quarkus.elasticsearch.protocol", defaultValue = "http")
    String protocol;

    @ConfigProperty(name = "quarkus.elasticsearch.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.elasticsearch.password")
    Optional<String> password;

    /** Connections kept open to the node, like the Elasticsearch client's pool. */
    @ConfigProperty(name = "newsroom.search.node-connections", defaultValue = "64")
    int connections;

    @ConfigProperty(name = "newsroom.search.node-timeout-ms", defaultValue = "30000")
    long timeoutMs;

    private HttpClient http;
    private String authorization;
    private final AtomicInteger next = new AtomicInteger();

    @PostConstruct
    void open() {
        HttpClientOptions options = new HttpClientOptions().setKeepAlive(true).setSsl("https".equalsIgnoreCase(protocol))
                .setConnectTimeout((int) Math.min(timeoutMs, 10_000));
        http = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(connections));
        if (username.isPresent()) {
            String pair = username.get() + ":" + password.orElse("");
            authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    @PreDestroy
    void close() {
        http.closeAndAwait();
    }

    /** The answer of {@code POST <alias>/_search?<parameters>}; fails with {@link BackendFailure}. */
    public Uni<JsonNode> search(ObjectNode body, String parameters) {
        Uni<Void> ready = index.isReady() ? Uni.createFrom().voidItem()
                : Uni.createFrom().<Void>item(() -> {
                    try {
                        index.ensureExists(); // once, on a worker: it blocks
                    } catch (IOException e) {
                        throw new BackendFailure(e.getMessage(), 0);
                    }
                    return null;
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return ready.chain(() -> send(bytesOf(body), parameters));
    }

    private Uni<JsonNode> send(Buffer body, String parameters) {
        String host = hosts.get(Math.floorMod(next.getAndIncrement(), hosts.size())).strip();
        int colon = host.lastIndexOf(':');
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(colon < 0 ? host : host.substring(0, colon))
                .setPort(colon < 0 ? 9200 : Integer.parseInt(host.substring(colon + 1)))
                .setURI("/" + index.alias() + "/_search" + (parameters.isEmpty() ? "" : "?" + parameters)).setTimeout(timeoutMs)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return http.request(request)
                .chain(r -> r.send(body))
                .chain(response -> response.body().map(answer -> read(response.statusCode(), answer)))
                .onFailure(f -> !(f instanceof BackendFailure)).transform(f -> new BackendFailure(f.toString(), 0));
    }

    /** Written straight as UTF-8 (not through a String, which costs a second encoding of every Chinese word). */
    private static Buffer bytesOf(ObjectNode body) {
        try {
            return Buffer.buffer(Json.mapper().writeValueAsBytes(body));
        } catch (IOException e) {
            throw new BackendFailure("request not written: " + e.getMessage(), 0);
        }
    }

    private static JsonNode read(int status, Buffer answer) {
        if (status != 200) {
            throw new BackendFailure("the node answered " + status, status);
        }
        try (ByteBufInputStream in = new ByteBufInputStream(answer.getDelegate().getByteBuf())) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new BackendFailure("unreadable answer from the node: " + e.getMessage(), status);
        }
    }

    /** The node failed or answered an error status (0 when it did not answer). */
    public static final class BackendFailure extends RuntimeException {

        private final int status;

        BackendFailure(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
