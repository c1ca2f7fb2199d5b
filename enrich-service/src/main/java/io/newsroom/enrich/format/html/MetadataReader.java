package io.newsroom.enrich.format.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads title, authors, date, publication and language from a page's markup, preferring the most
 * deliberate sources: JSON-LD first, then Open Graph and other {@code <meta>} conventions, then what
 * the page shows (the {@code <h1>}, a byline, a {@code <time>}). Run it before cleaning the page,
 * which removes scripts and bylines.
 */
public final class MetadataReader {

    private static final Pattern VISIBLE_BYLINE = Pattern.compile("(?i)^\\s*by\\s+\\p{Lu}.{1,120}$");

    private MetadataReader() {
    }

    public static PageMetadata read(Document doc) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        String title = first(ld == null ? null : ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "headline"), meta(doc, "title"), h1(doc), doc.title());
        LocalDate date = DateText.parse(first(ld == null ? null : ld.datePublished(),
                meta(doc, "article:published_time"), meta(doc, "og:published_time"), meta(doc, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.date"), meta(doc, "dcterms.created"),
                meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"), meta(doc, "article.published"),
                timeElement(doc)));
        String publication = first(ld == null ? null : ld.publisher(), meta(doc, "og:site_name"),
                meta(doc, "application-name"), meta(doc, "publisher"), meta(doc, "dc.publisher"));
        List<String> authors = new ArrayList<>();
        if (ld != null) {
            authors.addAll(ld.authors());
        }
        if (authors.isEmpty()) {
            for (String name : new String[] {"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author", "cXenseParse:author"}) {
                for (Element m : metas(doc, name)) {
                    AuthorNames.addAll(authors, AuthorNames.fromByline(m.attr("content")));
                }
            }
        }
        if (authors.isEmpty()) {
            authors.addAll(visibleByline(doc));
        }
        if (publication != null) {
            String pub = publication.toLowerCase(java.util.Locale.ROOT);
            authors.removeIf(a -> pub.contains(a.toLowerCase(java.util.Locale.ROOT)));
        }
        String language = first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(doc, "content-language"), meta(doc, "og:locale"), meta(doc, "language"));
        if (language != null) {
            language = language.replace('_', '-');
        }
        return new PageMetadata(title, authors, date, publication, ld == null ? null : ld.articleBody(), language);
    }

    /** Names shown in the page's byline: elements marked as author, or a short "By ..." line. */
    static List<String> visibleByline(Document doc) {
        List<String> names = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author], [rel=author], [class~=(?i)(^|[-_])(byline|author)([-_]name)?$]")) {
            if (inFormOrComments(e)) {
                continue;
            }
            Element named = e.selectFirst("[itemprop=name]");
            String text = named != null ? named.text() : e.text();
            AuthorNames.addAll(names, AuthorNames.fromByline(text));
            if (!names.isEmpty()) {
                return names;
            }
        }
        for (Element e : doc.select("p, span, div, address")) {
            if (e.childrenSize() <= 3) {
                String text = e.text();
                if (text.length() < 120 && VISIBLE_BYLINE.matcher(text).matches()) {
                    AuthorNames.addAll(names, AuthorNames.fromByline(text));
                    if (!names.isEmpty()) {
                        return names;
                    }
                }
            }
        }
        return names;
    }

    private static boolean inFormOrComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("form") || ClassHints.namesNeverStory(p)) {
                return true;
            }
        }
        return false;
    }

    private static String h1(Document doc) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("time[datetime], [itemprop=datePublished]");
        if (time == null) {
            return null;
        }
        return first(time.attr("datetime"), time.attr("content"), time.text());
    }

    static String meta(Document doc, String name) {
        List<Element> all = metas(doc, name);
        for (Element e : all) {
            String content = e.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static List<Element> metas(Document doc, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getElementsByTag("meta")) {
            if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))
                    || name.equalsIgnoreCase(e.attr("itemprop")) || name.equalsIgnoreCase(e.attr("http-equiv"))) {
                out.add(e);
            }
        }
        return out;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.strip().startsWith("@")) {
                // some sites escape entities twice ("&amp;#8216;")
                return v.indexOf('&') >= 0 ? Parser.unescapeEntities(v.strip(), false) : v.strip();
            }
        }
        return null;
    }
}
