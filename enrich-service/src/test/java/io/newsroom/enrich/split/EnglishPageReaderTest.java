package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.clean.PageLine;
import io.newsroom.enrich.clean.PageLineReader;
import io.newsroom.enrich.pipeline.ArticleDraft;

class EnglishPageReaderTest {

    private final PageSplitter splitter = new PageSplitter();

    private static final String FERRY = "The harbor authority said on Monday that ferry fares will rise by a quarter in June, "
            + "the first increase in six years, as fuel for the ferry fleet has doubled in price.";
    private static final String FERRY_MORE = "Riders who take the ferry to work every day said the harbor authority had not asked "
            + "them before it set the new fares, and the fleet's oldest ferry still breaks down each winter.";
    private static final String FERRY_SECTION = "The authority's ferry fleet is the oldest on the coast, and the harbor board "
            + "wants the new fares to pay for two ferry hulls before the winter storms.";
    private static final String ORCHARD = "Students at an orchard school in the valley planted four hundred apple trees this "
            + "spring with growers from three nearby farms, who lent them ladders, spades and a tractor.";
    private static final String ORCHARD_MORE = "The growers will pick the first apples with the students in two years and sell "
            + "them at the valley market to buy books for the school library.";

    @Test
    void aHeadlineOverABylineOpensAnArticleWithNoBlankLinesAnywhere() {
        String page = wrap("Ferry fares to rise in June", 60) + "By Lena Brooks\n" + wrap(FERRY, 60) + wrap(FERRY_MORE, 60)
                + wrap("Pupils plant an orchard", 60) + "By Tom Reyes\n" + wrap(ORCHARD, 60) + wrap(ORCHARD_MORE, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", "Pupils plant an orchard"), articles.stream().map(ArticleDraft::title).toList());
        assertEquals(List.of("Lena Brooks"), articles.get(0).authors());
        assertEquals(FERRY + "\n\n" + FERRY_MORE, articles.get(0).body(), "a paragraph ends where the next word would have fitted");
        assertEquals(List.of("Tom Reyes"), articles.get(1).authors());
    }

    @Test
    void aHeadlineOnANewSubjectOpensAnArticleWithoutAByline() {
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(FERRY, 60) + "\n" + wrap(FERRY_MORE, 60) + "\n"
                + wrap("Valley pupils plant four hundred apple trees", 60) + "\n" + wrap(ORCHARD, 60) + "\n" + wrap(ORCHARD_MORE, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), PageSplitterTest.titles(articles));
        assertEquals("Valley pupils plant four hundred apple trees", articles.get(1).title());
    }

    @Test
    void aHeadlineOnANewSubjectOpensAnArticleThoughALongArticleAboveUsedAWordOfItEarlyOn() {
        String cafe = "The ferry cafe on the pier sells apple pies and coffee to riders waiting for the morning boat.";
        String winter = "Last winter the harbor authority cancelled ferry crossings on nineteen days when gales closed the "
                + "channel, and riders drove the long road around the bay instead, an hour each way in heavy traffic.";
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(cafe, 60) + "\n" + wrap(FERRY, 60) + "\n"
                + wrap(FERRY_MORE, 60) + "\n" + wrap(FERRY_SECTION, 60) + "\n" + wrap(winter, 60) + "\n"
                + wrap("Valley pupils plant four hundred apple trees", 60) + "\n" + wrap(ORCHARD, 60) + "\n" + wrap(ORCHARD_MORE, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", "Valley pupils plant four hundred apple trees"),
                articles.stream().map(ArticleDraft::title).toList(), "apple only in the first paragraph, far above the headline");
    }

    @Test
    void aHeadlineOnANewSubjectOpensAnArticleThoughAVeryLongArticleAboveOpenedOnItsWords() {
        // the ferry story opens on its cafe's apples and pupils, then runs on for a thousand words on the ferry alone
        String opening = "The ferry cafe sells apple pies baked by valley pupils, students of the orchard school, who "
                + "planted trees with local growers and sell the fruit to buy library books every spring at the market.";
        StringBuilder page = new StringBuilder(wrap("Ferry fares to rise in June", 60) + "\n" + wrap(opening, 60) + "\n");
        for (int k = 0; k < 30; k++) {
            page.append(wrap(k % 2 == 0 ? FERRY_MORE : FERRY_SECTION, 60)).append('\n');
        }
        page.append(wrap("Valley pupils plant four hundred apple trees", 60)).append('\n').append(wrap(ORCHARD, 60)).append('\n')
                .append(wrap(ORCHARD_MORE, 60));
        List<ArticleDraft> articles = splitter.split(page.toString());
        assertEquals(List.of("Ferry fares to rise in June", "Valley pupils plant four hundred apple trees"),
                articles.stream().map(ArticleDraft::title).toList(), "the headline is weighed against the text right above it");
    }

    @Test
    void aHeadlineRunOnUnderAFullLastLineIsToldWhereNoBlankLineSetsItApart() {
        String page = wrap("Ferry fares to rise in June", 60) + wrap(FERRY, 60)
                + "Riders who take the ferry to work every day said the harbor\n"
                + "authority had not asked them before it set the new fares.\n"
                + "Valley pupils plant four hundred apple trees\n" + wrap(ORCHARD, 60) + wrap(ORCHARD_MORE, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", "Valley pupils plant four hundred apple trees"),
                articles.stream().map(ArticleDraft::title).toList(), "the full line over the headline left its first word no room");
        assertTrue(articles.get(0).body().endsWith("set the new fares."));
    }

