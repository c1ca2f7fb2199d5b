package io.newsroom.enrich.split;

import static io.newsroom.enrich.split.PageSplitterTest.column;
import static io.newsroom.enrich.split.PageSplitterTest.doubled;
import static io.newsroom.enrich.split.PageSplitterTest.tight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.pipeline.ArticleDraft;

/** One rule of page layout per test, on short pages written for it. */
class PageLayoutRulesTest {

    private final PageSplitter splitter = new PageSplitter();

    private static final String RIVER_1 = "清晨的江边，环卫工人驾驶保洁船打捞水面漂浮物，沿岸步道干干净净，晨练的市民越来越多。";
    private static final String RIVER_2 = "河长制推行以来，这段江岸的排污口全部完成整治，水质常年稳定在二类以上，白鹭又飞回来了。";
    private static final String RIVER_3 = "区里还在沿江建起三座湿地公园，周末常有市民带着孩子来观鸟，江岸成了城市的后花园。";
    private static final String SCHOOL_1 = "新学期开学第一天，城南小学的新教学楼正式启用，宽敞明亮的教室里配齐了智慧黑板和护眼灯。";
    private static final String SCHOOL_2 = "学校还开设了陶艺、书法和无人机等二十多门兴趣课程，学生可以根据爱好自主选课。";
    private static final String FARM_1 = "走进村里的草莓大棚，一垄垄草莓红彤彤的，前来采摘的游客提着篮子穿行其间，笑声不断。";
    private static final String FARM_2 = "合作社负责人算了一笔账，今年草莓亩产比去年提高两成，采摘游又带动了农家乐的生意。";

