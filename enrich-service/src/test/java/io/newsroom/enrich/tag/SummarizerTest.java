package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    @Test
    void skipsBylineAndDatelineOfAChineseArticle() {
        String body = "本报记者 张三\n\n株洲日报讯（全媒体记者/王五 赵六） 近日，我市新建的三座城市公园正式向市民免费开放，周末吸引了大批游客前来游玩。公园总面积达二十公顷。";
        assertEquals("近日，我市新建的三座城市公园正式向市民免费开放，周末吸引了大批游客前来游玩。", summarizer.summarize(body, true));
    }

    @Test
    void addsASecondSentenceWhenTheFirstIsShort() {
        String body = "新华社北京11月3日电 会议今天开幕。来自全国各地的三百多名代表参加了会议，共商合作大计。";
        assertEquals("会议今天开幕。来自全国各地的三百多名代表参加了会议，共商合作大计。", summarizer.summarize(body, true));
    }

    @Test
    void skipsHeadingsAndCapsLength() {
        String longSentence = "这是一个很长的句子，" + "内容反复出现，".repeat(40) + "最后结束。";
        String summary = summarizer.summarize("小标题\n" + longSentence, true);
        assertTrue(summary.length() <= Summarizer.MAX_CHINESE + 1, summary);
        assertTrue(summary.startsWith("这是一个很长的句子"), summary);
        assertTrue(summary.endsWith("…"), summary);
    }

    @Test
    void englishDatelineAndBylineAreSkipped() {
        String body = "By Jane Doe\n\nLONDON (Reuters) - The Bank of England raised interest rates on Thursday for the first time in three years. Markets fell.";
        assertEquals("The Bank of England raised interest rates on Thursday for the first time in three years.", summarizer.summarize(body, false));
    }

    @Test
    void aFeatureOpeningOnQuotedSpeechIsSummedUpByItsFirstReportingParagraph() {
        String body = "“师傅，今天的菜怎么卖？”“青菜两块五一斤，都是早上刚摘的。”\n\n"
                + "清晨六点，城东农贸市场已经人头攒动。今年以来，市里改造了十二个农贸市场，居民买菜更方便了。";
        assertEquals("清晨六点，城东农贸市场已经人头攒动。今年以来，市里改造了十二个农贸市场，居民买菜更方便了。",
                summarizer.summarize(body, true));
    }

    @Test
    void quotedSpeechIsTheSummaryWhenNothingElseReports() {
        String body = "“师傅，今天的菜怎么卖？”“青菜两块五一斤，都是早上刚摘的。”";
        assertEquals("“师傅，今天的菜怎么卖？”", summarizer.summarize(body, true));
        assertTrue(!Summarizer.isDialogue("他说：“今年的收成比去年好，村里人的日子越过越红火。”记者在村里看到，家家户户都在忙着晾晒稻谷。"));
    }

    @Test
    void anEnglishDatelineWithItsDateIsSkipped() {
        String body = "HARTVILLE, May 9 — The county opened its new library on Saturday after two years of building work.";
        assertEquals("The county opened its new library on Saturday after two years of building work.", summarizer.summarize(body, false));
    }
}
