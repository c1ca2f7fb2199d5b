package io.newsroom.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.hankcs.hanlp.HanLP;

import io.newsroom.quality.compose.EnglishPageComposition;
import io.newsroom.quality.compose.PageComposition;
import io.newsroom.quality.compose.PdfPageComposition;
import io.newsroom.quality.compose.SourceArticle;
import io.newsroom.quality.gold.GoldPage;

/**
 * Composes raw newspaper pages from single-article files: the articles printed on one real page
 * (same date and page number) are set together in the style of text extracted from a PDF, and a gold
 * file records what an editor would list.
 */
public final class PageComposer {

    static final String USAGE = """
            usage: PageComposer [--articles DIR] [--out DIR] [--pages N] [--seed S] [--min-articles 2] [--format text|pdf] [--traditional]
                                [--language zh|en] [--html DIR] [--gold DIR]
              DIR defaults to SHARED/eval/articles/rmrb-2020-05 (files YYYYMMDD-PP-NN.txt); --out to
              data/composed. Picks N pages (default 25) at random among the printed pages with at least
              --min-articles articles and writes page-YYYYMMDD-PP.txt (raw text: hard-wrapped columns,
              justification spaces, bold doubled run by run, headlines after bodies, bylines, jump
              markers, page furniture; the choices are drawn per page) and page-YYYYMMDD-PP.gold.json.
              With --format pdf each page is a newspaper PDF instead (page-YYYYMMDD-PP.pdf): a headline
              over each article, the body in justified columns, short articles side by side, fake-bold
              titles; it needs the CJK font fonts-wqy-microhei. --traditional writes the pages in traditional characters (HanLP's converter), as a Taiwan
              or Hong Kong paper prints them: a text page and its gold are converted whole; a PDF is composed
              from the articles converted (its masthead and bylines stay simplified).
              --language en composes English text pages instead, from the English pages of the HTML set (--html,
              default SHARED/eval/html; their languages in --gold DIR/languages-html.tsv, default quality/gold):
              2 to 5 articles a page, each headline on its own line, perhaps a byline (By …), the body hard-wrapped
              at a column of 40 to 80 characters, blank lines between every paragraph, only around headlines, or
              nowhere, drawn per page (page-en-NN.txt). With --format pdf too, each is an English newspaper PDF
              (page-en-NN.pdf): Times with bold headlines, bylines on a share of them, justified columns, short
              articles side by side, a masthead line with the paper's name, the date and the page number.
              The same seed gives the same pages. Score them with ArticleScorer --pages DIR.  SHARED is $NEWSROOM_SHARED, else ../shared, else ../../shared.""";

