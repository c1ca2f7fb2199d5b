package io.newsroom.ingest.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.contract.RawPage;

/**
 * Broken and hostile files dropped into the inbox, next to a good page each time: every bad file
 * ends in failed/ with a reason a person can act on and a dead letter, and the good page is
 * published all the same.
 */
class HostileInputTest {

    private static final String GOOD = "本报讯 市图书馆寒假期间延长开放时间，每天开放至晚上九点。\n";
    private static final long LIMIT = 50L << 20;

    @TempDir
    Path dir;
    Inbox inbox;

    @BeforeEach
    void setUp() throws IOException {
        inbox = new Inbox(dir, LIMIT);
    }

    @Test
    void emptyFile() throws IOException {
        refused("empty.txt", new byte[0], "empty file");
    }

    @Test
    void binaryJunkWithATxtName() throws IOException {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        refused("junk.txt", junk, "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "Council meets on Monday \u00ff\u00fe\u00fd about the bridge".getBytes(StandardCharsets.ISO_8859_1);
        refused("broken-utf8.txt", bytes, "encoding");
    }

    @Test
    void mixedEncodingsInOneFileAreRefusedNotTurnedIntoMojibake() throws IOException {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write("市图书馆延长开放时间，方便学生和市民阅读学习。\n".getBytes(StandardCharsets.UTF_8));
        mixed.write("寒假期间每天开放至晚上九点，周末照常开放。\n".getBytes(Charset.forName("GBK")));
        refused("mixed.txt", mixed.toByteArray(), "encoding");
    }

    @Test
    void gbkWithoutBomIsReadAsGb18030() throws IOException {
        Files.write(inbox.inbox().resolve("gbk.txt"), GOOD.getBytes(Charset.forName("GBK")));
        inbox.scanTwice();
        assertEquals(1, inbox.publisher.pages.size());
        RawPage page = inbox.publisher.pages.get(0);
        assertEquals("GB18030", page.charset());
        assertEquals(GOOD, page.text());
        assertTrue(Files.exists(inbox.processed("gbk.txt")));
    }

    @Test
    void sparse200MegabyteFileIsRefusedBySizeWithoutBeingRead() throws IOException {
        Path huge = inbox.inbox().resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: no disk, no memory
        }
        Runtime rt = Runtime.getRuntime();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        dropGood();
        inbox.scanTwice();
        long grew = (rt.totalMemory() - rt.freeMemory()) - usedBefore;
        assertTrue(inbox.reason("huge.txt").contains("file too large: 209715200 bytes, the limit is " + LIMIT), inbox.reason("huge.txt"));
        assertTrue(grew < (100L << 20), "heap grew by " + grew + " bytes: the file was read");
        assertGoodPublished();
    }

    @Test
    void aLineOfTenMegabytesIsAcceptedHereAndLeftToEnrichmentsPageLimit() throws IOException {
        byte[] line = new byte[10 << 20];
        java.util.Arrays.fill(line, (byte) 'a');
        Files.write(inbox.inbox().resolve("one-line.txt"), line);
        inbox.scanTwice();
        assertEquals(1, inbox.publisher.pages.size(), "a 10 MB line is text; enrich-service refuses it by newsroom.enrich.max-page-chars");
        assertEquals(10 << 20, inbox.publisher.pages.get(0).text().length());
    }

    @Test
    void awkwardFileNamesArePublishedUnderTheirOwnNames() throws IOException {
        List<String> names = List.of("page with spaces.txt", "株洲日报 第1版.txt", "-rf --no-preserve-root.txt", "dots..in..name.txt",
                "..txt-not-hidden-if-it-had-no-leading-dot.txt".substring(2), "emoji-\uD83D\uDCF0.txt");
        for (String name : names) {
            Files.writeString(inbox.inbox().resolve(name), GOOD + name, StandardCharsets.UTF_8);
        }
        inbox.scanTwice();
        assertEquals(names.size(), inbox.publisher.pages.size());
        for (String name : names) {
            assertTrue(inbox.publisher.pages.stream().anyMatch(p -> p.fileName().equals(name)), name);
            assertTrue(Files.exists(inbox.processed(name)), name);
        }
    }

