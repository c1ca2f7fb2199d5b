package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.it.KibanaSavedObjects.Dashboard;
import io.newsroom.it.KibanaSavedObjects.LensLayer;
import io.newsroom.it.KibanaSavedObjects.Panel;
import io.newsroom.it.KibanaSavedObjects.SavedSearch;

/**
 * What the two Kibana dashboards show, on the real stack: after a page is ingested and a broken
 * file fails, every panel's query, run as the Elasticsearch request it amounts to (see
 * {@link PanelQueries}) over the dashboard's time range, returns something to draw; the failure
 * is in the pipeline index with its stage; consumer lag and article counts are sampled.
 */
class KibanaDashboardsIT {

    private static final NewsroomStack STACK = new NewsroomStack();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sampler writes every 10 s, its first round 10 s after start; the page takes seconds. */
    private static final Duration DATA_WITHIN = Duration.ofSeconds(120);

    /** Used where ../shared is absent: a page of our own with a publication, people, places and organisations. */
    static final String OWN_PAGE = """
            湘江日报讯（全媒体记者/王明 李华）1月20日，市长张建国带队前往长沙市岳麓区调研，

            实地察看湘江新区建设情况。市发展改革委、湖南湘江新区管理委员会有关负责人参加调研。

            张建国指出，要抓住机遇，加快推进重点项目建设，确保一季度开门红。

            湘江新区加快重点项目建设
            """;

    @BeforeAll
    static void up() throws Exception {
        if (Files.exists(STACK.data)) {
            try (Stream<Path> paths = Files.walk(STACK.data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        STACK.run(900, "up");
    }

    @AfterAll
    static void down() throws Exception {
        STACK.run(180, "down");
    }

    @Test
    void everyPanelOfBothDashboardsShowsDataOnceAPageIsIngestedAndAFileFailed() throws Exception {
        Path sample = Path.of(System.getProperty("newsroom.shared", "../shared"), "samples", "zhuzhou-daily-2025-01-27.txt");
        if (Files.exists(sample)) {
            Files.copy(sample, STACK.inbox().resolve(sample.getFileName()));
        } else {
            Files.writeString(STACK.inbox().resolve("own-page.txt"), OWN_PAGE, StandardCharsets.UTF_8);
        }
        byte[] junk = new byte[2048];
        new Random(11).nextBytes(junk);
        junk[10] = 0;
        Files.write(STACK.inbox().resolve("broken.txt"), junk);

        KibanaSavedObjects objects = KibanaSavedObjects.load(KibanaSavedObjectsTest.NDJSON);
        long deadline = System.nanoTime() + DATA_WITHIN.toNanos();
        Map<String, String> empty;
        do {
            Thread.sleep(2000);
            empty = panelsWithoutData(objects);
        } while (!empty.isEmpty() && System.nanoTime() < deadline);
        assertEquals(Map.of(), empty, "panels with nothing to show after " + DATA_WITHIN);

        JsonNode failure = search("news-pipeline", JSON.readTree("""
                {"query":{"query_string":{"query":"type:failed AND sourceFile:\\"broken.txt\\""}}}""")).path("hits").path("hits");
        assertFalse(failure.isEmpty(), "the failed file is a failure event");
        assertEquals("ingest", failure.get(0).path("_source").path("stage").asText(), failure.toString());
        assertTrue(failure.get(0).path("_source").path("reason").asText().contains("binary"), failure.toString());

        // lag is sampled every 10 s, and a group shows once it has committed offsets: wait for a sample after that
        JsonNode lags;
        do {
            lags = search("news-pipeline", JSON.readTree("""
                    {"size":0,"query":{"query_string":{"query":"type:lag"}},
                     "aggs":{"groups":{"terms":{"field":"group"}}}}""")).path("aggregations").path("groups").path("buckets");
        } while (!(lags.toString().contains("newsroom-search") && lags.toString().contains("newsroom-enrich"))
                && System.nanoTime() < deadline && sleep(2000));
        assertTrue(lags.toString().contains("newsroom-search") && lags.toString().contains("newsroom-enrich"),
                "lag sampled for the enrich and search groups: " + lags);
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    /** Every panel of every dashboard whose query returns nothing to draw, with the reason. */
    private static Map<String, String> panelsWithoutData(KibanaSavedObjects objects) throws Exception {
        Map<String, String> empty = new LinkedHashMap<>();
        for (Dashboard dashboard : objects.dashboards()) {
            for (Panel panel : dashboard.panels()) {
                String name = dashboard.title() + " / " + panel.id();
                if (panel.type().equals("lens")) {
                    for (LensLayer layer : objects.lensLayers(panel.id())) {
                        ObjectNode request = PanelQueries.request(layer, dashboard.timeFrom(), dashboard.timeTo());
                        Optional<String> why = answer(layer.view().index(), request).map(r -> PanelQueries.missingData(layer, r))
                                .orElse(Optional.of("index " + layer.view().index() + " not ready yet"));
                        why.ifPresent(w -> empty.put(name, w + "; request " + request));
                    }
                } else {
                    SavedSearch search = objects.savedSearch(panel.id());
                    ObjectNode request = PanelQueries.request(search, dashboard.timeFrom(), dashboard.timeTo());
                    Optional<String> why = answer(search.view().index(), request).map(r -> PanelQueries.missingData(search, r))
                            .orElse(Optional.of("index " + search.view().index() + " not ready yet"));
                    why.ifPresent(w -> empty.put(name, w + "; request " + request));
                }
            }
        }
        return empty;
    }

    /**
     * The node's answer, or empty while the index does not exist or its shard is not started yet;
     * any other error (a request the node rejects) fails the test at once.
     */
    private static Optional<JsonNode> answer(String index, JsonNode request) throws IOException, InterruptedException {
        HttpResponse<String> response = post(index, request);
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return Optional.empty();
        }
        assertEquals(200, response.statusCode(), "search on " + index + " with " + request + ": " + response.body());
        return Optional.of(JSON.readTree(response.body()));
    }

    private static JsonNode search(String index, JsonNode request) throws IOException, InterruptedException {
        HttpResponse<String> response = post(index, request);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> post(String index, JsonNode request) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + NewsroomStack.ES_PORT + "/" + index + "/_search");
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