    @Test
    void aBlankLineUnderAFinishedSentenceEndsTheParagraphHoweverFullItsLastLine() {
        // a page that sets blank lines only between paragraphs: the first paragraph's last line fills the column
        String first = "清晨的江边，环卫工人驾驶保洁船打捞水面漂浮物，沿岸步道干干净净。";
        assertEquals(0, first.length() % 16);
        String page = "江岸新颜\n" + tight(16, first) + "\n" + tight(16, RIVER_2) + "\n" + tight(16, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(List.of(first, RIVER_2, RIVER_3), List.of(articles.get(0).body().split("\n\n")));
    }

    @Test
    void aShortLineFinishingTheFirstParagraphUnderABylineEndsItThoughNoLinesAboveMeasureTheColumn() {
        // a two-line lead under the byline: only the lines under it tell how wide the column is
        String lead = "沿江步道今天全线贯通，市民从城东到城西一路走来，风光尽收眼底。";
        assertEquals(31, lead.length());
        String page = "江岸新颜\n本报记者 张三\n" + tight(16, lead, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(List.of(lead, RIVER_2, RIVER_3), List.of(articles.get(0).body().split("\n\n")));
    }

    @Test
    void aShortLineBetweenFinishedTextAndANewSentenceIsAParagraphOfItsOwn() {
        // a section heading in the body's type, short of the column but too wide to be read as a heading, on a page set
        // tight, its paragraphs' first lines as wide as the column: it is not the first line of the paragraph under it
        assertParagraphOfItsOwnBetweenParagraphs("夜校开到家门口农民学艺方便");
    }

    @Test
    void aLineWiderThanTheColumnBetweenFinishedTextAndANewSentenceIsAParagraphOfItsOwn() {
        // two characters wider than the column: no line of text runs past it, whether or not the page indents
        assertParagraphOfItsOwnBetweenParagraphs("沿江湿地公园建设带动周边乡村旅游发展");
    }

    /** The line set tight between two pairs of paragraphs of one article is a paragraph of its own there. */
    private void assertParagraphOfItsOwnBetweenParagraphs(String heading) {
        String page = "江岸新颜\n" + tight(16, RIVER_1, RIVER_3) + heading + "\n" + tight(16, RIVER_2, SCHOOL_1);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(List.of(RIVER_1, RIVER_3, heading, RIVER_2, SCHOOL_1), List.of(articles.get(0).body().split("\n\n")));
    }

    @Test
    void aNumberedHeadingOverAJumpMarkerIsASectionOfTheTextAbove() {
        // its section's text goes on on another page: the heading never heads the next article
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "三、加强沿江湿地保护\n\n（下转第八版）\n\n新学期新气象\n\n"
                + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertTrue(articles.get(0).body().endsWith("三、加强沿江湿地保护"), articles.get(0).body());
        assertNull(articles.get(1).kicker());
        assertEquals("新学期新气象", articles.get(1).title());
    }

    @Test
    void aParagraphEndsShortOfAColumnWhoseLinesHoldFullWidthQuotes() {
        // quotation marks take a full character's room in Chinese type: lines holding two of them are full at 16
        // characters, so the paragraph's last line, 15 characters without any, stops short of the column
        String page = "江岸新颜\n老人常说：“江水清了，鱼就回来”\n这几年，“河长制”落到实处，江边\n“绿色长廊”一天比一天长，游人如\n"
                + "织，江岸成了城市最美的后花园。\n新学期开学，城南小学“智慧教室”\n正式启用，“护眼灯”和智慧黑板配\n齐了，学生们说“上课更有意思”。\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(2, articles.get(0).body().split("\n\n").length, articles.get(0).body());
    }

    @Test
    void aDocumentsFullTitleTooLongForAHeadingOverItsDashedSubtitleHeadsIt() {
        // a title wider than the column and too long for a heading, no clause in it, over its dashed subtitle: a
        // document's full title set across the columns, not a line of text
        String title = "关于2019 年青石县城乡环境整治工作执行情况与 2020年青石县城乡环境整治工作计划草案的报告";
        String page = column(16, RIVER_1, RIVER_2, RIVER_3) + "◀◀上接三版\n\n" + title + "\n——在青石县第五届人民代表大会第二次会议上\n\n"
                + column(16, FARM_1, FARM_2, RIVER_1);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().anyMatch(a -> a.title() != null && title.replace(" ", "").equals(a.title().replace(" ", ""))),
                articles.stream().map(ArticleDraft::title).toList().toString());
    }

    @Test
    void aDatelineUnderAStandfirstThatEndsNoSentenceGoesOnWithTheSameNews() {
        // one paragraph under the headline, sentences in it but the last left open (a summary set as a standfirst), then
        // the dateline: the news the standfirst sums up, not another item
        String standfirst = "江岸是城市的门面，也是市民的后花园。要把治水和治岸结合起来，让江水更清、江岸更美，守护好一江碧水";
        String page = "青石县全力推进江岸整治\n\n" + column(16, standfirst,
                "本报青石5月6日电（记者王晓东）" + RIVER_1, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("青石县全力推进江岸整治", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("江岸是城市的门面"), articles.get(0).body());
    }

    @Test
    void aShortQuestionUnderAKickerClosedByADashIsItsTitle() {
        // a kicker handing over by a dash, then set tight under it a short question: the title, not a line of text
        String page = column(16, RIVER_1, RIVER_2) + "青石县草莓产业——\n草莓为啥这么甜？\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("青石县草莓产业——", articles.get(1).kicker());
        assertEquals("草莓为啥这么甜？", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"), articles.get(1).body());
    }

    @Test
    void aSpeakerUnderAColumnTitleHeadsTheFirstSpeechNotTheHeadline() {
        // the column's title, then who speaks by their role and their point: the first speech's heading, in the text
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "（本报记者王晓东）\n\n议民生·农业\n\n青石县农业农村局局长张大山委员\n\n"
                + "让草莓种出好收成\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertNull(articles.get(1).kicker());
        assertEquals("议民生·农业", articles.get(1).title());
        assertNull(articles.get(1).subtitle());
        assertTrue(articles.get(1).body().startsWith("青石县农业农村局局长张大山委员\n\n让草莓种出好收成\n\n走进村里"), articles.get(1).body());
    }

    @Test
    void linesOfFactsUnderATitleOpenTheText() {
        // when and where, each labelled (时间：…, 地点：…), under the title: a box of facts that opens the text
        String page = "“草莓红了，日子甜了”（田间观察）\n\n时间：5月6日上午\n\n地点：青石县草莓基地\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertNull(articles.get(0).kicker());
        assertEquals("“草莓红了，日子甜了”（田间观察）", articles.get(0).title());
        assertNull(articles.get(0).subtitle());
        assertTrue(articles.get(0).body().startsWith("时间：5月6日上午\n\n地点：青石县草莓基地\n\n走进村里"), articles.get(0).body());
    }

    @Test
    void aHeadlineLeftWithoutTextHeadsTheUntitledTextOpeningWithFacts() {
        // a headline read as an article of its own, no text under it, then untitled text opening with when and where
        Piece head = new Piece();
        head.headline.add("“草莓红了，日子甜了”（田间观察）");
        head.authors.add("王晓东");
        Piece text = new Piece();
        text.paragraphs.add("时间：5月6日上午");
        text.paragraphs.add(FARM_1);
        List<Piece> pieces = new java.util.ArrayList<>(List.of(head, text));
        HeadlineRepairs.headlinesOverFacts(pieces);
        assertEquals(1, pieces.size());
        assertEquals(List.of("“草莓红了，日子甜了”（田间观察）"), pieces.get(0).headline);
        assertEquals(List.of("王晓东"), pieces.get(0).authors);
        assertEquals("时间：5月6日上午", pieces.get(0).paragraphs.get(0));
    }

    @Test
    void aSignatureUnderAnEditorsNoteStaysInTheBody() {
        String page = "江岸新颜\n\n" + column(16, RIVER_1) + "——编者\n\n" + column(16, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("——编者"));
    }

    @Test
    void aBulletedBoxStaysInTheArticleItFollows() {
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "■记者手记\n\n护河\n\n护家\n\n" + column(16, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).body().contains("■记者手记"));
    }

    @Test
    void aCompilersCreditSignsTheTextAboveOff() {
        // the text right under the credit, no heading between, is another article; its headline comes after it
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "本报记者王小明整理\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "新校舍 新课堂\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals(List.of("王小明"), articles.get(0).authors());
        assertEquals("新校舍新课堂", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"));
    }

    @Test
    void aSourceLineWhoseNameWrapsOntoThePagesLastLineRunsOn() {
        // (a sponsored report signs off with where its figures come from, run on after its last sentence)
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "某某科技有限公司参与了江岸整治工\n\n程。数据来源：某某科技有限公\n\n司\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).body().endsWith("数据来源：某某科技有限公司"), articles.get(0).body());
    }

    @Test
    void aDocumentsFullTitleTooLongForAHeadingOverItsDashedSubtitleIsItsHeadline() {
        String title = "关于江城市二〇一九年城市建设和管理工作情况与二〇二〇年城市建设和管理工作计划的报告";
        String page = title + "\n\n——5月6日在江城市第十六届人民代表大会第四次会议上\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(title, articles.get(0).title());
        assertEquals("——5月6日在江城市第十六届人民代表大会第四次会议上", articles.get(0).subtitle());
        assertTrue(articles.get(0).body().startsWith("清晨的江边"));
    }

    @Test
    void aReportersQuestionRunOnToTheColumnEndIsTextNotAByline() {
        // a press conference: the outlet's reporter, a colon and the question, wrapped at the column end like any text
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "江城广播电视台记者：您怎么看\n\n江岸整治带来的变化？\n\n"
                + column(16, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).authors().isEmpty(), articles.get(0).authors().toString());
        assertTrue(articles.get(0).body().contains("记者：您怎么看江岸整治"));
    }

    @Test
    void aColonKickerOverATitleIsPartOfTheHeadline() {
        String page = "王大山：\n\n一颗红心守江岸（身边的榜样）\n\n" + column(16, RIVER_1, RIVER_2);
        ArticleDraft a = splitter.split(page).get(0);
        assertEquals("王大山：", a.kicker());
        assertEquals("一颗红心守江岸（身边的榜样）", a.title());
        assertTrue(a.body().startsWith("清晨的江边"));
    }

    @Test
    void aWideLineUnderTheBylineOfALabelledTitleOpensTheBody() {
        // a title closed by its column label, its byline, then a line set wider than the column with a clause in it:
        // the deck opening the body, not the article's title (a headline stands over its byline)
        String deck = "大家不妨趁着好时节走进田间，让孩子们亲手摘下第一颗草莓";
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "草莓采摘正当时（田间观察）\n\n本报记者 王小明\n\n" + deck + "\n\n"
                + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("草莓采摘正当时（田间观察）", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith(deck), articles.get(1).body());
    }

    @Test
    void aBoldArticleEndsWhereRegularTextBegins() {
        String page = "江岸新颜\n\n" + doubled(column(16, RIVER_1, RIVER_2, RIVER_3)) + column(16, FARM_1, FARM_2) + "草莓红了\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("草莓红了", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
    }

    @Test
    void aShortBoldLeadOpeningWithItsDatelineDoesNotMakeABoldArticle() {
        // the lead of a report set in bold, dateline and all, broken into short pieces by a narrow column: the regular
        // text under it goes on with the same report
        String page = "江岸新颜\n\n" + doubled(column(16, "本报青石5月6日电（记者王晓东）清晨，江边传来阵阵欢笑声，游人如织。",
                "保洁船在江面上来回穿梭，打捞漂浮物。", "白鹭成群飞回了江心洲。")) + column(16, RIVER_1, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.stream().map(ArticleDraft::body).toList().toString());
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("江岸成了城市的后花园。"), articles.get(0).body());
    }

    @Test
    void aBoldArticleBeginsWhereBoldTextTakesOverFromRegularText() {
        // the untitled rest of a bold article continued from another page, right after another article's regular text:
        // on the same subject, so only the change of type tells them apart
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + doubled(column(16, RIVER_3, RIVER_1, RIVER_2));
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("区里还在沿江"));
    }

