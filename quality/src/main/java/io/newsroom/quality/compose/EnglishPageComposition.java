package io.newsroom.quality.compose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsroom.contract.Json;

import io.newsroom.quality.gold.GoldArticle;
import io.newsroom.quality.gold.GoldPage;

/**
 * Prints English articles on one page as text extracted from an English newspaper PDF: each article's headline on
 * its own line (wrapped when wider than the column), perhaps a byline (By Jane Doe), then the body hard-wrapped at
 * the column. The style is drawn per page: the column's width, how many articles carry a byline, and where blank
 * lines fall (between all paragraphs, only around headlines, after every line as on the sample page, or nowhere: then
 * only a paragraph's short last line and a headline's missing full stop tell them). The gold lists each article as printed.
 */
public final class EnglishPageComposition {

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hugo", "Irene", "James",
        "Karen", "Liam", "Maya", "Noah", "Olga", "Peter", "Rosa", "Samuel", "Tara", "Victor"};
    private static final String[] LAST = {"Abbott", "Brennan", "Castillo", "Dorsey", "Ellison", "Fairbanks", "Gallo", "Hartley",
        "Iverson", "Jacobs", "Kessler", "Lindqvist", "Moreau", "Novak", "Okafor", "Pruitt", "Quinlan", "Rasmussen", "Sutter", "Whitlock"};

    private final Random random;
    private final int column;
    private final Gaps gaps;
    private final double bylines;

    /** An invented reporter's name (first and last) for a byline. */
    static String randomName(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** Where an extractor left blank lines. */
    enum Gaps { EVERY_PARAGRAPH, AROUND_HEADLINES, NONE, EVERY_LINE }

    public EnglishPageComposition(Random random) {
        this.random = random;
        this.column = 40 + random.nextInt(41);
        this.gaps = Gaps.values()[random.nextInt(Gaps.values().length)];
        this.bylines = random.nextDouble();
    }

    /** One article to print: its headline and its paragraphs. */
    public record Source(String title, List<String> paragraphs) {
    }

    /**
     * The articles of the HTML set ({@code ground-truth.json} and {@code pages/KEY.html.gz}) whose key is in
     * {@code keys}: the headline from the page's {@code og:title} (else its {@code <title>}), the paragraphs from
     * the benchmark's article body. Articles without a headline or with under 300 characters of body are left out.
     */
    public static List<Source> read(Path htmlDir, Set<String> keys) throws IOException {
        JsonNode truth = Json.mapper().readTree(htmlDir.resolve("ground-truth.json").toFile());
        List<Source> sources = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!keys.contains(e.getKey())) {
                continue;
            }
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlDir.resolve("pages").resolve(e.getKey() + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String title = headline(Jsoup.parse(html));
            List<String> paragraphs = e.getValue().path("articleBody").asText("").lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            if (!title.isEmpty() && String.join("", paragraphs).length() >= 300) {
                sources.add(new Source(title, paragraphs));
            }
        }
        return sources;
    }

    private static String headline(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        String title = og != null ? og.attr("content") : page.title();
        return title.replaceAll("\\s+", " ").strip();
    }

    /** The page text and its gold annotation. */
    public record Composed(String text, GoldPage gold) {
    }

    public Composed compose(String pageName, List<Source> articles) {
        StringBuilder page = new StringBuilder();
        List<GoldArticle> gold = new ArrayList<>();
        for (Source article : articles) {
            if (!page.isEmpty() && gaps != Gaps.NONE) {
                page.append('\n');
            }
            wrap(article.title(), page);
            List<String> authors = List.of();
            if (random.nextDouble() < bylines) {
                String name = randomName(random);
                authors = List.of(name);
                page.append("By ").append(name).append('\n');
            }
            if (gaps != Gaps.NONE) {
                page.append('\n');
            }
            for (int p = 0; p < article.paragraphs().size(); p++) {
                if (p > 0 && gaps == Gaps.EVERY_PARAGRAPH) {
                    page.append('\n');
                }
                wrap(article.paragraphs().get(p), page);
            }
            gold.add(GoldArticle.full(null, article.title(), null, authors, String.join("\n", article.paragraphs()), List.of()));
        }
        String text = gaps == Gaps.EVERY_LINE ? page.toString().replaceAll("\n+", "\n\n") : page.toString();
        return new Composed(text, new GoldPage(pageName, null, List.of(), gold, null));
    }

    /** Breaks the text into lines of at most the column's width, between words, as a justified column sets it. */
    private void wrap(String text, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > column) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
