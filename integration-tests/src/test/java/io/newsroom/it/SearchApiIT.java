package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The search API on the real stack, one start for all checks: pages of our own go through the
 * inbox, then search, filters, facets, cursor paging, phrases, boolean and field queries, both
 * Chinese scripts, pinyin, story copies, suggest, similar, stats and the 400s.
 */
class SearchApiIT {

    private static final NewsroomStack STACK = new NewsroomStack();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "http://127.0.0.1:" + NewsroomStack.SEARCH_PORT;
    private static final int ARTICLES = 6;

    @BeforeAll
    static void upAndLoad() throws Exception {
        deleteRecursively(STACK.data);
        STACK.run(900, "up");
        write("gas.txt", SearchPages.GAS);
        write("visit.txt", SearchPages.VISIT);
        write("metro.txt", SearchPages.METRO);
        write("buses.html", SearchPages.BUSES_HTML);
        write("river.html", Pages.ENGLISH_HTML);
        Thread.sleep(1_500); // the reprint arrives later than the first printing
        write("gas-reprint.txt", SearchPages.GAS_REPRINT);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (get("/api/stats").json().path("articles").asInt() >= ARTICLES
                    && search("q=" + enc("燃气网点")).path("hits").path(0).path("copies").size() == 1) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("pages not indexed within 90 s: " + get("/api/stats").body());
    }

    @AfterAll
    static void down() throws Exception {
        STACK.run(180, "down");
    }

    @Test
    void wordQueryFindsTheStoryOnceWithItsCopyListedAndHighlighted() throws Exception {
        JsonNode answer = search("q=" + enc("燃气网点"));
        assertEquals(1, answer.path("total").asInt(), answer.toString());
        JsonNode hit = answer.path("hits").path(0);
        assertEquals(SearchPages.GAS_TITLE, hit.path("title").asText());
        assertEquals("gas.txt", hit.path("sourceFile").asText(), "the first printing is the story");
        assertEquals("gas-reprint.txt", hit.path("copies").path(0).path("sourceFile").asText());
        assertTrue(hit.path("highlights").path("title").path(0).asText().contains("<em>燃气网点</em>"), hit.toString());
        assertTrue(hit.path("score").isNumber());

        JsonNode article = get("/api/articles/" + hit.path("id").asText()).json();
        assertTrue(article.path("body").asText().contains("手机客户端"));
        assertEquals(1, article.path("copies").size());
        JsonNode copy = get("/api/articles/" + article.path("copies").path(0).path("id").asText()).json();
        assertEquals(hit.path("id").asText(), copy.path("copies").path(0).path("id").asText(), "a copy lists its story");
    }

    @Test
    void facetsFiltersAndDateSort() throws Exception {
        JsonNode all = search("size=100");
        assertEquals(ARTICLES - 1, all.path("total").asInt(), "the reprint is not counted twice: " + all);
        assertEquals(facet(all, "language", "zh") + facet(all, "language", "en"), ARTICLES - 1);
        assertEquals(2, facet(all, "language", "en"));
        assertEquals(1, facet(all, "person", "聂方红"));
        assertTrue(all.path("facets").path("date").size() >= 1);

        JsonNode en = search("language=en");
        assertEquals(2, en.path("total").asInt());
        en.path("hits").forEach(h -> assertEquals("en", h.path("language").asText()));
        assertEquals(1, search("person=" + enc("聂方红") + "&person=nobody").path("total").asInt());
        String day = all.path("facets").path("date").path(0).path("value").asText();
        assertEquals(0, search("to=" + java.time.LocalDate.parse(day).minusDays(1)).path("total").asInt());
        assertEquals(ARTICLES - 1, search("from=" + day + "&to=" + day).path("total").asInt());

        JsonNode byDate = search("sort=date");
        assertTrue(byDate.path("hits").path(0).path("score").isNull(), "no score when sorted by date");
    }

    @Test
    void cursorPagesThroughEverythingWithoutRepeats() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = search("size=2" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            page.path("hits").forEach(h -> assertTrue(seen.add(h.path("id").asText()), "repeated " + h.path("id")));
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(ARTICLES - 1, seen.size());
    }

