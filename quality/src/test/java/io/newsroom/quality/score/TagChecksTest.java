package io.newsroom.quality.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TagChecksTest {

    private static final Set<String> TAXONOMY = Set.of("economy", "society", "culture");

    @Test
    void countsWhatEveryArticlesTagsMustSatisfy() {
        TagChecks checks = new TagChecks(TAXONOMY, Set.of("的", "the")::contains);
        String text = "青山镇举办茶叶节\n\n青山镇第三届茶叶节昨天开幕，茶农在集市上出售新茶。游客品尝了绿茶。";
        checks.add("zh", text, "zh", List.of("茶叶节", "青山镇", "茶农", "集市", "绿茶"), List.of("economy", "culture"),
                "青山镇第三届茶叶节昨天开幕，茶农在集市上出售新茶。");
        checks.add("zh", text, "ja", List.of("茶", "的", "红茶", "茶叶节"), List.of("economy", "culture", "society"),
                "青山镇举办茶叶节。游客品尝了绿茶。又一句。");

        assertEquals(2, checks.articles());
        assertEquals(0.5, checks.languageAccuracy());
        assertEquals(0.5, checks.keywordCountInRange());
        assertEquals(4.5, checks.keywordsPerArticle());
        assertEquals(2.0 / 9, checks.singleCharacterKeywords(), 1e-9);
        assertEquals(1.0 / 9, checks.stopWordKeywords(), 1e-9);
        assertEquals(7.0 / 9, checks.keywordsInText(), 1e-9); // 的 and 红茶 are not in the text
        assertEquals(0.5, checks.categoriesValid());
        assertEquals(0.5, checks.summariesOfOneOrTwoSentences());
        assertEquals(0.5, checks.summariesFromText()); // the second one was stitched together
    }

    @Test
    void comparesWithTheTextAsPrintedNotAsWrappedAndForgivesTheCapsEllipsis() {
        TagChecks checks = new TagChecks(TAXONOMY, w -> false);
        checks.add("en", "The Mill Street bridge\nreopens on Monday, the council said, after repairs.", "en",
                List.of("Mill Street", "bridge", "council", "repairs", "Monday"), List.of("society"),
                "The Mill Street bridge reopens on Monday, the council said,…");
        assertEquals(1.0, checks.keywordsInText());
        assertEquals(1.0, checks.summariesFromText());
        assertEquals(1.0, checks.summariesOfOneOrTwoSentences());
    }

    @Test
    void countsSentencesByTheirEnds() {
        assertEquals(1, TagChecks.sentences("他说：“我们明天出发。”"));
        assertEquals(2, TagChecks.sentences("会议召开。代表发言"));
        assertEquals(2, TagChecks.sentences("The bridge reopens. Traffic resumes on Monday."));
        assertEquals(1, TagChecks.sentences("Costs rose 3.5 percent in May."));
    }
}
