package io.newsroom.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;

import io.newsroom.contract.Json;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.format.HtmlArticleExtractor;
import io.newsroom.enrich.pipeline.ArticleDraft;
import io.newsroom.enrich.tag.ArticleTagger;
import io.newsroom.enrich.tag.Tags;
import io.newsroom.quality.compose.SourceArticle;
import io.newsroom.quality.gold.KeyedLabels;
import io.newsroom.quality.score.CategoryAgreement;
import io.newsroom.quality.score.TagChecks;
import io.newsroom.text.RawPageReader;
import io.newsroom.text.UnreadablePageException;

/**
 * Scores the tags of whole articles (language, keywords, categories, summary): the People's Daily
 * articles in Chinese and the bodies the HTML extractor takes from the English pages. Checks what
 * every article's tags must satisfy and, where our own category annotation exists, how the
 * categories agree with it.
 */
public final class TagScorer {

    static final String USAGE = """
            usage: TagScorer [--articles DIR] [--html DIR] [--gold DIR] [--half 1|2] [--annotated] [--verbose]
              Tags every article of DIR (default SHARED/eval/articles/rmrb-2020-05; Chinese) as an
              article draft (kicker, title, subtitle, byline, body), and the title and body
              HtmlArticleExtractor takes from each page of SHARED/eval/html (English), with ArticleTagger.
              Checks, per set: language right (zh; en, or the page's language in languages-html.tsv); 5 to 10 keywords; keywords that are one
              character, in HanLP's stop-word list, or not found in the article; 1 or 2 categories from
              the taxonomy; a summary of 1 or 2 sentences found in the article.
              Categories are compared with our own annotation, when present in the gold DIR (default
              quality/gold): categories-rmrb-2020-05.tsv and categories-html.tsv (KEY<TAB>main[,second]).
              --half 1 or 2 keeps the first or second half of each annotation file (development and
              held-out). --annotated tags only the annotated articles (quick, for categories). --verbose lists each annotated article whose main category differs; it prints
              eval titles, so keep its output out of the repository. Ends with one line of JSON.
              Keywords and summaries are checked in every language; categories are annotated in all.
              SHARED is $NEWSROOM_SHARED, else ../shared, else ../../shared.""";

    private TagScorer() {
    }

    /** One article as the tagger gets it, with the key of its annotation and the language it is in. */
    private record Sample(String key, String language, ArticleDraft draft) {

