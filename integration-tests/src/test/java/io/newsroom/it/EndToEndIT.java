package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The walking skeleton, end to end on the real broker and node: pages dropped into the inbox (text, HTML, a
 * newspaper PDF) become searchable articles; a file that cannot be read ends in failed/ with its reason.
 */
class EndToEndIT {

    private static final NewsroomStack STACK = new NewsroomStack();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(60);

    @BeforeAll
    static void up() throws Exception {
        deleteRecursively(STACK.data);
        STACK.run(900, "up");
    }

    @AfterAll
    static void down() throws Exception {
        STACK.run(180, "down");
        try (Stream<Path> pids = Files.list(STACK.data.resolve("run"))) {
            assertEquals(0, pids.filter(p -> p.toString().endsWith(".pid")).count(), "down leaves no process behind");
        }
    }

    @Test
    void samplePageArticleIsFoundByAWordQuery() throws Exception {
        Path sample = Path.of(System.getProperty("newsroom.shared", "../shared"), "samples", "zhuzhou-daily-2025-01-27.txt");
        String title;
        if (Files.exists(sample)) {
            Files.copy(sample, STACK.inbox().resolve(sample.getFileName()));
            title = "这些燃气网点假期可缴费";
        } else {
            // Where ../shared is absent, a page of our own in the same style stands in for it.
            Files.writeString(STACK.inbox().resolve("gas.txt"), Pages.GAS_PAGE, StandardCharsets.UTF_8);
            title = Pages.GAS_TITLE;
        }
        JsonNode hit = awaitHit("燃气网点", h -> title.equals(h.path("title").asText()));
        assertFalse(hit.path("highlights").isEmpty(), "the hit carries highlights: " + hit);
        assertTrue(Files.exists(STACK.data.resolve("processed").resolve(Files.exists(sample) ? sample.getFileName().toString() : "gas.txt")),
                "the page was moved to processed/");
    }

    @Test
    void gbkPageWithoutBomIsDecodedAndSearchable() throws Exception {
        Files.write(STACK.inbox().resolve("gbk-page.txt"), Pages.LIBRARY_PAGE.getBytes(Charset.forName("GB18030")));
        JsonNode hit = awaitHit("图书馆", h -> h.path("sourceFile").asText().equals("gbk-page.txt"));
        assertEquals("zh", hit.path("language").asText());
    }

    @Test
    void englishHtmlPageIsSearchable() throws Exception {
        Files.writeString(STACK.inbox().resolve("river.html"), Pages.ENGLISH_HTML, StandardCharsets.UTF_8);
        JsonNode hit = awaitHit("floodgates", h -> h.path("sourceFile").asText().equals("river.html"));
        assertEquals("en", hit.path("language").asText());
    }

    @Test
    void englishTextPageIsSplitIntoItsArticles() throws Exception {
        Files.writeString(STACK.inbox().resolve("harbor.txt"), Pages.ENGLISH_TEXT_PAGE, StandardCharsets.UTF_8);
        JsonNode ferry = awaitHit("ferry", h -> h.path("sourceFile").asText().equals("harbor.txt"));
        assertEquals("Ferry fares to rise in June", ferry.path("title").asText());
        assertEquals("Lena Brooks", ferry.path("authors").path(0).asText());
        JsonNode orchard = awaitHit("orchard", h -> h.path("sourceFile").asText().equals("harbor.txt"));
        assertEquals("Pupils plant an orchard", orchard.path("title").asText(), "the second article is its own hit");
        assertEquals("en", orchard.path("language").asText());
    }

    @Test
    void englishNewspaperPdfIsSplitIntoItsArticlesDatedByItsRunningHead() throws Exception {
        Files.write(STACK.inbox().resolve("gazette.pdf"), NewspaperPdf.page());
        JsonNode ferry = awaitHit("fares", h -> h.path("sourceFile").asText().equals("gazette.pdf"));
        assertEquals(NewspaperPdf.FERRY_TITLE, ferry.path("title").asText());
        assertEquals("Lena Brooks", ferry.path("authors").path(0).asText());
        assertEquals("2024-03-05", ferry.path("publishedDate").asText(), "dated by the running head: " + ferry);
        assertEquals("THE HARBOR GAZETTE", ferry.path("publication").asText());
        JsonNode orchard = awaitHit("orchard", h -> h.path("sourceFile").asText().equals("gazette.pdf"));
        assertEquals(NewspaperPdf.ORCHARD_TITLE, orchard.path("title").asText(), "the second story is its own hit");
        assertEquals("en", orchard.path("language").asText());
    }

    @Test
    void binaryJunkGoesToFailedWithItsReason() throws Exception {
        byte[] junk = new byte[2048];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;
        Files.write(STACK.inbox().resolve("junk.txt"), junk);
        Path error = STACK.data.resolve("failed/junk.txt.error");
        long deadline = System.nanoTime() + SEARCHABLE_WITHIN.toNanos();
        while (!Files.exists(error) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(error), "junk.txt.error written in failed/");
        assertTrue(Files.readString(error).contains("binary"), Files.readString(error));
        assertTrue(Files.exists(STACK.data.resolve("failed/junk.txt")), "the file itself is kept in failed/");
    }

    /** Polls the search API until a hit satisfies the predicate; fails with the last answer after the bounded wait. */
    private static JsonNode awaitHit(String q, Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + SEARCHABLE_WITHIN.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = search(q);
            for (JsonNode hit : last.path("hits")) {
                if (wanted.test(hit)) {
                    return hit;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no matching hit for q=" + q + " within " + SEARCHABLE_WITHIN + "; last answer: " + last);
    }

    private static JsonNode search(String q) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + NewsroomStack.SEARCH_PORT + "/api/search?size=20&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
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
