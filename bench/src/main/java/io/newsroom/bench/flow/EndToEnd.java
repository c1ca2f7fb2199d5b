package io.newsroom.bench.flow;

import java.io.IOException;
import java.util.List;

import io.newsroom.bench.corpus.CorpusPage;
import io.newsroom.bench.stack.Elastic;
import io.newsroom.bench.stack.Inbox;

/**
 * Throughput: every page dropped into the inbox at once, timed until the index shows every article
 * the pages hold. Gives up when the count has not moved for {@code stallSeconds}.
 */
public final class EndToEnd {

    public record Result(int pages, long articlesExpected, long articlesSearchable, long bytes, double dropSeconds,
            double ingestedSeconds, double seconds, boolean complete) {

        public double pagesPerSecond() {
            return pages * (articlesSearchable / (double) Math.max(1, articlesExpected)) / seconds;
        }

        public double articlesPerSecond() {
            return articlesSearchable / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final Inbox inbox;
    private final Elastic es;
    private final String alias;

    public EndToEnd(Inbox inbox, Elastic es, String alias) {
        this.inbox = inbox;
        this.es = es;
        this.alias = alias;
    }

    public Result run(List<CorpusPage> pages, String prefix, long expectedArticles, int stallSeconds)
            throws IOException, InterruptedException {
        inbox.stage(pages);
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        long start = System.nanoTime();
        for (CorpusPage p : pages) {
            inbox.drop(p);
        }
        double dropSeconds = since(start);
        double ingested = Double.NaN;
        long count = 0;
        long lastMove = System.nanoTime();
        while (count < expectedArticles) {
            Thread.sleep(100);
            long now = es.countPrefix(alias, prefix);
            if (Double.isNaN(ingested) && inbox.waiting(prefix) == 0) {
                ingested = since(start);
            }
            if (now != count) {
                count = now;
                lastMove = System.nanoTime();
            } else if (since(lastMove) > stallSeconds) {
                break;
            }
        }
        double seconds = count >= expectedArticles ? since(start) : (lastMove - start) / 1e9;
        return new Result(pages.size(), expectedArticles, count, bytes, dropSeconds, ingested, seconds, count >= expectedArticles);
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
