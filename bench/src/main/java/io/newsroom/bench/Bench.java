package io.newsroom.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.bench.ceiling.BulkCeiling;
import io.newsroom.bench.ceiling.EnrichCeiling;
import io.newsroom.bench.ceiling.TransportCeiling;
import io.newsroom.bench.corpus.Corpus;
import io.newsroom.bench.corpus.CorpusPage;
import io.newsroom.bench.flow.EndToEnd;
import io.newsroom.bench.flow.Latency;
import io.newsroom.bench.memory.PeakMemory;
import io.newsroom.bench.memory.ProcessCpu;
import io.newsroom.bench.report.Figures;
import io.newsroom.bench.search.QuerySet;
import io.newsroom.bench.search.SearchLoad;
import io.newsroom.bench.stack.Elastic;
import io.newsroom.bench.stack.Inbox;
import io.newsroom.contract.Article;
import io.newsroom.contract.Json;
import io.newsroom.contract.RawPage;
import io.newsroom.search.api.search.SearchBody;
import io.newsroom.text.WordSegmenter;

/**
 * {@code ./newsroom bench}: measures a running stack (throughput, drop-to-searchable latency, search
 * latency, memory) next to the ceilings of its parts measured in the same run, prints a table and, as
 * the last line, one JSON object; writes both to bench/results/.
 */
public final class Bench {

    private static final PrintStream LOG = System.err;

    private final BenchOptions options;
    private final Figures figures = new Figures();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Elastic es;
    private final String run;

