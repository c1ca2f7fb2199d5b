package io.newsroom.bench.flow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.bench.corpus.CorpusPage;
import io.newsroom.bench.report.Percentiles;
import io.newsroom.bench.stack.Elastic;
import io.newsroom.bench.stack.Inbox;
import io.newsroom.contract.Json;

/**
 * Latency: pages dropped one at a time at a steady rate; a page counts as searchable when a search
 * finds every article it holds. The index is asked every {@code pollMillis} which of the pages in
 * flight are complete, so a figure is late by at most one poll.
 */
public final class Latency {

    public record Result(Percentiles latency, int dropped, int measured, int missing, double ratePerSecond) {
    }

    private final Inbox inbox;
    private final Elastic es;
    private final String alias;
    private final int pollMillis;

    public Latency(Inbox inbox, Elastic es, String alias, int pollMillis) {
        this.inbox = inbox;
        this.es = es;
        this.alias = alias;
        this.pollMillis = pollMillis;
    }

    /** {@code expected} maps page names to their article counts; pages yielding none are not measured. */
    public Result run(List<CorpusPage> pages, Map<String, Integer> expected, double rate, int waitSeconds)
            throws IOException, InterruptedException {
        inbox.stage(pages);
        Map<String, Long> droppedAt = new ConcurrentHashMap<>();
        Map<String, Long> latencies = new ConcurrentHashMap<>();
        IOException[] dropFailure = new IOException[1];
        Thread dropper = new Thread(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                CorpusPage p = pages.get(i);
                try {
                    long at = System.nanoTime();
                    inbox.drop(p);
                    if (expected.getOrDefault(p.name(), 0) > 0) {
                        droppedAt.put(p.name(), at);
                    }
                } catch (IOException e) {
                    dropFailure[0] = e;
                    return;
                }
            }
        }, "bench-dropper");
        dropper.start();
        long lastProgress = System.nanoTime();
        while (dropper.isAlive() || latencies.size() < droppedAt.size()) {
            Thread.sleep(pollMillis);
            List<String> inFlight = new ArrayList<>();
            droppedAt.keySet().forEach(n -> {
                if (!latencies.containsKey(n)) {
                    inFlight.add(n);
                }
            });
            if (inFlight.isEmpty()) {
                continue;
            }
            long observed = System.nanoTime();
            for (JsonNode bucket : complete(inFlight)) {
                String name = bucket.path("key").asText();
                if (bucket.path("doc_count").asLong() >= expected.getOrDefault(name, Integer.MAX_VALUE)) {
                    latencies.put(name, observed - droppedAt.get(name));
                    lastProgress = observed;
                }
            }
            if (!dropper.isAlive() && (System.nanoTime() - lastProgress) / 1e9 > waitSeconds) {
                break;
            }
        }
        dropper.join();
        if (dropFailure[0] != null) {
            throw dropFailure[0];
        }
        long[] nanos = latencies.values().stream().mapToLong(Long::longValue).toArray();
        return new Result(Percentiles.ofNanos(nanos), pages.size(), nanos.length, droppedAt.size() - nanos.length, rate);
    }

    /** Per in-flight page, how many of its articles a search finds now. */
    private JsonNode complete(List<String> names) throws IOException {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", 0);
        ArrayNode terms = body.putObject("query").putObject("terms").putArray("sourceFile");
        names.forEach(terms::add);
        body.putObject("aggs").putObject("pages").putObject("terms").put("field", "sourceFile").put("size", names.size());
        return es.post(alias + "/_search", body.toString()).path("aggregations").path("pages").path("buckets");
    }
}
