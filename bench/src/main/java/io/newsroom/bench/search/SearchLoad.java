package io.newsroom.bench.search;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.newsroom.bench.report.Percentiles;

/**
 * Closed-loop load: {@code clients} threads each send the next request of the set as soon as the
 * previous one answered, for a fixed time. An item of the set is a sequence of requests sent one
 * after the other and timed together (a search that needs a second request). Anything but HTTP 200
 * (or no answer) is an error.
 */
public final class SearchLoad {

    public record Result(Percentiles latency, long requests, long errors, double seconds, String firstError) {

        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private final HttpClient http;

    public SearchLoad(HttpClient http) {
        this.http = http;
    }

    /** Each request once, untimed: connections open, caches and compiled code warm. */
    public void warmUp(List<List<HttpRequest>> requests) {
        for (List<HttpRequest> sequence : requests) {
            for (HttpRequest r : sequence) {
                try {
                    http.send(r, HttpResponse.BodyHandlers.discarding());
                } catch (Exception e) {
                    // counted in the timed run
                }
            }
        }
    }

    public Result run(List<List<HttpRequest>> requests, int clients, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[1 << 17];
            perClient.add(latencies);
            int client = c;
            Thread t = new Thread(() -> {
                int n = 0;
                for (int i = client; System.nanoTime() < deadline && n < latencies.length; i++) {
                    List<HttpRequest> sequence = requests.get(i % requests.size());
                    long t0 = System.nanoTime();
                    try {
                        String failed = null;
                        for (HttpRequest request : sequence) {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                failed = "HTTP " + response.statusCode() + " for " + request.uri();
                                break;
                            }
                        }
                        if (failed != null) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = failed;
                                }
                            }
                            continue;
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.getClass().getSimpleName() + ": " + e.getMessage();
                            }
                        }
                        continue;
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                counts[client] = n;
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return new Result(Percentiles.ofNanos(all), total + errors.get(), errors.get(), elapsed, firstError[0]);
    }
}
