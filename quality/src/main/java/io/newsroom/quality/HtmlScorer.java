package io.newsroom.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsroom.contract.Json;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.format.HtmlArticleExtractor;
import io.newsroom.quality.score.Counts;
import io.newsroom.quality.score.Shingles;
import io.newsroom.text.RawPageReader;
import io.newsroom.text.UnreadablePageException;

/** Scores HTML article-body extraction with the benchmark's 4-token shingle metric. */
public final class HtmlScorer {

    static final String USAGE = """
            usage: HtmlScorer [--dir DIR] [--verbose]
              DIR (default SHARED/eval/html) holds ground-truth.json ({hash: {articleBody, url}}) and
              pages/HASH.html.gz. Each page is decoded as `./newsroom enrich` decodes it and passed to
              HtmlArticleExtractor; its body is compared with articleBody: 4-token shingles, per-page
              precision and recall averaged over pages, F1 from the averages.
              Prints the worst pages with --verbose, totals, then one closing line of JSON.  SHARED is $NEWSROOM_SHARED, else ../shared, else ../../shared.""";

    private HtmlScorer() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, Set.of("dir"), Set.of("verbose"));
        if (a == null) {
            Report.usage(USAGE);
            return;
        }
        Path dir = a.has("dir") ? Path.of(a.get("dir", "")) : SharedData.resolve("eval/html");
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            Report.usage("not found: " + truthFile + "\n\n" + USAGE);
            return;
        }
        JsonNode truth = Json.mapper().readTree(truthFile.toFile());
        RawPageReader reader = new RawPageReader();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Shingles shingles = new Shingles(4);
        List<Counts> pages = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int failures = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String expected = e.getValue().path("articleBody").asText("");
            String body = "";
            String name = e.getKey() + ".html";
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("pages").resolve(name + ".gz")))) {
                RawPage page = reader.read(name, in.readAllBytes(), Instant.now());
                String html = page.text() == null ? "" : page.text();
                String extracted = extractor.extract(html).body();
                body = extracted == null ? "" : extracted;
            } catch (IOException | UnreadablePageException | RuntimeException ex) {
                failures++;
                System.err.println(name + ": " + ex);
            }
            Counts c = shingles.pageCounts(expected, body);
            pages.add(c);
            lines.add(String.format("%.3f P %.3f R %.3f  %s", Counts.f1(Shingles.pagePrecision(c), Shingles.pageRecall(c)),
                    Shingles.pagePrecision(c), Shingles.pageRecall(c), e.getValue().path("url").asText(e.getKey())));
        }
        double[] prf = Shingles.average(pages);
        if (a.has("verbose")) {
            lines.stream().sorted().limit(20).forEach(l -> Report.OUT.println("  F1 " + l));
        }
        Report.OUT.printf("pages %d (failed %d): precision %.3f recall %.3f F1 %.3f%n", pages.size(), failures, prf[0], prf[1], prf[2]);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorer", "html");
        json.put("pages", pages.size());
        json.put("failed", failures);
        json.put("precision", Report.round(prf[0]));
        json.put("recall", Report.round(prf[1]));
        json.put("f1", Report.round(prf[2]));
        Report.json(json);
    }
}
