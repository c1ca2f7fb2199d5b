package io.newsroom.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The value of {@link Topics#ARTICLES}: one article split out of a page, cleaned and tagged.
 *
 * @param id stable id: see {@link Ids#article(String, int)}; also the record key
 * @param pageId the page the article was found on
 * @param sourceFile the name of the file the page came from
 * @param position the article's place on the page, counting from 0
 * @param publication the newspaper or site, when the page says it (for example 株洲日报)
 * @param kicker the line printed above the title (引题), when there is one
 * @param title the headline
 * @param subtitle the line printed below the title, when there is one
 * @param authors people named in the byline
 * @param body clean text, paragraphs separated by one blank line
 * @param language ISO 639-1 code
 * @param publishedDate the date printed on the page or in the markup, else the date in the file's name
 *                      ({@code …-2025-01-27.txt}), when known
 * @param entities people, places and organisations named in the article
 * @param keywords 5 to 10 meaningful words or phrases
 * @param categories one or two names from the fixed taxonomy (see the README)
 * @param summary one or two sentences taken from the article
 * @param jumps continuation markers removed from the text (for example 下转第二版)
 * @param ingestedAt when the page was picked up by ingest-service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String pageId,
        String sourceFile,
        int position,
        String publication,
        String kicker,
        String title,
        String subtitle,
        List<String> authors,
        String body,
        String language,
        LocalDate publishedDate,
        Entities entities,
        List<String> keywords,
        List<String> categories,
        String summary,
        List<String> jumps,
        Instant ingestedAt) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        entities = entities == null ? Entities.none() : entities;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        categories = categories == null ? List.of() : List.copyOf(categories);
        jumps = jumps == null ? List.of() : List.copyOf(jumps);
    }
}
