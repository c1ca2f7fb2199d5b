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
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web page served by search-service, in a real headless Chromium on the real stack: search with
 * type-ahead, a facet, an article with its tags and similar articles, the dashboard, and a page whose
 * text carries markup that must stay text.
 */
class WebPageIT {

    private static final NewsroomStack STACK = new NewsroomStack();
    private static final String BASE = "http://127.0.0.1:" + NewsroomStack.SEARCH_PORT + "/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(120);
    private static final Duration UI_WAIT = Duration.ofSeconds(30);

    /** A page whose headline and body carry live-looking markup: the probe for script injection. */
    static final String XSS_TITLE = "社区停水公告<script>window.newsroomXss=1</script>";
    static final String XSS_IMG = "<img src=x onerror=\"window.newsroomXss=2\">";
    static final String XSS_PAGE = XSS_TITLE + "\n\n"
            + "本报讯（记者/李华）社区居委会昨日发布停水公告，提醒居民注意用水安全" + XSS_IMG + "，请大家相互转告。\n\n"
            + "公告说，停水期间居民可以到社区服务中心取水，服务中心全天开放。\n";

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static String gasTitle;

    @BeforeAll
    static void up() throws Exception {
        Browser.assumeInstalled();
        deleteRecursively(STACK.data);
        STACK.run(900, "up");
        Path sample = Path.of(System.getProperty("newsroom.shared", "../shared"), "samples", "zhuzhou-daily-2025-01-27.txt");
        if (Files.exists(sample)) {
            // The real page makes a fuller screenshot; where ../shared is absent our own page stands in.
            Files.copy(sample, STACK.inbox().resolve(sample.getFileName()));
            gasTitle = "这些燃气网点假期可缴费";
        } else {
            Files.writeString(STACK.inbox().resolve("gas.txt"), Pages.GAS_PAGE, StandardCharsets.UTF_8);
            gasTitle = Pages.GAS_TITLE;
        }
        Files.writeString(STACK.inbox().resolve("library.txt"), Pages.LIBRARY_PAGE, StandardCharsets.UTF_8);
        Files.writeString(STACK.inbox().resolve("river.html"), Pages.ENGLISH_HTML, StandardCharsets.UTF_8);
        Files.writeString(STACK.inbox().resolve("notice.txt"), XSS_PAGE, StandardCharsets.UTF_8);
        for (String q : List.of("燃气网点", "图书馆", "floodgates", "停水公告")) {
            awaitIndexed(q);
        }
        browser = Browser.start();
        wait = new WebDriverWait(browser, UI_WAIT);
    }

