package io.newsroom.bench.ceiling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.bench.stack.Elastic;
import io.newsroom.contract.Json;

/**
 * The indexing ceiling: the final article documents search-service wrote (read back from the index,
 * segmented word fields and all) written again with raw {@code _bulk} requests into a scratch index
 * with the live index's mapping, shards and refresh interval. Timed from the first request until a
 * refresh made the last document searchable, as the end-to-end figure is; the index is deleted after.
 */
public final class BulkCeiling {

    public record Result(int documents, long bytes, int batchSize, int clients, double seconds) {

        public double documentsPerSecond() {
            return documents / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final Elastic es;
    private final String alias;

    public BulkCeiling(Elastic es, String alias) {
        this.es = es;
        this.alias = alias;
    }

    /** The documents whose source file starts with the prefix, as {id, source} pairs. */
    public List<Map.Entry<String, String>> documents(String prefix) throws IOException {
        List<Map.Entry<String, String>> docs = new ArrayList<>();
        ObjectNode query = (ObjectNode) Json.mapper().readTree(Elastic.prefixQuery(prefix));
        query.put("size", 1000).putArray("sort").add("_doc");
        JsonNode page = es.post(alias + "/_search?scroll=1m", query.toString());
        while (page.path("hits").path("hits").size() > 0) {
            for (JsonNode hit : page.path("hits").path("hits")) {
                docs.add(Map.entry(hit.path("_id").asText(), hit.path("_source").toString()));
            }
            String scrollId = page.path("_scroll_id").asText();
            page = es.post("_search/scroll", Json.mapper().createObjectNode().put("scroll", "1m").put("scroll_id", scrollId).toString());
        }
        if (page.hasNonNull("_scroll_id")) {
            es.delete("_search/scroll/" + page.path("_scroll_id").asText());
        }
        return docs;
    }

    public Result run(String scratchIndex, List<Map.Entry<String, String>> docs, int batchSize, int clients) throws Exception {
        JsonNode live = es.get(alias + "/_settings?include_defaults=true");
        Iterator<Map.Entry<String, JsonNode>> indices = live.fields();
        Map.Entry<String, JsonNode> first = indices.next();
        JsonNode settings = first.getValue();
        String shards = setting(settings, "number_of_shards", "1");
        String refresh = setting(settings, "refresh_interval", "1s");
        JsonNode mappings = es.get(first.getKey() + "/_mapping").path(first.getKey()).path("mappings");
        ObjectNode create = Json.mapper().createObjectNode();
        create.putObject("settings").put("number_of_shards", shards).put("number_of_replicas", 0).put("refresh_interval", refresh);
        create.set("mappings", mappings);
        es.put(scratchIndex, create.toString());
        try {
            ConcurrentLinkedQueue<byte[]> batches = new ConcurrentLinkedQueue<>();
            long bytes = 0;
            for (int i = 0; i < docs.size(); i += batchSize) {
                byte[] body = ndjson(scratchIndex, docs.subList(i, Math.min(docs.size(), i + batchSize)));
                bytes += body.length;
                batches.add(body);
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            try {
                List<Future<?>> senders = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    senders.add(pool.submit(() -> {
                        for (byte[] body = batches.poll(); body != null; body = batches.poll()) {
                            JsonNode response = es.bulk("_bulk", body);
                            if (response.path("errors").asBoolean()) {
                                throw new IOException("bulk reported errors: " + response.toString().substring(0, 500));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : senders) {
                    f.get();
                }
                es.post(scratchIndex + "/_refresh");
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long indexed = es.get(scratchIndex + "/_count").path("count").asLong();
            if (indexed != docs.size()) {
                throw new IOException("scratch index holds " + indexed + " of " + docs.size() + " documents");
            }
            return new Result(docs.size(), bytes, batchSize, clients, seconds);
        } finally {
            es.delete(scratchIndex);
        }
    }

    private static String setting(JsonNode settings, String name, String fallback) {
        for (String group : List.of("settings", "defaults")) {
            JsonNode v = settings.path(group).path("index").path(name);
            if (!v.isMissingNode() && !v.isNull()) {
                return v.asText();
            }
        }
        return fallback;
    }

    private static byte[] ndjson(String index, List<Map.Entry<String, String>> docs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> d : docs) {
            ObjectNode action = Json.mapper().createObjectNode();
            action.putObject("index").put("_index", index).put("_id", d.getKey());
            out.write(action.toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.write(d.getValue().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }
}
