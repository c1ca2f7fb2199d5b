package io.newsroom.enrich.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import io.newsroom.contract.RawPage;
import io.newsroom.text.RawPageReader;

/**
 * Single-thread throughput of the whole {@link EnrichPipeline} (split and tag) on page files once warm:
 * pages/s and MB of UTF-8 page text per CPU-second, the median of several passes. Not a test (surefire
 * does not run it). Usage, after {@code ./mvnw -o -q -pl enrich-service test-compile}:
 * <pre>
 * java -Dwarm=3 -Dpasses=8 -cp "enrich-service/target/test-classes:enrich-service/target/classes:quality/target/lib/*" \
 *     io.newsroom.enrich.pipeline.PipelineBenchmark DIR_OR_FILES...
 * </pre>
 * Directories contribute their {@code .txt} and {@code .html} files. To compare two versions, run each in
 * turn, back to back, several times: on a shared machine the CPU figure moves far less than the wall one,
 * but it still moves (other processes share the caches).
 */
public final class PipelineBenchmark {

    public static void main(String[] args) throws Exception {
        int warm = Integer.getInteger("warm", 3);
        int passes = Integer.getInteger("passes", 8);
        RawPageReader reader = new RawPageReader();
        List<RawPage> pages = new ArrayList<>();
        long bytes = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            List<Path> files;
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                RawPage page = reader.read(file.getFileName().toString(), Files.readAllBytes(file), Instant.EPOCH);
                pages.add(page);
                bytes += page.text() == null ? 0 : page.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        EnrichPipeline pipeline = EnrichPipeline.standard();
        for (int round = 0; round < warm; round++) { // class loading, dictionaries, JIT
            for (RawPage page : pages) {
                pipeline.enrich(page);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        int articles = 0;
        for (int pass = 0; pass < passes; pass++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            articles = 0;
            for (RawPage page : pages) {
                articles += pipeline.enrich(page).size();
            }
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            wall.add((System.nanoTime() - start) / 1e9);
        }
        Collections.sort(cpu);
        Collections.sort(wall);
        double cpuMedian = cpu.get(cpu.size() / 2);
        double wallMedian = wall.get(wall.size() / 2);
        System.out.printf("%d pages (%d articles), %.2f MB of text, %d passes: per CPU-second %.1f pages/s, %.3f MB/s (median; fastest pass %.1f pages/s);"
                        + " wall %.1f pages/s%n",
                pages.size(), articles, bytes / 1e6, passes, pages.size() / cpuMedian, bytes / 1e6 / cpuMedian, pages.size() / cpu.get(0),
                pages.size() / wallMedian);
    }
}
