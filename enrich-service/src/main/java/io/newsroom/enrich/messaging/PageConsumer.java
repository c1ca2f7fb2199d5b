package io.newsroom.enrich.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contract.Article;
import io.newsroom.contract.DeadLetter;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.pipeline.EnrichPipeline;
import io.newsroom.enrich.pipeline.UnprocessablePageException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Consumes raw pages and publishes their articles. The page's offset is committed only after every
 * article (or the dead letter) was acknowledged by the broker: at-least-once, and because article
 * ids are stable a re-delivered page overwrites rather than duplicates.
 *
 * <p>Several pages are enriched at once on the {@value #POOL} worker pool
 * ({@code smallrye.messaging.worker.enrich-pages.max-concurrency}): one page's articles wait for the
 * broker while the next is being enriched, and a second core is used when free. A page is
 * acknowledged only when this method returns, and the throttled commit strategy commits a partition's
 * offset only up to the oldest page not yet acknowledged, so pages finishing out of order never
 * commit past an unfinished one. The order of pages does not matter downstream: ids are stable and
 * versions of a file are told apart by {@code ingestedAt}, not by arrival.
 */
@ApplicationScoped
public class PageConsumer {

    private static final Logger LOG = Logger.getLogger(PageConsumer.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EnrichPipeline pipeline;

    @Inject
    PageLimits limits;

    @Inject
    @Channel("articles")
    MutinyEmitter<Article> articles;

    @Inject
    @Channel("deadletter")
    MutinyEmitter<DeadLetter> deadLetters;

    @Inject
    MeterRegistry metrics;

    static final String POOL = "enrich-pages";

    @Incoming("pages")
    @Blocking(value = POOL, ordered = false)
    public void consume(RawPage page) throws InterruptedException {
        if (page == null) {
            sendUntilAcknowledged(() -> send(deadLetters, "unknown", new DeadLetter(DeadLetter.STAGE_ENRICH, null, null,
                    "record on news.pages is not a page (cannot be read as JSON RawPage)", null, Instant.now(), null)));
            return;
        }
        List<Article> found;
        try {
            limits.check(page);
            found = pipeline.enrich(page);
        } catch (UnprocessablePageException | RuntimeException e) {
            String reason = e instanceof UnprocessablePageException ? e.getMessage()
                    : "enrichment failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            // An exception's message may quote the page's text: the log gets only its type, the dead letter all.
            LOG.warnf("page %s (%s) goes to the dead-letter topic: %s", page.pageId(), page.fileName(),
                    e instanceof UnprocessablePageException ? reason : "enrichment failed: " + e.getClass().getName());
            metrics.counter("newsroom.enrich.pages", "outcome", "failed").increment();
            DeadLetter letter = new DeadLetter(DeadLetter.STAGE_ENRICH, page.pageId(), page.fileName(), reason,
                    e.getClass().getName(), Instant.now(), page);
            sendUntilAcknowledged(() -> send(deadLetters, page.pageId(), letter));
            return;
        }
        sendUntilAcknowledged(() -> {
            List<Uni<Void>> sends = new ArrayList<>(found.size());
            for (Article article : found) {
                sends.add(send(articles, article.id(), article));
            }
            return sends.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sends).andFailFast().replaceWithVoid();
        });
        metrics.counter("newsroom.enrich.pages", "outcome", "enriched").increment();
        metrics.counter("newsroom.enrich.articles").increment(found.size());
        LOG.infof("page %s (%s): %d articles", page.pageId().substring(0, 12), page.fileName(), found.size());
    }

    private static <T> Uni<Void> send(MutinyEmitter<T> emitter, String key, T value) {
        return emitter.sendMessage(Message.of(value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }

    /** The page is not done until the broker has its output: keep trying while the broker is away. */
    private static void sendUntilAcknowledged(java.util.function.Supplier<Uni<Void>> sending) throws InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                sending.get().await().atMost(ACK_TIMEOUT);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("broker did not acknowledge (attempt %d), retrying: %s", attempt, e.getMessage());
                Thread.sleep(Math.min(5_000, 200L * attempt));
            }
        }
    }
}
