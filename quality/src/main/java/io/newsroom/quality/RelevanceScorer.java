package io.newsroom.quality;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.quality.relevance.Judgments;
import io.newsroom.quality.relevance.RankingMetrics;

/**
 * Search relevance against a running stack: runs each judged query through {@code GET /api/search}
 * and reports nDCG@10 and recall@10, per query (with --verbose, or when below 1) and on average.
 * With {@code --load INBOX} it first drops the judged corpus (the sample page and
 * quality/relevance/pages) into the inbox and waits until the index stops growing.
 */
public final class RelevanceScorer {

    private static final int K = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RelevanceScorer() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv, Set.of("url", "judgments", "load"), Set.of("verbose"));
        if (args == null) {
            System.err.println("usage: ./newsroom relevance [--url http://127.0.0.1:8080] [--judgments FILE] [--load INBOX] [--verbose]");
            System.exit(2);
        }
        String port = System.getenv().getOrDefault("NEWSROOM_SEARCH_PORT", "8080");
        String url = args.get("url", "http://127.0.0.1:" + port);
        Path judgmentsFile = Path.of(args.get("judgments", "quality/relevance/judged-queries.tsv"));
        if (args.has("load")) {
            load(Path.of(args.get("load", "")), url);
        }
        List<Judgments> judged = Judgments.read(judgmentsFile);
        double ndcgSum = 0;
        double recallSum = 0;
        for (Judgments j : judged) {
            List<String> titles = search(url, j.query());
            double ndcg = RankingMetrics.ndcg(titles, j.grades(), K);
            double recall = RankingMetrics.recall(titles, j.grades(), K);
            ndcgSum += ndcg;
            recallSum += recall;
            if (args.has("verbose") || ndcg < 0.999) {
                System.out.printf(Locale.ROOT, "%.3f  %.3f  %-24s -> %s%n", ndcg, recall, j.query(),
                        titles.subList(0, Math.min(5, titles.size())));
            }
        }
        int n = judged.size();
        System.out.printf(Locale.ROOT, "{\"queries\":%d,\"ndcg@10\":%.4f,\"recall@10\":%.4f}%n", n, ndcgSum / n, recallSum / n);
    }

    private static List<String> search(String url, String q) throws IOException, InterruptedException {
        JsonNode answer = get(url + "/api/search?size=" + K + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        List<String> titles = new ArrayList<>();
        for (JsonNode hit : answer.path("hits")) {
            titles.add(Judgments.normalise(hit.path("title").asText("")));
        }
        return titles;
    }

    private static JsonNode get(String uri) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Copies the judged corpus into the inbox, then waits until the article count has not moved for a while. */
    private static void load(Path inbox, String url) throws Exception {
        List<Path> pages = new ArrayList<>();
        Path sample = SharedData.resolve("samples/zhuzhou-daily-2025-01-27.txt");
        if (Files.exists(sample)) {
            pages.add(sample);
        } else {
            System.err.println("note: " + sample + " is absent; the sample page's queries will score 0");
        }
        try (Stream<Path> own = Files.list(Path.of("quality/relevance/pages"))) {
            own.sorted().forEach(pages::add);
        }
        for (Path p : pages) {
            Files.copy(p, inbox.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        long last = -1;
        int still = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (still < 6 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            long count = get(url + "/api/stats").path("articles").asLong();
            still = count == last && count > 0 ? still + 1 : 0;
            last = count;
        }
        System.err.println("loaded " + pages.size() + " pages; the index holds " + last + " articles");
    }
}
