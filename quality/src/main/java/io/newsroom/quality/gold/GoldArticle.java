package io.newsroom.quality.gold;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One article as an editor would list it. Either {@code body} (the full clean text, paragraphs
 * separated by a blank line) or snippets: {@code bodyStart} and {@code bodyEnd} (the first and last
 * characters of the clean body) and optionally {@code bodyContains} (passages that must be inside,
 * such as section headings). Snippets let us annotate a page whose text we may not copy.
 *
 * @param titleAlternatives other readings of an ambiguous headline that also count as right
 * @param entities what a reader tags in the article, or null when not annotated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GoldArticle(
        String kicker,
        String title,
        List<String> titleAlternatives,
        String subtitle,
        List<String> authors,
        String body,
        String bodyStart,
        String bodyEnd,
        List<String> bodyContains,
        List<String> jumps,
        GoldEntities entities,
        String note) {

    public GoldArticle {
        titleAlternatives = titleAlternatives == null ? List.of() : List.copyOf(titleAlternatives);
        authors = authors == null ? List.of() : List.copyOf(authors);
        bodyContains = bodyContains == null ? List.of() : List.copyOf(bodyContains);
        jumps = jumps == null ? List.of() : List.copyOf(jumps);
    }

    /** A full-text gold article, as the page composer writes them. */
    public static GoldArticle full(String kicker, String title, String subtitle, List<String> authors, String body, List<String> jumps) {
        return new GoldArticle(kicker, title, null, subtitle, authors, body, null, null, null, jumps, null, null);
    }

    public boolean hasFullBody() {
        return body != null && !body.isBlank();
    }
}
