package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contract.RawPage;
import io.newsroom.ingest.publish.PagePublisher;
import io.newsroom.text.RawPageReader;
import io.newsroom.text.UnreadablePageException;

/**
 * Scans the inbox (and its subfolders) and hands each settled file to Kafka. A file leaves the
 * inbox only when its fate is sealed: to processed/ once the broker acknowledged the page, or to
 * failed/ with a .error file once the broker acknowledged the dead letter saying why. While the
 * broker is unreachable files stay where they are and are retried, so a crash at any moment leaves
 * each file in exactly one folder; a page published twice (a crash before the move) has the same
 * id both times, so its articles overwrite rather than duplicate.
 */
@ApplicationScoped
public class InboxWatcher {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);

    @Inject
    InboxConfig config;

    @Inject
    PagePublisher publisher;

    @Inject
    MeterRegistry metrics;

    @Inject
    Shelves shelves;

    /** Pages handed to the producer before the oldest one's acknowledgement is awaited. */
    static final int MAX_IN_FLIGHT = 16;
    /** ... and at most this many bytes of them, so large files never pile up in the small heap. */
    static final long MAX_BYTES_IN_FLIGHT = 8L << 20;

    private final RawPageReader reader = new RawPageReader();
    private SettledFiles settledFiles;
    private final AtomicLong lastBrokerError = new AtomicLong();

    @PostConstruct
    void init() throws IOException {
        settledFiles = new SettledFiles(config.settle());
        shelves.recoverUnexplained();
        LOG.infof("watching inbox %s", config.inbox().toAbsolutePath());
    }

    /**
     * One pass over the inbox; {@link InboxScanner} calls it every {@code newsroom.ingest.poll}.
     * Files are published a window at a time: the next file is read while earlier pages travel to
     * the broker, and each file is moved to processed/ only once its own page is acknowledged, in
     * the order they were sent.
     */
    void scan() throws IOException {
        List<Path> files = settledFiles.scan(config.inbox(), Instant.now());
        Deque<InFlight> inFlight = new ArrayDeque<>();
        long bytesInFlight = 0;
        try {
            for (Path file : files) {
                Taken taken = take(file);
                if (taken.brokerTrouble()) {
                    return; // try again at the next scan, in the same order
                }
                if (taken.sent() == null) {
                    continue;
                }
                inFlight.add(taken.sent());
                bytesInFlight += taken.sent().page().size();
                while (inFlight.size() >= MAX_IN_FLIGHT || bytesInFlight > MAX_BYTES_IN_FLIGHT) {
                    InFlight done = inFlight.poll();
                    bytesInFlight -= done.page().size();
                    if (!settle(done)) {
                        return;
                    }
                }
            }
        } finally {
            settleAll(inFlight);
        }
    }

    /** Settles what is still travelling; after broker trouble the rest stay in the inbox for the next scan. */
    private void settleAll(Deque<InFlight> inFlight) throws IOException {
        boolean brokerOk = true;
        for (InFlight sent; (sent = inFlight.poll()) != null;) {
            brokerOk = brokerOk && settle(sent);
        }
    }

    /** Returns false when the broker did not take the page or its dead letter, so the scan stops for now. */
    boolean handle(Path file) throws IOException {
        Taken taken = take(file);
        return !taken.brokerTrouble() && (taken.sent() == null || settle(taken.sent()));
    }

    /** A page handed to the producer, not yet acknowledged. */
    private record InFlight(Path file, String name, RawPage page, boolean seenBefore, CompletionStage<Void> ack) {
    }

    /** What became of a file: sent (and in flight), finished already (sent null), or left for broker trouble. */
    private record Taken(InFlight sent, boolean brokerTrouble) {
        static final Taken DONE = new Taken(null, false);
        static final Taken BROKER_TROUBLE = new Taken(null, true);
    }

    private Taken take(Path file) throws IOException {
        String name = shelves.nameOf(file);
        if (Files.isSymbolicLink(file)) {
            return rejected(file, name, "symbolic link: not followed, the inbox takes only regular files");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > config.maxFileSize()) {
                return rejected(file, name, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                // Never more than the limit in memory, even if the file grew after it was measured.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxFileSize() + 1));
            }
            if (bytes.length > config.maxFileSize()) {
                return rejected(file, name, tooLarge(Files.size(file)));
            }
        } catch (NoSuchFileException gone) {
            settledFiles.forget(file);
            LOG.infof("%s disappeared before it was read; nothing to do", name);
            return Taken.DONE;
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) { // replaced by a link after the scan: O_NOFOLLOW refused it
                return rejected(file, name, "symbolic link: not followed, the inbox takes only regular files");
            }
            throw e;
        }
        RawPage page;
        try {
            page = reader.read(name, bytes, Instant.now());
        } catch (UnreadablePageException e) {
            return rejected(file, name, e.getMessage());
        }
        boolean seenBefore = shelves.findProcessed(name, page.pageId()).isPresent();
        CompletionStage<Void> ack;
        try {
            ack = publisher.send(page);
        } catch (RuntimeException e) {
            brokerTrouble(name, e);
            return Taken.BROKER_TROUBLE;
        }
        return new Taken(new InFlight(file, name, page, seenBefore, ack), false);
    }

    /** Waits for the page's acknowledgement, then moves its file; false when the broker did not take it. */
    private boolean settle(InFlight sent) throws IOException {
        try {
            sent.ack().toCompletableFuture().orTimeout(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS).join();
        } catch (RuntimeException e) {
            brokerTrouble(sent.name(), e);
            return false;
        }
        RawPage page = sent.page();
        try {
            shelves.toProcessed(sent.file(), sent.name());
        } catch (NoSuchFileException gone) {
            LOG.infof("%s was deleted after it was published; its articles are indexed all the same", sent.name());
        }
        settledFiles.forget(sent.file());
        metrics.counter("newsroom.ingest.pages", "outcome", "published").increment();
        LOG.infof("published %s as page %s (%s, %s, %d bytes)%s", sent.name(), page.pageId().substring(0, 12),
                page.contentType(), page.charset(), page.size(),
                sent.seenBefore() ? "; the same file was ingested before: its articles are overwritten, not added" : "");
        return true;
    }

    private Taken rejected(Path file, String name, String reason) throws IOException {
        return reject(file, name, reason) ? Taken.DONE : Taken.BROKER_TROUBLE;
    }

    private String tooLarge(long size) {
        return "file too large: " + size + " bytes, the limit is " + config.maxFileSize()
                + " (newsroom.ingest.max-file-size, env NEWSROOM_MAX_FILE_SIZE)";
    }

    /**
     * Sends the dead letter first and moves the file only once the broker has it: a file in failed/
     * always has its dead-letter record. Returns false (file left for a later try) when the broker
     * is away.
     */
    private boolean reject(Path file, String name, String reason) throws IOException {
        try {
            publisher.deadLetter(null, name, reason, null, config.ackTimeout());
        } catch (RuntimeException e) {
            brokerTrouble(name, e);
            return false;
        }
        try {
            shelves.toFailed(file, name, reason);
        } catch (NoSuchFileException gone) {
            LOG.infof("%s disappeared before it could be moved to failed/", name);
        }
        settledFiles.forget(file);
        metrics.counter("newsroom.ingest.pages", "outcome", "failed").increment();
        LOG.warnf("%s failed: %s", name, reason);
        return true;
    }

    private void brokerTrouble(String name, RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastBrokerError.getAndSet(now) > 10_000) {
            LOG.warnf("broker did not take %s, will retry: %s", name, e.getMessage());
        }
    }
}
