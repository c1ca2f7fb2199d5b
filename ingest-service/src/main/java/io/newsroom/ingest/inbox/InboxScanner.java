package io.newsroom.ingest.inbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs {@link InboxWatcher#scan()} on one thread, {@code newsroom.ingest.poll} after the end of the
 * previous pass. Its own timer rather than Quarkus' scheduler, which runs nothing more often than once
 * a second: the poll is a large share of drop-to-searchable time. One thread, so passes never overlap.
 */
@ApplicationScoped
public class InboxScanner {

    private static final Logger LOG = Logger.getLogger(InboxScanner.class);
    /** Lets the Kafka emitters come up before the first pass (files waiting since a stop may be many). */
    private static final long FIRST_SCAN_AFTER_MS = 2000;

    @Inject
    InboxWatcher watcher;

    @Inject
    InboxConfig config;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "inbox-scanner"));
        timer.scheduleWithFixedDelay(this::scanOnce, FIRST_SCAN_AFTER_MS, config.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void scanOnce() {
        try {
            watcher.scan();
        } catch (Throwable e) {
            // a failed pass must not end the timer: the next pass tries again
            LOG.errorf(e, "inbox scan failed; trying again in %s", config.poll());
        }
    }
}