    @Test
    void aSectionHeadingOnTheSameSubjectStaysInItsArticle() {
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(FERRY, 60) + "\n" + wrap(FERRY_MORE, 60) + "\n"
                + wrap("What the new ferry fares will pay for", 60) + "\n" + wrap(FERRY_SECTION, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), PageSplitterTest.titles(articles));
        assertTrue(articles.get(0).body().contains("What the new ferry fares will pay for\n\n"));
    }

    @Test
    void aShortHeadlineInTitleCaseOpensAnArticleThoughAWordOfItWasUsedAbove() {
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(FERRY, 60) + "\n" + wrap(FERRY_MORE, 60) + "\n"
                + wrap("Harbor Pupils Plant an Orchard", 60) + "\n" + wrap(ORCHARD, 60) + "\n" + wrap(ORCHARD_MORE, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", "Harbor Pupils Plant an Orchard"),
                articles.stream().map(ArticleDraft::title).toList(), "five words, harbor used above: title case tells a headline");
    }

    @Test
    void aSectionHeadingInTitleCaseOnTheSameSubjectStaysInItsArticle() {
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(FERRY, 60) + "\n" + wrap(FERRY_MORE, 60) + "\n"
                + wrap("What the Ferry Fares Pay For", 60) + "\n" + wrap(FERRY_SECTION, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), PageSplitterTest.titles(articles));
    }

    @Test
    void aHeadlineOfFourLinesInANarrowColumnOverABylineOpensAnArticle() {
        String headline = "Valley pupils and three farms plant four hundred apple trees for the school library";
        String page = wrap("Ferry fares to rise in June", 24) + "By Lena Brooks\n" + wrap(FERRY, 24) + wrap(headline, 24)
                + "By Tom Reyes\n" + wrap(ORCHARD, 24);
        assertEquals(4, wrap(headline, 24).split("\n").length);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", headline), articles.stream().map(ArticleDraft::title).toList());
        assertEquals(FERRY, articles.get(0).body());
    }

    @Test
    void aLineSetApartByBlankLinesIsAHeadlineWhereParagraphsAreNot() {
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(FERRY, 60) + wrap(FERRY_MORE, 60) + "\n"
                + wrap("Pupils plant an orchard", 60) + "\n" + wrap(ORCHARD, 60) + wrap(ORCHARD_MORE, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", "Pupils plant an orchard"), articles.stream().map(ArticleDraft::title).toList(),
                "a short headline of four words, no byline: only the blank lines tell");
    }

    @Test
    void aHeadlineOverADatelineOpensANewsItem() {
        String page = wrap("Ferry fares to rise in June", 60) + wrap("DUNMORE, Ohio (AP) — " + FERRY, 60) + wrap(FERRY_MORE, 60)
                + wrap("Orchard planted", 60) + wrap("RIVERTON — " + ORCHARD, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(List.of("Ferry fares to rise in June", "Orchard planted"), articles.stream().map(ArticleDraft::title).toList(),
                "two words, no byline, no blank line: the dateline under it tells");
    }

    @Test
    void theFurnitureAtThePagesHeadGivesItsDateAndPaper() {
        String page = "THE DUNMORE HERALD\nTuesday, March 5, 2024\nPage A3\n\n" + wrap("Ferry fares to rise in June", 60) + "By Lena Brooks\n"
                + wrap(FERRY, 60);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), PageSplitterTest.titles(articles));
        assertEquals("Ferry fares to rise in June", articles.get(0).title());
        assertEquals(java.time.LocalDate.of(2024, 3, 5), articles.get(0).publishedDate());
        assertEquals("THE DUNMORE HERALD", articles.get(0).publication());
        assertEquals(FERRY, articles.get(0).body());
    }

    @Test
    void aListItemIsNoHeadline() {
        String page = wrap("Ferry fares to rise in June", 60) + "\n" + wrap(FERRY, 60) + "\n"
                + wrap("2. Valley pupils plant four hundred apple trees", 60) + "\n" + wrap(ORCHARD, 60) + "\n" + wrap(ORCHARD_MORE, 60);
        assertEquals(1, splitter.split(page).size());
    }

    @Test
    void aPageWithABlankLineAfterEveryLineRejoinsItsParagraphs() {
        String page = (wrap("Ferry fares to rise in June", 50) + "By Lena Brooks\n" + wrap(FERRY, 50) + wrap(FERRY_MORE, 50))
                .replace("\n", "\n\n");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(FERRY + "\n\n" + FERRY_MORE, articles.get(0).body());
    }

    @Test
    void aLineOfTextOpeningWithByIsNoByline() {
        String page = "Ferry fares to rise in June\n\nRiders can send their views on the new fares to the harbor\nby email.\n";
        ArticleDraft article = splitter.split(page).get(0);
        assertEquals(List.of(), article.authors());
        assertTrue(article.body().endsWith("harbor by email."));
    }

    @Test
    void latinPagesAreTold() {
        assertTrue(EnglishPageReader.isLatinPage(lines("Ferry fares to rise\n本报讯 one line\n")));
        assertFalse(EnglishPageReader.isLatinPage(lines("株洲日报讯（记者 张三）今年春运期间 G1234 次列车\n")));
    }

    private static List<PageLine> lines(String text) {
        return new PageLineReader().read(text).lines();
    }

    /** The text set in a column of the given width, as a justified column breaks it: between words, greedily. */
    static String wrap(String text, int column) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > column) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        return out.append(line).append('\n').toString();
    }
}