        String text() {
            return Stream.of(draft.kicker(), draft.title(), draft.subtitle(), draft.body())
                    .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        }
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, Set.of("articles", "html", "gold", "half"), Set.of("verbose", "annotated"));
        if (a == null) {
            Report.usage(USAGE);
            return;
        }
        Path articles = a.has("articles") ? Path.of(a.get("articles", "")) : SharedData.resolve("eval/articles/rmrb-2020-05");
        Path html = a.has("html") ? Path.of(a.get("html", "")) : SharedData.resolve("eval/html");
        Path goldDir = Path.of(a.get("gold", "quality/gold"));
        int half = Integer.parseInt(a.get("half", "0"));
        if (!Files.isDirectory(articles) && !Files.isDirectory(html)) {
            Report.usage("not found: " + articles + " nor " + html + "\n\n" + USAGE);
            return;
        }
        ArticleTagger tagger = new ArticleTagger();
        Set<String> taxonomy = new HashSet<>(ArticleTagger.taxonomy());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorer", "tags");
        score("peoplesDaily", Files.isDirectory(articles) ? peoplesDaily(articles) : List.of(),
                annotation(goldDir.resolve("categories-rmrb-2020-05.tsv"), half), tagger, taxonomy, a.has("annotated"), a.has("verbose"), json);
        KeyedLabels languages = annotation(goldDir.resolve("languages-html.tsv"), 0);
        score("html", Files.isDirectory(html) ? htmlPages(html, languages) : List.of(),
                annotation(goldDir.resolve("categories-html.tsv"), half), tagger, taxonomy, a.has("annotated"), a.has("verbose"), json);
        Report.json(json);
    }

    private static void score(String set, List<Sample> samples, KeyedLabels gold, ArticleTagger tagger, Set<String> taxonomy,
            boolean annotatedOnly, boolean verbose, Map<String, Object> json) {
        if (samples.isEmpty()) {
            return;
        }
        TagChecks checks = new TagChecks(taxonomy, CoreStopWordDictionary::contains);
        CategoryAgreement agreement = new CategoryAgreement();
        long started = System.nanoTime();
        for (Sample s : samples) {
            if (annotatedOnly && (gold == null || !gold.labels().containsKey(s.key()))) {
                continue;
            }
            Tags tags = tagger.tag(s.draft());
            checks.add(s.language(), s.text(), tags.language(), tags.keywords(), tags.categories(), tags.summary());
            List<String> annotated = gold == null ? null : gold.labels().get(s.key());
            if (annotated != null) {
                agreement.add(annotated, tags.categories());
                if (verbose && !annotated.get(0).equals(tags.categories().get(0))) {
                    Report.OUT.printf("  %s %s: annotated %s, given %s%n", s.key(), s.draft().title(), annotated, tags.categories());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Report.OUT.printf("%s: %d articles tagged in %.1f s%n", set, checks.articles(), seconds);
        Report.OUT.printf("  language right %s%n", Report.pct(checks.languageAccuracy()));
        Report.OUT.printf("  keywords: %.1f per article, 5 to 10 in %s of articles; one character %s, stop words %s, found in the article %s%n",
                checks.keywordsPerArticle(), Report.pct(checks.keywordCountInRange()), Report.pct(checks.singleCharacterKeywords()),
                Report.pct(checks.stopWordKeywords()), Report.pct(checks.keywordsInText()));
        Report.OUT.printf("  categories: 1 or 2 from the taxonomy in %s of articles%n", Report.pct(checks.categoriesValid()));
        Report.OUT.printf("  summary: given for %s of articles, 1 or 2 sentences %s, found in the article %s%n",
                Report.pct(checks.withSummary()), Report.pct(checks.summariesOfOneOrTwoSentences()), Report.pct(checks.summariesFromText()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", checks.articles());
        m.put("languageRight", Report.round(checks.languageAccuracy()));
        m.put("keywordsPerArticle", Report.round(checks.keywordsPerArticle()));
        m.put("keywordCountInRange", Report.round(checks.keywordCountInRange()));
        m.put("singleCharacterKeywords", Report.round(checks.singleCharacterKeywords()));
        m.put("stopWordKeywords", Report.round(checks.stopWordKeywords()));
        m.put("keywordsInText", Report.round(checks.keywordsInText()));
        m.put("categoriesValid", Report.round(checks.categoriesValid()));
        m.put("summaryGiven", Report.round(checks.withSummary()));
        m.put("summaryOneOrTwoSentences", Report.round(checks.summariesOfOneOrTwoSentences()));
        m.put("summaryFromText", Report.round(checks.summariesFromText()));
        if (agreement.articles() > 0) {
            Report.OUT.printf("  categories against our annotation (%d articles): main right %s, any shared %s, labels P %.3f R %.3f F1 %.3f%n",
                    agreement.articles(), Report.pct(agreement.mainRight()), Report.pct(agreement.anyShared()),
                    agreement.labels().precision(), agreement.labels().recall(), agreement.labels().f1());
            if (verbose) {
                agreement.confusions().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(12).forEach(e -> Report.OUT.printf("    %3d  %s%n", e.getValue(), e.getKey()));
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("annotated", agreement.articles());
            c.put("mainRight", Report.round(agreement.mainRight()));
            c.put("anyShared", Report.round(agreement.anyShared()));
            c.put("labels", Report.prf(agreement.labels()));
            m.put("categoryAgreement", c);
        }
        json.put(set, m);
    }

    private static KeyedLabels annotation(Path file, int half) throws IOException {
        return Files.isRegularFile(file) ? KeyedLabels.read(file).half(half) : null;
    }

    private static List<Sample> peoplesDaily(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Sample> samples = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            SourceArticle article = SourceArticle.parse(name, Files.readString(f, StandardCharsets.UTF_8));
            if (!article.hasBody()) {
                continue;
            }
            samples.add(new Sample(name, "zh", new ArticleDraft(article.kicker(), article.title(), article.subtitle(), article.authors(),
                    null, String.join("\n\n", article.paragraphs()), null, List.of(), null)));
        }
        return samples;
    }

    /** The HTML pages' articles, each expected in the language annotated for it (a few pages are not English). */
    private static List<Sample> htmlPages(Path dir, KeyedLabels languages) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            return List.of();
        }
        JsonNode truth = Json.mapper().readTree(truthFile.toFile());
        RawPageReader reader = new RawPageReader();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        List<Sample> samples = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext();) {
            String hash = it.next();
            String name = hash + ".html";
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("pages").resolve(name + ".gz")))) {
                RawPage page = reader.read(name, in.readAllBytes(), Instant.now());
                String language = languages == null ? "en" : languages.labels().getOrDefault(hash, List.of("en")).get(0);
                samples.add(new Sample(hash, language, extractor.extract(page.text() == null ? "" : page.text())));
            } catch (IOException | UnreadablePageException | RuntimeException e) {
                System.err.println(name + ": " + e);
            }
        }
        return samples;
    }
}
