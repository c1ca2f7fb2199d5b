package io.newsroom.enrich.format;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.newsroom.enrich.format.html.BodyCollector;
import io.newsroom.enrich.format.html.ContentLocator;
import io.newsroom.enrich.format.html.DeclaredBody;
import io.newsroom.enrich.format.html.DomCleaner;
import io.newsroom.enrich.format.html.MetadataReader;
import io.newsroom.enrich.format.html.PageMetadata;
import io.newsroom.enrich.pipeline.ArticleDraft;

/**
 * Reads the one article of an HTML page: its body without the page around it (navigation, ads,
 * comments, related links, share widgets, captions), and its title, authors, date and publication
 * from the markup. Thread-safe.
 */
public class HtmlArticleExtractor {

    public ArticleDraft extract(String html) {
        Document doc = Jsoup.parse(html == null ? "" : html);
        PageMetadata meta = MetadataReader.read(doc);
        String title = withoutSiteName(meta.title(), meta.publication());
        Element body = doc.body();
        DomCleaner.clean(body);
        List<Element> story = new ContentLocator().locate(body);
        List<String> paragraphs = BodyCollector.paragraphs(story, title);
        List<String> declared = DeclaredBody.replacementFor(paragraphs, meta.articleBody());
        if (declared != null) {
            paragraphs = declared;
        }
        return new ArticleDraft(null, title, null, meta.authors(), meta.publication(), String.join("\n\n", paragraphs),
                meta.publishedDate(), List.of(), meta.language());
    }

    /** "Headline | Site" and "Headline - Site" lose the site's name, which is the publication. */
    static String withoutSiteName(String title, String publication) {
        if (title == null || publication == null) {
            return title;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerPub = publication.toLowerCase(Locale.ROOT);
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
            String suffix = sep + lowerPub;
            if (lowerTitle.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }
}
