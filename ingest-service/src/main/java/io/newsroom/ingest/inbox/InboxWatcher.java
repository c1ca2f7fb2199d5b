package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    private final RawPageReader reader = new RawPageReader();
    private SettledFiles settledFiles;
    private final AtomicLong lastBrokerError = new AtomicLong();

    @PostConstruct
    void init() throws IOException {
        settledFiles = new SettledFiles(config.settle());
        shelves.recoverUnexplained();
        LOG.infof("watching inbox %s", config.inbox().toAbsolutePath());
    }

    /** One pass over the inbox; {@link InboxScanner} calls it every {@code newsroom.ingest.poll}. */
    void scan() throws IOException {
        List<Path> files = settledFiles.scan(config.inbox(), Instant.now());
        for (Path file : files) {
            if (!handle(file)) {
                return; // broker trouble: try again at the next scan, in the same order
            }
        }
    }

    /** Returns false when the broker did not take the page or its dead letter, so the scan stops for now. */
    boolean handle(Path file) throws IOException {
        String name = shelves.nameOf(file);
        if (Files.isSymbolicLink(file)) {
            return reject(file, name, "symbolic link: not followed, the inbox takes only regular files");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > config.maxFileSize()) {
                return reject(file, name, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                // Never more than the limit in memory, even if the file grew after it was measured.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxFileSize() + 1));
            }
            if (bytes.length > config.maxFileSize()) {
                return reject(file, name, tooLarge(Files.size(file)));
            }
        } catch (NoSuchFileException gone) {
            settledFiles.forget(file);
            LOG.infof("%s disappeared before it was read; nothing to do", name);
            return true;
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file)) { // replaced by a link after the scan: O_NOFOLLOW refused it
                return reject(file, name, "symbolic link: not followed, the inbox takes only regular files");
            }
            throw e;
        }
        RawPage page;
        try {
            page = reader.read(name, bytes, Instant.now());
        } catch (UnreadablePageException e) {
            return reject(file, name, e.getMessage());
        }
        boolean seenBefore = shelves.findProcessed(name, page.pageId()).isPresent();
        try {
            publisher.publish(page, config.ackTimeout());
        } catch (RuntimeException e) {
            brokerTrouble(name, e);
            return false;
        }
        try {
            shelves.toProcessed(file, name);
        } catch (NoSuchFileException gone) {
            LOG.infof("%s was deleted after it was published; its articles are indexed all the same", name);
        }
        settledFiles.forget(file);
        metrics.counter("newsroom.ingest.pages", "outcome", "published").increment();
        LOG.infof("published %s as page %s (%s, %s, %d bytes)%s", name, page.pageId().substring(0, 12),
                page.contentType(), page.charset(), page.size(),
                seenBefore ? "; the same file was ingested before: its articles are overwritten, not added" : "");
        return true;
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
