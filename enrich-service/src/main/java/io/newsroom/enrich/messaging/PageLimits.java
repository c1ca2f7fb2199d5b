package io.newsroom.enrich.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.jsoup.Jsoup;

import io.newsroom.contract.RawPage;
import io.newsroom.enrich.pipeline.UnprocessablePageException;

/**
 * What the service agrees to enrich. A newspaper page is some tens of thousands of characters; a
 * text far beyond that (a whole book, a log file, one line of 10 MB) is not a page, and would hold
 * the partition for minutes: it is refused with the reason and goes to the dead-letter topic, and
 * the pages behind it go on. HTML is measured by the text it holds once the markup is gone (a real
 * article page runs to megabytes of scripts and styles); PDFs have their own limits in the PDF reader.
 */
@ApplicationScoped
public class PageLimits {

    @ConfigProperty(name = "newsroom.enrich.max-page-chars")
    int maxPageChars;

    public void check(RawPage page) throws UnprocessablePageException {
        if (page.text() == null || page.text().length() <= maxPageChars) {
            return;
        }
        int length = RawPage.TEXT_HTML.equals(page.contentType()) ? Jsoup.parse(page.text()).text().length() : page.text().length();
        if (length > maxPageChars) {
            throw new UnprocessablePageException("page text has " + length + " characters, the limit is "
                    + maxPageChars + " (newsroom.enrich.max-page-chars, env NEWSROOM_ENRICH_MAX_PAGE_CHARS): "
                    + "not a page; split it into pages");
        }
    }
}
