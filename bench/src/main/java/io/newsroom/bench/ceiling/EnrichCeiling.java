package io.newsroom.bench.ceiling;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.newsroom.bench.corpus.CorpusPage;
import io.newsroom.contract.Article;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.pipeline.EnrichPipeline;
import io.newsroom.enrich.pipeline.UnprocessablePageException;
import io.newsroom.text.RawPageReader;
import io.newsroom.text.UnreadablePageException;

/**
 * The CPU ceiling of our own code: the enrich pipeline (the very code enrich-service runs) on the
 * benchmark's pages in this process, with no Kafka and no Elasticsearch. Also tells how many
 * articles each page yields, which is what the end-to-end runs wait for.
 */
public final class EnrichCeiling {

    /** One timed pass. {@code chineseTextBytes} counts the UTF-8 bytes of the decoded Chinese page text. */
    public record Pass(int pages, int articles, double seconds, long textBytes, long chineseTextBytes, double chineseSeconds,
            double cpuSeconds, double chineseCpuSeconds) {

        public double pagesPerSecond() {
            return pages / seconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double chineseMegabytesPerSecond() {
            return chineseTextBytes / 1e6 / chineseSeconds;
        }

        /** Per CPU-second of the one thread: the per-core figure, which time the host takes away does not move. */
        public double chineseMegabytesPerCpuSecond() {
            return chineseTextBytes / 1e6 / chineseCpuSeconds;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final EnrichPipeline pipeline = EnrichPipeline.standard();
    private final RawPageReader reader = new RawPageReader();
    private final Map<String, List<Article>> articles = new HashMap<>();

    /** Decoded pages, as ingest-service hands them on (decoding is ingest's work, so it is not timed). */
    public List<RawPage> read(List<CorpusPage> pages) throws UnreadablePageException {
        List<RawPage> raw = new ArrayList<>(pages.size());
        for (CorpusPage p : pages) {
            raw.add(reader.read(p.name(), p.bytes(), Instant.now()));
        }
        return raw;
    }

    /** Runs the pipeline once over some pages, untimed, so that the timed pass runs compiled code. */
    public void warmUp(List<RawPage> pages, int count) {
        for (int i = 0; i < Math.min(count, pages.size()); i++) {
            enrich(pages.get(i));
        }
    }

    /** One thread, every page in turn; Chinese pages timed on their own for the MB/s figure. */
    public Pass singleThread(List<RawPage> pages) {
        int articleCount = 0;
        long textBytes = 0;
        long chineseBytes = 0;
        long chineseNanos = 0;
        long chineseCpuNanos = 0;
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        for (RawPage page : pages) {
            long t = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            List<Article> found = enrich(page);
            long took = System.nanoTime() - t;
            long cpuTook = THREADS.getCurrentThreadCpuTime() - c;
            articles.put(page.fileName(), found);
            articleCount += found.size();
            long bytes = page.text() == null ? 0 : page.text().getBytes(StandardCharsets.UTF_8).length;
            textBytes += bytes;
            if (page.fileName().endsWith("-zh.txt")) {
                chineseBytes += bytes;
                chineseNanos += took;
                chineseCpuNanos += cpuTook;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Pass(pages.size(), articleCount, seconds, textBytes, chineseBytes, chineseNanos / 1e9, cpu, chineseCpuNanos / 1e9);
    }

    /** The same pages shared out over several threads: how enrichment scales with cores here. */
    public Pass threads(List<RawPage> pages, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    int n = 0;
                    for (int i = first; i < pages.size(); i += threads) {
                        n += enrich(pages.get(i)).size();
                    }
                    return n;
                }));
            }
            int articleCount = 0;
            for (Future<Integer> f : parts) {
                articleCount += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Pass(pages.size(), articleCount, seconds, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many articles each page holds (file name → count), by the same pipeline. */
    public Map<String, Integer> articleCounts(List<RawPage> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (RawPage p : pages) {
            counts.put(p.fileName(), articles(p).size());
        }
        return counts;
    }

    /** The articles a page yielded in the single-thread pass (or now, when it was not in it). */
    public List<Article> articles(RawPage page) {
        return articles.computeIfAbsent(page.fileName(), n -> enrich(page));
    }

    private List<Article> enrich(RawPage page) {
        try {
            return pipeline.enrich(page);
        } catch (UnprocessablePageException e) {
            return List.of();
        }
    }
}
