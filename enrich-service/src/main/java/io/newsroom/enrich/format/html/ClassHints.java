package io.newsroom.enrich.format.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it: page
 * templates name their parts ("article-body", "share-bar", "comments"), which is the strongest hint
 * we have about which part of a page is the story.
 *
 * <p>Names are cut into words (on punctuation and camelCase) and matched word by word, so that
 * "shared-content" is not mistaken for a share widget while "shareBar" is.
 */
public final class ClassHints {

    /** Words that name page furniture: never part of the story. */
    private static final Set<String> JUNK = Set.of(
            "comment", "comments", "disqus", "respond", "reply", "replies",
            "share", "sharing", "shares", "social", "sociallinks", "sharebar", "sharetools",
            "related", "recommended", "recommendations", "recirc", "recirculation", "outbrain", "taboola",
            "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "adslot", "adunit",
            "dfp", "gpt", "sponsor", "sponsored", "banner",
            "newsletter", "subscribe", "subscription", "signup", "paywall", "regwall",
            "sidebar", "widget", "widgets", "rail", "footer", "nav", "navbar", "navigation", "menu", "masthead",
            "breadcrumb", "breadcrumbs", "popup", "modal", "overlay", "cookie", "cookies", "consent", "gdpr",
            "toolbar", "pagination", "pager", "trending", "popular", "mostread", "moreon",
            "caption", "figcaption", "credit", "credits", "tags", "taglist", "topics", "keywords",
            "print", "skip", "invisible", "visuallyhidden", "screenreader", "offscreen",
            "author", "byline", "bio", "dateline", "timestamp", "meta");

    /** Words that name furniture which can be large, yet never holds the story (consent dialogs, comment threads). */
    private static final Set<String> NEVER_STORY = Set.of(
            "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "modal", "popup", "newsletter",
            "outbrain", "taboola", "breadcrumb", "breadcrumbs", "navbar", "navigation");

    /** Words that name the story container. */
    private static final Set<String> STORY = Set.of(
            "article", "articlebody", "articletext", "body", "content", "entry", "entrycontent", "main",
            "post", "postbody", "postcontent", "story", "storybody", "storytext", "text", "blog", "hentry",
            "prose", "richtext", "news", "detail", "maincontent", "copy");

    private ClassHints() {
    }

    /** Lower-case words of the element's naming attributes. */
    public static List<String> words(Element e) {
        List<String> words = new ArrayList<>();
        split(e.className(), words);
        split(e.id(), words);
        split(e.attr("role"), words);
        split(e.attr("itemprop"), words);
        return words;
    }

    /** True when the element is named as page furniture. */
    public static boolean namesJunk(Element e) {
        for (String w : words(e)) {
            if (JUNK.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the element is named as furniture that can never hold the story, whatever its size,
     * and not also as a story ("article modal-enabled" is a story that can open a dialog).
     */
    public static boolean namesNeverStory(Element e) {
        boolean never = false;
        for (String w : words(e)) {
            if (STORY.contains(w)) {
                return false;
            }
            never |= NEVER_STORY.contains(w);
        }
        return never;
    }

    /**
     * A weight for content scoring: above 1 for elements named like a story container, below 1 for
     * furniture. A name carrying both ("article-related") counts as furniture.
     */
    public static double weight(Element e) {
        boolean story = false;
        for (String w : words(e)) {
            if (JUNK.contains(w)) {
                return 0.6;
            }
            story |= STORY.contains(w);
        }
        return story ? 1.25 : 1.0;
    }

    static void split(String name, List<String> into) {
        if (name == null || name.isEmpty()) {
            return;
        }
        for (String chunk : name.split("[^\\p{L}\\p{N}]+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            into.add(chunk.toLowerCase(Locale.ROOT));
            // camelCase chunks also count by their parts: "shareBar" is "share" + "bar"
            int from = 0;
            for (int i = 1; i < chunk.length(); i++) {
                if (Character.isUpperCase(chunk.charAt(i)) && Character.isLowerCase(chunk.charAt(i - 1))) {
                    into.add(chunk.substring(from, i).toLowerCase(Locale.ROOT));
                    from = i;
                }
            }
            if (from > 0) {
                into.add(chunk.substring(from).toLowerCase(Locale.ROOT));
            }
        }
    }
}
