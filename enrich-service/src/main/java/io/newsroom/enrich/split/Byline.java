package io.newsroom.enrich.split;

import java.util.List;

/**
 * A byline as printed and what it says.
 *
 * @param text the byline as printed
 * @param authors the people (or desk, such as 本报编辑部) who wrote the article
 * @param publication the paper named in the byline (株洲日报), or null for 本报 and none
 */
public record Byline(String text, List<String> authors, String publication) {

    public Byline {
        authors = List.copyOf(authors);
    }
}
