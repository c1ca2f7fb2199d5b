package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import io.quarkus.scheduler.Scheduled;

/**
 * Scans the inbox and hands each settled file to Kafka. A file leaves the inbox only when its fate
 * is sealed: to processed/ once the broker acknowledged the page, or to failed/ with a .error file
 * when the file itself is unusable. When the broker is unreachable the file stays and is retried.
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

    private final RawPageReader reader = new RawPageReader();
    private SettledFiles settledFiles;
    private final AtomicLong lastBrokerError = new AtomicLong();

    @PostConstruct
    void init() throws IOException {
        Files.createDirectories(config.inbox());
        Files.createDirectories(config.processed());
        Files.createDirectories(config.failed());
        settledFiles = new SettledFiles(config.settle());
        LOG.infof("watching inbox %s", config.inbox().toAbsolutePath());
    }

    @Scheduled(every = "${newsroom.ingest.poll}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() throws IOException {
        List<Path> files = settledFiles.scan(config.inbox(), Instant.now());
        for (Path file : files) {
            if (!handle(file)) {
                return; // broker trouble: try again at the next scan, in the same order
            }
        }
    }

    /** Returns false when the broker did not take the page, so the scan stops for now. */
    boolean handle(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (Files.isSymbolicLink(file)) {
            fail(file, null, "symbolic link: not followed, the inbox takes only regular files", null);
            return true;
        }
        RawPage page;
        try {
            long size = Files.size(file);
            if (size > config.maxFileSize()) {
                fail(file, null, "file too large: " + size + " bytes, the limit is " + config.maxFileSize()
                        + " (newsroom.ingest.max-file-size)", null);
                return true;
            }
            page = reader.read(name, Files.readAllBytes(file), Instant.now());
        } catch (NoSuchFileException gone) {
            settledFiles.forget(file);
            LOG.infof("%s disappeared before it was read", name);
            return true;
        } catch (UnreadablePageException e) {
            fail(file, null, e.getMessage(), null);
            return true;
        }
        try {
            publisher.publish(page, config.ackTimeout());
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastBrokerError.getAndSet(now) > 10_000) {
                LOG.warnf("broker did not take %s, will retry: %s", name, e.getMessage());
            }
            return false;
        }
        move(file, config.processed());
        metrics.counter("newsroom.ingest.pages", "outcome", "published").increment();
        LOG.infof("published %s as page %s (%s, %s, %d bytes)", name, page.pageId().substring(0, 12),
                page.contentType(), page.charset(), page.size());
        return true;
    }

    private void fail(Path file, String pageId, String reason, Throwable cause) throws IOException {
        String name = file.getFileName().toString();
        Path moved = move(file, config.failed());
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".error"),
                reason + System.lineSeparator(), StandardCharsets.UTF_8);
        metrics.counter("newsroom.ingest.pages", "outcome", "failed").increment();
        LOG.warnf("%s failed: %s", name, reason);
        try {
            publisher.deadLetter(pageId, name, reason, cause, config.ackTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("could not record %s on the dead-letter topic (the .error file has it): %s", name, e.getMessage());
        }
    }

    /** Moves a file, never overwriting: a second file of the same name gets a numbered name. */
    private Path move(Path file, Path folder) throws IOException {
        settledFiles.forget(file);
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        for (int i = 1; Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(target.resolveSibling(target.getFileName() + ".error")); i++) {
            target = folder.resolve(name + "." + i);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