    @Test
    void aBoldLineAsWideAsTheColumnOverRegularTextIsAHeadline() {
        // set in bold and as wide as the column, with no clause, between finished text and regular text: a headline
        String title = "城郊草莓采摘游带动农家乐生意红火";
        assertEquals(16, title.length());
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + doubled(title + "\n\n") + "\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals(title, articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"), articles.get(1).body());
    }

    @Test
    void aLineOfWordsShortOfTheColumnWhereBoldTextEndsIsTheNextTitle() {
        // an article set bold ends its sentence; a regular line of words alone, a character short of the column, over
        // regular text: the next article's title, not its first line (which would run to the column end)
        String title = "城郊草莓大棚迎来一年中采摘旺季";
        assertEquals(15, title.length());
        String page = "江岸新颜\n\n" + doubled(unindented(RIVER_1, RIVER_2)) + "\n" + title + "\n\n" + unindented(FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals(title, articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"), articles.get(1).body());
    }

    /** Paragraphs hard-wrapped at 16 characters, first lines not indented, a blank line after every line. */
    private static String unindented(String... paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            for (int at = 0; at < p.length(); at += 16) {
                out.append(p, at, Math.min(p.length(), at + 16)).append("\n\n");
            }
        }
        return out.toString();
    }

    @Test
    void aLineOverALabelledTitleAtTheHeadOfAPageWithoutBlankLinesIsItsKicker() {
        // the page opens with a kicker as wide as the column over a labelled title, the text set tight under them
        String kicker = "城南小学新教学楼启用迎来了新学期";
        assertEquals(16, kicker.length());
        String page = kicker + "\n智慧课堂开学了（校园新事）\n" + PageSplitterTest.tight(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(kicker, articles.get(0).kicker());
        assertEquals("智慧课堂开学了（校园新事）", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("新学期开学第一天"), articles.get(0).body());
    }

    @Test
    void aBoldLineJoiningTwoPhrasesWithAnEnumerationCommaOverRegularTextIsAHeadline() {
        // a short kicker, then the title in bold and as wide as the column, two phrases joined by 、, over regular text
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "采摘季节到来\n\n" + doubled("草莓大棚游客多、城郊农家乐生意旺\n\n") + "\n"
                + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("草莓大棚游客多、城郊农家乐生意旺", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"), articles.get(1).body());
    }

    @Test
    void aBoldLineWithAClauseOverRegularTextIsNoHeadline() {
        // a bold line that runs on with a clause is text set bold, not a heading
        String page = "江岸新颜\n\n" + column(16, RIVER_1) + doubled("河长制推行以来，这段江岸的排污\n\n") + "\n" + column(16, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals("江岸新颜", articles.get(0).title());
    }

    @Test
    void aBoldLeadParagraphDoesNotStartAnArticle() {
        String page = "江岸新颜\n\n" + column(16, RIVER_1) + doubled(column(16, RIVER_2)) + column(16, RIVER_3);
        assertEquals(1, splitter.split(page).size());
    }

    @Test
    void boldTextGoingOnFromBoldTextStaysInOneArticleWhateverItTurnsTo() {
        // an article set bold throughout is one article, even where it turns from the river to the farm
        String page = "江岸新颜\n\n" + doubled(column(16, RIVER_1, RIVER_2, RIVER_3, FARM_1, FARM_2, SCHOOL_1, SCHOOL_2));
        assertEquals(1, splitter.split(page).size());
    }

    @Test
    void aLineWithClausesAloneOverADatelineIsTheHeadlineOfThatNews() {
        // as wide as the column, a comma inside: after finished text and over a dateline it can only be a headline
        for (String title : List.of("江城山城签署协议，携手治理跨界河流", "江城、山城两地河长共商跨界河流治理")) {
            String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + title + "\n\n"
                    + column(16, "本报江城5月6日电 记者从市水利局获悉，" + RIVER_3);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(2, articles.size());
            assertEquals(title, articles.get(1).title());
            assertTrue(articles.get(1).body().startsWith("本报江城5月6日电"));
        }
    }

    @Test
    void aPhotoCreditEndsTheShortRestOfAPictureItemContinuedFromAnotherPage() {
        // under a 上接 marker, a caption and its credit: the rest of a picture item; the text after is another article's,
        // though it speaks of the same river (the credit stands on a line of its own, however full the caption's last)
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "◀◀上接二版\n\n" + column(16, "图为江心洲湿地公园里觅食的白鹭，远处是新修的滨江步道和观景平台，三五游人正沿着江堤散步赏景。")
                + "王小明摄（江城日报）\n\n" + column(16, RIVER_3, RIVER_1);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size());
        assertTrue(articles.get(1).body().startsWith("图为江心洲") && articles.get(1).body().endsWith("王小明摄（江城日报）"), articles.get(1).body());
        assertTrue(articles.get(2).body().startsWith("区里还在沿江"));
    }

    @Test
    void aContinuationMarkerOverAHeadlineUnderATitledTextHeadsTheTextWhereTheHeadlinesWordsBegin() {
        // a text continued from another page, its headline set after it by its 上接 marker, printed right after a titled
        // article's text with no heading between them: the headline takes back the paragraphs it speaks of
        String page = "江岸新颜\n\n本报记者 王小明\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3) + column(16, SCHOOL_1, SCHOOL_2)
                + "◀◀上接二版\n\n城南小学新教学楼启用\n\n（上接第三版）\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size());
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("江岸成了城市的后花园。"), articles.get(0).body());
        assertEquals("城南小学新教学楼启用", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
        assertNull(articles.get(2).title());
        assertTrue(articles.get(2).body().startsWith("走进村里的草莓大棚"));
    }

    @Test
    void twoLabelledTitlesStackedOverABylineBreakAfterTheFirst() {
        // a headline carries one title: the first labelled title heads the untitled text above, set after it, the second
        // the text its byline opens, however the two lines are spaced
        String page = "（上接第二版）\n\n" + column(16, RIVER_1, RIVER_2) + "守住一江清水（江城观察）\n\n新校舍里的新课堂（教育视点）\n\n本报记者 李小红\n\n"
                + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("守住一江清水（江城观察）", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("清晨的江边"));
        assertEquals("新校舍里的新课堂（教育视点）", articles.get(1).title());
        assertEquals(List.of("李小红"), articles.get(1).authors());
    }

    @Test
    void aLabelledTitleSetApartOverAnotherHeadlineHeadsTheUntitledTextAbove() {
        // untitled text opening with lines of facts, then a title closed by its column label and, in a block of its
        // own, another title: the labelled title is complete, so it heads the text above (set after it), the other the
        // text below
        String page = "时间：5月6日上午\n\n地点：青石县草莓基地\n\n" + column(16, FARM_1, FARM_2) + "草莓红了日子甜了（田间观察）\n\n新校舍里的新课堂\n\n"
                + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("草莓红了日子甜了（田间观察）", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("时间：5月6日上午\n\n地点：青石县草莓基地\n\n走进村里"), articles.get(0).body());
        assertEquals("新校舍里的新课堂", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aColumnsAddressForSubmissionsOverHeadlinesIsTheLastLineOfTheTextAbove() {
        // the address for submissions printed where a column's text ends, then two labelled titles: the address stays
        // with that text, never a line of the headline under it
        String page = column(16, FARM_1, FARM_2) + "投稿邮箱：qingshi2024@example.com\n\n版式设计：张小红\n\n青石县草莓喜获丰收\n草莓红了（田间观察）\n\n"
                + "新课堂（教育视点）\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("草莓红了（田间观察）", articles.get(0).title());
        assertEquals("青石县草莓喜获丰收", articles.get(0).kicker());
        assertTrue(articles.get(0).body().endsWith("投稿邮箱：qingshi2024@example.com"), articles.get(0).body());
        assertEquals("新课堂（教育视点）", articles.get(1).title());
    }

    @Test
    void aLabelledTitleOverItsStandfirstDoesNotGoBackToTheTextAbove() {
        // a sentence with clauses set apart under the labelled title is its standfirst, not another headline: the
        // title heads the text below it
        String page = column(16, RIVER_1, RIVER_2) + "新校舍里的新课堂（教育视点）\n\n一间教室连着一个梦想，千百间教室连\n\n起来，就是一座城的未来\n\n"
                + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().noneMatch(a -> "新校舍里的新课堂（教育视点）".equals(a.title()) && a.body().startsWith("清晨的江边")),
                articles.stream().map(a -> a.title() + " " + a.body().substring(0, 8)).toList().toString());
    }

    @Test
    void aPhotoCreditInsideUntitledTextAtThePageTopDoesNotEndIt() {
        // (no marker: the photo may stand inside the article whose text runs on)
        String page = column(16, "图为江心洲湿地公园里觅食的白鹭，远处是新修的滨江步道和观景平台，三五游人正沿着江堤散步赏景。") + "王小明摄（江城日报）\n\n" + column(16, RIVER_3, RIVER_1);
        assertEquals(1, splitter.split(page).size());
    }

    @Test
    void theSignatureAndDateUnderALetterEndItsTextAndTheNextHeadlineStandsUnderThem() {
        String page = "致全区河长的一封信\n\n" + column(16, RIVER_1, RIVER_2) + "江城区人民政府\n\n江城区河长办公室\n\n2024年3月7日\n\n"
                + "草莓红了\n\n本报记者 李明\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertTrue(articles.get(0).body().endsWith("江城区人民政府\n\n江城区河长办公室\n\n2024年3月7日"), articles.get(0).body());
        assertEquals("草莓红了", articles.get(1).title());
    }

    @Test
    void aShortDashedLineUnderATitleIsItsSubtitleNotASignature() {
        // as short as a signature (——编者), but under a headline line, not under finished text (a page without blank lines)
        String page = ("草莓红了\n\n" + column(16, FARM_1, FARM_2) + "江城召开河长制工作会议\n\n——王山出席\n\n本报记者 李明\n\n" + column(16, RIVER_2, RIVER_3))
                .replace("\n\n", "\n");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("江城召开河长制工作会议", articles.get(1).title());
        assertEquals("——王山出席", articles.get(1).subtitle());
        assertTrue(articles.get(1).body().startsWith("河长制推行以来"));
    }

    @Test
    void aReportInPartsIsOneArticle() {
        String page = "城乡处处新气象\n\n" + column(16, "开春以来，各地抓住有利时机，办成了一批群众期盼的实事。") + "——编者\n\n"
                + "城南小学\n\n新楼启用\n\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "草莓基地\n\n游客盈门\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals("城乡处处新气象", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("新学期开学第一天") && articles.get(0).body().contains("合作社负责人"));
    }

    @Test
    void aNewsItemUnderAReportInPartsIsAnArticleOfItsOwn() {
        // parts signed by their reporters' bylines, then a heading over a dispatch's dateline: a news item, not a part
        String page = "城乡处处新气象\n\n" + column(16, "开春以来，各地抓住有利时机，办成了一批群众期盼的实事。") + "——编者\n\n"
                + "城南小学——\n\n新楼启用\n\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "草莓基地——\n\n游客盈门\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2)
                + "江城一季度水质稳中向好\n\n沿江湿地再添新景\n\n" + column(16, "本报江城5月6日电（记者周亮）" + RIVER_1, RIVER_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertTrue(articles.get(0).body().contains("合作社负责人"), articles.get(0).body());
        assertEquals("沿江湿地再添新景", articles.get(1).title());
    }

    @Test
    void anAttributionWrappedOntoTheOccasionOfTheWordsIsText() {
        // a dashed attribution with no bracket, wrapped where the post and the occasion run long, closed by 说
        String page = "守好一江清水\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3) + "——某某省委常委、江城市委书记\n\n张明日前在全市治水推进大\n\n会上说\n\n"
                + "（本报记者李明整理）\n\n新校舍新课堂\n\n本报记者 王芳\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("守好一江清水", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("张明日前在全市治水推进大会上说"), articles.get(0).body());
        assertEquals("新校舍新课堂", articles.get(1).title());
    }

    @Test
    void aLineOfWordsTwoCharactersWiderThanTheColumnUnderAClosingCreditIsATitle() {
        // on a page without blank lines: no line of the next story's text runs wider than its column
        String page = "守好一江清水\n" + tight(16, RIVER_1, RIVER_2) + "（本报记者李明）\n" + "江城南部新区全力打造区域科技创新高地\n"
                + tight(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("江城南部新区全力打造区域科技创新高地", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aSourceLineWhoseNameWrapsAcrossAWordOntoThePagesLastLineRunsOn() {
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "某某科技有限公司参与了江岸整治工\n\n程。数据来源：市统计局城市规\n\n划建设管理办公室\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("数据来源：市统计局城市规划建设管理办公室"), articles.get(0).body());
    }

    @Test
    void aLabelledHeadlineOverTheHeadingOfTheFirstPartHeadsAReportInParts() {
        // the report's headline and its first part's heading are stacked in one block over the part's byline
        String page = "城乡处处新气象（看变化）\n\n新楼落成\n\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "草莓飘香\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2)
                + "江河变清\n\n本报记者 王芳\n\n" + column(16, RIVER_1, RIVER_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals("城乡处处新气象（看变化）", articles.get(0).title());
        String body = articles.get(0).body();
        assertTrue(body.startsWith("新楼落成"), body);
        assertTrue(body.contains("草莓飘香") && body.contains("合作社负责人") && body.contains("白鹭又飞回来了"), body);
    }

    @Test
    void aLabelledHeadlineOverAnotherArticlesHeadlineIsNoReport() {
        // headings under the labelled title that are not set like the next heading over a byline: two articles
        String page = column(16, RIVER_1, RIVER_2) + "城乡处处新气象（看变化）\n\n城南小学新教学楼今天正式启用\n\n本报记者 李明\n\n"
                + column(16, SCHOOL_1, SCHOOL_2) + "草莓红了\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().anyMatch(a -> "草莓红了".equals(a.title())));
    }

    @Test
    void wideHeadingsThatOpenAlikeAreSectionsOfOneArticle() {
        // three section headings wider than the column, each opening with the same character
        String page = "江南新区绘就发展新图景\n\n本报记者 李明\n\n" + column(16, RIVER_1)
                + "全域治水让一江清水穿城而过成为城市名片\n\n" + column(16, RIVER_2)
                + "全面育人让每个孩子都能在家门口上好学校\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "全民增收以特色农业带动乡村旅游富民\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        String body = articles.get(0).body();
        assertTrue(body.contains("全面育人让每个孩子都能在家门口上好学校") && body.contains("全民增收以特色农业带动乡村旅游富民"), body);
        assertTrue(body.endsWith("采摘游又带动了农家乐的生意。"), body);
    }

    @Test
    void wideHeadingsThatOpenDifferentlyStillHeadArticles() {
        String page = "江南新区绘就发展新图景\n\n本报记者 李明\n\n" + column(16, RIVER_1, RIVER_2)
                + "城南小学新教学楼启用智慧课堂走进每间教室\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "草莓采摘游带动农家乐生意越来越红火\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.size() >= 2, () -> articles.toString());
    }

    @Test
    void aPlainHeadingUnderAContinuationMarkerOpensASectionOfTheContinuedText() {
        String page = "◀◀上接2版\n\n采摘游火了\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertNull(articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("采摘游火了"));
    }

    @Test
    void headlinesStackedAfterATextGoOneBackOneForward() {
        // a page without blank lines: the text above took its headline from after it, the byline opens the next article
        String page = String.join("\n", "本报讯（记者 张华）" + RIVER_1.substring(0, 10), RIVER_1.substring(10), RIVER_2,
                "江岸排污口全部完成整治", "城南小学新教学楼启用", "本报记者 李明", SCHOOL_1, SCHOOL_2) + "\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("江岸排污口全部完成整治", articles.get(0).title());
        assertEquals("城南小学新教学楼启用", articles.get(1).title());
    }

    @Test
    void aSecondDatelineThatItsHeadlineAlreadyTellsIsTheSameReport() {
        String page = "湘江两岸两座大桥同日通车\n\n" + column(16, "本报长沙3月2日电 今天上午，湘江北大桥正式通车，市民从河西到河东的车程缩短了二十分钟。",
                "北大桥全长两千米，双向六车道，桥上设有观景平台。") + column(16, "本报长沙3月2日电 同日，湘江南大桥也正式通车，南大桥连接两岸的高铁站和机场。",
                "南大桥通车后，两岸大桥与环线高速形成闭环。") + "草莓红了\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertTrue(articles.get(0).body().contains("南大桥也正式通车"));
        assertEquals("草莓红了", articles.get(1).title());
    }

    @Test
    void aShortLineUnderAJumpOutMarkerOverTextTitlesTheNextArticle() {
        // the text above jumped to another page (下转): a line of words two characters short of the column under the
        // marker, over text that opens a sentence, is the next article's title, not its first line
        String page = "草莓红了\n本报记者 赵云\n" + tight(16, FARM_1, FARM_2) + "（下转第3版）\n江岸排污口全部完成整治验收\n" + tight(16, RIVER_1, RIVER_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), () -> articles.toString());
        assertEquals("江岸排污口全部完成整治验收", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("清晨的江边"), articles.get(1).body());
    }

    @Test
    void aNumberedLineUnderAJumpOutMarkerHeadsNoArticle() {
        String page = "草莓红了\n本报记者 赵云\n" + tight(16, FARM_1, FARM_2) + "（下转第3版）\n一、江岸排污口全部完成整治\n" + tight(16, RIVER_1, RIVER_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().noneMatch(a -> "一、江岸排污口全部完成整治".equals(a.title())), () -> articles.toString());
    }

    @Test
    void aLineUnderAContinuationMarkerAtTheEndHeadsTheTextAbove() {
        String page = "草莓红了\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2) + "（下转第3版）\n\n" + column(16, RIVER_2, RIVER_3) + "◀◀上接2版\n\n"
                + "江岸排污口全部完成整治并通过验收\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("江岸排污口全部完成整治并通过验收", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("河长制推行以来"));
    }

    @Test
    void aLongAttributionUnderAQuoteStaysInTheBody() {
        // quotes signed by name and post, each attribution wider than the column, one wrapped where its bracket runs over
        String page = "代表委员谈护河\n\n" + column(16, RIVER_1) + "——王大山代表（江南市环境保护局局长）\n\n" + column(16, RIVER_2)
                + "——刘小红委员（江南市城南区生态环境局\n\n副局长、民建江南市委员会委员）\n\n" + column(16, RIVER_3)
                + "——江南市湿地公园管理处主任陈一鸣\n\n" + "草莓红了\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size());
        assertEquals("代表委员谈护河", articles.get(0).title());
        String body = articles.get(0).body();
        assertTrue(body.contains("——王大山代表（江南市环境保护局局长）"));
        assertTrue(body.contains("——刘小红委员（江南市城南区生态环境局副局长、民建江南市委员会委员）"), body);
        assertTrue(body.contains("湿地公园") && body.endsWith("陈一鸣"), body);
        assertEquals("草莓红了", articles.get(1).title());
    }

    @Test
    void aDashedLineUnderATitleIsStillItsSubtitle() {
        String page = column(16, RIVER_1, RIVER_2) + "新校舍 新课堂\n\n——城南小学新学期见闻\n\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        ArticleDraft school = articles.get(articles.size() - 1);
        assertEquals("——城南小学新学期见闻", school.subtitle());
        assertTrue(school.body().startsWith("新学期开学第一天"));
    }

    @Test
    void twoHeadlinesStackedAfterATextThatJumpsAwayHeadItAndTheNextArticle() {
        // a page of blank-separated lines: the text (its byline over it, no headline) jumps to another page (下转), then
        // two headlines, each a kicker set tight over its title, then the next article's byline: the first headline was
        // set after the text above it
        String page = "本报记者 赵云\n\n" + column(16, RIVER_1, RIVER_2) + "（下转第3版）\n\n"
                + "河长制推行见成效\n江岸又见白鹭飞回来\n\n新学期新气象\n城南小学新教学楼启用\n\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("江岸又见白鹭飞回来", articles.get(0).title());
        assertEquals("城南小学新教学楼启用", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aOneLineHeadlineSetApartOverAnotherOverABylineAfterATextThatJumpsAwayHeadsThatText() {
        // a page of blank-separated lines: a text opened by its byline jumps away (下转), then a one-line headline, a gap,
        // and another set tight over the next article's byline: the gap parts the two headlines, however much the
        // words of both together echo the text above
        String page = "本报记者 赵云\n\n" + column(16, RIVER_1, RIVER_2) + "（下转第3版）\n\n"
                + "江边保洁船打捞漂浮物步道干净市民晨练多\n\n城南小学新教学楼启用\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("江边保洁船打捞漂浮物步道干净市民晨练多", articles.get(0).title(), articles.toString());
        assertEquals("城南小学新教学楼启用", articles.get(1).title(), articles.toString());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aOneLineHeadlineSetApartOverAnotherOverTextAfterATextThatJumpsAwayHeadsThatText() {
        // a page of blank-separated lines: an untitled text jumps away (下转), then a one-line headline, a gap, and a
        // kicker set tight over its title over plain text with no byline: the gap parts the two headlines, the first was
        // set after the text above it
        String page = column(16, RIVER_1, RIVER_2) + "（下转第3版）\n\n"
                + "江岸又见白鹭飞\n\n新学期新气象\n城南小学新教学楼启用\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("江岸又见白鹭飞", articles.get(0).title(), articles.toString());
        assertEquals("新学期新气象", articles.get(1).kicker(), articles.toString());
        assertEquals("城南小学新教学楼启用", articles.get(1).title(), articles.toString());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aHeadlineUnderAContinuationMarkerTakesBackTheTextFromTheSentenceItsWordsOpen() {
        // a titled article's last sentence fills its line, so its paragraph is read on into the first of the next text,
        // whose headline is set after it under a 上接 marker, stacked over the next article's labelled title: the
        // headline's words open a sentence inside that paragraph, and the text from there on is its article
        String lastFull = "如今沿江步道全线贯通，市民在家门口就能看见白鹭，江边天天都热闹。";
        assertEquals(0, lastFull.length() % 16);
        String farmOpening = "草莓红了，采摘也忙了，走进村里的大棚，游客提着篮子穿行其间，笑声不断。";
        String page = "江岸新颜（城市观察）\n" + tight(16, RIVER_1, RIVER_2, lastFull + farmOpening, FARM_2)
                + "◀◀上接一版\n草莓红了采摘忙（乡村振兴）\n城南小学新教学楼启用（校园新闻）\n" + tight(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), articles.toString());
        assertTrue(articles.get(0).body().endsWith(lastFull), articles.get(0).body());
        assertEquals("草莓红了采摘忙（乡村振兴）", articles.get(1).title(), articles.toString());
        assertEquals(List.of(farmOpening, FARM_2), List.of(articles.get(1).body().split("\n\n")));
        assertEquals("城南小学新教学楼启用（校园新闻）", articles.get(2).title(), articles.toString());
    }

    @Test
    void aHeadlineAloneAtThePageEndShiftsTheHeadlinesOfAPageThatSetsThemAfterTheirTexts() {
        // a text opened by its byline with no headline, a title, the next text's news flag and its text, a staff credit
        // and a last headline with nothing under it: the page sets headlines after their texts, so the title heads the
        // first text and the last headline the second (the title's words echo neither text: nothing else tells)
        String page = "本报记者 赵云\n\n" + column(16, RIVER_1, RIVER_2) + "民生有保障（城市观察）\n\n本报讯(记者/钱多 孙立)\n\n"
                + column(16, SCHOOL_1, SCHOOL_2)
                + "版式设计：王五\n\n新学期新气象（校园新闻）\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("民生有保障（城市观察）", articles.get(0).title(), articles.toString());
        assertTrue(articles.get(0).body().startsWith("清晨的江边"), articles.get(0).body());
        assertEquals("新学期新气象（校园新闻）", articles.get(1).title(), articles.toString());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void twoLabelledTitlesStackedTightUnderATextThatJumpsAwayPartAfterTheFirst() {
        // a page without blank lines: an untitled text jumps away (下转), then a kicker closed by a dash, a labelled title
        // and another labelled title over plain text: one headline carries one column label, so the first ends there
        // and heads the text above, set after it; the second heads the text below
        String page = tight(16, RIVER_1, RIVER_2) + "（下转第3版）\n"
                + "赵云委员——\n守护一江清水（委员履职记）\n城南小学新教学楼启用（校园新闻）\n" + tight(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("赵云委员——", articles.get(0).kicker(), articles.toString());
        assertEquals("守护一江清水（委员履职记）", articles.get(0).title(), articles.toString());
        assertTrue(articles.get(0).body().startsWith("清晨的江边"), articles.get(0).body());
        assertEquals("城南小学新教学楼启用（校园新闻）", articles.get(1).title(), articles.toString());
        assertNull(articles.get(1).subtitle(), articles.toString());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aLabelledTitleStackedOverTheNextArticlesTitleAfterATitledTextLeavesThatTitleToTheByline() {
        // a titled article, then text that is another's, whose headline (a title carrying its column label) is set after
        // it, stacked right over the next article's title and byline: the label closes that headline, so the line under
        // it heads the byline's article, even where the words do not tell where the text above it began
        String page = "草莓红了\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2) + column(16, RIVER_1, RIVER_2)
                + "守好一方净土（人民论坛）\n城南小学新教学楼启用\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        ArticleDraft school = articles.get(articles.size() - 1);
        assertEquals("城南小学新教学楼启用", school.title(), articles.toString());
        assertEquals(null, school.kicker(), articles.toString());
        assertTrue(school.body().startsWith("新学期开学第一天"), school.body());
        assertEquals(List.of("李明"), school.authors());
    }

    @Test
    void headlinesStackedAfterATextThatJumpsAwayBreakWhereTheirWordsLean() {
        // the same with the four lines set tight in one block, which tells nothing of where the first headline ends:
        // the lines that echo the text above head it, the rest the text below
        String page = "本报记者 赵云\n\n" + column(16, RIVER_1, RIVER_2) + "（下转第3版）\n\n"
                + "河长制推行见成效\n江岸又见白鹭飞回来\n新学期新气象\n城南小学新教学楼启用\n\n本报记者 李明\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("江岸又见白鹭飞回来", articles.get(0).title());
        assertEquals("城南小学新教学楼启用", articles.get(1).title());
    }

    @Test
    void aLongDashedSubtitleSetAcrossTheColumnsUnderItsTitleIsTheSubtitle() {
        // the subtitle runs far wider than the column on one line: no line of the text does
        String sub = "——区里部署沿江排污口整治、湿地公园建设和保洁船巡河工作，要求把护江责任落实到每一段岸线";
        String page = column(16, SCHOOL_1, SCHOOL_2) + "江城召开护江工作推进会\n\n" + sub + "\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        ArticleDraft river = articles.get(articles.size() - 1);
        assertEquals("江城召开护江工作推进会", river.title(), articles.toString());
        assertEquals(sub, river.subtitle());
        assertTrue(river.body().startsWith("清晨的江边"), river.body());
    }

    @Test
    void aHeadlineUnderAContinuedFromMarkerHeadsTheTextAboveEvenOverAByline() {
        // the rest of an article begun on another page, untitled, then the 上接 marker printed by its headline, then the
        // next article's byline: the headline was set after the text it heads (its words echo neither text)
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3) + "（本报记者 赵云）\n\n" + column(16, SCHOOL_1, SCHOOL_2)
                + "◀◀上接2版\n\n春日新气象\n\n本报记者 李明\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), articles.toString());
        assertEquals("春日新气象", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
        assertNull(articles.get(2).title());
        assertTrue(articles.get(2).body().startsWith("走进村里的草莓大棚"), articles.get(2).body());
    }

    @Test
    void thePagesLastLineUnderFinishedTextIsAHeadlineSetAfterItsBody() {
        // as wide as the column, no clause in it, under a finished sentence at the foot of the page: no text ends a page
        // so, a headline set after its body does
        String page = "本报记者 赵云\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3) + "江城护江十年白鹭又回江岸湿地\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("江城护江十年白鹭又回江岸湿地", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("江岸成了城市的后花园。"), articles.get(0).body());
    }

    @Test
    void aLineThatFinishesTheWordTheLineAboveBrokeOffIsNoByline() {
        // 医务工 / 作者、社区民警、街道干部、返乡大: the list of roles reads like names under a credit word, but the line
        // goes on with the word the line above broke off, mid-sentence
        String page = "江岸新颜\n\n" + column(16, RIVER_1) + "防汛期间，江边从环卫工人、医务工\n\n作者、社区民警、街道干部、返乡大\n\n学生到志愿者，大家轮流值守岸线。\n\n"
                + column(16, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertTrue(articles.get(0).body().contains("医务工作者、社区民警"), articles.get(0).body());
        assertTrue(articles.get(0).authors().isEmpty(), articles.get(0).authors().toString());
    }

    @Test
    void aHeadingLineThatBreaksOffANumberAtTheColumnEndGoesOnInTheLineUnderIt() {
        // 14 / 个部门…: a line of the heading run to the column end and broken before the number's measure word, one
        // heading line wrapped, not a kicker over another article's title
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2) + "清理报表\n\n全县机关单位取消 26 项重复报表，14\n\n个部门实现“零填报”\n\n"
                + column(16, RIVER_3, RIVER_1);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().noneMatch(a -> a.title() != null && a.title().startsWith("个部门")), articles.toString());
        assertTrue(articles.stream().anyMatch(a -> (a.title() + a.body()).replace(" ", "").contains("14个部门实现")), articles.toString());
    }

    @Test
    void aHeadingOpeningWithTheParticleDeIsTheLastLineOfTheParagraphAbove() {
        // …办好全镇居民 / 的事: no phrase opens with 的, so the short line ends the paragraph above that ended no sentence
        List<String> lines = List.of("以实干精神推进各项工作任务，守住初心使", "命，认认真真办好全镇居民");
        PageItem.Paragraph p = new PageItem.Paragraph(String.join("", lines), null, false, 16, false, 2, lines);
        PageItem.Heading h = new PageItem.Heading(List.of(List.of("的事")), 2, 16, false, false, false);
        PageItem.Paragraph next = new PageItem.Paragraph(RIVER_3, null, false, 16, false, 3, List.of(RIVER_3));
        List<PageItem> items = WrappedHeadings.rejoinWrapped(List.of(p, h, next));
        assertEquals(2, items.size(), items.toString());
        assertEquals("以实干精神推进各项工作任务，守住初心使命，认认真真办好全镇居民的事", ((PageItem.Paragraph) items.get(0)).text());
    }

    /** Hard-wraps paragraphs at the column width with no indent, a blank line after every line. */
    private static String flush(int width, String... paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            for (int at = 0; at < p.length(); at += width) {
                out.append(p, at, Math.min(p.length(), at + width)).append("\n\n");
            }
        }
        return out.toString();
    }

    /** A bylined article jumping on, an untitled continued text, a 上接 marker, the line, then more text. */
    private static String continuedTextThenLine(String line) {
        return "草莓红了\n\n本报记者 赵云\n\n" + flush(16, FARM_1, FARM_2) + "（下转第3版）\n\n" + flush(16, RIVER_2, RIVER_3)
                + "◀◀上接2版\n\n" + line + "\n\n" + flush(16, SCHOOL_1, SCHOOL_2);
    }

    @Test
    void aShortLineUnderAContinuationMarkerOverMoreTextHeadsTheTextAbove() {
        // an untitled text, the 上接 marker, then a line of words two characters short of the column over another text:
        // the headline of the text above, set after its body; text continued from elsewhere runs to the column's end
        String headline = "江边步道改造完工迎来晨练市民";
        String page = continuedTextThenLine(headline);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals(headline, articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("河长制推行以来"), articles.get(1).body());
        assertNull(articles.get(2).title());
        assertTrue(articles.get(2).body().startsWith("新学期开学第一天"), articles.get(2).body());
    }

    @Test
    void aNamesListWiderThanTheColumnUnderAContinuationMarkerHeadsTheTextAbove() {
        // names joined by enumeration commas, two characters wider than the column: no line of text runs so wide
        String headline = "市长分别会见东港、西港、南港和北港客商代表";
        String page = continuedTextThenLine(headline);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(headline, articles.get(1).title(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertTrue(articles.get(1).body().startsWith("河长制推行以来"), articles.get(1).body());
    }

    @Test
    void anIndentedParagraphOpeningUnderAContinuationMarkerStaysText() {
        // on a page that indents its paragraphs, a first line with no clause in it falls short of the column by the
        // indent alone: the text continued from elsewhere, not a headline
        String opening = "城南小学新建的三层教学楼今天正式启用，宽敞明亮的教室里配齐了智慧黑板和护眼灯，孩子们一进门就欢呼起来。";
        String page = "草莓红了\n\n本报记者 赵云\n\n" + column(16, FARM_1, FARM_2) + "（下转第3版）\n\n" + column(16, RIVER_2, RIVER_3)
                + "◀◀上接2版\n\n" + column(16, opening, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().noneMatch(a -> a.title() != null && a.title().startsWith("城南小学")),
                articles.stream().map(ArticleDraft::title).toList().toString());
        assertTrue(articles.stream().anyMatch(a -> a.body().contains(opening)), articles.toString());
    }

    @Test
    void aLineHandingOverByADashAfterFinishedTextIsTheKickerOfTheShortLineUnderIt() {
        // a page without blank lines: an author's note closes an essay, then a line closed by a dash and a line of words,
        // each short of the column by a character or two, over text: kicker and title, not the next paragraph
        String page = "江岸新颜\n" + tight(16, RIVER_1, RIVER_2) + "（作者为江城大学环境\n学院教授）\n" + "城南小学最新视力调查显示——\n"
                + "小学生近视率已连续三年明显下降\n" + tight(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("城南小学最新视力调查显示——", articles.get(1).kicker());
        assertEquals("小学生近视率已连续三年明显下降", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aLineUnderAWrappedAuthorsNoteOverALabelledTitleIsItsKicker() {
        // a page without blank lines: an author's note wrapped over two lines closes an essay, then a line as wide as the
        // column over a title carrying its column label: the next essay's kicker and title, not its first paragraph
        String page = "江岸新颜\n" + tight(16, RIVER_1, RIVER_2) + "（作者为江城大学环境\n学院教授）\n" + "让每个孩子都能拥有明亮的眼睛\n"
                + "守护好孩子们的视力健康（教育观察）\n" + tight(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("让每个孩子都能拥有明亮的眼睛", articles.get(1).kicker());
        assertEquals("守护好孩子们的视力健康（教育观察）", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aSentenceWrappedRightBeforeADashIsTextNotATitleOverItsSubtitle() {
        // a page without blank lines: a paragraph opens with a clause and wraps at the column end right where a dash sets
        // off what follows, the dashed line running on to the column end mid-sentence: text, not a title over its dashed
        // subtitle
        String page = "江岸新颜\n" + tight(16, RIVER_1, "入夏以来，江边的湿地公园游人如织——市里首座观鸟科普馆在这里开放，周末常有市民带着孩子来观鸟。", RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("游人如织——市里首座观鸟科普馆"), articles.get(0).body());
    }

    @Test
    void aQuotesAttributionWrappedOverThreeLinesIsOneLineOfText() {
        // a page of blank-separated lines: a quote, then its speaker's dashed name line whose bracketed post wraps over
        // three lines: one attribution, its last two lines no heading (主任） is no title)
        String page = "江岸新颜\n\n" + column(16, RIVER_1, "“" + RIVER_2 + "”") + "——张小明委员（江城市环境科学研究\n\n院副院长、江城大学生态学院教授兼\n\n主任）\n\n"
                + column(16, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().noneMatch(a -> "主任）".equals(a.title())), articles.toString());
        assertTrue(articles.get(0).body().contains("——张小明委员（江城市环境科学研究院副院长、江城大学生态学院教授兼主任）"),
                articles.get(0).body());
    }

    @Test
    void aKickerAndTitleWithNoClauseAfterFinishedTextOverADatelineHeadThatNews() {
        // two lines with no mark in either, the first as wide as the column, stopping short of a dateline run on into its
        // text: no paragraph runs two lines without a mark and breaks off there; a kicker and its title
        String page = "江岸新颜\n" + tight(14, RIVER_1, RIVER_2) + "省河长办督查组赴江城调研时要求\n加强跨界河流联防联治工作\n"
                + tight(14, "据新华社江城5月6日电为落实河长制各项要求，" + RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("加强跨界河流联防联治工作", articles.get(1).title());
        assertEquals("省河长办督查组赴江城调研时要求", articles.get(1).kicker());
        assertTrue(articles.get(1).body().startsWith("据新华社江城5月6日电"), articles.get(1).body());
    }

    @Test
    void aLineOverTheLabelOfABoxOfKeyPointsIsTheReportsHeadline() {
        // the label 核心阅读 opens a report's body under its headline: the line over it, at the head of the page, is that
        // headline however nearly it fills the column, not a paragraph's first line
        String title = "“这段江岸已经成了市民的后花园”";
        String page = title + "\n\n核心阅读\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(title, articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("核心阅读"), articles.get(0).body());
    }

    @Test
    void aKickerHandingOverByADashToItsTitleHeadsAnotherArticleOnALikeSubject() {
        // a kicker closed by a dash over the title it hands over to is how a headline is set, not a section heading:
        // it heads another article even where the text under it speaks of the same river
        String page = "江岸新颜\n\n" + column(17, RIVER_1, RIVER_2) + "江城治水再出新招的同时——\n江心洲湿地公园迎来白鹭\n\n"
                + column(17, RIVER_3, "河长办介绍，江岸的排污口已全部完成整治，水质常年稳定在二类以上，湿地公园的白鹭越来越多。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("江心洲湿地公园迎来白鹭", articles.get(1).title());
        assertEquals("江城治水再出新招的同时——", articles.get(1).kicker());
        assertTrue(articles.get(1).body().startsWith("区里还在沿江"), articles.get(1).body());
    }

    @Test
    void aHeadingOverABylineAfterALongTextClosedByAQuotesSourceHeadsAnotherArticle() {
        // a long text ending on the source of a quote (——某某网) is a story of its own, not an editor's note announcing
        // the parts under it: a heading over a byline after it heads another article
        String page = "江岸新颜\n\n" + column(16, RIVER_1, RIVER_2, RIVER_3, SCHOOL_1, SCHOOL_2, RIVER_1, RIVER_2, RIVER_3, SCHOOL_1, SCHOOL_2, RIVER_3)
                + column(16, "守护好一江清水，就是守护城市的未来。") + "——江城晚报\n\n草莓熟了\n\n本报记者 王小明\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("草莓熟了", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"), articles.get(1).body());
    }

    @Test
    void aHeadingOverABylineUnderAStaffCreditHeadsAnotherArticleNotAPart() {
        // a report whose editor's note announces parts, each headed over its own byline, signed off by a staff credit:
        // the heading over a byline under that credit heads another article, not one more part of the report
        String page = "江岸新颜（城市笔记）\n本报记者 王芳\n\n" + column(16, "沿江一线这几年变了样，我们请几位守江人说说身边的变化。") + "——编者\n\n"
                + "滨江步道管理处主任张强\n\n步道修好，市民点赞\n\n本报记者 李明\n\n" + column(16, RIVER_1, RIVER_2) + "版式设计：赵小青\n\n"
                + "感言\n本报记者 周亮\n\n新课堂里的新变化\n\n城南小学校长刘洋\n\n" + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertTrue(articles.get(0).body().endsWith("白鹭又飞回来了。"), articles.get(0).body());
        assertTrue(articles.get(1).body().contains("新学期开学第一天"), articles.get(1).body());
    }

    @Test
    void aHeadingSetLikeTheHeadlineAboveHeadsTheNextItem() {
        // items headed alike (a company's name over a title in spaced phrases): a heading set line for line like the
        // headline above, after finished text, heads the next item, even on the same subject
        String[] first = {"疫情发生以来，青石集团组织员工加班生产，保障市场供应，复工复产稳步推进。",
            "集团还为困难群众送去米面粮油，复工复产和民生保障两不误，赢得群众点赞。"};
        String[] second = {"疫情发生以来，红河集团加快数字化转型，线上订单大幅增长，复工复产稳步推进。",
            "集团还为上下游中小企业减免租金，帮助产业链复工复产，共渡难关。"};
        List<ArticleDraft> articles = splitter.split("青石集团\n稳产保供 服务民生\n\n" + column(16, first) + "红河集团\n科技助力 共渡难关\n\n"
                + column(16, second));
        assertEquals(2, articles.size(), articles.stream().map(ArticleDraft::title).toList().toString());
        assertEquals("科技助力共渡难关", articles.get(1).title());
        assertEquals("红河集团", articles.get(1).kicker());
    }

    @Test
    void kickerAndTitleBetweenTwoJumpMarkersAreTwoHeadlineLines() {
        // a page without blank lines: a text opened by its byline jumps away (下转), then two short lines with no clause,
        // then the 上接 marker of another continued text: the kicker and the title of the text above, set after it, never
        // one paragraph run together (no text follows a 下转 marker before the next item begins)
        String page = "本报记者 赵云\n" + tight(16, "本报青石5月6日电" + RIVER_1, RIVER_2) + "（下转第3版）\n"
                + "青石县河长办负责人\n就江岸整治答记者问\n◀◀上接2版\n" + tight(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals("青石县河长办负责人", articles.get(0).kicker(), articles.toString());
        assertEquals("就江岸整治答记者问", articles.get(0).title(), articles.toString());
    }

    @Test
    void aLongDashedSubtitleUnderABoldTitleAtTheHeadOfThePageOverABylineIsTheSubtitle() {
        // the page opens on a bold title and a dashed subtitle far longer than any heading, then the byline: no text
        // stands around them to measure a column by, but text never stands over a byline, so the dashed line is the
        // subtitle, not the article's first paragraph
        String subtitle = "——王大山李小红张明等在主席台就座刘一鸣作政府工作报告 陈二主持大会 听取关于江城湿地公园管理规定草案的说明、关于江城市城乡环境整治三年行动计划草案的说明、关于江城市沿江生态廊道建设方案的说明";
        String page = doubled("江城市第五届人民代表大会第二次会议开幕\n") + subtitle + "\n本报记者 赵云\n"
                + tight(16, "本报江城5月6日电" + RIVER_1, RIVER_2, RIVER_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("江城市第五届人民代表大会第二次会议开幕", articles.get(0).title());
        assertEquals(subtitle.replace(" ", ""), articles.get(0).subtitle().replace(" ", ""));
        assertTrue(articles.get(0).body().startsWith("本报江城5月6日电"), articles.get(0).body());
    }

    @Test
    void aBookTitleOverALineGoingOnWithAConjunctionIsText() {
        // a document's name in book-title marks filling a line of its own, then 和以上说明，请审议。: one sentence naming two
        // things, never a headline set after the text above (a wide headline line further down widens the column
        // measured after it, so the line falls short of that column)
        String page = column(16, RIVER_1, RIVER_2, "规定施行后，原有的两部单行规定和三件规范性文件同步废止，相关的实施细则也将一并修订完善。")
                + "《江城湿地公园管理规定（草案）》\n\n和以上说明，请审议。\n\n（本报江城5月6日电）\n\n江城市人大常委会副主任王大山作\n\n"
                + "关于《江城市沿江生态廊道建设管理办法（草案）》和《江城市城乡环境整治条例（草案）》的说明\n\n本报记者 李明\n\n"
                + column(16, SCHOOL_1, SCHOOL_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertNull(articles.get(0).title(), articles.toString());
        assertTrue(articles.get(0).body().contains("《江城湿地公园管理规定（草案）》和以上说明，请审议。"), articles.get(0).body());
    }

    @Test
    void aLabelledTitleSetApartOverAKickerWithClausesAndAnotherLabelledTitleGoesBack() {
        // a page of blank-separated lines: untitled text, then a title closed by its column label, then a kicker with
        // clauses handing over by a dash, then another labelled title: the kicker is no standfirst of the first
        // title (a labelled title closes it), so the first title heads the text above and the rest the text below
        String page = column(16, "春耕时节，总有人把担当写在田埂上。年轻人扎根乡村，就是最好的担当。", RIVER_1)
                + "春耕时节话担当（田间笔记）\n\n“人勤春来早”，一代代农技员扎根田间，把技术送到农户家门口——\n\n"
                + "让青春扎根在田野（青年说·奋斗新时代(3)）\n\n" + column(16, FARM_1, FARM_2);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("春耕时节话担当（田间笔记）", articles.get(0).title(), articles.toString());
        assertEquals("让青春扎根在田野（青年说·奋斗新时代(3)）", articles.get(1).title(), articles.toString());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"), articles.get(1).body());
    }
}
