package io.newsroom.enrich.format.html;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes from a page what is never article text: code, media, forms, hidden elements, and page
 * furniture (navigation, sidebars, comments, share widgets, ads, captions) identified by tag or by
 * name. A furniture-looking element that holds a large share of the page's prose is kept: that is
 * a story wrapper with an unlucky class name, not a widget.
 */
public final class DomCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "video, audio, button, input, select, textarea, option, link, meta, figcaption, picture, map, head";

    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form", "figure", "menu", "dialog");

    private static final Set<String> HIDING_CLASSES = Set.of(
            "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only",
            "element-invisible", "offscreen", "is-hidden", "u-hidden", "d-none");

    /** Furniture may hold up to this share of the page's prose and still be removed. */
    private static final double KEEP_SHARE = 0.4;

    private DomCleaner() {
    }

    public static void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        for (Element e : body.select("[hidden], [aria-hidden=true], [style]")) {
            if (e.parent() != null && isHidden(e)) {
                e.remove();
            }
        }
        ProseMass mass = new ProseMass(body);
        Elements all = body.getAllElements();
        for (Element e : all) {
            if (e == body || e.parent() == null || !isAttached(e, body)) {
                continue;
            }
            boolean furniture = FURNITURE_TAGS.contains(e.normalName()) || hasHidingClass(e)
                    || (ClassHints.namesJunk(e) && !isStoryElement(e));
            if (furniture && (!mass.holdsShare(e, KEEP_SHARE) || ClassHints.namesNeverStory(e))) {
                e.remove();
            }
        }
    }

    /** {@code <article>} and {@code <main>} say what they are; their class lists often carry taxonomy words. */
    private static boolean isStoryElement(Element e) {
        return e.normalName().equals("article") || e.normalName().equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            // aria-hidden also marks decorative copies of visible text; only drop it when small
            return !e.hasAttr("aria-hidden") || e.text().length() < 200;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private static boolean hasHidingClass(Element e) {
        for (String c : e.classNames()) {
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAttached(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }
}
