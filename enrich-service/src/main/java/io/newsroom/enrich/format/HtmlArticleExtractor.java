package io.newsroom.enrich.format;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsroom.enrich.format.html.BodyCollector;
import io.newsroom.enrich.format.html.ContentLocator;
import io.newsroom.enrich.format.html.DomCleaner;
import io.newsroom.enrich.pipeline.ArticleDraft;

/** Reads the one article of an HTML page: its text without the page around it, and its metadata. */
public class HtmlArticleExtractor {

    public ArticleDraft extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title();
        Element body = doc.body();
        DomCleaner.clean(body);
        List<Element> story = new ContentLocator().locate(body);
        List<String> paragraphs = BodyCollector.paragraphs(story, title);
        return new ArticleDraft(null, title, null, List.of(), null, String.join("\n\n", paragraphs), null, List.of(), null);
    }
}
