package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Faults on the real broker and node, on one shared stack: each service killed with SIGKILL in the
 * middle of a batch of 200 pages, the broker stopped for 30 s, Elasticsearch stopped for 60 s, a
 * poison page. After each, every expected article must be in the index exactly once (the ids the
 * offline pipeline finds in the same files), and nothing else. Then the delivery rules (same file
 * again, a new version, equal names in different folders), a few hostile files that need the whole
 * stack, the API key, and the logs of the whole run (no key, no article text).
 *
 * <p>The figures are printed at the end and written to target/fault-figures.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static final String API_KEY = "it-key-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    private static final NewsroomStack STACK = new NewsroomStack("it-faults", Map.of("NEWSROOM_API_KEY", API_KEY));
    private static final int KILL_BATCH = 200;
    private static final int OUTAGE_BATCH = 100;
    private static final Duration DRAIN = Duration.ofSeconds(180);
    private static final String POISON = "poison-page.txt";

    private static final Map<String, Batch> BATCHES = new LinkedHashMap<>();
    private static final List<String> FIGURES = new ArrayList<>();
    private static final Map<String, String> BODY_SAMPLES = new HashMap<>();
    private static int pagesSent;
    private static int faultsInjected;
    private static long expectedTotal;
    private static long foundTotal;
    private static long duplicatesTotal;
    private static long lostTotal;

    @BeforeAll
    static void up() throws Exception {
        deleteRecursively(STACK.data);
        Path staging = STACK.data.resolve("staging");
        long seed = 11;
        for (String name : List.of("kill-ingest-service", "kill-enrich-service", "kill-search-service")) {
            BATCHES.put(name, new Batch(name, FaultPages.write(staging.resolve(name), KILL_BATCH, seed++)));
        }
        for (String name : List.of("stop-kafka", "stop-elasticsearch")) {
            BATCHES.put(name, new Batch(name, FaultPages.write(staging.resolve(name), OUTAGE_BATCH, seed++)));
        }
        BATCHES.put("poison", new Batch("poison", FaultPages.write(staging.resolve("poison"), 20, seed++)));
        Path versions = staging.resolve("versions");
        List<Path> extra = new ArrayList<>(FaultPages.write(versions.resolve("v1"), 1, seed++));
        extra.addAll(FaultPages.write(versions.resolve("v2"), 1, seed++));
        extra.addAll(FaultPages.write(versions.resolve("b"), 1, seed++));
        BATCHES.put("versions", new Batch("versions", extra));

        // What the pipeline makes of these files, offline: the ground truth for every check below.
        List<String> args = new ArrayList<>(List.of("enrich"));
        Files.list(staging).sorted().forEach(p -> args.add(p.toString()));
        args.add(versions.resolve("v1").toString());
        args.add(versions.resolve("v2").toString());
        args.add(versions.resolve("b").toString());
        String json = STACK.run(600, args.toArray(String[]::new));
        JsonNode articles = Probe.json(json.substring(json.indexOf('[')));
        Map<String, List<String>> idsByPage = new HashMap<>();
        for (JsonNode a : articles) {
            idsByPage.computeIfAbsent(a.path("pageId").asText().substring(0, 16), k -> new ArrayList<>()).add(a.path("id").asText());
            BODY_SAMPLES.putIfAbsent(a.path("pageId").asText(), a.path("body").asText().substring(20, 60));
        }
        BATCHES.values().forEach(b -> b.expect(idsByPage));
        STACK.run(900, "up");
    }

    @AfterAll
    static void down() throws Exception {
        FIGURES.add(String.format("TOTAL pages sent %d, faults injected %d, articles expected %d, found %d, duplicates %d, lost %d",
                pagesSent, faultsInjected, expectedTotal, foundTotal, duplicatesTotal, lostTotal));
        String report = String.join(System.lineSeparator(), FIGURES);
        System.out.println("=== fault figures ===" + System.lineSeparator() + report);
        Files.writeString(STACK.root.resolve("integration-tests/target/fault-figures.txt"), report + System.lineSeparator());
        STACK.run(180, "down");
    }

    @Test
    @Order(1)
    void ingestKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        Batch batch = BATCHES.get("kill-ingest-service");
        Path processed = STACK.data.resolve("processed").resolve(batch.name);
        // Files still in the inbox when it dies are the ones that "arrived while ingest was down".
        killMidBatch(batch, "ingest-service", () -> count(processed) / (double) KILL_BATCH);
    }

    @Test
    @Order(2)
    void enrichKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        Batch batch = BATCHES.get("kill-enrich-service");
        killMidBatch(batch, "enrich-service", () -> Probe.docsUnder(batch.name).size() / (double) batch.expectedIds.size());
    }

    @Test
    @Order(3)
    void searchKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        Batch batch = BATCHES.get("kill-search-service");
        killMidBatch(batch, "search-service", () -> Probe.docsUnder(batch.name).size() / (double) batch.expectedIds.size());
    }

    @Test
    @Order(4)
    void brokerStoppedFor30SecondsDuringIngestion() throws Exception {
        Batch batch = BATCHES.get("stop-kafka");
        Path processed = STACK.data.resolve("processed").resolve(batch.name);
        batch.drop(STACK.inbox());
        pagesSent += batch.staged.size();
        awaitTrue("ingestion under way", Duration.ofSeconds(60), () -> count(processed) > 0);
        int before = count(processed);
        STACK.run(120, "stop", "kafka");
        faultsInjected++;
        Instant stopped = Instant.now();
        Map<String, Integer> services = Map.of("ingest-service", NewsroomStack.INGEST_PORT,
                "enrich-service", NewsroomStack.ENRICH_PORT, "search-service", NewsroomStack.SEARCH_PORT);
        Set<String> down = awaitDown(services, Duration.ofSeconds(25));
        sleepUntil(stopped.plusSeconds(30));
        STACK.run(120, "start", "kafka");
        Batch.Outcome outcome = awaitDrained(batch);
        record(batch, "broker stopped 30 s after " + before + "/" + OUTAGE_BATCH + " files published; readiness DOWN: " + down, outcome);
        assertEquals(services.keySet(), down, "every service reports the broker's absence on /q/health/ready");
        assertTrue(before < OUTAGE_BATCH, "the broker stopped during ingestion");
        assertTrue(outcome.exact(), batch.name + ": " + outcome);
        assertEquals(0, count(STACK.inbox().resolve(batch.name)), "the inbox is empty again");
    }

    @Test
    @Order(5)
    void elasticsearchStoppedFor60SecondsDuringIndexing() throws Exception {
        Batch batch = BATCHES.get("stop-elasticsearch");
        batch.drop(STACK.inbox());
        pagesSent += batch.staged.size();
        awaitTrue("indexing under way", Duration.ofSeconds(90), () -> !Probe.docsUnder(batch.name).isEmpty());
        int before = Probe.docsUnder(batch.name).size();
        STACK.run(120, "stop", "elasticsearch");
        faultsInjected++;
        Instant stopped = Instant.now();
        Set<String> down = awaitDown(Map.of("search-service", NewsroomStack.SEARCH_PORT), Duration.ofSeconds(25));
        sleepUntil(stopped.plusSeconds(60));
        STACK.run(180, "start", "elasticsearch");
        Batch.Outcome outcome = awaitDrained(batch);
        record(batch, "Elasticsearch stopped 60 s after " + before + "/" + batch.expectedIds.size() + " articles indexed; readiness DOWN: " + down, outcome);
        assertEquals(Set.of("search-service"), down, "search-service reports the node's absence on /q/health/ready");
        assertTrue(before < batch.expectedIds.size(), "the node stopped during indexing");
        assertTrue(outcome.exact(), batch.name + ": " + outcome);
    }

    @Test
    @Order(6)
    void poisonPageGoesToTheDeadLetterTopicAndFailedWhileThePagesBehindItGoOn() throws Exception {
        Batch batch = BATCHES.get("poison");
        // The poison lies in the middle of the batch by modification time, so pages come after it.
        Instant base = Instant.now().minusSeconds(600);
        for (int i = 0; i < batch.staged.size(); i++) {
            Files.setLastModifiedTime(batch.staged.get(i), FileTime.from(base.plusSeconds(i)));
        }
        Path poison = STACK.data.resolve("staging/poison").resolve(POISON);
        Files.writeString(poison, FaultPages.oversizedText(1_100_000, 99), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(poison, FileTime.from(base.plusSeconds(batch.staged.size() / 2).plusMillis(500)));
        Files.move(poison, Files.createDirectories(STACK.inbox().resolve(batch.name)).resolve(POISON));
        batch.drop(STACK.inbox());
        pagesSent += batch.staged.size() + 1;
        faultsInjected++;
        Path failed = STACK.data.resolve("failed").resolve(batch.name).resolve(POISON);
        awaitTrue("the poison page in failed/ with its .error", DRAIN, () -> Files.exists(failed.resolveSibling(POISON + ".error")));
        Batch.Outcome outcome = awaitDrained(batch);
        record(batch, "a page over newsroom.enrich.max-page-chars among 20 good ones", outcome);
        String reason = Files.readString(failed.resolveSibling(POISON + ".error"));
        assertTrue(reason.contains("max-page-chars"), reason);
        assertTrue(Files.exists(failed), "the poison file itself is in failed/");
        assertFalse(Files.exists(STACK.data.resolve("processed").resolve(batch.name).resolve(POISON)), "and not in processed/ too");
        assertTrue(outcome.exact(), batch.name + ": " + outcome);
        String letters = deadLetters();
        assertTrue(letters.contains("\"sourceFile\":\"poison/" + POISON + "\"") && letters.contains("\"stage\":\"enrich\""),
                "a dead letter of stage enrich for the poison page on news.deadletter");
    }

    @Test
    @Order(7)
    void sameFileAgainOverwritesAndANewVersionReplaces() throws Exception {
        Batch batch = BATCHES.get("versions");
        Path inbox = Files.createDirectories(STACK.inbox().resolve("versions"));
        Path v1 = batch.staged.get(0);
        Path v2 = batch.staged.get(1);
        Path other = batch.staged.get(2);
        String v1Id = Batch.pageId(v1);
        String v2Id = Batch.pageId(v2);
        // The same name in two folders: two files, both indexed.
        Files.createDirectories(inbox.resolve("a"));
        Files.createDirectories(inbox.resolve("b"));
        Files.copy(v1, inbox.resolve("a/same.txt"));
        Files.copy(other, inbox.resolve("b/same.txt"));
        awaitTrue("both same.txt indexed", DRAIN, () -> pages(Probe.docsUnder("versions")).size() == 2);

        // The same content again: recognised, same ids, a newer ingestedAt, nothing added.
        List<Probe.Doc> first = docsOf("versions/a/same.txt");
        Files.copy(v1, inbox.resolve("a/same.txt"));
        awaitTrue("re-drop re-indexed", DRAIN, () -> {
            List<Probe.Doc> now = docsOf("versions/a/same.txt");
            return now.size() == first.size() && now.stream().allMatch(d -> first.stream()
                    .noneMatch(f -> f.id().equals(d.id()) && f.ingestedAt().equals(d.ingestedAt())));
        });
        assertEquals(ids(first), ids(docsOf("versions/a/same.txt")), "the same file again keeps its article ids");

        // A changed file under the same name: its articles replace the old ones.
        Files.copy(v2, inbox.resolve("a/same.txt"));
        awaitTrue("new version replaced the old", DRAIN, () -> pages(docsOf("versions/a/same.txt")).equals(Set.of(v2Id)));
        Set<String> expectedV2 = batch.expectedIds.stream().filter(id -> id.startsWith(v2Id.substring(0, 16))).collect(Collectors.toSet());
        Thread.sleep(2000); // a late article of the old version would show up now
        assertEquals(expectedV2, ids(docsOf("versions/a/same.txt")), "exactly the new version's articles");
        assertTrue(docsOf("versions/a/same.txt").stream().noneMatch(d -> d.pageId().equals(v1Id)), "none of the old version's");
        assertEquals(1, pages(docsOf("versions/b/same.txt")).size(), "the other folder's same.txt is untouched");
        assertEquals(1, count(STACK.data.resolve("processed/versions/a")), "processed/ keeps the newest version only");
        FIGURES.add("versions: same file twice kept " + first.size() + " articles; new version has " + expectedV2.size()
                + " articles, old version's removed; same name in two folders: 2 files indexed");
    }

    @Test
    @Order(8)
    void hostileFilesThatNeedTheWholeStack() throws Exception {
        Path inbox = Files.createDirectories(STACK.inbox().resolve("hostile"));
        Path outside = Files.writeString(STACK.data.resolve("outside-secret.txt"), "本报讯 这个文件在收件箱外面，不能被读取。\n");
        Files.createSymbolicLink(inbox.resolve("link.txt"), outside);
        Path huge = inbox.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(STACK.data.resolve("staging/huge.txt").toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: 200 MB that take no disk
        }
        Files.move(STACK.data.resolve("staging/huge.txt"), huge);
        Path failed = STACK.data.resolve("failed/hostile");
        awaitTrue("both refused", Duration.ofSeconds(60),
                () -> Files.exists(failed.resolve("link.txt.error")) && Files.exists(failed.resolve("huge.txt.error")));
        assertTrue(Files.readString(failed.resolve("link.txt.error")).contains("symbolic link"));
        assertTrue(Files.readString(failed.resolve("huge.txt.error")).contains("too large"));
        assertTrue(Files.exists(outside), "the link's target is left where it was");
        assertTrue(Probe.ready(NewsroomStack.INGEST_PORT), "ingest-service is still up");
        HttpResponse<String> search = Probe.call("GET", NewsroomStack.SEARCH_PORT, "/api/search?q=%E6%94%B6%E4%BB%B6%E7%AE%B1", Map.of());
        assertEquals(0, Probe.json(search.body()).path("total").asInt(), "the outside file's text was never indexed");
    }

    @Test
    @Order(9)
    void changesNeedTheApiKeyReadsDoNot() throws Exception {
        assertEquals(200, Probe.call("GET", NewsroomStack.SEARCH_PORT, "/api/search?q=x", Map.of()).statusCode());
        assertEquals(401, Probe.call("POST", NewsroomStack.SEARCH_PORT, "/admin/reindex", Map.of()).statusCode());
        assertEquals(401, Probe.call("POST", NewsroomStack.SEARCH_PORT, "/admin/reindex", Map.of("X-Api-Key", "wrong")).statusCode());
        assertEquals(401, Probe.call("POST", NewsroomStack.INGEST_PORT, "/admin/reingest?file=poison/" + POISON, Map.of()).statusCode());
        HttpResponse<String> failedList = Probe.call("GET", NewsroomStack.INGEST_PORT, "/admin/failed", Map.of());
        assertEquals(200, failedList.statusCode());
        assertTrue(failedList.body().contains("poison/" + POISON) && failedList.body().contains("max-page-chars"), failedList.body());

        int before = Probe.docsUnder("kill-ingest-service").size();
        HttpResponse<String> reindex = Probe.call("POST", NewsroomStack.SEARCH_PORT, "/admin/reindex", Map.of("X-Api-Key", API_KEY),
                Duration.ofMinutes(2)); // copies every article: seconds on a busy machine
        assertEquals(200, reindex.statusCode(), reindex.body());
        String from = Probe.json(reindex.body()).path("from").asText();
        int version = Integer.parseInt(from.substring(from.lastIndexOf("-v") + 2));
        assertEquals("news-articles-v" + (version + 1), Probe.json(reindex.body()).path("to").asText(), reindex.body());
        awaitTrue("reindexed articles visible", Duration.ofSeconds(10), () -> Probe.docsUnder("kill-ingest-service").size() == before);
        String oneId = Probe.docsUnder("kill-ingest-service").get(0).id();
        assertEquals(200, Probe.call("DELETE", NewsroomStack.SEARCH_PORT, "/admin/articles/" + oneId, Map.of("X-Api-Key", API_KEY)).statusCode());
        assertEquals(404, Probe.call("DELETE", NewsroomStack.SEARCH_PORT, "/admin/articles/" + oneId, Map.of("X-Api-Key", API_KEY)).statusCode());
        assertEquals(before - 1, Probe.docsUnder("kill-ingest-service").size());
        FIGURES.add("access: reads open, changes 401 without the key; reindex copied " + Probe.json(reindex.body()).path("copied").asLong()
                + " articles into " + Probe.json(reindex.body()).path("to").asText());
    }

    @Test
    @Order(10)
    void logsHoldNeitherTheApiKeyNorArticleText() throws Exception {
        List<Path> logs;
        try (Stream<Path> files = Files.list(STACK.data.resolve("logs"))) {
            logs = files.filter(p -> p.toString().endsWith(".log")).toList();
        }
        assertFalse(logs.isEmpty());
        long bytes = 0;
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            bytes += text.length();
            assertFalse(text.contains(API_KEY), log + " contains the API key");
            for (String body : BODY_SAMPLES.values()) {
                assertFalse(text.contains(body), log + " contains article text: " + body);
            }
        }
        FIGURES.add("logs: " + logs.size() + " files, " + bytes + " chars scanned for the API key and " + BODY_SAMPLES.size()
                + " article body excerpts: none found");
    }

    // ---------------------------------------------------------------------------------------------

    /** Drops the batch, kills the component with SIGKILL once part of the batch is through, restarts it, checks. */
    private static void killMidBatch(Batch batch, String component, DoubleSupplier progress) throws Exception {
        batch.drop(STACK.inbox());
        pagesSent += batch.staged.size();
        awaitTrue(component + " under way", Duration.ofSeconds(120), () -> progress.getAsDouble() >= 0.05);
        double at = progress.getAsDouble();
        STACK.run(60, "kill", component);
        faultsInjected++;
        Thread.sleep(1000);
        STACK.run(180, "start", component);
        Batch.Outcome outcome = awaitDrained(batch);
        record(batch, String.format("kill -9 %s at %.0f%% of the batch", component, at * 100), outcome);
        assertTrue(at < 1.0, "the kill came before the batch was through (progress " + at + ")");
        assertTrue(outcome.exact(), batch.name + ": " + outcome);
    }

    /** Waits until the batch's articles are all in the index (or the wait is over), then a moment for stragglers. */
    private static Batch.Outcome awaitDrained(Batch batch) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline && batch.check().found() < batch.expectedIds.size()) {
            Thread.sleep(500);
        }
        Thread.sleep(1500); // a re-delivered duplicate would arrive now
        return batch.check();
    }

    private static void record(Batch batch, String fault, Batch.Outcome o) {
        expectedTotal += o.expected();
        foundTotal += o.found();
        duplicatesTotal += o.duplicates();
        lostTotal += o.lost();
        FIGURES.add(String.format("%-20s pages %3d | %s | articles expected %d, found %d, duplicates %d, lost %d, unexpected %d",
                batch.name, batch.staged.size(), fault, o.expected(), o.found(), o.duplicates(), o.lost(), o.unexpected()));
    }

    private static Set<String> awaitDown(Map<String, Integer> services, Duration within) throws InterruptedException {
        Set<String> down = new java.util.TreeSet<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (down.size() < services.size() && System.nanoTime() < deadline) {
            services.forEach((name, port) -> {
                if (!Probe.ready(port)) {
                    down.add(name);
                }
            });
            Thread.sleep(500);
        }
        return down;
    }

    private static String deadLetters() throws IOException, InterruptedException {
        Path libs = STACK.root.resolve("stack/target/kafka/libs");
        Process p = new ProcessBuilder("java", "-cp", libs + "/*", "org.apache.kafka.tools.consumer.ConsoleConsumer",
                "--bootstrap-server", "127.0.0.1:" + NewsroomStack.KAFKA_PORT, "--topic", "news.deadletter",
                "--from-beginning", "--timeout-ms", "10000").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static List<Probe.Doc> docsOf(String sourceFile) {
        return Probe.docsUnder("versions").stream().filter(d -> d.sourceFile().equals(sourceFile)).toList();
    }

    private static Set<String> ids(List<Probe.Doc> docs) {
        return docs.stream().map(Probe.Doc::id).collect(Collectors.toSet());
    }

    private static Set<String> pages(List<Probe.Doc> docs) {
        return docs.stream().map(Probe.Doc::pageId).collect(Collectors.toSet());
    }

    private static int count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitTrue(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void sleepUntil(Instant when) throws InterruptedException {
        long ms = Duration.between(Instant.now(), when).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
