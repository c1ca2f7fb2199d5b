package io.newsroom.enrich.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.pipeline.ArticleDraft;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String P1 = "The city council approved the new bridge on Monday, ending a debate that lasted more than ten years.";
    private static final String P2 = "Construction will start in the spring, and the bridge should open to traffic within two years, officials said.";
    private static final String P3 = "Residents of the east bank, who now drive forty minutes to reach the hospital, welcomed the decision.";

    private static String newsPage(String head, String bylineHtml) {
        return "<html lang=\"en\"><head><title>Council approves bridge | The Daily Planet</title>" + head + "</head><body>"
                + "<header><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li><li><a href=/sport>Sport</a></li></ul></nav></header>"
                + "<div class=\"ad-slot\">Advertisement: buy the best cars at the lowest prices today, visit our showroom.</div>"
                + "<main><article><h1>Council approves bridge</h1>" + bylineHtml
                + "<div class=\"share-bar\"><a href=#>Share on Facebook</a> <a href=#>Tweet this story</a></div>"
                + "<div class=\"article-body\"><p>" + P1 + "</p>"
                + "<figure><img src=a.jpg><figcaption>The old ferry, which the bridge will replace. Photo: J. Smith</figcaption></figure>"
                + "<p>" + P2 + "</p><p>Advertisement</p>"
                + "<p>Read more: <a href=/x>Bridge costs soar as steel prices rise again in the region</a></p>"
                + "<p>" + P3 + "</p></div>"
                + "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=/a>Mayor opens new school in the north district of the city</a></li>"
                + "<li><a href=/b>Ferry service to end next year after ninety years on the river</a></li></ul></div>"
                + "</article></main>"
                + "<section id=\"comments\"><h2>3 comments</h2><div class=comment><p>This is a terrible waste of money, the ferry worked perfectly fine for decades and nobody asked us.</p></div>"
                + "<div class=comment><p>Finally! I have been waiting for this bridge my whole life, it is great news for everyone on the east bank.</p></div></section>"
                + "<aside class=sidebar><h3>Most read</h3><p>Weather: sunny spells with a chance of rain later in the afternoon across the whole region.</p></aside>"
                + "<footer><p>Copyright 2024 The Daily Planet. All rights reserved. Contact us, privacy policy, terms of use.</p></footer>"
                + "</body></html>";
    }

    @Test
    void keepsTheStoryAndDropsNavigationAdsCommentsRelatedLinksSharingAndCaptions() {
        ArticleDraft draft = extractor.extract(newsPage("", ""));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, draft.body());
    }

    @Test
    void readsMetadataFromJsonLdGraph() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Planet site\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Council approves the bridge\",\"datePublished\":\"2024-03-05T08:00:00+01:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"John Roe\"],\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Planet\"}}]}"
                + "</script><script type=\"application/ld+json\">{ broken json</script>";
        ArticleDraft draft = extractor.extract(newsPage(ld, ""));
        assertEquals("Council approves the bridge", draft.title());
        assertEquals(List.of("Jane Doe", "John Roe"), draft.authors());
        assertEquals(LocalDate.of(2024, 3, 5), draft.publishedDate());
        assertEquals("The Daily Planet", draft.publication());
        assertEquals("en", draft.languageHint());
    }

    @Test
    void readsMetadataFromOpenGraphAndMetaTags() {
        String meta = "<meta property=\"og:title\" content=\"Council approves bridge - The Daily Planet\">"
                + "<meta property=\"og:site_name\" content=\"The Daily Planet\">"
                + "<meta name=\"author\" content=\"By Jane Doe and John Roe, Staff Writers\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05\">";
        ArticleDraft draft = extractor.extract(newsPage(meta, ""));
        assertEquals("Council approves bridge", draft.title());
        assertEquals(List.of("Jane Doe", "John Roe"), draft.authors());
        assertEquals(LocalDate.of(2024, 3, 5), draft.publishedDate());
        assertEquals("The Daily Planet", draft.publication());
    }

    @Test
    void readsAVisibleBylineAndKeepsItOutOfTheBody() {
        ArticleDraft draft = extractor.extract(newsPage("", "<p class=\"byline\">By Jane Doe | March 5, 2024</p><time datetime=\"2024-03-05T10:00\">March 5</time>"));
        assertEquals(List.of("Jane Doe"), draft.authors());
        assertEquals(LocalDate.of(2024, 3, 5), draft.publishedDate());
        assertFalse(draft.body().contains("Jane Doe"));
    }

    @Test
    void takesTheStoryCutIntoSeveralBoxesByTheTemplate() {
        String html = "<html><body><div class=nav><a href=/>Home</a> <a href=/n>News</a></div><div class=wrap>"
                + "<div class=\"story-part\"><div class=inner><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<div class=\"newsletter\"><p>Sign up for our newsletter to get the best stories in your inbox every morning.</p></div>"
                + "<div class=\"story-part\"><div class=inner><p>" + P3 + "</p><p>" + P1.replace("Monday", "Tuesday") + "</p></div></div>"
                + "</div></body></html>";
        String body = extractor.extract(html).body();
        assertTrue(body.contains(P3), body);
        assertTrue(body.startsWith(P1), body);
        assertFalse(body.contains("newsletter"), body);
    }

    @Test
    void prefersTheDeclaredArticleBodyWhenThePageTextMissesIt() {
        String declared = (P1 + "\\n" + P2 + "\\n" + P3 + " ").repeat(3);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge\",\"articleBody\":\""
                + declared + "\"}</script></head><body><div id=app><p>Loading the article, please wait while the application starts up in your browser window.</p></div></body></html>";
        String body = extractor.extract(html).body();
        assertTrue(body.startsWith(P1 + "\n\n" + P2), body);
        assertFalse(body.contains("Loading"), body);
    }

    @Test
    void extractsAChinesePageWithItsMetadata() {
        String p1 = "株洲日报讯　1月20日，株洲市国资委召开会议，总结2024年国企改革工作，部署今年重点任务。";
        String p2 = "会议指出，全市国有企业坚持市场化转型，主业投资占比达到百分之九十以上，营收同比增长百分之七。";
        String p3 = "会议要求，各企业要聚焦主责主业，强化战略重组，推动国有资本做强做优做大。";
        String html = "<html lang=\"zh-CN\"><head><meta charset=utf-8><title>株洲推进国企改革_株洲新闻网</title>"
                + "<meta name=\"author\" content=\"周蒿\"><meta name=\"pubdate\" content=\"2025年01月27日 08:30\">"
                + "<meta property=\"og:site_name\" content=\"株洲新闻网\"></head><body>"
                + "<div class=\"nav\"><a href=/>首页</a><a href=/a>时政</a><a href=/b>经济</a><a href=/c>社会</a></div>"
                + "<div class=\"content\"><h1>株洲推进国企改革</h1><div class=\"article-text\"><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></div>"
                + "<div class=\"share\">分享到：微信 微博</div></div>"
                + "<div class=\"related\"><ul><li><a href=/x>株洲新增三家上市企业，资本市场株洲板块持续壮大</a></li><li><a href=/y>株洲高铁站春运客流创新高</a></li></ul></div>"
                + "<div class=\"footer\">版权所有 株洲新闻网 湘ICP备00000000号</div></body></html>";
        ArticleDraft draft = extractor.extract(html);
        // the ideographic space, like any whitespace run, becomes one plain space
        assertEquals(p1.replace("\u3000", " ") + "\n\n" + p2 + "\n\n" + p3, draft.body());
        assertEquals(List.of("周蒿"), draft.authors());
        assertEquals(LocalDate.of(2025, 1, 27), draft.publishedDate());
        assertEquals("株洲新闻网", draft.publication());
        assertEquals("zh-CN", draft.languageHint());
    }

    @Test
    void readsTextWrittenWithBreaksInsteadOfParagraphs() {
        String html = "<html><body><div class=menu><a href=/>Home</a></div><div class=post>" + P1 + "<br><br>" + P2 + "<br>" + P3 + "</div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extractor.extract(html).body());
    }

    @Test
    void survivesEmptyAndTextlessPages() {
        assertEquals("", extractor.extract("").body());
        assertEquals("", extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>").body());
    }
}
