package io.newsroom.bench;

import java.nio.file.Path;

/** The benchmark's settings: command-line options over the defaults of a quick or a full run. */
record BenchOptions(boolean quick, Path data, Path shared, Path results, String es, String api, String kafka,
        String alias, int pages, double rate, int latencySeconds, double searchSeconds, int bulkClients, int bulkBatch,
        boolean keep, long seed, boolean searchOnly, boolean warmUp, boolean enrichOnly) {

    static final String USAGE = """
            usage: ./newsroom bench [--quick] [--pages N] [--rate PAGES_PER_S] [--latency-seconds S]
                                    [--search-seconds S] [--bulk-clients N] [--bulk-batch N] [--keep] [--seed S]
                                    [--search-only] [--no-warm-up] [--enrich-only]
              Runs against the stack ./newsroom up started (same NEWSROOM_* settings). --quick: 300 pages,
              10 s of latency, 6 s per search load (under 2 minutes); the full run: 3000 pages, 60 s, 30 s.
              --keep leaves the benchmark's documents in the index (they are deleted by default).
              Before measuring, a tenth of the pages (at least 60) go through the stack untimed, so a stack
              just started is measured warm; --no-warm-up measures it cold.
              --search-only: only the search loads and peak memory, on what the index holds (e.g. after --keep).
              --enrich-only: only enrichment's speed, the pipeline in this process on the composed pages (one
              thread, and two in the full run); needs no stack.""";

    static BenchOptions parse(String[] args) {
        boolean quick = false;
        boolean keep = false;
        boolean searchOnly = false;
        boolean warmUp = true;
        boolean enrichOnly = false;
        Path data = Path.of("data");
        Path shared = null;
        Path results = Path.of("bench/results");
        String es = "http://127.0.0.1:9200";
        String api = "http://127.0.0.1:8080";
        String kafka = "127.0.0.1:9092";
        Integer pages = null;
        Integer latencySeconds = null;
        Double searchSeconds = null;
        double rate = 10;
        int bulkClients = 2;
        int bulkBatch = 500;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                case "--quick" -> quick = true;
                case "--keep" -> keep = true;
                case "--search-only" -> searchOnly = true;
                case "--no-warm-up" -> warmUp = false;
                case "--enrich-only" -> enrichOnly = true;
                case "--data" -> data = Path.of(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--es" -> es = args[++i];
                case "--api" -> api = args[++i];
                case "--kafka" -> kafka = args[++i];
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--latency-seconds" -> latencySeconds = Integer.parseInt(args[++i]);
                case "--search-seconds" -> searchSeconds = Double.parseDouble(args[++i]);
                case "--bulk-clients" -> bulkClients = Integer.parseInt(args[++i]);
                case "--bulk-batch" -> bulkBatch = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (shared == null) {
            String env = System.getenv("NEWSROOM_SHARED");
            shared = env != null && !env.isBlank() ? Path.of(env) : Path.of("../shared");
        }
        return new BenchOptions(quick, data, shared, results, es, api, kafka, "news-articles",
                pages != null ? pages : quick ? 300 : 3000, rate,
                latencySeconds != null ? latencySeconds : quick ? 10 : 60,
                searchSeconds != null ? searchSeconds : quick ? 6 : 30, bulkClients, bulkBatch, keep, seed, searchOnly, warmUp,
                enrichOnly);
    }
}