    @Test
    void phrasesBooleansAndFieldPrefixes() throws Exception {
        assertEquals(1, search("q=" + enc("\"燃气网点照常\"")).path("total").asInt());
        assertEquals(0, search("q=" + enc("\"网点燃气\"")).path("total").asInt(), "a phrase is exact");
        assertEquals(2, search("q=" + enc("燃气 OR floodgates")).path("total").asInt());
        assertEquals(0, search("q=" + enc("燃气 -缴费")).path("total").asInt());
        assertEquals(1, search("q=" + enc("buses NOT diesel OR floodgates")).path("total").asInt());
        assertEquals(SearchPages.VISIT_TITLE, search("q=" + enc("title:老干部")).path("hits").path(0).path("title").asText());
        assertEquals(0, search("q=" + enc("title:财富")).path("total").asInt(), "财富 is only in the body");
        assertEquals(1, search("q=" + enc("body:财富")).path("total").asInt());
        assertEquals(1, search("q=" + enc("person:聂方红")).path("total").asInt());
        assertEquals(2, search("q=" + enc("language:en")).path("total").asInt());
    }

    @Test
    void eitherChineseScriptFindsTheOther() throws Exception {
        assertEquals(SearchPages.METRO_TITLE, search("q=" + enc("捷运 通车")).path("hits").path(0).path("title").asText());
        assertEquals(SearchPages.GAS_TITLE, search("q=" + enc("燃氣網點")).path("hits").path(0).path("title").asText());
    }

    @Test
    void pinyinFindsNames() throws Exception {
        for (String q : List.of("niefanghong", "nie fang hong")) {
            assertEquals(SearchPages.VISIT_TITLE, search("q=" + enc(q)).path("hits").path(0).path("title").asText(), q);
        }
    }

    @Test
    void suggestSimilarAndStats() throws Exception {
        assertTrue(suggestions("燃气").contains("title:" + SearchPages.GAS_TITLE));
        assertTrue(suggestions("聂").contains("person:聂方红"));
        assertTrue(suggestions("nief").contains("person:聂方红"));
        assertTrue(suggestions("Forty").contains("title:Forty electric buses join the city fleet"));

        String gasId = search("q=" + enc("燃气网点")).path("hits").path(0).path("id").asText();
        for (JsonNode h : get("/api/articles/" + gasId + "/similar").json().path("hits")) {
            assertFalse(h.path("title").asText().equals(SearchPages.GAS_TITLE), "its own copy is not 'similar': " + h);
        }
        JsonNode stats = get("/api/stats").json();
        assertEquals(ARTICLES, stats.path("articles").asInt());
        assertEquals(ARTICLES, stats.path("pages").asInt());
        assertNotNull(stats.path("newest").path("id").textValue());
        assertEquals(ARTICLES, stats.path("perDay").path(0).path("count").asInt());
    }

    @Test
    void badRequestsAreProblemDetailsNeverErrors() throws Exception {
        assertProblem("/api/search?q=" + enc("燃气 AND"), 400, "column 4");
        assertProblem("/api/search?q=" + enc("(燃气"), 400, "column 1");
        assertProblem("/api/search?q=" + enc("{\"script\":{\"source\":\"x\"}}"), 400, "not part of the query language");
        assertProblem("/api/search?size=101", 400, "size");
        assertProblem("/api/search?sort=popular", 400, "sort");
        assertProblem("/api/search?from=2025-02-30", 400, "from");
        assertProblem("/api/search?query_string=x", 400, "unknown parameter");
        assertProblem("/api/search?page=101&size=100", 400, "cursor");
        assertProblem("/api/search?cursor=bm90LWEtY3Vyc29y", 400, "cursor");
        assertProblem("/api/search?q=" + "a".repeat(100_000), 400, "at most");
        assertProblem("/api/articles/no-such-article", 404, "no article");
        assertProblem("/api/articles/x/similar?size=21", 400, "size");
        assertProblem("/api/suggest", 400, "q");
        assertTrue(get("/q/openapi").body().contains("/api/search"), "the OpenAPI document describes the API");
    }

    private static void assertProblem(String path, int status, String fragment) throws Exception {
        Reply r = get(path);
        assertEquals(status, r.status(), path + " -> " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode p = r.json();
        assertEquals(status, p.path("status").asInt());
        assertTrue(p.path("detail").asText().contains(fragment), path + " -> " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    private static List<String> suggestions(String typed) throws Exception {
        List<String> out = new ArrayList<>();
        get("/api/suggest?q=" + enc(typed)).json().path("suggestions")
                .forEach(s -> out.add(s.path("type").asText() + ":" + s.path("text").asText()));
        return out;
    }

    private static int facet(JsonNode answer, String facet, String value) {
        for (JsonNode b : answer.path("facets").path(facet)) {
            if (b.path("value").asText().equals(value)) {
                return b.path("count").asInt();
            }
        }
        return 0;
    }

    private static JsonNode search(String query) throws Exception {
        Reply r = get("/api/search?" + query);
        assertEquals(200, r.status(), query + " -> " + r.body());
        return r.json();
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private static Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(STACK.inbox().resolve(name), text, StandardCharsets.UTF_8);
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
