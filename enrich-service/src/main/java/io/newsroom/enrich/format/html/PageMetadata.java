package io.newsroom.enrich.format.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page's markup says about its article, before looking at the visible text.
 *
 * @param title the headline, or null
 * @param authors author names, in the page's order
 * @param publishedDate the publication date, or null
 * @param publication the site or paper, or null
 * @param articleBody the body a JSON-LD block declares, or null
 * @param language the declared language (BCP 47), or null
 */
public record PageMetadata(String title, List<String> authors, LocalDate publishedDate, String publication,
        String articleBody, String language) {

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