    private PageComposer() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, Set.of("articles", "out", "pages", "seed", "min-articles", "format", "language", "html", "gold"),
                Set.of("traditional"));
        if (a == null) {
            Report.usage(USAGE);
            return;
        }
        if (a.get("language", "zh").equals("en")) {
            composeEnglish(a);
            return;
        }
        Path articlesDir = a.has("articles") ? Path.of(a.get("articles", "")) : SharedData.resolve("eval/articles/rmrb-2020-05");
        Path out = Path.of(a.get("out", "data/composed"));
        int pages = Integer.parseInt(a.get("pages", "25"));
        long seed = Long.parseLong(a.get("seed", "1"));
        int minArticles = Integer.parseInt(a.get("min-articles", "2"));
        boolean pdf = switch (a.get("format", "text")) {
            case "text" -> false;
            case "pdf" -> true;
            default -> {
                Report.usage("--format is text or pdf\n\n" + USAGE);
                yield false;
            }
        };
        boolean traditional = a.has("traditional");
        if (!Files.isDirectory(articlesDir)) {
            Report.usage("not a folder: " + articlesDir + "\n\n" + USAGE);
            return;
        }
        // a PDF is composed from the articles in traditional characters (its masthead and bylines stay as
        // composed); a text page is converted whole once composed
        Map<String, List<SourceArticle>> printedPages = readPages(articlesDir, traditional && pdf);
        List<String> keys = new ArrayList<>();
        printedPages.forEach((key, list) -> {
            if (list.size() >= minArticles) {
                keys.add(key);
            }
        });
        Collections.shuffle(keys, new Random(seed));
        List<String> chosen = new ArrayList<>(keys.subList(0, Math.min(pages, keys.size())));
        Collections.sort(chosen);
        Files.createDirectories(out);
        int articles = 0;
        for (String key : chosen) {
            LocalDate date = LocalDate.parse(key.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            int pageNumber = Integer.parseInt(key.substring(9));
            Random random = new Random(seed * 1_000_003L + key.hashCode());
            GoldPage gold;
            if (pdf) {
                String name = "page-" + key + ".pdf";
                PdfPageComposition.Composed composed = new PdfPageComposition(random).compose(name, date, pageNumber, printedPages.get(key));
                Files.write(out.resolve(name), composed.pdf());
                gold = composed.gold();
            } else {
                String name = "page-" + key + ".txt";
                PageComposition.Composed composed = new PageComposition(random).compose(name, date, pageNumber, printedPages.get(key));
                Files.writeString(out.resolve(name), traditional ? HanLP.convertToTraditionalChinese(composed.text()) : composed.text(),
                        StandardCharsets.UTF_8);
                gold = composed.gold();
            }
            Path goldFile = out.resolve("page-" + key + GoldPage.SUFFIX);
            gold.write(goldFile);
            if (traditional) {
                Files.writeString(goldFile, HanLP.convertToTraditionalChinese(Files.readString(goldFile, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
            articles += gold.articles().size();
        }
        Report.OUT.printf("composed %d pages with %d articles into %s (seed %d)%n", chosen.size(), articles, out, seed);
    }

    private static void composeEnglish(Args a) throws IOException {
        Path html = a.has("html") ? Path.of(a.get("html", "")) : SharedData.resolve("eval/html");
        Path languages = Path.of(a.get("gold", "quality/gold")).resolve("languages-html.tsv");
        if (!Files.isRegularFile(html.resolve("ground-truth.json")) || !Files.isRegularFile(languages)) {
            Report.usage("not found: " + html.resolve("ground-truth.json") + " or " + languages + "\n\n" + USAGE);
            return;
        }
        Set<String> english = new java.util.HashSet<>();
        for (String line : Files.readAllLines(languages, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length == 2 && f[1].strip().equals("en")) {
                english.add(f[0].strip());
            }
        }
        List<EnglishPageComposition.Source> sources = EnglishPageComposition.read(html, english);
        Path out = Path.of(a.get("out", "data/composed-en"));
        boolean pdf = a.get("format", "text").equals("pdf");
        int pages = Integer.parseInt(a.get("pages", "25"));
        long seed = Long.parseLong(a.get("seed", "1"));
        Files.createDirectories(out);
        int articles = 0;
        for (int n = 1; n <= pages; n++) {
            Random random = new Random(seed * 1_000_003L + n);
            List<EnglishPageComposition.Source> shuffled = new ArrayList<>(sources);
            Collections.shuffle(shuffled, random);
            List<EnglishPageComposition.Source> chosen = shuffled.subList(0, Math.min(2 + random.nextInt(4), shuffled.size()));
            GoldPage gold;
            if (pdf) {
                String name = String.format("page-en-%02d.pdf", n);
                // the pages of the HTML set were published around November 2019
                LocalDate date = LocalDate.of(2019, 11, 1).plusDays(random.nextInt(30));
                PdfPageComposition.Composed composed = new PdfPageComposition(random).composeEnglish(name, date, 1 + random.nextInt(20), chosen);
                Files.write(out.resolve(name), composed.pdf());
                gold = composed.gold();
            } else {
                String name = String.format("page-en-%02d.txt", n);
                EnglishPageComposition.Composed composed = new EnglishPageComposition(random).compose(name, chosen);
                Files.writeString(out.resolve(name), composed.text(), StandardCharsets.UTF_8);
                gold = composed.gold();
            }
            gold.write(out.resolve(String.format("page-en-%02d", n) + GoldPage.SUFFIX));
            articles += chosen.size();
        }
        Report.OUT.printf("composed %d English pages with %d articles into %s (seed %d)%n", pages, articles, out, seed);
    }

    /** Articles with a body, grouped by date and page ({@code 20200501-02}), in printed order. */
    public static Map<String, List<SourceArticle>> readPages(Path dir) throws IOException {
        return readPages(dir, false);
    }

    private static Map<String, List<SourceArticle>> readPages(Path dir, boolean traditional) throws IOException {
        Map<String, List<SourceArticle>> pages = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("\\d{8}-\\d{2}-\\d{2}\\.txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            SourceArticle article = SourceArticle.parse(name, Files.readString(f, StandardCharsets.UTF_8));
            if (traditional) {
                article = article.inScript(HanLP::convertToTraditionalChinese);
            }
            if (article.hasBody() && !article.title().isEmpty()) {
                pages.computeIfAbsent(name.substring(0, 11), k -> new ArrayList<>()).add(article);
            }
        }
        return pages;
    }
}
