package io.newsroom.enrich.format.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The article object of a page's JSON-LD blocks (schema.org NewsArticle and kin), found at the top
 * level, in an array, or in an {@code @graph}. Broken JSON is skipped: many pages ship some.
 */
public final class JsonLdArticle {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "SocialMediaPosting",
            "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle");

    private final JsonNode article;

    private JsonLdArticle(JsonNode article) {
        this.article = article;
    }

    /** The page's article object, or null when it declares none. */
    public static JsonLdArticle find(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                JsonNode found = findArticle(MAPPER.readTree(json), 0);
                if (found != null) {
                    return new JsonLdArticle(found);
                }
            } catch (JsonProcessingException e) {
                // a malformed block says nothing; the next one may
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
            return findArticle(graph, depth + 1);
        }
        // a WebPage whose mainEntity is the article
        return findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        int slash = name.lastIndexOf('/');
        return ARTICLE_TYPES.contains(slash >= 0 ? name.substring(slash + 1) : name);
    }

    public String headline() {
        return text(article.get("headline"), article.get("name"));
    }

    public String datePublished() {
        return text(article.get("datePublished"), article.get("dateCreated"));
    }

    public String publisher() {
        JsonNode publisher = article.get("publisher");
        if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
            publisher = publisher.get(0);
        }
        return publisher == null ? null : publisher.isObject() ? text(publisher.get("name")) : text(publisher);
    }

    public String articleBody() {
        return text(article.get("articleBody"));
    }

    /** Author names: a string, a Person/Organization object, or an array of either. */
    public List<String> authors() {
        List<String> names = new ArrayList<>();
        collectAuthors(article.get("author"), names);
        if (names.isEmpty()) {
            collectAuthors(article.get("creator"), names);
        }
        return names;
    }

    private static void collectAuthors(JsonNode author, List<String> into) {
        if (author == null || author.isNull()) {
            return;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                collectAuthors(a, into);
            }
        } else if (author.isObject()) {
            AuthorNames.addAll(into, AuthorNames.fromByline(text(author.get("name"))));
        } else {
            AuthorNames.addAll(into, AuthorNames.fromByline(author.asText()));
        }
    }

    private static String text(JsonNode... candidates) {
        for (JsonNode n : candidates) {
            if (n == null || n.isNull()) {
                continue;
            }
            if (n.isArray() && !n.isEmpty()) {
                n = n.get(0);
            }
            if (n.isValueNode()) {
                String s = n.asText().strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }
}
