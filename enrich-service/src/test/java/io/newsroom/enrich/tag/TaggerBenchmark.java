package io.newsroom.enrich.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.newsroom.enrich.pipeline.ArticleDraft;

/**
 * Single-thread throughput of {@link ArticleTagger} once warm, in MB of UTF-8 text per second.
 * Not a test (surefire does not run it). Usage, after {@code mvn -o -q -pl enrich-service -am test-compile}:
 * <pre>
 * java -cp "enrich-service/target/test-classes:enrich-service/target/classes:$(cat cp.txt)" \
 *     io.newsroom.enrich.tag.TaggerBenchmark DIR_OR_FILES...
 * </pre>
 * Each file is one article (plain UTF-8 text; blank-line separated paragraphs).
 */
public final class TaggerBenchmark {

    public static void main(String[] args) throws IOException {
        List<ArticleDraft> drafts = new ArrayList<>();
        long bytes = 0;
        for (String arg : args) {
            List<Path> files;
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    files = listing.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(path);
            }
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\u3000', ' ');
                drafts.add(new ArticleDraft(null, null, null, List.of(), null, text, null, List.of(), null));
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        ArticleTagger tagger = new ArticleTagger();
        for (int round = 0; round < 2; round++) { // warm-up: class loading, dictionaries, JIT
            drafts.forEach(tagger::tag);
        }
        int rounds = 3;
        // CPU time of this thread as well as wall time: on a shared, loaded machine the wall figure
        // mostly measures the other processes, the CPU figure what one core does for us
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long entities = 0;
        for (int round = 0; round < rounds; round++) {
            for (ArticleDraft draft : drafts) {
                entities += tagger.tag(draft).entities().persons().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d articles, %.2f MB, %d rounds: %.2f MB/s per thread wall, %.2f MB per CPU-second (%.0f articles/s; checksum %d)%n",
                drafts.size(), bytes / 1e6, rounds, bytes * rounds / 1e6 / seconds, bytes * rounds / 1e6 / cpuSeconds,
                drafts.size() * rounds / seconds, entities);
    }
}
