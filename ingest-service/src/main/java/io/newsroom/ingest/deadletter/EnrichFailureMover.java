package io.newsroom.ingest.deadletter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contract.DeadLetter;
import io.newsroom.ingest.inbox.Shelves;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps "each file in exactly one place" true when enrichment gives up on a page after ingest had
 * already moved its file to processed/: on the dead letter of an enrich failure the file moves on
 * to failed/ with a .error carrying the reason. The file is matched by name and content (its page
 * id), so a newer version under the same name is never moved for an older one's failure.
 * Re-delivery is harmless: a file already in failed/ is left as it is.
 */
@ApplicationScoped
public class EnrichFailureMover {

    private static final Logger LOG = Logger.getLogger(EnrichFailureMover.class);
    private static final Duration POLL = Duration.ofMillis(250);

    @Inject
    Shelves shelves;

    @Inject
    MeterRegistry metrics;

    /** How long to wait for a file that is still in the inbox (published, not yet moved) to reach processed/. */
    @ConfigProperty(name = "newsroom.ingest.ack-timeout")
    Duration waitForMove;

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(DeadLetter letter) throws IOException, InterruptedException {
        if (letter == null || !DeadLetter.STAGE_ENRICH.equals(letter.stage()) || letter.id() == null || letter.sourceFile() == null) {
            return; // ingest's own letters are already in failed/; index letters concern single articles
        }
        moveToFailed(letter.sourceFile(), letter.id(), "enrichment failed: " + letter.reason());
    }

    /** Returns what happened, for the log and the tests. */
    Outcome moveToFailed(String name, String pageId, String reason) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + waitForMove.plusSeconds(5).toNanos();
        while (true) {
            synchronized (shelves) {
                Optional<Path> processed = shelves.findProcessed(name, pageId);
                if (processed.isPresent()) {
                    Path moved = shelves.toFailed(processed.get(), name, reason);
                    metrics.counter("newsroom.ingest.pages", "outcome", "failed-in-enrich").increment();
                    LOG.warnf("%s moved from processed/ to failed/%s: %s", name, shelves.failed().relativize(moved), reason);
                    return Outcome.MOVED;
                }
                if (!shelves.findFailed(name, pageId).isEmpty()) {
                    return Outcome.ALREADY_FAILED;
                }
                if (shelves.findInInbox(name, pageId).isEmpty() || System.nanoTime() > deadline) {
                    LOG.infof("dead letter for %s (page %s): no such file in processed/ any more (deleted, or replaced by a newer version)",
                            name, pageId.substring(0, Math.min(12, pageId.length())));
                    return Outcome.GONE;
                }
            }
            Thread.sleep(POLL.toMillis()); // the watcher has published it and is about to move it
        }
    }

    enum Outcome {
        MOVED, ALREADY_FAILED, GONE
    }
}
