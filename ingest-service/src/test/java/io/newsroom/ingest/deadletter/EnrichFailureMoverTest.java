package io.newsroom.ingest.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsroom.contract.Ids;
import io.newsroom.ingest.inbox.Shelves;

/** An enrich failure moves the file from processed/ to failed/ with the reason: one place, never two. */
class EnrichFailureMoverTest {

    @TempDir
    Path dir;
    EnrichFailureMover mover;
    Shelves shelves;

    @BeforeEach
    void setUp() throws IOException {
        shelves = new Shelves(dir.resolve("inbox"), dir.resolve("processed"), dir.resolve("failed"));
        mover = new EnrichFailureMover();
        mover.shelves = shelves;
        mover.metrics = new SimpleMeterRegistry();
        mover.waitForMove = Duration.ofSeconds(1);
    }

    @Test
    void movesTheProcessedFileToFailedWithTheReason() throws Exception {
        String id = put(dir.resolve("processed/2025/A01.txt"), "本报讯 太长的页面。");
        assertEquals(EnrichFailureMover.Outcome.MOVED, mover.moveToFailed("2025/A01.txt", id, "enrichment failed: too long"));
        assertFalse(Files.exists(dir.resolve("processed/2025/A01.txt")));
        assertTrue(Files.readString(dir.resolve("failed/2025/A01.txt.error")).contains("too long"));
    }

    @Test
    void aRedeliveredDeadLetterChangesNothing() throws Exception {
        String id = put(dir.resolve("processed/A01.txt"), "本报讯 太长的页面。");
        mover.moveToFailed("A01.txt", id, "enrichment failed: too long");
        assertEquals(EnrichFailureMover.Outcome.ALREADY_FAILED, mover.moveToFailed("A01.txt", id, "enrichment failed: too long"));
        try (var files = Files.list(dir.resolve("failed"))) {
            assertEquals(2, files.count(), "one file and its .error");
        }
    }

    @Test
    void aNewerVersionUnderTheSameNameIsNotMovedForTheOldOnesFailure() throws Exception {
        String oldId = Ids.page("本报讯 旧版。".getBytes(StandardCharsets.UTF_8));
        put(dir.resolve("processed/A01.txt"), "本报讯 新版。");
        assertEquals(EnrichFailureMover.Outcome.GONE, mover.moveToFailed("A01.txt", oldId, "enrichment failed"));
        assertTrue(Files.exists(dir.resolve("processed/A01.txt")));
    }

    @Test
    void waitsForAFileThatIsPublishedButNotYetMoved() throws Exception {
        String id = put(dir.resolve("inbox/A01.txt"), "本报讯 还没挪走。");
        Thread watcher = new Thread(() -> {
            try {
                Thread.sleep(300);
                shelves.toProcessed(dir.resolve("inbox/A01.txt"), "A01.txt");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        watcher.start();
        assertEquals(EnrichFailureMover.Outcome.MOVED, mover.moveToFailed("A01.txt", id, "enrichment failed"));
        watcher.join();
        assertTrue(Files.exists(dir.resolve("failed/A01.txt")) && !Files.exists(dir.resolve("processed/A01.txt")));
    }

    private static String put(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Ids.page(text.getBytes(StandardCharsets.UTF_8));
    }
}