    @AfterAll
    static void down() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (STACK.data.resolve("run").toFile().isDirectory()) {
                STACK.run(180, "down");
            }
        }
    }

    @Test
    void searchWithTypeAheadShowsHighlightedResults() throws Exception {
        open("");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("燃气");
        List<WebElement> suggestions = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("#suggestions [role=option]"), 0));
        assertTrue(suggestions.stream().anyMatch(s -> s.getText().contains("燃气")),
                "a suggestion for what was typed: " + texts(suggestions));

        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("#/search?q="));
        List<WebElement> titles = awaitHits();
        assertTrue(texts(titles).contains(gasTitle), "the article is among the results: " + texts(titles));
        List<WebElement> marks = browser.findElements(By.cssSelector(".hit mark"));
        assertFalse(marks.isEmpty(), "matches are highlighted");
        assertTrue(marks.stream().allMatch(m -> "燃气".contains(m.getText()) || m.getText().equals("燃气")),
                "only the query's word is marked: " + texts(marks));
        assertTrue(browser.findElement(By.id("total")).getText().matches("[\\d,]+ articles?"),
                browser.findElement(By.id("total")).getText());

        // Written under target/ so a test run leaves the work tree clean; docs/screenshot-search.png is a copy of it.
        Path shot = STACK.root.resolve("integration-tests/target/screenshot-search.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void clickingAFacetNarrowsTheResults() {
        open("#/search");
        int all = total();
        WebElement english = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-facet=language] a[data-value=en]")));
        english.click();
        wait.until(ExpectedConditions.urlContains("language=en"));
        int narrowed = total();
        assertTrue(narrowed < all, "the facet narrows " + all + " articles, to " + narrowed);
        assertTrue(narrowed >= 1, "the English page is still found");
        List<WebElement> metas = browser.findElements(By.cssSelector(".hit .meta"));
        assertEquals(Math.min(narrowed, 10), metas.size());
        assertTrue(metas.stream().allMatch(m -> m.getText().contains("English")), "only English articles: " + texts(metas));
        assertEquals("true", browser.findElement(By.cssSelector("[data-facet=language] a[data-value=en]"))
                .getAttribute("aria-current"), "the chosen value shows as chosen");
        browser.findElement(By.cssSelector(".active-filters a")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("language=en")));
        assertEquals(all, total(), "removing the filter brings every article back");
    }

    @Test
    void articleShowsItsTextTagsAndSimilarArticles() {
        open("#/search?q=" + URLEncoder.encode("燃气网点", StandardCharsets.UTF_8));
        WebElement link = awaitHits().stream().filter(t -> t.getText().equals(gasTitle)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit titled " + gasTitle));
        link.click();
        wait.until(ExpectedConditions.urlContains("#/article/"));
        awaitReady();
        assertEquals(gasTitle, browser.findElement(By.id("article-title")).getText());
        String id = browser.findElement(By.cssSelector("article.article")).getAttribute("data-id");
        assertTrue(browser.findElement(By.cssSelector("article.article .body")).getText().contains("燃气"), "the body is shown");
        assertFalse(browser.findElements(By.cssSelector(".similar ol, .similar p.muted")).isEmpty(), "similar articles listed");

        List<WebElement> tags = browser.findElements(By.cssSelector(".article-tags a.tag"));
        assertFalse(tags.isEmpty(), "the article shows its tags");
        WebElement tag = tags.get(0);
        String href = tag.getAttribute("href");
        tag.click();
        wait.until(ExpectedConditions.urlToBe(href));
        awaitHits();
        assertFalse(browser.findElements(By.cssSelector(".hit[data-id='" + id + "']")).isEmpty(),
                "searching by the article's own tag finds it");
    }

    @Test
    void markupInArticlesIsShownAsTextAndNeverRuns() {
        open("#/search?q=" + URLEncoder.encode("停水公告", StandardCharsets.UTF_8));
        WebElement title = awaitHits().stream().filter(t -> t.getText().contains("停水公告")).findFirst()
                .orElseThrow(() -> new AssertionError("the probe page is not among the results"));
        assertTrue(title.getText().contains("<script>window.newsroomXss=1</script>"), "shown as text: " + title.getText());
        assertNoInjectedElements();

        title.click();
        wait.until(ExpectedConditions.urlContains("#/article/"));
        awaitReady();
        assertEquals(XSS_TITLE, browser.findElement(By.id("article-title")).getText());
        assertTrue(browser.findElement(By.cssSelector("article.article .body")).getText().contains(XSS_IMG),
                "the body shows the tag as text");
        assertNoInjectedElements();
    }

    @Test
    void dashboardDrawsArticlesPerDayAndTopValues() {
        open("");
        assertFalse(browser.findElements(By.cssSelector("#per-day svg rect.bar")).isEmpty(), "articles per day are drawn");
        assertTrue(Integer.parseInt(browser.findElement(By.cssSelector(".card .card-value")).getText().replace(",", "")) >= 4,
                "the article count covers the pages dropped");
        List<WebElement> categories = browser.findElements(By.cssSelector("#top-category svg a"));
        assertFalse(categories.isEmpty(), "the categories are drawn");
        categories.get(0).click();
        wait.until(ExpectedConditions.urlContains("category="));
        assertFalse(awaitHits().isEmpty(), "a category leads to its articles");
    }

    @Test
    void pageIsServedWithAContentSecurityPolicyAndNoInlineScript() throws Exception {
        HttpResponse<String> page = get(BASE);
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        Matcher script = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE).matcher(page.body());
        while (script.find()) {
            assertTrue(script.group(1).contains("src="), "every script is a file: " + script.group());
        }
        // Every asset comes from the service itself: nothing to fetch from another host.
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no third-party asset in " + page.body());
        assertEquals(200, get(BASE + "js/main.js").statusCode());
        assertEquals(200, get(BASE + "app.css").statusCode());
    }

    // ---- helpers

    /** Loads the page afresh at that address, so that no state of an earlier test carries over. */
    private static void open(String hash) {
        browser.get("about:blank");
        browser.get(BASE + hash);
        awaitReady();
    }

    /** Waits until the view shows the current address, loaded (main.js marks it with data-ready). */
    private static void awaitReady() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('view').dataset.ready === location.hash")));
    }

    /** Waits for the results to render and returns their title links. */
    private static List<WebElement> awaitHits() {
        awaitReady();
        assertTrue(browser.findElements(By.cssSelector("#view .error")).isEmpty(),
                () -> "the search failed: " + browser.findElement(By.cssSelector("#view .error")).getText());
        browser.findElement(By.id("total"));
        return browser.findElements(By.cssSelector(".hit h2 a"));
    }

    private static int total() {
        awaitReady();
        return Integer.parseInt(browser.findElement(By.id("total")).getText().replaceAll("\\D", ""));
    }

    /** No element made from article text: no image, no script but the page's own, and nothing ran. */
    private static void assertNoInjectedElements() {
        assertTrue(browser.findElements(By.cssSelector("#view img, #view script, #view [onerror]")).isEmpty(),
                "no element was made from the article's markup");
        assertEquals(1, browser.findElements(By.tagName("script")).size(), "only the page's own script");
        Object ran = ((JavascriptExecutor) browser).executeScript("return typeof window.newsroomXss");
        assertEquals("undefined", ran, "the article's script did not run");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls the search API until the query finds something: the pages went through the pipeline. */
    private static void awaitIndexed(String q) throws Exception {
        long deadline = System.nanoTime() + INDEXED_WITHIN.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(BASE + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                last = response.body();
                if (response.statusCode() == 200 && JSON.readTree(last).path("total").asLong() > 0) {
                    return;
                }
            } catch (HttpTimeoutException e) {
                last = e.toString(); // a busy machine: the deadline decides
            }
            Thread.sleep(250);
        }
        throw new AssertionError("nothing found for " + q + " within " + INDEXED_WITHIN + "; last answer: " + last);
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
