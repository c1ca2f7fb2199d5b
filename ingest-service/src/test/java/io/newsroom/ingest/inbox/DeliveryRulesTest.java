package io.newsroom.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where files end up when the broker is away, when files come again, in subfolders, after a crash. */
class DeliveryRulesTest {

    @TempDir
    Path dir;
    Inbox inbox;

    @BeforeEach
    void setUp() throws IOException {
        inbox = new Inbox(dir, 1 << 20);
    }

    @Test
    void whileTheBrokerIsAwayFilesStayInTheInboxNotInFailed() throws IOException {
        Files.writeString(inbox.inbox().resolve("page.txt"), "本报讯 一篇报道。\n");
        Files.write(inbox.inbox().resolve("empty.txt"), new byte[0]);
        inbox.publisher.brokerDown = true;
        inbox.scanTwice();
        assertEquals(2, inbox.filesIn("inbox"), "neither published nor failed without the broker's word");
        assertEquals(0, inbox.filesIn("processed") + inbox.filesIn("failed"));
        inbox.publisher.brokerDown = false;
        inbox.scanTwice();
        assertTrue(Files.exists(inbox.processed("page.txt")));
        assertTrue(Files.exists(inbox.failed("empty.txt")), "the refused file with its dead letter sent");
        assertEquals(1, inbox.publisher.deadLetters.size());
    }

    @Test
    void theSameFileAgainIsTheSamePageAndReplacesItsProcessedCopy() throws IOException {
        Files.writeString(inbox.inbox().resolve("page.txt"), "本报讯 一篇报道。\n");
        inbox.scanTwice();
        Files.writeString(inbox.inbox().resolve("page.txt"), "本报讯 一篇报道。\n");
        inbox.scanTwice();
        assertEquals(2, inbox.publisher.pages.size());
        assertEquals(inbox.publisher.pages.get(0).pageId(), inbox.publisher.pages.get(1).pageId(), "same bytes, same page id");
        assertEquals(1, inbox.filesIn("processed"));
    }

    @Test
    void aChangedFileUnderTheSameNameIsANewVersionAndProcessedKeepsTheNewest() throws IOException {
        Files.writeString(inbox.inbox().resolve("page.txt"), "本报讯 第一版。\n");
        inbox.scanTwice();
        Files.writeString(inbox.inbox().resolve("page.txt"), "本报讯 第二版，内容更新。\n");
        inbox.scanTwice();
        assertFalse(inbox.publisher.pages.get(0).pageId().equals(inbox.publisher.pages.get(1).pageId()));
        assertEquals("本报讯 第二版，内容更新。\n", Files.readString(inbox.processed("page.txt")));
    }

    @Test
    void equalNamesInDifferentSubfoldersAreDifferentFiles() throws IOException {
        Files.createDirectories(inbox.inbox().resolve("2025-01-27"));
        Files.createDirectories(inbox.inbox().resolve("2025-01-28"));
        Files.writeString(inbox.inbox().resolve("2025-01-27/A01.txt"), "本报讯 二十七日头版。\n");
        Files.writeString(inbox.inbox().resolve("2025-01-28/A01.txt"), "本报讯 二十八日头版。\n");
        inbox.scanTwice();
        assertEquals(2, inbox.publisher.pages.size());
        assertTrue(inbox.publisher.pages.stream().anyMatch(p -> p.fileName().equals("2025-01-27/A01.txt")));
        assertTrue(inbox.publisher.pages.stream().anyMatch(p -> p.fileName().equals("2025-01-28/A01.txt")));
        assertTrue(Files.exists(inbox.processed("2025-01-27/A01.txt")) && Files.exists(inbox.processed("2025-01-28/A01.txt")));
    }

    @Test
    void aFileMovedInWithAnOldTimestampIsTaken() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("written-elsewhere.txt"), "本报讯 先写好再移进来。\n");
        Files.setLastModifiedTime(elsewhere, java.nio.file.attribute.FileTime.fromMillis(0));
        Files.move(elsewhere, inbox.inbox().resolve("moved-in.txt"));
        inbox.scanTwice();
        assertTrue(Files.exists(inbox.processed("moved-in.txt")));
    }

    @Test
    void aFailedFileLeftWithoutItsReasonByACrashIsExplainedAtStart() throws IOException {
        Files.writeString(dir.resolve("failed/orphan.txt"), "x");
        Files.writeString(dir.resolve("failed/explained.txt"), "x");
        Files.writeString(dir.resolve("failed/explained.txt.error"), "empty file\n");
        Inbox restarted = new Inbox(dir, 1 << 20);
        assertTrue(restarted.reason("orphan.txt").contains("re-ingest"), restarted.reason("orphan.txt"));
        assertEquals("empty file\n", restarted.reason("explained.txt"));
    }

    @Test
    void aSecondFailureOfTheSameNameDoesNotOverwriteTheFirst() throws IOException {
        Files.write(inbox.inbox().resolve("empty.txt"), new byte[0]);
        inbox.scanTwice();
        Files.writeString(inbox.inbox().resolve("empty.txt"), "   \n", StandardCharsets.UTF_8);
        inbox.scanTwice();
        assertTrue(Files.exists(inbox.failed("empty.txt")) && Files.exists(inbox.failed("empty.txt.1")));
        assertTrue(inbox.reason("empty.txt").contains("empty file"));
        assertTrue(inbox.reason("empty.txt.1").contains("white space"));
    }
}