    @Test
    void namesThatWouldClimbOutOfAFolderAreRefused() {
        for (String name : List.of("../escape.txt", "a/../../escape.txt", "/etc/passwd")) {
            try {
                Shelves.under(dir.resolve("processed"), name);
                throw new AssertionError(name + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains("not a file name inside"));
            }
        }
    }

    @Test
    void symlinkPointingOutsideIsNotFollowed() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "本报讯 这是收件箱外面的文件。\n");
        Files.createSymbolicLink(inbox.inbox().resolve("link.txt"), secret);
        dropGood();
        inbox.scanTwice();
        assertTrue(inbox.reason("link.txt").contains("symbolic link"));
        assertTrue(Files.isSymbolicLink(inbox.failed("link.txt")), "the link itself is moved, not its target");
        assertEquals("本报讯 这是收件箱外面的文件。\n", Files.readString(secret), "the target is untouched");
        assertTrue(inbox.publisher.pages.stream().noneMatch(p -> p.text().contains("收件箱外面")), "its content was never published");
        assertGoodPublished();
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws IOException {
        Path growing = inbox.inbox().resolve("growing.txt");
        Files.writeString(growing, "本报讯 第一段。\n");
        inbox.watcher.scan();
        Files.writeString(growing, "本报讯 第一段。\n第二段还在写。\n");
        inbox.watcher.scan();
        assertTrue(inbox.publisher.pages.isEmpty(), "changed since the last look: not settled");
        Files.writeString(inbox.inbox().resolve("download.txt.part"), GOOD);
        inbox.scanTwice();
        assertEquals(1, inbox.publisher.pages.size(), "settled once it stops changing; the .part file never");
        assertTrue(inbox.publisher.pages.get(0).text().contains("第二段还在写"));
        assertTrue(Files.exists(inbox.inbox().resolve("download.txt.part")));
    }

    @Test
    void aFileDeletedBeforeItWasReadIsNoError() throws IOException {
        Path gone = Files.writeString(inbox.inbox().resolve("gone.txt"), GOOD);
        Files.delete(gone);
        assertTrue(inbox.watcher.handle(gone));
        assertEquals(0, inbox.filesIn("processed") + inbox.filesIn("failed"));
        assertTrue(inbox.publisher.pages.isEmpty() && inbox.publisher.deadLetters.isEmpty());
    }

    @Test
    void thousandsOfTinyFilesAtOnceAreAllPublishedOnce() throws IOException {
        int n = 3000;
        for (int i = 0; i < n; i++) {
            Files.writeString(inbox.inbox().resolve("tiny-" + i + ".txt"), "本报讯 第" + i + "号简讯。\n");
        }
        long start = System.nanoTime();
        inbox.scanTwice();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(n, inbox.publisher.pages.size());
        assertEquals(n, inbox.publisher.pages.stream().map(RawPage::pageId).distinct().count());
        assertEquals(n, inbox.filesIn("processed"));
        assertEquals(0, inbox.filesIn("inbox"));
        System.out.printf("%d tiny files handled in %d ms%n", n, ms);
    }

    /** Drops the bad file with a good page next to it: the bad one fails with its reason, the good one goes on. */
    private void refused(String name, byte[] bytes, String reasonPart) throws IOException {
        Files.write(inbox.inbox().resolve(name), bytes);
        dropGood();
        inbox.scanTwice();
        assertTrue(Files.exists(inbox.failed(name)), name + " in failed/");
        assertTrue(inbox.reason(name).contains(reasonPart), inbox.reason(name));
        assertFalse(Files.exists(inbox.processed(name)), "and not in processed/");
        assertTrue(inbox.publisher.deadLetters.stream().anyMatch(d -> d.startsWith(name + ": ")), "a dead letter for " + name);
        assertGoodPublished();
    }

    private void dropGood() throws IOException {
        Files.writeString(inbox.inbox().resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
    }

    private void assertGoodPublished() {
        assertTrue(inbox.publisher.pages.stream().anyMatch(p -> p.fileName().equals("good.txt")), "the good page next to it was published");
        assertTrue(Files.exists(inbox.processed("good.txt")));
    }
}