    private Bench(BenchOptions options) {
        this.options = options;
        this.es = new Elastic(http, options.es());
        this.run = Long.toString(System.currentTimeMillis(), 36);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.println(e.getMessage());
            System.exit(2);
            return;
        }
        new Bench(options).run();
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        machine();
        if (options.enrichOnly()) {
            enrichOnly(began);
            return;
        }
        requireStack();
        if (options.searchOnly()) {
            searchOnly(began);
            return;
        }
        Inbox inbox = new Inbox(options.data(), run);
        String prefix = "bench-" + run + "-";
        String e2ePrefix = prefix + "e2e-";
        String latencyPrefix = prefix + "lat-";
        try {
            step("composing %d pages, plus %d for the latency run", options.pages(), (int) (options.rate() * options.latencySeconds()));
            Corpus corpus = new Corpus(options.shared(), options.seed());
            List<CorpusPage> e2ePages = corpus.pages(e2ePrefix, options.pages());
            List<CorpusPage> latencyPages = corpus.pages(latencyPrefix, (int) Math.round(options.rate() * options.latencySeconds()));
            // Composed last, so the measured pages are the same with or without a warm-up.
            List<CorpusPage> warmPages = corpus.pages(prefix + "warm-", warmUpPages());
            figures.put("corpus.pages", "pages (4 Chinese : 1 English HTML)", e2ePages.size(), "");
            figures.put("corpus.megabytes", "size of the pages", e2ePages.stream().mapToLong(p -> p.bytes().length).sum() / 1e6, "MB");

            EnrichCeiling enrich = new EnrichCeiling();
            List<RawPage> raw = enrich.read(e2ePages);
            Map<String, Integer> expected = enrichCeiling(enrich, raw);
            long expectedArticles = expected.values().stream().mapToLong(Integer::longValue).sum();
            figures.put("corpus.articles", "articles the pages hold (enrich pipeline offline)", expectedArticles, "");
            Map<String, Integer> latencyExpected = enrich.articleCounts(enrich.read(latencyPages));

            phase("transport", () -> transportCeiling(enrich, raw));
            phase("warm-up", () -> warmUp(inbox, enrich, warmPages, prefix + "warm-"));
            phase("e2e", () -> endToEnd(inbox, e2ePages, e2ePrefix, expectedArticles));
            phase("bulk", () -> bulkCeiling(e2ePrefix));
            phase("latency", () -> latency(inbox, latencyPages, latencyExpected));
            phase("search", this::search);
        } finally {
            memory();
            cleanUp(inbox, prefix);
        }
        ratios();
        figures.put("run.seconds", "benchmark run time", (System.nanoTime() - began) / 1e9, "s");
        figures.note("run.loadAverageEnd", loadAverage());
        write(options.quick() ? "quick" : "full");
    }

    /** The search loads alone, on the documents already in the index (a run with --keep left them). */
    private void searchOnly(long began) throws Exception {
        try {
            phase("search", this::search);
        } finally {
            memory();
        }
        searchRatios();
        figures.put("run.seconds", "benchmark run time", (System.nanoTime() - began) / 1e9, "s");
        figures.note("run.loadAverageEnd", loadAverage());
        write("search");
    }

    /** Enrichment's speed alone, the pipeline in this process: no stack needed. */
    private void enrichOnly(long began) throws Exception {
        step("composing %d pages", options.pages());
        List<CorpusPage> pages = new Corpus(options.shared(), options.seed()).pages("bench-" + run + "-", options.pages());
        figures.put("corpus.pages", "pages (4 Chinese : 1 English HTML)", pages.size(), "");
        figures.put("corpus.megabytes", "size of the pages", pages.stream().mapToLong(p -> p.bytes().length).sum() / 1e6, "MB");
        EnrichCeiling enrich = new EnrichCeiling();
        Map<String, Integer> articles = enrichCeiling(enrich, enrich.read(pages));
        figures.put("corpus.articles", "articles the pages hold", articles.values().stream().mapToLong(Integer::longValue).sum(), "");
        figures.put("run.seconds", "benchmark run time", (System.nanoTime() - began) / 1e9, "s");
        figures.note("run.loadAverageEnd", loadAverage());
        write(options.quick() ? "enrich-quick" : "enrich");
    }

    private void write(String mode) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = options.results().resolve(stamp + "-" + mode + "-" + Runtime.getRuntime().availableProcessors() + "cores.txt");
        figures.write(file);
        LOG.println("bench: written to " + file);
        figures.print(System.out);
    }

    private void machine() throws IOException {
        figures.note("run.date", LocalDateTime.now().withNano(0).toString());
        figures.note("run.mode", options.quick() ? "quick" : "full");
        figures.put("machine.cores", "machine: cores", Runtime.getRuntime().availableProcessors(), "");
        long memKb = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        figures.put("machine.memoryMb", "machine: memory", memKb / 1024, "MB");
        figures.put("machine.loadAverageStart", "machine: 1-minute load average at start", loadAverage(), "");
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        figures.note("machine.host", host.isEmpty() ? Files.readString(Path.of("/proc/sys/kernel/hostname")).strip() : host);
    }

    /** Where ./newsroom keeps the pid files of the stack it started. */
    private Path runDir() {
        return options.data().resolve("run");
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private void requireStack() throws IOException {
        try {
            es.get("_cluster/health");
            es.get(options.alias() + "/_count");
        } catch (IOException e) {
            throw new IOException("Elasticsearch at " + options.es() + " or the index " + options.alias()
                    + " is not there; start the stack with ./newsroom up first (" + e.getMessage() + ")");
        }
        JsonNodeView settings = new JsonNodeView(es.get(options.alias() + "/_settings?include_defaults=true"));
        figures.put("stack.refreshInterval", "stack: index refresh interval", settings.find("refresh_interval"), "");
        int enrichInstances = 0;
        try (var s = Files.list(runDir())) {
            enrichInstances = (int) s.filter(p -> p.getFileName().toString().startsWith("enrich-service")).count();
        } catch (IOException e) {
            // no run folder: the stack was not started by ./newsroom
        }
        figures.put("stack.enrichInstances", "stack: enrich-service instances", enrichInstances, "");
    }

    /** Pages enriched untimed before the enrichment ceiling is measured. */
    private static final int ENRICH_WARM_UP_PAGES = 1000;

    private Map<String, Integer> enrichCeiling(EnrichCeiling enrich, List<RawPage> raw) throws Exception {
        step("enrichment alone (CPU ceiling), one thread");
        // Long enough for the JIT to reach steady state (on 100 pages the timed pass still ran partly interpreted):
        // the issue asks for the rate once warm.
        enrich.warmUp(raw, Math.min(ENRICH_WARM_UP_PAGES, raw.size()));
        EnrichCeiling.Pass one = enrich.singleThread(raw);
        figures.put("ceiling.enrichPagesPerSec", "enrichment alone, 1 thread", one.pagesPerSecond(), "pages/s");
        figures.put("ceiling.enrichArticlesPerSec", "enrichment alone, 1 thread", one.articlesPerSecond(), "articles/s");
        figures.put("ceiling.enrichChineseMbPerSec", "enrichment alone, 1 thread, Chinese text (UTF-8)", one.chineseMegabytesPerSecond(), "MB/s");
        figures.put("ceiling.enrichChineseMbPerCpuSecond", "enrichment alone, 1 thread, Chinese text per CPU-second",
                one.chineseMegabytesPerCpuSecond(), "MB/s");
        figures.put("ceiling.enrichCpuMsPerArticle", "enrichment alone, 1 thread, CPU per article",
                one.cpuSeconds() * 1000 / Math.max(1, one.articles()), "ms");
        if (!options.quick()) {
            step("enrichment alone, two threads");
            EnrichCeiling.Pass two = enrich.threads(raw, 2);
            figures.put("ceiling.enrich2ThreadsPagesPerSec", "enrichment alone, 2 threads", two.pagesPerSecond(), "pages/s");
            figures.put("ceiling.enrich2ThreadsSpeedup", "enrichment alone, 2 threads / 1 thread", two.pagesPerSecond() / one.pagesPerSecond(), "x");
        }
        return enrich.articleCounts(raw);
    }

    private void transportCeiling(EnrichCeiling enrich, List<RawPage> raw) throws Exception {
        step("Kafka produce + consume of the same payloads (transport ceiling)");
        TransportCeiling kafka = new TransportCeiling(options.kafka());
        int partitions = kafka.partitionsOf("news.pages");
        figures.put("stack.partitions", "stack: partitions of news.pages", partitions, "");
        List<TransportCeiling.Payload> pages = new ArrayList<>();
        List<TransportCeiling.Payload> articles = new ArrayList<>();
        for (RawPage p : raw) {
            pages.add(new TransportCeiling.Payload(p.pageId(), Json.mapper().writeValueAsBytes(p)));
            for (Article a : enrich.articles(p)) {
                articles.add(new TransportCeiling.Payload(a.id(), Json.mapper().writeValueAsBytes(a)));
            }
        }
        TransportCeiling.Result p = kafka.run("bench.pages-" + run, partitions, pages);
        figures.put("ceiling.kafkaPagesPerSec", "Kafka produce+consume, pages", p.messagesPerSecond(), "msg/s");
        figures.put("ceiling.kafkaPagesMbPerSec", "Kafka produce+consume, pages", p.megabytesPerSecond(), "MB/s");
        TransportCeiling.Result a = kafka.run("bench.articles-" + run, partitions, articles);
        figures.put("ceiling.kafkaArticlesPerSec", "Kafka produce+consume, articles", a.messagesPerSecond(), "msg/s");
        figures.put("ceiling.kafkaArticlesMbPerSec", "Kafka produce+consume, articles", a.megabytesPerSecond(), "MB/s");
    }

    /**
     * The stack's pages through the inbox once, untimed, before anything is measured: a stack just
     * started compiles its hot code while it works (Elasticsearch's compiler threads used 67 of its
     * 337 CPU-seconds in a full run), which the end-to-end figures would
     * otherwise charge to the pages, as the search loads and the enrichment ceiling are warmed up too.
     */
    private void warmUp(Inbox inbox, EnrichCeiling enrich, List<CorpusPage> pages, String prefix) throws Exception {
        if (pages.isEmpty()) {
            return;
        }
        long expected = enrich.articleCounts(enrich.read(pages)).values().stream().mapToLong(Integer::longValue).sum();
        step("warming the stack up: %d pages through the inbox, untimed", pages.size());
        EndToEnd.Result r = new EndToEnd(inbox, es, options.alias()).run(pages, prefix, expected, 60);
        figures.put("run.warmUpPages", "warm-up: pages through the stack, untimed", pages.size(), "");
        figures.note("run.warmUpComplete", r.complete());
    }

    /** A tenth of the measured pages, at least 60: enough for the JIT compilers of every process. */
    private int warmUpPages() {
        return options.warmUp() ? Math.max(60, options.pages() / 10) : 0;
    }

    private void endToEnd(Inbox inbox, List<CorpusPage> pages, String prefix, long expectedArticles) throws Exception {
        step("end to end: %d pages into the inbox at once, until %d articles are searchable", pages.size(), expectedArticles);
        Path runDir = runDir();
        Map<String, Double> cpuBefore = ProcessCpu.byService(runDir);
        Map<String, Double> jitBefore = ProcessCpu.compilersByService(runDir);
        EndToEnd.Result r = new EndToEnd(inbox, es, options.alias()).run(pages, prefix, expectedArticles, 60);
        Map<String, Double> cpuAfter = ProcessCpu.byService(runDir);
        Map<String, Double> jitAfter = ProcessCpu.compilersByService(runDir);
        figures.put("e2e.pagesPerSec", "end to end, inbox to searchable", r.pagesPerSecond(), "pages/s");
        figures.put("e2e.articlesPerSec", "end to end, inbox to searchable", r.articlesPerSecond(), "articles/s");
        figures.put("e2e.mbPerSec", "end to end, page bytes", r.megabytesPerSecond(), "MB/s");
        figures.put("e2e.seconds", "end to end, time until all searchable", r.seconds(), "s");
        figures.put("e2e.ingestedSeconds", "end to end, time until the inbox was empty", r.ingestedSeconds(), "s");
        figures.put("e2e.articlesSearchable", "end to end, articles searchable / expected",
                r.articlesSearchable() + " / " + r.articlesExpected(), "");
        figures.note("e2e.complete", r.complete());
        // Where the two cores went: CPU per searchable article of each process, the figure that says
        // which stage bounds the throughput (and how far the machine was from idle).
        double total = 0;
        for (var e : cpuAfter.entrySet()) {
            double used = e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0.0);
            total += used;
            figures.put("e2e.cpuMsPerArticle." + e.getKey(), "end to end, CPU per article, " + e.getKey(),
                    used * 1000 / Math.max(1, r.articlesSearchable()), "ms");
        }
        double jit = 0;
        for (var e : jitAfter.entrySet()) {
            jit += e.getValue() - jitBefore.getOrDefault(e.getKey(), 0.0);
        }
        // The part of that CPU that compiled code instead of running it: small on a warm stack.
        figures.put("e2e.jitShare", "end to end, CPU of the JIT compilers / CPU of the stack", jit / Math.max(1e-9, total), "");
        figures.put("e2e.cpuBusy", "end to end, CPU of the stack / cores x time", total / (r.seconds() * Runtime.getRuntime().availableProcessors()), "");
    }

    private void bulkCeiling(String prefix) throws Exception {
        step("raw _bulk of the same documents (indexing ceiling)");
        BulkCeiling bulk = new BulkCeiling(es, options.alias());
        var docs = bulk.documents(prefix);
        Path runDir = runDir();
        double esCpu = ProcessCpu.seconds(runDir, "elasticsearch");
        BulkCeiling.Result r = bulk.run("bench-ceiling-" + run, docs, options.bulkBatch(), options.bulkClients());
        esCpu = ProcessCpu.seconds(runDir, "elasticsearch") - esCpu;
        figures.put("ceiling.bulkDocsPerSec", "raw _bulk, " + r.clients() + " clients x " + r.batchSize() + " docs", r.documentsPerSecond(), "docs/s");
        figures.put("ceiling.bulkMbPerSec", "raw _bulk", r.megabytesPerSecond(), "MB/s");
        figures.put("ceiling.bulkEsCpuMsPerDoc", "raw _bulk, Elasticsearch CPU per document", esCpu * 1000 / Math.max(1, docs.size()), "ms");
    }

    private void latency(Inbox inbox, List<CorpusPage> pages, Map<String, Integer> expected) throws Exception {
        step("latency: %d pages at %.0f pages/s", pages.size(), options.rate());
        Latency.Result r = new Latency(inbox, es, options.alias(), 50).run(pages, expected, options.rate(), 30);
        figures.put("latency.rate", "latency run, steady drop rate", r.ratePerSecond(), "pages/s");
        figures.percentiles("latency.dropToSearchable", "drop to searchable", r.latency());
        figures.put("latency.missing", "latency run, pages never complete", r.missing(), "");
    }

    private void search() throws Exception {
        waitForQuietNode();
        WordSegmenter segmenter = new WordSegmenter();
        List<List<HttpRequest>> api = new ArrayList<>();
        List<List<HttpRequest>> direct = new ArrayList<>();
        int fallbacks = 0;
        for (String q : QuerySet.QUERIES) {
            api.add(List.of(HttpRequest.newBuilder(URI.create(options.api() + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).GET().build()));
            // The same requests the API sends for the query, with the same URL parameters (request
            // cache): the next only when the one before found nothing (relaxed words, pinyin).
            List<HttpRequest> sequence = new ArrayList<>();
            for (ObjectNode body : SearchBody.forQuery(q, segmenter)) {
                sequence.add(HttpRequest.newBuilder(URI.create(es.base() + "/" + options.alias() + "/_search?" + SearchBody.URL_PARAMETERS))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
                if (es.post(options.alias() + "/_search", body.toString()).path("hits").path("total").path("value").asLong() > 0) {
                    break;
                }
            }
            fallbacks += sequence.size() - 1;
            direct.add(sequence);
        }
        figures.put("search.fallbackRequests", "search: queries answered by a second request (relaxed, pinyin)", fallbacks, "");
        SearchLoad load = new SearchLoad(http);
        load.warmUp(api);
        load.warmUp(direct);
        // Then a short untimed load each way: the API's search path must be compiled by the JIT before
        // it is timed, as the node's is after the index was polled all through the earlier phases.
        double warmSeconds = Math.min(10, Math.max(3, options.searchSeconds() / 3));
        step("search: warming up, %.0f s each way", warmSeconds);
        load.run(api, 8, warmSeconds);
        load.run(direct, 8, warmSeconds);
        for (int clients : new int[] {8, 32}) {
            for (boolean viaApi : new boolean[] {true, false}) {
                String key = "search." + (viaApi ? "api" : "es") + clients;
                step("search: %s, %d clients, %.0f s", viaApi ? "API" : "Elasticsearch direct", clients, options.searchSeconds());
                Path runDir = runDir();
                double serviceCpu = ProcessCpu.seconds(runDir, "search-service");
                double esCpu = ProcessCpu.seconds(runDir, "elasticsearch");
                SearchLoad.Result r = load.run(viaApi ? api : direct, clients, options.searchSeconds());
                serviceCpu = ProcessCpu.seconds(runDir, "search-service") - serviceCpu;
                esCpu = ProcessCpu.seconds(runDir, "elasticsearch") - esCpu;
                String what = (viaApi ? "search API" : "Elasticsearch direct") + ", " + clients + " clients";
                figures.put(key + ".p50Ms", what + " p50", r.latency().p50(), "ms");
                figures.put(key + ".p99Ms", what + " p99", r.latency().p99(), "ms");
                figures.put(key + ".perSec", what, r.requestsPerSecond(), "req/s");
                figures.put(key + ".errors", what + " errors", r.errors(), "");
                // CPU per request: the API's own cost and what each way costs the node, whatever else runs.
                if (viaApi) {
                    figures.put(key + ".serviceCpuMs", what + ", search-service CPU per request", 1000 * serviceCpu / r.requests(), "ms");
                }
                figures.put(key + ".esCpuMs", what + ", Elasticsearch CPU per request", 1000 * esCpu / r.requests(), "ms");
                if (r.firstError() != null) {
                    figures.note(key + ".firstError", r.firstError());
                }
            }
        }
    }

    /**
     * Waits (up to a minute) until Elasticsearch has finished the work the indexing phases left it
     * (segment merges, refreshes): the API load runs first, and without this wait it alone would pay
     * for that work, which made the node's CPU per API search more than twice that of a direct one.
     */
    private void waitForQuietNode() throws InterruptedException {
        Path runDir = runDir();
        long start = System.nanoTime();
        int quietSeconds = 0;
        double before = ProcessCpu.seconds(runDir, "elasticsearch");
        while (quietSeconds < 3 && System.nanoTime() - start < 60_000_000_000L && !Double.isNaN(before)) {
            Thread.sleep(1000);
            double now = ProcessCpu.seconds(runDir, "elasticsearch");
            quietSeconds = now - before < 0.05 ? quietSeconds + 1 : 0; // under 5% of a core
            before = now;
        }
        figures.put("search.quietWaitSeconds", "search: wait for the node to finish background work", (System.nanoTime() - start) / 1e9, "s");
    }

    private void memory() {
        try {
            PeakMemory.read(runDir()).forEach((name, u) ->
                    figures.put("memory." + name + "PeakMb", "peak RSS (VmHWM) " + name, u.peakMb(), "MB"));
        } catch (IOException e) {
            LOG.println("bench: could not read peak memory: " + e.getMessage());
        }
    }

    private void ratios() {
        double bulk = figures.number("ceiling.bulkDocsPerSec");
        double e2e = figures.number("e2e.articlesPerSec");
        figures.put("ratio.e2eToBulk", "end to end / raw _bulk (articles/s)", e2e / bulk, "");
        figures.put("ratio.e2eToEnrich", "end to end / enrichment alone 1 thread (articles/s)",
                e2e / figures.number("ceiling.enrichArticlesPerSec"), "");
        figures.note("targets.e2eAtLeast60PercentOfBulk", figures.number("ratio.e2eToBulk") >= 0.6);
        figures.note("targets.latencyP95Under1500Ms", figures.number("latency.dropToSearchable.p95Ms") < 1500);
        figures.note("targets.enrichAtLeast1MbPerSecPerCore", figures.number("ceiling.enrichChineseMbPerSec") >= 1);
        searchRatios();
    }

    private void searchRatios() {
        for (int clients : new int[] {8, 32}) {
            figures.put("ratio.api" + clients + "P50ToEs", "search API p50 / Elasticsearch p50, " + clients + " clients",
                    figures.number("search.api" + clients + ".p50Ms") / figures.number("search.es" + clients + ".p50Ms"), "");
        }
        figures.note("targets.apiP50Within20PercentOfEs", figures.number("ratio.api8P50ToEs") <= 1.2);
        figures.note("targets.apiP99Under100MsAt8", figures.number("search.api8.p99Ms") < 100);
        figures.note("targets.searchErrorsZero", figures.number("search.api8.errors") == 0 && figures.number("search.api32.errors") == 0);
    }

    private void cleanUp(Inbox inbox, String prefix) {
        try {
            if (!options.keep()) {
                step("removing the benchmark's documents and files");
                es.deletePrefix(options.alias(), prefix);
            }
            inbox.cleanUp(options.data(), prefix);
        } catch (IOException e) {
            LOG.println("bench: clean-up incomplete: " + e.getMessage());
        }
    }

    private interface Phase {
        void run() throws Exception;
    }

    /** A phase that fails is reported as such; the others still run and report. */
    private void phase(String name, Phase phase) {
        long t = System.nanoTime();
        try {
            phase.run();
        } catch (Exception e) {
            LOG.println("bench: " + name + " failed: " + e);
            figures.note(name + ".error", String.valueOf(e.getMessage()));
        }
        figures.note("run." + name + "Seconds", (System.nanoTime() - t) / 1e9);
    }

    private static void step(String format, Object... args) {
        LOG.printf(Locale.ROOT, "bench: " + format + "%n", args);
    }

    /** Finds a setting in the answer of GET index/_settings?include_defaults (explicit first). */
    private record JsonNodeView(com.fasterxml.jackson.databind.JsonNode root) {

        String find(String name) {
            var index = root.elements().next();
            for (String group : List.of("settings", "defaults")) {
                var v = index.path(group).path("index").path(name);
                if (!v.isMissingNode()) {
                    return v.asText();
                }
            }
            return "?";
        }
    }
}
