package io.newsroom.enrich.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as found on a page, before tagging: what the format readers and the page splitter
 * hand to the tagger.
 *
 * @param kicker the line above the title (引题), or null
 * @param title the headline, or null when the page does not show one
 * @param subtitle the line below the title, or null
 * @param authors names parsed from the byline
 * @param publication the paper or site named on the page or in the markup, or null
 * @param body clean text, paragraphs separated by one blank line
 * @param publishedDate a date printed with the article or in the markup, or null
 * @param jumps continuation markers removed from the text (上接1版, 下转第二版...)
 * @param languageHint a language the source declares (HTML {@code lang}), or null
 */
public record ArticleDraft(
        String kicker,
        String title,
        String subtitle,
        List<String> authors,
        String publication,
        String body,
        LocalDate publishedDate,
        List<String> jumps,
        String languageHint) {

    public ArticleDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        jumps = jumps == null ? List.of() : List.copyOf(jumps);
    }
}
