package io.newsroom.enrich.format;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsroom.enrich.pipeline.ArticleDraft;

/** Reads the one article of an HTML page: its title from the markup and the text of its paragraphs. */
public class HtmlArticleExtractor {

    public ArticleDraft extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe").remove();
        String title = firstNonBlank(meta(doc, "og:title"), doc.title());
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty() && root != null) {
            paragraphs.add(root.text().strip());
        }
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        return new ArticleDraft(null, title, null, List.of(), meta(doc, "og:site_name"), String.join("\n\n", paragraphs),
                null, List.of(), lang == null || lang.isBlank() ? null : lang);
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : e.attr("content").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
