package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.HanLP;

import io.newsroom.enrich.pipeline.ArticleDraft;

/** End to end over synthetic articles written for these tests. */
class ArticleTaggerTest {

    static final String CHINESE = """
            株洲日报讯（全媒体记者/王小川） 近日，市委副书记聂方红来到石峰区先锋社区，看望困难老人，并走访了株洲新奥燃气有限公司。

            聂方红详细了解了燃气安全管理、瓶装燃气配送和社区服务情况。她要求，燃气企业要落实安全生产责任，做好春节期间的燃气供应和安全检查。

            株洲新奥燃气有限公司负责人介绍，公司春节期间营业网点照常营业，燃气用户还可以通过微信公众号缴费。市住建局将加强燃气行业监管。
            """;

    static final String ENGLISH = """
            By Jane Doe

            BERLIN (Reuters) - Germany's Ministry of Finance said on Tuesday that Chancellor Anna Weber would present the budget to parliament next week, as inflation eased and investors welcomed lower energy prices.

            Weber told reporters that the budget would cut taxes for small companies. Siemens Energy Inc. and the Bundesbank welcomed the plan.
            """;

    private final ArticleTagger tagger = new ArticleTagger();

    private static ArticleDraft draft(String title, String body, List<String> authors) {
        return new ArticleDraft(null, title, null, authors, null, body, null, List.of(), null);
    }

    @Test
    void tagsAChineseArticle() {
        Tags tags = tagger.tag(draft("市领导走访慰问燃气企业和社区群众", CHINESE, List.of("王小川")));
        assertEquals("zh", tags.language());
        assertEquals("王小川", tags.entities().persons().get(0));
        assertTrue(tags.entities().persons().contains("聂方红"), tags.toString());
        assertTrue(tags.entities().organizations().contains("株洲新奥燃气有限公司"), tags.toString());
        assertTrue(tags.entities().places().contains("石峰区"), tags.toString());
        assertKeywordsAreMeaningful(tags.keywords());
        assertTrue(tags.categories().size() >= 1 && tags.categories().size() <= 2);
        assertTrue(tags.summary().startsWith("近日，市委副书记聂方红"), tags.summary());
    }

    @Test
    void tagsATraditionalChineseArticleAndReportsNamesAsPrinted() {
        String traditional = HanLP.convertToTraditionalChinese(CHINESE);
        String title = HanLP.convertToTraditionalChinese("市领导走访慰问燃气企业和社区群众");
        Tags tags = tagger.tag(draft(title, traditional, List.of("王小川")));
        assertEquals("zh", tags.language());
        assertTrue(tags.entities().persons().contains("聶方紅"), tags.toString());
        assertTrue(tags.entities().organizations().contains("株洲新奧燃氣有限公司"), tags.toString());
        assertTrue(tags.entities().places().contains(HanLP.convertToTraditionalChinese("石峰区")), tags.toString());
        assertKeywordsAreMeaningful(tags.keywords());
        for (String keyword : tags.keywords()) {
            assertTrue((title + traditional).contains(keyword), keyword + " is not printed in the article");
        }
        assertTrue(tags.summary().startsWith("近日，市委副書記聶方紅"), tags.summary()); // the byline is no summary, in either script
    }

    @Test
    void tagsAnEnglishArticle() {
        Tags tags = tagger.tag(draft("Budget to cut taxes", ENGLISH, List.of("Jane Doe")));
        assertEquals("en", tags.language());
        assertTrue(tags.entities().persons().containsAll(List.of("Jane Doe", "Anna Weber")), tags.toString());
        assertTrue(tags.entities().places().contains("Germany"), tags.toString());
        assertTrue(tags.entities().organizations().contains("Ministry of Finance"), tags.toString());
        assertKeywordsAreMeaningful(tags.keywords());
        assertTrue(tags.categories().contains("economy"), tags.categories().toString());
        assertTrue(tags.summary().startsWith("Germany's Ministry of Finance said on Tuesday"), tags.summary());
    }

    @Test
    void russianAndIndonesianKeywordsAreNoFunctionWords() {
        Tags russian = tagger.tag(draft("Новый мост в городе", "Городской совет сказал, что новый мост через реку откроют для машин "
                + "до конца года. Мост строили три года, и это был самый большой мост в городе. Совет также сказал, что мост "
                + "будет открыт для пешеходов. Строители говорят, что мост очень прочный и что он простоит сто лет.", List.of()));
        Tags indonesian = tagger.tag(draft("Jembatan baru di kota", "Dewan kota mengatakan bahwa jembatan yang baru akan dibuka "
                + "untuk kendaraan sebelum akhir tahun. Jembatan itu dibangun selama tiga tahun dan merupakan jembatan terbesar di "
                + "kota ini. Dewan juga mengatakan bahwa jembatan tersebut akan dibuka untuk pejalan kaki.", List.of()));
        assertEquals("ru", russian.language());
        assertEquals("id", indonesian.language());
        assertTrue(russian.keywords().stream().anyMatch(k -> k.contains("мост")), russian.keywords().toString());
        assertTrue(indonesian.keywords().stream().anyMatch(k -> k.contains("jembatan")), indonesian.keywords().toString());
        for (String keyword : russian.keywords()) {
            assertFalse(LanguageDetector.stopWords("ru").contains(keyword), russian.keywords().toString());
        }
        for (String keyword : indonesian.keywords()) {
            assertFalse(LanguageDetector.stopWords("id").contains(keyword), indonesian.keywords().toString());
        }
        assertFalse(russian.keywords().contains("что") || indonesian.keywords().contains("yang"));
    }

    @Test
    void japaneseKeywordsAreRunsOfKanjiAndKatakana() {
        Tags japanese = tagger.tag(draft("新しい橋の開通", "市議会は月曜日、新しい橋が年末までに開通すると発表した。"
                + "橋の建設には三年かかり、市内で最も大きい橋となる。市議会によると、新しい橋にはサイクリングロードも"
                + "設けられ、サイクリングロードは歩行者も利用できる。建設会社は、橋の安全検査を来月行うと話した。", List.of()));
        assertEquals("ja", japanese.language());
        assertTrue(japanese.keywords().containsAll(List.of("市議会", "サイクリングロード")), japanese.keywords().toString());
        assertTrue(japanese.keywords().size() >= KeywordExtractor.MIN, japanese.keywords().toString());
        for (String keyword : japanese.keywords()) {
            assertTrue(keyword.codePointCount(0, keyword.length()) >= 2, keyword);
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        Tags expected = tagger.tag(draft(null, CHINESE, List.of()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Tags>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> tagger.tag(draft(null, CHINESE, List.of()))));
            }
            for (Future<Tags> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void assertKeywordsAreMeaningful(List<String> keywords) {
        assertTrue(keywords.size() >= KeywordExtractor.MIN && keywords.size() <= KeywordExtractor.MAX, keywords.toString());
        for (String keyword : keywords) {
            assertTrue(keyword.codePointCount(0, keyword.length()) >= 2, keyword);
            assertFalse(Lexicon.words("stopwords-zh.txt").contains(keyword), keyword);
            assertFalse(KeywordExtractor.englishStopWords().contains(keyword.toLowerCase()), keyword);
        }
    }
}
