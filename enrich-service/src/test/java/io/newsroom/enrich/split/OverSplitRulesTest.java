package io.newsroom.enrich.split;

import static io.newsroom.enrich.split.PageSplitterTest.column;
import static io.newsroom.enrich.split.PageSplitterTest.tight;
import static io.newsroom.enrich.split.PageSplitterTest.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.pipeline.ArticleDraft;

/** Rules against sections of one article read as articles of their own, and wrong titles, on short pages written for them. */
class OverSplitRulesTest {

    private final PageSplitter splitter = new PageSplitter();

    private static final String[] TOWN = {
        "清晨的古镇，石板路被雨水洗得发亮，早点铺子飘出阵阵香气，游客们三三两两走进老街。",
        "前些年，老街的房子年久失修，电线私拉乱接，不少居民搬了出去，街面一度冷冷清清。",
        "古镇改造启动后，镇里请来规划团队，一户一策修缮老屋，保留青砖黛瓦的老样子。",
        "老街上开了茶馆、书屋和手作坊，搬走的居民又回来了，古镇的烟火气一天天浓起来。",
        "镇里还把闲置的老粮站改成了非遗工坊，竹编、木雕、蓝印花布的手艺人在这里收徒传艺。",
        "如今，古镇每到周末游人如织，老街的手艺人和民宿主人都说，古镇的日子越过越有奔头。"};

    private static final String[] CALLS = {
        "本报北京3月9日电 3月9日，外交部长张明同青岚国外长林海通电话。",
        "张明表示，中方愿同青岚国一道，加强防汛救灾合作，共同应对极端天气带来的挑战。",
        "林海表示，青岚国感谢中方及时提供救灾物资，愿同中方深化农业和水利合作。",
        "本报北京3月9日电 3月9日，外交部长张明应约同白川国外长苏河通电话。",
        "张明表示，中方愿同白川国加强水利和农业合作，推动两国务实合作取得更多成果。",
        "苏河表示，白川国高度评价中方的救灾援助，愿同中方在多边场合密切配合。"};

    @Test
    void theNextBriefOfTheColumnUnderTheReporterOfTheOneAboveStaysInTheColumn() {
        // a column of the paper's own briefs (本报电…), each headed and closed by its reporter's name: one article
        String page = "农事短波\n\n青石镇春茶开采\n\n"
                + column(14, "本报电青石镇万亩茶园近日开采，今年春茶长势良好，预计产量比去年增长一成，茶农们正忙着采摘、晾青和炒制，镇里还办起了线上直播卖茶。", "（张三）")
                + "白川县推广稻渔共生\n\n"
                + column(14, "本报电白川县今年推广稻渔共生面积两万亩，稻田里养鱼养虾，既减少了化肥农药，又带动农户亩均增收八百元。", "（李四）");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("白川县推广稻渔共生"), articles.get(0).body());
    }

    @Test
    void aFullLineEndingInABracketIsTextWhenTheLineUnderItOpensOnItsSentencesLastWord() {
        // 货运站（物流点） at a line end after finished text looks like a title and its column label, but the line under
        // it opens on 建设。: the sentence ran on, and the bracket was its own
        String page = "青石镇交通建设提速\n\n本报记者 李明\n\n" + String.join("\n\n",
                "青石镇今年将加快交通基础设施建设", "推进农村公路提档升级，完善路网。", "加强乡村客运站、货运站（物流点）",
                "建设。完善镇村物流配送体系，提高", "物流运行效率。") + "\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("加强乡村客运站、货运站（物流点）建设。"), articles.get(0).body());
    }

    @Test
    void aLineAnnouncingADocumentIsTextAndTheHeadingUnderItTheDocumentsFirstSection() {
        // …摘要如下： alone on its line over a heading set wider than the column: not a kicker over another article's
        // title, but the report's words announcing the document printed under it, whose first section that heading is
        String page = "青石镇古镇保护工作报告（摘要）\n\n本报记者 李明\n\n"
                + column(14, "本报青石5月6日电 青石镇镇长5月6日向镇人民代表大会作古镇保护工作报告。", "报告摘要如下：")
                + "一年来古镇保护工作的主要进展和成效\n\n" + column(14, TOWN[2], TOWN[3], TOWN[4])
                + "下一步工作安排\n\n" + column(14, TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("青石镇古镇保护工作报告（摘要）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("报告摘要如下：\n\n一年来古镇保护工作的主要进展和成效"), articles.get(0).body());
    }

    @Test
    void theRestOfAReportAboveADatelineItemWhoseHeadlineAContinuationMarkerTellsIsThatReports() {
        // the end of the first call (continued from another page), then the second call under its own dateline, the
        // 上接 marker, then the headline of both: the continued text began at the end of the first call, not at the dateline
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1]) + "（本报青石5月5日电）\n\n" + column(16, CALLS[1], CALLS[2])
                + column(16, CALLS[3], CALLS[4], CALLS[5]) + "◀◀上接二版\n\n张明分别同青岚国白川国外长通电话\n\n"
                + "一根竹篾编出新日子\n\n本报记者 李明\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("张明分别同青岚国白川国外长通电话", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("张明表示，中方愿同青岚国"), articles.get(1).body());
        assertTrue(articles.get(1).body().endsWith("在多边场合密切配合。"), articles.get(1).body());
    }

    @Test
    void aNewsItemRightUnderAnothersClosingNoteTakesTheFirstOfTheHeadlinesStackedOverTheNextByline() {
        // a page of foreign news, each item's headline set after its text: the item under the first one's closing note
        // has no headline over it, so of the two lines stacked between its own closing note and the next byline the
        // first is its headline, the second the next item's
        String page = "老街又热闹起来\n" + tight(16, TOWN[0], TOWN[1]) + "（本报青石5月5日电）\n"
                + tight(16, "白川国首相十日发表讲话，宣布分三步放宽防疫限制，路线图自下周起实施。",
                        "按照路线图，第一步允许工厂和工地复工，第二步重开商店，第三步视疫情再重开餐馆和剧院。",
                        "首相表示，只要民众遵守社交距离规定，放宽限制不会带来新一波疫情。")
                + "（本报白川5月12日电）\n白川国公布放宽限制路线图\n青岚国旱情持续加重\n本报记者 李明\n"
                + tight(16, "青岚国气象部门日前发布报告说，今年以来全国降雨量不足常年一半，多地水库见底。",
                        "报告说，旱情已影响数十万人的饮水，农业部门正组织打井送水，帮助农户抗旱保苗。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("白川国公布放宽限制路线图", articles.get(1).title(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("白川国首相十日"), articles.get(1).body());
        assertEquals("青岚国旱情持续加重", articles.get(2).title(), titles(articles));
    }

    @Test
    void twoDatelineItemsOnOneSubjectUnderAHeadlineSetAfterBothAreOneReport() {
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1]) + "（本报青石5月5日电）\n\n" + column(16, CALLS)
                + "张明分别同青岚国白川国外长通电话\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("张明分别同青岚国白川国外长通电话", articles.get(1).title());
        assertTrue(articles.get(1).body().contains("外交部长张明同青岚国外长林海通电话"), articles.get(1).body());
        assertTrue(articles.get(1).body().endsWith("在多边场合密切配合。"), articles.get(1).body());
    }

    @Test
    void aDatelineItemWithNoHeadlineUnderTheRestOfAContinuedTextIsItsNextItem() {
        String page = "（上接第二版）\n\n" + column(16, CALLS[1], CALLS[2]) + column(16, CALLS[3], CALLS[4], CALLS[5])
                + "一根竹篾编出新日子\n\n本报记者 李明\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertNull(articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("在多边场合密切配合。"), articles.get(0).body());
    }

    @Test
    void aReportersNoteUnderAReportStaysWithIt() {
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "老街的新故事（记者手记）\n\n"
                + column(16, TOWN[3], TOWN[4]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("老街又热闹起来", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("老街的新故事（记者手记）"));
    }

    @Test
    void aLeadInClosedByADashOverTextIsASectionOfTheArticle() {
        // wider than the column, but it hands over with its dash to the text under it, not to a title
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "留住老街的烟火气，是古镇改造的初心——\n\n"
                + column(16, TOWN[3], TOWN[4]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("留住老街的烟火气，是古镇改造的初心——"));
    }

    @Test
    void aKickerClosedByADashOverATitleStillHeadsTheNextArticle() {
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "非遗工坊里的竹编手艺人王大山——\n\n一根竹篾编出新日子\n\n"
                + "本报记者 李明\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("一根竹篾编出新日子", articles.get(1).title());
    }

    @Test
    void aLineWithAClauseOverALabelledTitleIsItsKickerNotAnArticle() {
        // as wide as the column and with a comma in it, yet alone after finished text right over a title carrying its
        // column label: the kicker of that headline, not a one-line article
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1]) + "社区书屋延长开放，夜读成了新习惯\n\n"
                + "书屋灯下书香浓夜读渐成风尚（文化新风）\n\n" + column(16, "晚上八点，社区书屋里依旧坐满了读者，有人翻看报刊，有人埋头备考。",
                        "书屋管理员说，开放时间延长到夜里十点后，每天借阅量翻了一番，年轻读者明显多了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("社区书屋延长开放，夜读成了新习惯", articles.get(1).kicker());
        assertEquals("书屋灯下书香浓夜读渐成风尚（文化新风）", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("晚上八点"));
    }

    @Test
    void aLineAloneUnderAClosingNoteOverATitleWiderThanTheColumnIsItsKicker() {
        // a page without blank lines: short and ending no sentence, under the note that closed the article above, over a
        // title wider than any line of text: that headline's kicker, not a one-line article
        String page = "老街又热闹起来\n" + tight(16, TOWN[0], TOWN[1]) + "（本报江城电）\n" + "区图书馆日前发布了年度借阅报告\n"
                + "社区书屋夜间借阅量一年之间翻了一番还要多\n" + tight(16, "本报江城5月6日电区图书馆日前发布年度借阅报告，社区书屋夜间借阅量明显增长。",
                        "书屋管理员说，开放时间延长到夜里十点后，每天借阅量翻了一番，年轻读者明显多了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("区图书馆日前发布了年度借阅报告", articles.get(1).kicker(), titles(articles));
        assertEquals("社区书屋夜间借阅量一年之间翻了一番还要多", articles.get(1).title());
    }

    @Test
    void sectionHeadingsOfAFeatureSetAlikeStayInIt() {
        // each section of the feature is headed by a short label over a deck wider than the column
        String page = "古镇新生\n\n" + column(16, TOWN[0], TOWN[1])
                + "修缮老屋\n一户一策修缮老房子，青砖黛瓦留住了古镇原来的模样\n\n" + column(16, TOWN[2], TOWN[3])
                + "传承手艺\n闲置粮站改成非遗工坊，手艺人在这里收徒传艺忙不停\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("古镇新生", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("修缮老屋"));
        assertTrue(articles.get(0).body().contains("传承手艺"));
    }

    @Test
    void headlinesOfASeriesSetAsSpacedPhrasesAreNotSections() {
        // two short articles of a series, each headed by two phrases set apart by a space: headlines, not sections
        String[] fields = {
            "村里的麦田一望无际，农机手驾驶收割机来回穿梭，金黄的麦浪一片片倒下，粮仓里堆起了小山。",
            "合作社的负责人说，今年小麦亩产比去年高出一成，订单早早签下，种粮大户心里踏实多了。"};
        String page = "古镇新生\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "老屋新生 古镇添彩\n\n" + column(16, TOWN[3], TOWN[4])
                + "麦浪滚滚 丰收在望\n\n" + column(16, fields);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals("麦浪滚滚丰收在望", articles.get(articles.size() - 1).title(), titles(articles));
        assertFalse(articles.get(0).body().contains("麦浪滚滚"));
    }

    @Test
    void theKeyPointsBoxLabelUnderAHeadlineOpensTheBody() {
        String page = "古镇新生\n核心阅读\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("古镇新生", articles.get(0).title());
        assertEquals(null, articles.get(0).kicker());
        assertTrue(articles.get(0).body().startsWith("核心阅读\n\n清晨的古镇"));
    }

    @Test
    void aTextOpeningWithTheKeyPointsBoxTakesTheCompleteHeadlineSetAfterIt() {
        // the box label opens the page; the text's headline, closed by its dashed subtitle, is set after it, stacked
        // over the next article's headline and byline
        String page = "核心阅读\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "古镇新生\n——来自江南老街的报道\n\n"
                + "麦浪滚滚\n丰收在望\n\n本报记者 王小明\n\n"
                + column(16, "村里的麦田一望无际，农机手驾驶收割机来回穿梭，金黄的麦浪一片片倒下，粮仓里堆起了小山。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("古镇新生", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("核心阅读"));
        assertEquals("丰收在望", articles.get(1).title());
    }

    @Test
    void aPartOfAReportInPartsWhoseBylineIsNotReadStaysInTheReport() {
        // the third part's byline runs two names together and is read as one more heading line
        String page = "古镇新生（走基层）\n\n修缮老屋\n青砖黛瓦\n\n本报记者 王小明\n\n" + column(16, TOWN[0], TOWN[1])
                + "传承手艺\n收徒传艺\n\n本报记者 李大华\n\n" + column(16, TOWN[2], TOWN[3])
                + "发展民宿\n游客留下\n本报记者张小红李大华\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("古镇新生（走基层）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("发展民宿"));
    }

    @Test
    void partsUnderAnEditorsNoteContinuedFromAnotherPageStayWithIt() {
        // the rest of a report begun on another page: the end of its editor's note, then its parts, each over a byline
        String page = "（上接第一版）\n\n" + column(16, "记者走访了三座古镇，看老街如何留住烟火气。") + "——编者\n\n"
                + "修缮老屋留住乡愁\n\n本报记者 王小明\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "非遗工坊收徒传艺\n\n本报记者 李大华\n\n" + column(16, TOWN[3], TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals(null, articles.get(0).title());
        assertTrue(articles.get(0).body().contains("非遗工坊收徒传艺"));
    }

    @Test
    void aHeadingInsideAnEssayBeforeItsAuthorsNoteIsASection() {
        String[] essay = {
            "推进基层治理现代化，既要靠制度完善，也要靠群众参与，让治理的成效体现在群众的获得感上。",
            "近年来，不少地方探索议事协商，群众的事由群众商量着办，矛盾化解在基层，办事效率明显提高。",
            "治理重心下移，还要把资源、服务、管理下沉到社区，让基层有人有权有物，干事更有底气。",
            "数字技术为基层治理提供了新工具，但技术替代不了面对面的沟通，干部还要多走进群众中间。"};
        String page = "让基层治理更有温度（治理之道）\n\n" + column(16, essay[0], essay[1]) + "治理重心下移需要资源和服务同步下沉到社区\n\n"
                + column(16, essay[2], essay[3]) + "（作者为某大学公共管理学院教授）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("治理重心下移需要资源和服务同步下沉到社区"));
    }

    @Test
    void aSpeakersKickerUnderASignOffCreditHeadsTheNextItem() {
        // speeches of a collection, each signed off by who wrote it down; the next opens with the speaker and a colon
        String page = "古镇新生\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "（本报记者李华整理）\n\n"
                + "江南某某竹编工艺有限公司编织车间组长王小红代表：\n让手艺人在家门口就业\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江南某某竹编工艺有限公司编织车间组长王小红代表：", articles.get(1).kicker());
        assertEquals("让手艺人在家门口就业", articles.get(1).title());
    }

    @Test
    void aSpeakersKickerUnderASignOffCreditInAColumnOfSpeechesIsTheColumnsNextSpeech() {
        // a column's title alone (议事厅) over its first speech, the speaker run into the words (…代表：…): each speech
        // after it, however headed (a speaker closed by a colon over the point, or the speaker run in), is the column's
        String page = "议事厅\n\n" + column(16, "江城市古镇办主任王大山代表：留住古镇烟火气" + TOWN[0], TOWN[1], TOWN[2]) + "（本报记者李华整理）\n\n"
                + "江南某某竹编工艺有限公司编织车间组长王小红代表：\n让手艺人在家门口就业\n\n" + column(16, TOWN[4], TOWN[5])
                + "（本报记者王芳整理）\n\n" + column(16, "某某县文旅局局长赵小刚委员：让老街热闹起来" + TOWN[3]) + "（本报记者孙丽整理）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("议事厅", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("让手艺人在家门口就业"));
        assertTrue(articles.get(0).body().contains("赵小刚委员：让老街热闹起来"));
    }

    @Test
    void aBoxInsideEachSectionDoesNotBreakTheSeriesOfSectionHeadings() {
        // the rest of a feature continued from another page: each section, headed by a line over its deck, ends with a
        // box of its own (【记者观察】) before the next section's heading, and the sections speak of different things
        String[] field = {
            "村里的麦田一望无际，农机手驾驶收割机来回穿梭，金黄的麦浪一片片倒下，粮仓里堆起了小山。",
            "合作社的负责人说，今年小麦亩产比去年高出一成，订单早早签下，种粮大户心里踏实多了。",
            "农技员常年驻村，教大家测土配方、科学施肥，冬小麦长势喜人，农户们盼着又一个丰收年。"};
        String page = "（上接第二版）\n\n老街人家修缮老屋\n青砖黛瓦留住了古镇模样\n\n" + column(16, TOWN[0], TOWN[1])
                + "【记者观察】\n\n" + column(16, TOWN[2])
                + "种粮大户扩种小麦\n产业链条长收入更稳定\n\n" + column(16, field[0], field[1])
                + "【记者观察】\n\n" + column(16, field[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("种粮大户扩种小麦"));
    }

    @Test
    void textTurningToOtherPeopleInsideASectionOfAFeatureHeadedInSeriesStaysInIt() {
        // a holiday feature: each section, headed alike (为…), turns to other workers in other places, and the text
        // inside a section may turn too; the heading after it, alike, shows the feature goes on
        String[] field = {
            "麦收时节，平原上的农机手天不亮就下地，收割机轰鸣着驶过麦田，一垄垄小麦被收进粮仓。",
            "种粮大户赵大田说，今年请了农技员测土施肥，麦穗又大又沉，订单早早就签了下来，心里踏实。",
            "合作社的烘干塔昼夜运转，刚收下的麦子烘干入库，运粮车一辆接一辆开往城里的面粉厂。",
            "晚上八点，赵大田还守在地头，看着最后一块麦田收完，才拍拍身上的麦芒回家吃饭。"};
        String[] port = {
            "海边的码头上，吊车把一个个集装箱稳稳放上货轮，理货员拿着对讲机核对箱号，一刻也不停。",
            "理货班长钱海生已经在码头干了十二年，节日里他照常上岗，和工友们轮流值守，保证货轮按时离港。",
            "码头调度中心的大屏上，进港出港的船舶一目了然，值班员盯着屏幕，随时安排泊位和拖轮。"};
        String page = "节日里的坚守\n\n" + column(16, "节日期间，众多职工仍坚守一线，用辛勤的汗水守护着城乡的日常运转。")
                + "为古镇留住烟火气\n\n" + column(16, TOWN)
                + column(16, "古镇的老茶馆里，说书人一拍醒木，满堂茶客听得入神，老街的故事一代代传了下来。") + column(16, field)
                + "为货轮按时离港出力\n\n" + column(16, port);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("种粮大户赵大田"));
    }

    private static final String[] WATER = {
        "农村供水事关千家万户，县里把农村供水工程列为民生实事，新建水厂三座，铺设供水管网两百多公里。",
        "过去，山区农户吃水靠挑，旱季常常断水。如今供水管网通到了家门口，拧开水龙头就有干净的自来水。",
        "供水工程建得好，更要管得好。县水务局组建专业管护队伍，水厂和管网有人看、有人修，水质每月检测。",
        "管护经费从哪里来？县里实行水费、财政补助和村集体共同分担，供水工程的运行维护有了稳定来源。",
        "水价怎么定？县水务局逐村听取农户意见，按照保本微利的原则核定水价，困难农户的水费还可以减免。",
        "下一步，县里将推进城乡供水一体化，让农村供水管网与城区水厂联通，农户同城里人一样喝上放心水。",
        "供水管网联通以后，水厂统一调度，旱季也能保障山区农户用水，农村供水的质量和稳定性都会再上台阶。",
        "农户们说，水费不贵，水质放心，管网坏了打个电话就有人来修，农村供水的日子越过越舒心。",
        "水厂的值班员每天巡查取水口和净水设备，记下出水的浊度和余氯，发现问题及时处置，确保供水不中断。",
        "县里还建起农村供水信息平台，管网的压力、流量实时传回水厂，哪里漏水、哪里水压低，一看就清楚。",
        "村里的管水员多是本村农户，熟悉管网走向，哪家水表坏了、哪段管网冻裂了，他们总是最先赶到。",
        "农村供水工程惠及全县二十多万农户，县水务局表示，将继续加大投入，让管网延伸到更偏远的山村。"};

    @Test
    void aWidePlainHeadingOverLongTextOnTheSameSubjectIsASection() {
        // a commentary heads its sections with plain lines wider than the column; the text under one goes on with the
        // water supply the text above spoke of
        String page = "让农户喝上放心水\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "建好更要管好让农村供水工程长期发挥效益\n\n" + column(16, java.util.Arrays.copyOfRange(WATER, 3, WATER.length));
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("建好更要管好"));
    }

    @Test
    void aWidePlainHeadingOverLongTextOnAnotherSubjectHeadsAnArticle() {
        String[] fair = {
            "一年一度的春季书市在体育馆开幕，两百多家出版社带来十万余种图书，读者一早就排起了长队。",
            "书市设立少儿阅读区，绘本、科普读物摆满书架，孩子们席地而坐，捧着新书读得津津有味。",
            "今年书市首次引入直播带货，作家走进直播间与读者聊新作，线上订单比往年翻了一番。",
            "出版社负责人说，纸质书与电子书各有读者，书市让更多人重新找回了逛书店、翻新书的乐趣。",
            "书市还开设了旧书交换角，读者带来家中闲置的图书，换回自己想读的书，一天就交换了上千册。",
            "主办方表示，书市将持续到本月底，其间还有名家讲座、读书分享会等五十多场活动等着读者。",
            "书市的文创展区同样人气很旺，印着古诗词的帆布包、藏书票和手工书签，成了年轻读者的心头好。",
            "不少家长带着孩子来听绘本作家讲故事，小读者们举手提问，讲座结束后又排队请作家签名留念。",
            "一位退休教师每年都来逛书市，今年他买了二十多本历史和诗歌类图书，说要把书房的书架再添满。",
            "书市期间，地铁和公交都增开了临时班次，体育馆周边设置了志愿服务点，为读者指路、寄存物品。"};
        String page = "让农户喝上放心水\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "春季书市今日开幕十万余种图书等待八方来客\n\n" + column(16, fair);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("春季书市今日开幕十万余种图书等待八方来客", articles.get(1).title());
    }

    @Test
    void partsAnnouncedByAnEditorsNoteStayInTheReportHoweverTheirHeadingsAreSet() {
        // the editor's note announces the reports under it; each part is headed by a figure over its title, wider than
        // the column, and signed by its reporter; the commentary after them carries its column label
        String page = "老街留住烟火气（记者调查）\n\n" + column(16, "古镇改造，拆什么、留什么、怎么留，关系到老街的明天，也关系到老街居民的日子。",
                "古镇改造怎样留住老街的烟火气？本报记者走访了两座古镇，请看记者的报道。")
                + "——编者\n\n"
                + "三年修缮老屋一百二十多栋，迁回居民三百多户\n\n一户一策修老屋\n\n本报记者 李明\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "闲置粮站改成非遗工坊，二十多位手艺人收徒传艺\n\n老手艺有了新课堂\n\n本报记者 王芳\n\n" + column(16, TOWN[3], TOWN[4])
                + "让老街活起来（街谈巷议）\n\n本报评论员 赵刚\n\n" + column(16, TOWN[5], TOWN[0]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("老街留住烟火气（记者调查）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("老手艺有了新课堂"));
        assertEquals("让老街活起来（街谈巷议）", articles.get(1).title());
    }

    @Test
    void aListOneItemALineStaysInItsArticle() {
        // the winners of an award listed one a line, with no punctuation, some short, some wider than the column:
        // items of the list, never headlines
        String page = "十佳乡村旅游示范点揭晓\n\n本报记者 李明\n\n" + column(16, TOWN[0], TOWN[1], "评选结果如下。")
                + "十佳乡村旅游示范点\n\n青石镇老街古村落\n\n白沙湾渔家乐风情园\n\n云岭茶园生态观光带\n\n"
                + "柳溪村稻田画与农耕文化体验园\n\n桃花岭花海\n\n东山竹编非遗传承基地\n\n"
                + "十佳乡村民宿\n\n听溪小院\n\n半山云舍\n\n"
                + "秋收时节稻谷香（图片新闻）\n\n" + column(16, "村民们在田间抢收稻谷，收割机来回穿梭，一派丰收景象。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("柳溪村稻田画与农耕文化体验园"));
        assertTrue(articles.get(0).body().contains("半山云舍"));
        assertEquals("秋收时节稻谷香（图片新闻）", articles.get(1).title());
    }

    @Test
    void speakersOverPointsSetAlikeAreSectionsOfOneRoundUp() {
        // a round-up of speakers: each one's words headed by who they are over their point, the points as long, no
        // byline between; the first speaker's text follows the round-up's headline
        String page = "代表委员谈古镇新生\n\n" + column(16, TOWN[0], TOWN[1])
                + "某某县水务局局长张明\n让农户喝上放心水\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "某某市新华书店总经理王丽华\n让好书走近读者\n\n"
                + column(16, "今年春季书市设立少儿阅读区，绘本、科普读物摆满书架，孩子们席地而坐，捧着新书读得津津有味。",
                        "出版社带来十万余种图书，作家走进直播间与读者聊新作，线上订单比往年翻了一番。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("让好书走近读者"));
    }

    @Test
    void aSpeakerWhoseNameCarriesAMiddleDotStaysInTheRoundUp() {
        // a transliterated name is written with a middle dot: the dot is the name's, not a column's name joined to a
        // title, so the heading is one more speaker over a point set like the others
        String page = "代表委员谈古镇新生\n\n" + column(16, TOWN[0], TOWN[1])
                + "某某县水务局局长张明\n让农户喝上放心水\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "某某歌舞剧院演员阿依努尔·吐尔逊\n让歌声走进乡村\n\n"
                + column(16, "她带着剧院的演员们走村入户，在村口的小广场搭起舞台，乡亲们一边看演出一边跟着哼唱。",
                        "演出结束后，她又教村里的年轻人排练节目，如今村里的文艺队已经能独立登台演出了。")
                + "某某市新华书店总经理王丽华\n让好书走近读者\n\n"
                + column(16, "今年春季书市设立少儿阅读区，绘本、科普读物摆满书架，孩子们席地而坐，捧着新书读得津津有味。",
                        "出版社带来十万余种图书，作家走进直播间与读者聊新作，线上订单比往年翻了一番。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("让歌声走进乡村"));
        assertTrue(articles.get(0).body().contains("让好书走近读者"));
    }

    @Test
    void theStoriesAnEditorsNoteIntroducedStayInTheFeature() {
        // an editor's note opens the feature and announces its stories; each story goes under a short plain heading
        // and speaks of its own people and places, sharing next to nothing with the text before it
        String page = "山村新事多\n\n本报记者 李明\n\n"
                + column(16, "乡村振兴路上，山村每天都有新变化。本报今起推出系列报道，讲述山村里的新人新事。", "——编者")
                + column(16, java.util.Arrays.copyOfRange(WATER, 0, 8))
                + "星空下的露营地\n\n"
                + column(16, "夜幕降临，高原草甸上支起一顶顶帐篷，天文爱好者架好望远镜，等待银河从东边升起。",
                        "营地主人原是一名摄影师，五年前辞职来到草原，带着游客拍星轨、认星座，讲古人观天的故事。",
                        "周末的帐篷总是一位难求，年轻人结伴而来，围着篝火唱歌，直到东方泛起鱼肚白。",
                        "他说，草原上光污染少，晴朗的夜晚肉眼就能看见仙女座星系，这是最好的招牌。")
                + "老街又热闹了\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("星空下的露营地"));
        assertTrue(articles.get(0).body().contains("老街又热闹了"));
    }

    @Test
    void aToldSpeechRunIntoItsTextUnderTheCreditOfTheOneAboveStaysInTheCollection() {
        // who tells it (…讲述：) and the point run into the text, no heading, under the 整理 credit of the speech above
        String page = "某某县水务局局长张明讲述：\n让农户喝上放心水\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "（本报记者李明整理）\n\n"
                + column(16, "某某镇文化站站长王丽华讲述：让老街留住烟火气" + TOWN[0], TOWN[1], TOWN[2])
                + "（本报记者王芳整理）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("王丽华讲述：让老街留住烟火气"));
    }

    @Test
    void toldSpeechesEachTakenDownStayInTheirCollection() {
        // each speech headed by who tells it (…讲述：) over its point, signed by the reporter who took it down (整理);
        // the next speech headed alike under such a credit: one collection
        String page = "某某县水务局局长张明讲述：\n让农户喝上放心水\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "（本报记者李明整理）\n\n"
                + "某某镇文化站站长王丽华讲述：\n让老街留住烟火气\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "（本报记者王芳整理）\n\n"
                + "某某营地负责人赵刚讲述：\n让游客看见银河\n\n"
                + column(16, "夜幕降临，高原草甸上支起一顶顶帐篷，天文爱好者架好望远镜，等待银河从东边升起。",
                        "营地主人原是一名摄影师，五年前辞职来到草原，带着游客拍星轨、认星座，讲古人观天的故事。")
                + "（本报记者孙丽整理）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("让老街留住烟火气"));
        assertTrue(articles.get(0).body().contains("让游客看见银河"));
    }

    @Test
    void aFirstPartStackedUnderALabelledTitleWithoutItsOwnBylineOpensAReportInParts() {
        // reporters' notes under one labelled title: the first part's heading stacked under the title, its text with no
        // byline over it, then each next part headed alike over its reporter's byline
        String page = "我在乡村做调查（一线见闻）\n\n某县供水见闻\n\n" + column(16, WATER)
                + "古镇老街的新生\n\n本报记者 王芳\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "草原营地的夜晚\n\n本报记者 赵刚\n\n"
                + column(16, "夜幕降临，高原草甸上支起一顶顶帐篷，天文爱好者架好望远镜，等待银河从东边升起。",
                        "营地主人原是一名摄影师，五年前辞职来到草原，带着游客拍星轨、认星座，讲古人观天的故事。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("我在乡村做调查（一线见闻）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("古镇老街的新生"));
        assertTrue(articles.get(0).body().contains("草原营地的夜晚"));
    }

    @Test
    void aColumnOpenedByItsNoteGoesOnInTheReportsTheNoteAnnounces() {
        // a new column's note (开栏的话) under its headline announces the reports below: each headed by a speaker
        // handing over to their point, over its reporter's byline, is a part of the one report; the label opens the body
        String page = "乡村代表履职记\n\n开栏的话\n\n"
                + column(16, "一年来，来自乡村的代表们走田埂、进农家，把群众的心声带进会场。本报今起开设专栏，讲述他们的履职故事。")
                + "张明代表——\n\n守护水源\n\n建言供水\n\n本报记者 李明\n\n" + column(16, WATER)
                + "王丽华代表——\n\n留住乡愁\n\n建言古镇\n\n本报记者 王芳\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("乡村代表履职记", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("开栏的话"), articles.get(0).body());
        assertTrue(articles.get(0).body().contains("留住乡愁"));
    }

    @Test
    void aSpeakerLineWiderThanTheColumnAfterAnotherSpeakersSectionStaysInTheRoundUp() {
        // a round-up of members' words, each headed by the speaker's office and name alone; the text under each calls
        // them a member (张明委员); a longer office sets the line wider than the column, as a headline would be
        String page = "委员畅谈民生事\n\n" + column(16, WATER[0], WATER[5], WATER[6])
                + "某某县水务局局长张明\n\n" + column(16, "农村供水怎样管得好？张明委员说，县里把农村供水工程列为民生实事。",
                        WATER[1], WATER[2], WATER[3], WATER[4])
                + "某某自治区某某自治州草原监理所所长赵刚\n\n"
                + column(16, "谈起草原上的新变化，赵刚委员打开了话匣子。夜幕降临，高原草甸上支起一顶顶帐篷，天文爱好者架好望远镜。",
                        "营地主人原是一名摄影师，五年前辞职来到草原，带着游客拍星轨、认星座，讲古人观天的故事。",
                        "周末的帐篷总是一位难求，年轻人结伴而来，围着篝火唱歌，直到东方泛起鱼肚白。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("草原监理所所长赵刚"));
    }

    @Test
    void sectionsHeadedAlikeAsWhoOverWhatStayInOneReport() {
        // a report on several people, each section headed by who over what (某县贫困户张明：…), the heading wrapped as
        // text on a page without blank lines; each section speaks of its own person and place
        String page = "脱贫路上新营生\n" + tight(16, java.util.Arrays.copyOfRange(WATER, 0, 8))
                + "某某县城关镇贫困户张明：\n开网店卖山货挣钱\n"
                + tight(16, "夜幕降临，高原草甸上支起一顶顶帐篷，天文爱好者架好望远镜，等待银河从东边升起。",
                        "营地主人原是一名摄影师，五年前辞职来到草原，带着游客拍星轨、认星座，讲古人观天的故事。",
                        "周末的帐篷总是一位难求，年轻人结伴而来，围着篝火唱歌，直到东方泛起鱼肚白。")
                + "某某县河口乡贫困户赵刚：\n办起民宿迎游客忙\n" + tight(16, TOWN[0], TOWN[1], TOWN[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("营地主人"));
    }

    @Test
    void theRestOfAReportInPartsContinuedHereStaysOneText() {
        // continued from another page (上接), where the report's headline stands: each part headed alike over its byline
        String page = "（上接第一版）\n\n某某县水务局局长张明\n让农户喝上放心水\n\n本报记者 李明\n\n" + column(16, WATER[0], WATER[1], WATER[2])
                + "某某镇文化站站长王丽华\n让老街留住烟火气\n\n本报记者 王芳\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("让农户喝上放心水"));
        assertTrue(articles.get(0).body().contains("让老街留住烟火气"));
    }

    @Test
    void aNumberedHeadingAtTheTopOfThePageOpensTheRestOfAnArticleUntitled() {
        // no headline is numbered, however wide: at the top of the page, or under a 上接 marker
        for (String top : List.of("", "（上接第一版）\n\n")) {
            String page = top + "二、建好更要管好让农村供水工程长期发挥效益\n\n" + column(16, WATER[3], WATER[4], WATER[5]);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(1, articles.size(), titles(articles));
            assertEquals(null, articles.get(0).title(), titles(articles));
            assertTrue(articles.get(0).body().startsWith("二、建好更要管好"), titles(articles));
        }
    }

    @Test
    void aHeadingUnderAJumpMarkerThatOpensThePageOpensTheRestOfAnArticleUntitled() {
        // a continued text's headline stands where it began, or after its text; over the rest of it, at the top of the
        // page, a heading (however wide) opens one of its sections
        String page = "（上接第一版）\n\n建好更要管好让农村供水工程长期发挥效益\n\n" + column(16, WATER[3], WATER[4], WATER[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertNull(articles.get(0).title(), titles(articles));
        assertTrue(articles.get(0).body().startsWith("建好更要管好让农村供水工程长期发挥效益"), titles(articles));

        // with no marker, the same heading at the top of the page is the headline of the text under it
        List<ArticleDraft> unmarked = splitter.split(page.substring(page.indexOf("建好")));
        assertEquals("建好更要管好让农村供水工程长期发挥效益", unmarked.get(0).title(), titles(unmarked));
    }

    @Test
    void theNextSpeechOfACollectionHeadedByItsPointOverTheSpeakerStaysInIt() {
        // each speech taken down by a reporter (整理), the next headed by its point over who gives it, wrapped where the
        // bracket runs over: one collection, however much the heading looks like a headline
        String page = "代表委员谈古镇保护\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "本报记者王小明整理\n\n"
                + "留住古镇烟火气\n\n王大山代表（江城区古镇办主任、区\n\n文旅局局长）\n\n" + column(16, TOWN[3], TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertTrue(articles.get(0).body().contains("留住古镇烟火气"));
    }

    @Test
    void theNextSpeechsPointOverItsSpeakersNameWrappedAsTextStaysInTheCollection() {
        // the point alone on its line, the speaker's post wrapped after an enumeration comma (…主任、/ 区文旅局局长）), so
        // the name reads as a paragraph of text: still the collection's next speech under the credit of the one above
        String page = "代表委员谈古镇保护\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "本报记者王小明整理\n\n"
                + "留住古镇烟火气\n\n王大山代表（江城区古镇办主任、\n\n区文旅局局长）\n\n" + column(16, TOWN[3], TOWN[4], TOWN[5])
                + "本报记者赵小刚整理\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("留住古镇烟火气"));
    }

    @Test
    void aFigureOverTheFirstPartsTitleUnderAnEditorsNoteHeadsThatPart() {
        // an editor's note announces the reports under it, each headed by a figure over its title and signed by its
        // reporter; the first figure has a clause in it (…，/ 接待…), so it reads as text under the note
        String page = "古镇老街焕新颜（民生视线）\n\n" + column(16, "古镇改造进展如何？老街居民有哪些新变化？请看本报记者的报道。") + "——编者\n\n"
                + "今年以来修缮老屋120间，\n\n接待游客30万人次\n\n老屋修缮留住乡愁\n\n本报记者 王小明\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "今年以来共为200户手艺人发\n\n放补贴18万元\n\n非遗工坊收徒传艺\n\n本报记者 李大华\n\n" + column(16, TOWN[3], TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("古镇老街焕新颜（民生视线）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("老屋修缮留住乡愁"));
    }

    @Test
    void theNextStoryUnderAnEditorsNoteHeadedLikeTheFirstStaysInTheFeatureAfterItsReportersCredit() {
        // an editor's note introduces stories each under a short heading, each closed by its reporter's credit: the
        // heading after a credit, as long as the first story's, is the next story, not another article
        String[] deputy = {
            "去年两会期间，王大山代表在团组讨论时介绍了古镇保护的情况，乡亲们的期盼让他铭记于心。",
            "一年来，王大山代表扎根古镇，走街串巷听取群众意见，推动老屋修缮、老街改造，古镇的烟火气回来了。"};
        String[] field = {
            "村里的麦田一望无际，农机手驾驶收割机来回穿梭，金黄的麦浪一片片倒下，粮仓里堆起了小山。",
            "合作社的负责人说，今年小麦亩产比去年高出一成，订单早早签下，种粮大户心里踏实多了。"};
        String page = column(16, "去年两会期间，代表们在团组讨论时踊跃发言，为家乡发展建言献策。",
                        "一年来，代表们扎根基层、贴近群众，把乡亲们的期盼落实到一件件实事之中。") + "——编者\n\n"
                + "留住古镇烟火气\n\n" + column(16, "“古镇的烟火气要留住。”") + "——王大山代表\n\n" + column(16, deputy)
                + "（本报记者王小明）\n\n"
                + "守好丰收好年景\n\n" + column(16, "“种粮人心里要踏实。”") + "——李大田代表\n\n" + column(16, field)
                + "（本报记者李大华）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("守好丰收好年景"));
    }

    @Test
    void aPicturesStandingHeadOverItsCaptionNeverTitlesTheUntitledDispatchAboveIt() {
        // a second dispatch under the headline of the first wants no headline of its own; the standing head under it
        // heads the picture item, its caption closed by the photo credit
        String page = "张明分别同青岚国、白川国外长通电话\n\n" + column(16, CALLS) + "图片报道\n\n"
                + column(16, "3月8日，江城港码头上，吊机正在装运出口货物，货轮进出繁忙。") + "张小明摄\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals("图片报道", articles.get(articles.size() - 1).title(), titles(articles));
        assertTrue(articles.get(articles.size() - 1).body().startsWith("3月8日"), titles(articles));
        assertEquals(1, articles.stream().filter(a -> "图片报道".equals(a.title())).count(), titles(articles));
    }

    @Test
    void theCaptionsOfASetOfNumberedPicturesEachWithItsCreditAreOnePictureItem() {
        String page = "图片报道\n\n" + column(16, "图①：古镇老街上，手艺人正在编织竹篮。") + "张小明摄\n\n"
                + column(16, "图②：游客在非遗工坊体验蓝印花布制作。") + "李大华摄\n\n"
                + column(16, "图③：修缮一新的老屋迎来了新住户。") + "新华社发\n\n"
                + column(16, "图④：古镇夜景灯火璀璨。") + "王小刚摄\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("图④：古镇夜景灯火璀璨。"));
    }

    @Test
    void aLineOfNamesBrokenOffTheOneLineEndOfItsSentenceIsText() {
        // the last two lines of a report: the names run on to a line of their own, broken mid-name, read as a heading
        String page = "江城召开古镇保护座谈会\n\n" + column(22, TOWN[0], TOWN[1], TOWN[2]) + "张大山、李小河、王明、何\n\n立峰、高云龙等参加座谈。\n\n"
                + "乡村麦田喜获丰收\n\n" + column(22, "村里的麦田一望无际，农机手驾驶收割机来回穿梭，金黄的麦浪一片片倒下，粮仓里堆起了小山。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().endsWith("张大山、李小河、王明、何立峰、高云龙等参加座谈。"), articles.get(0).body());
    }

    @Test
    void aLabelledTitleWiderThanTheColumnUnderItsKickerIsTheTitle() {
        // no blank lines on the page: the kicker's spaced phrases mark it a heading, and the title under it, its column
        // label in half-width brackets, runs as wide as the column; it is no first line of the text
        String page = ("留住乡愁 留住烟火\n让古镇老街重新热闹起来吧(古镇论坛)\n" + column(16, TOWN)).replace("\n\n", "\n");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("让古镇老街重新热闹起来吧(古镇论坛)", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("清晨的古镇"), articles.get(0).body());
    }

    @Test
    void aHeadingInsideAnEssayBeforeTheNoteOfWhoDraftedItIsASection() {
        // a writing group's essay is signed by who drafted it (（执笔：…）), as an author's essay by its author's note
        // (the section after the heading turns to the farms around the town, in words of its own)
        String page = "古镇的新生\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "乡野也热闹\n\n"
                + column(16, "走进村里的草莓大棚，一垄垄草莓红彤彤的，前来采摘的游客提着篮子穿行其间，笑声不断。",
                        "合作社负责人算了一笔账，今年草莓亩产比去年提高两成，采摘游又带动了农家乐的生意。",
                        "农技员常驻大棚，教村民控温控湿、科学施肥，草莓个头大、甜度高，订单排到了下个月。", "（执笔：王小明）");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), articles.toString());
    }

    @Test
    void theNextSpeechOfACollectionTakenDownByReportersStaysInIt() {
        // each speech headed by its point run into its speaker (…代表（…）), signed by the reporter who took it down
        String[] harbour = {
            "港口码头的吊机昼夜不停，集装箱货轮进出繁忙，新开的航线把货物送往远方的港口。",
            "海关推行提前申报，通关时间缩短一半，外贸企业的订单交付更有保障了。"};
        String page = "代表委员谈发展\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "本报记者王小明整理\n\n让货轮跑得更快\n\n李海代表（某某港务集团董事\n\n长）\n\n" + column(16, harbour[0], harbour[1])
                + "本报记者赵小刚整理\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("让货轮跑得更快"));
    }

    @Test
    void theNextSpeechOpeningWithItsSpeakerInFullRunIntoItsPointStaysInTheCollection() {
        // no bracket: who speaks (title and name, 代表) and the point, run together into the text with no stop between
        String page = "代表委员谈发展\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "本报记者王小明整理\n\n"
                + column(16, "某某港务集团董事长李海代表让货轮跑得更快港口码头的吊机昼夜不停，集装箱货轮进出繁忙。",
                        "海关推行提前申报，通关时间缩短一半，外贸企业的订单交付更有保障了。")
                + "本报记者赵小刚整理\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("李海代表让货轮跑得更快"));
    }

    @Test
    void aTextOpeningOnASpeakersClauseUnderACompilersCreditIsAnotherArticle() {
        // 代表 closes a clause a few words on (…代表表示，): the opening of a report, not the head of a speech
        String page = "代表委员谈发展\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "本报记者王小明整理\n\n"
                + column(16, "某某港务集团董事长李海代表表示，港口码头的吊机昼夜不停，集装箱货轮进出繁忙。",
                        "海关推行提前申报，通关时间缩短一半，外贸企业的订单交付更有保障了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
    }

    private static final String[] CRAFTS = {
        "竹编要先选竹、破篾、刮篾，一根竹子要劈成几十根细篾，薄得能透光，手上功夫全靠日积月累。",
        "这几年我把竹编带进了中小学课堂，孩子们编出小篮子、小蚂蚱，眼睛里都是光。",
        "蓝印花布用黄豆粉和石灰调浆刮印，入缸浸染再晾晒，一匹布要经过十几道工序才能完成。",
        "我在老粮站开了一间工坊，游客可以亲手刮浆染布，带走一块自己印的方巾。",
        "木雕讲究因材施艺，一块香樟木放在案头看上半个月，才敢落下第一刀。",
        "去年我带了六个徒弟，最小的才十九岁，手艺有人接班，我心里就踏实了。"};

    @Test
    void speechesTakenDownUnderHeadingsSetAlikeStayInTheirCollection() {
        // after the first, each speech headed by its point over who gives it (no 代表 or 委员 in the name), signed by the
        // reporter who took it down, no byline of its own: one collection under the headline, however far apart their
        // subjects
        String page = "手艺人说手艺（古镇访谈）\n\n" + column(16, TOWN[0], TOWN[1])
                + "把竹编带进课堂\n\n" + column(16, CRAFTS[0], CRAFTS[1]) + "（本报记者李华整理）\n\n"
                + "一匹布的十几道工序\n\n蓝印花布传承人赵小梅\n\n" + column(16, CRAFTS[2], CRAFTS[3]) + "（本报记者王明整理）\n\n"
                + "刀下要有耐心\n\n木雕艺人孙大林\n\n" + column(16, CRAFTS[4], CRAFTS[5]) + "（本报记者张强整理）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        // (the first speech, its heading one line under a short lead, is a matter of other rules)
        ArticleDraft first = articles.stream().filter(a -> a.body().contains("竹编要先选竹")).findFirst().orElseThrow();
        assertEquals(articles.get(articles.size() - 1), first, titles(articles));
        assertTrue(first.body().contains("一匹布的十几道工序"), titles(articles));
        assertTrue(first.body().contains("刀下要有耐心"), titles(articles));
        assertTrue(first.body().contains("去年我带了六个徒弟"), titles(articles));
    }

    @Test
    void speechesHeadedByANameClosedByAColonAreArticlesOfTheirOwn() {
        // a name closed by a colon hands over to its title as a kicker: under the credit of the speech before, separate
        // short articles, each signed 整理 (the first, under the lead, is read as a section of the article above)
        String page = "手艺人说手艺（古镇访谈）\n\n" + column(16, TOWN[0], TOWN[1])
                + "竹编艺人王大山：\n\n把竹编带进课堂\n\n" + column(16, CRAFTS[0], CRAFTS[1]) + "（本报记者李华整理）\n\n"
                + "蓝印花布传承人赵小梅：\n\n一匹布的十几道工序\n\n" + column(16, CRAFTS[2], CRAFTS[3]) + "（本报记者王明整理）\n\n"
                + "木雕艺人孙大林：\n\n刀下要有耐心\n\n" + column(16, CRAFTS[4], CRAFTS[5]) + "（本报记者张强整理）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("一匹布的十几道工序", articles.get(1).title());
        assertEquals("刀下要有耐心", articles.get(2).title());
    }

    @Test
    void aNumeralAloneUnderAHeadlineNumbersTheFirstSectionOfTheText() {
        // an essay in numbered parts: 一 under the headline is its first part's number, never a line of the headline
        String page = "山居\n\n一\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "二\n\n" + column(16, TOWN[3], TOWN[4]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("山居", articles.get(0).title());
        assertEquals(null, articles.get(0).kicker());
        assertTrue(articles.get(0).body().startsWith("一\n\n清晨的古镇"), articles.get(0).body());
    }

    @Test
    void aNumeralOrAPrologueLabelSetTightUnderAHeadlineOpensTheText() {
        // on a page without blank lines the numeral (一) or the prologue's label (引子) stands tight under the title: the
        // first section's number or name, never the title with the headline above it read as its kicker
        for (String opener : List.of("一", "引子")) {
            String page = "山居\n" + opener + "\n" + tight(16, TOWN[0], TOWN[1], TOWN[2]);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(1, articles.size(), titles(articles));
            assertEquals("山居", articles.get(0).title(), titles(articles));
            assertNull(articles.get(0).kicker());
            assertTrue(articles.get(0).body().startsWith(opener + "\n\n清晨的古镇"), articles.get(0).body());
        }
    }

    @Test
    void linesUnderATitleClosedByItsColumnLabelHeadTheFirstSection() {
        // a kicker, the title closed by its column label, then the first section's kicker handing over and its heading,
        // all stacked tight: a labelled title takes no undashed subtitle, so the lines under it open the text
        String page = "古镇新事\n老街又热闹起来（乡村新貌）\n保老手艺——\n竹编工坊收了新徒弟\n" + tight(16, TOWN[0], TOWN[1], TOWN[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("老街又热闹起来（乡村新貌）", articles.get(0).title(), titles(articles));
        assertEquals("古镇新事", articles.get(0).kicker());
        assertNull(articles.get(0).subtitle());
        assertTrue(articles.get(0).body().startsWith("保老手艺——\n\n竹编工坊收了新徒弟\n\n清晨的古镇"), articles.get(0).body());
    }

    @Test
    void theFirstHeadingUnderAShortLeadOfALabelledTitleOpensItsFirstSection() {
        // a title closed by its column label, a lead of two sentences too short to measure a topic on, then a plain
        // heading over text on the old town the lead never names: the feature's first section, not another article
        String page = "青山绿水入画来（美丽乡村行）\n\n"
                + column(16, "乡村美不美，关键看生态。近年来，各地把整治人居环境摆上案头，一座座村庄变得清清爽爽。")
                + "老街留住乡愁\n\n" + column(16, TOWN);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("青山绿水入画来（美丽乡村行）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("老街留住乡愁\n\n清晨的古镇"), articles.get(0).body());
    }

    @Test
    void theFirstHeadingUnderAShortLeadOfASubtitledTitleOpensItsFirstSection() {
        // a title closed by its dashed subtitle, no dispatch's dateline under it, over its reporters' byline or with them
        // named only at its end, a lead of one sentence too short to measure a topic on, then a plain heading set wider
        // than the column over text on an old town neither of them names: the round-up's first section, not another article
        for (String byline : List.of("本报记者 李明 王芳\n\n", "\n")) {
            String page = "青山绿水入画来\n——美丽乡村建设引发各地热烈反响\n" + byline
                    + column(16, "乡村美不美，关键看生态。近年来，各地把整治人居环境摆上案头，一座座村庄变得清清爽爽。")
                    + "让千年水脉焕发新的生机活力再启新程书写新篇\n\n" + column(16, TOWN);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(1, articles.size(), titles(articles));
            assertEquals("青山绿水入画来", articles.get(0).title());
            assertTrue(articles.get(0).body().contains("再启新程书写新篇\n\n清晨的古镇"), articles.get(0).body());
        }
    }

    @Test
    void aLineReportingWhatADocumentAsksIsTextWhateverBracketClosesIt() {
        // a paragraph's first line closed by a bracket (（自治县）) after a finished sentence, on a page without blank lines:
        // it reports what the document asks (…要求，…), a sentence run on into the next line, never a labelled title
        String page = "青石推进节水行动\n" + tight(16,
                "本报青石5月5日电（记者李明）记者从青石市水利局获悉：近日印发的《青石市节水行动办法》部署了五大重点行动。",
                "《办法》要求，完善市县（自治县）两级取用水计量监测和统计考核体系，落实计划用水管理，推进节水型社区建设。",
                "据介绍，全市还将推广农业节水灌溉技术，推动重点行业节水改造，到明年底万元产值用水量下降一成。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("青石推进节水行动", articles.get(0).title(), titles(articles));
        assertTrue(articles.get(0).body().contains("《办法》要求，完善市县（自治县）两级取用水"), articles.get(0).body());
    }

    @Test
    void aLineUnderAShortUntitledDispatchThatEchoesItIsItsHeadlineSetAfterIt() {
        // a short news item opened by its dateline, untitled, then a line that echoes it over a picture's caption: the
        // item's headline set after it (news items are printed without sections), never a section of the item
        String page = "老街又热闹起来\n" + tight(16, TOWN[0], TOWN[1], TOWN[2])
                + tight(16, "本报青石5月5日电（记者李明）青石市水利局近日印发节水行动办法，全市将推进农业节水增效和工业节水减排。",
                        "办法要求，到明年底全市万元产值用水量下降一成，城镇供水管网漏损率控制在百分之十以内。")
                + "青石出台节水行动办法\n"
                + tight(16, "立夏时节，山村的水田里一片忙碌，村民们弯腰插秧，田埂上笑声不断。", "张三摄")
                + "立夏插秧忙\n"
                + tight(16, "本报白川5月5日电（记者王五）白川县今年新建高标准农田三万亩，春播面积比去年同期有所增加。",
                        "县里组织农技人员下田指导，帮助农户选用良种、科学施肥，为秋粮丰收打好基础。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals("青石出台节水行动办法", articles.get(1).title(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("本报青石5月5日电"), articles.get(1).body());
        assertTrue(articles.get(1).body().endsWith("控制在百分之十以内。"), articles.get(1).body());
    }

    @Test
    void aDashAloneOnItsLineEndsTheSentenceAbove() {
        // the dash handing over to the next paragraph wrapped onto a line of its own: no heading, no new article
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1], "一个问题在老街人心头萦绕不散") + "——\n\n"
                + column(16, TOWN[3], TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("老街又热闹起来", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("萦绕不散——\n\n老街上开了茶馆"), articles.get(0).body());
    }

    @Test
    void aHeadingReadAsASectionOverTextOnAnotherSubjectHeadsThatText() {
        // a short plain heading that echoes the text above (手艺人, 故事), over a story that shares nothing with it: the
        // story is another article, and the heading over it is its headline, not the last line of the text above
        // (no editor's note over the text: stories a note announces stay in its feature)
        String page = "古镇新生\n\n本报记者 李明\n\n" + column(16, "今天起，本版推出古镇系列报道，讲述古镇改造中老街人的故事。",
                TOWN[0], TOWN[1], TOWN[2], TOWN[3], TOWN[4], TOWN[5], "古镇的变化，老街的手艺人看得最清楚，他们的故事说也说不完……")
                + "老街手艺人的故事\n\n" + column(16, "那年冬天下着大雪，王师傅挑着担子走了三十里山路，只为给病中的徒弟送一碗热汤。",
                        "徒弟喝完汤，眼圈红了。他说师傅待他比亲爹还亲，这份情分一辈子也还不完。",
                        "后来徒弟出了师，自己开了店，逢年过节总要提着礼物上门看望师傅和师娘。",
                        "师傅常说，教会徒弟不难，难的是教他做人，做人做好了，手上的活自然也就好了。",
                        "这些话，徒弟记了半辈子，如今又讲给自己的徒弟听。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("老街手艺人的故事", articles.get(1).title());
        assertFalse(articles.get(0).body().contains("老街手艺人的故事"), articles.get(0).body());
        assertTrue(articles.get(1).body().startsWith("那年冬天"), articles.get(1).body());
    }

    @Test
    void aPictureItemsStandingHeadUnderItsCreditHeadsThatItem() {
        // a caption and its photo credit after a finished report, then the picture item's standing head (图片报道) set
        // after them, stacked over the next report's headline: the head goes back to the picture, the headline on
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "（本报江城5月6日电）\n\n"
                + column(16, "5月5日，江城古镇的手艺人在非遗工坊里编竹篮。") + "王小五摄\n\n" + "图片报道\n\n"
                + "县里新建的乡村公路全线贯通\n\n" + "本报江城5月6日电（记者王芳）\n\n"
                + column(16, "县里新建的乡村公路日前全线贯通，沿线十二个村的群众出行更方便了。",
                        "公路通车后，山里的茶叶、竹笋运出去的时间缩短了一半，村民们的收入也跟着涨了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("图片报道", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("5月5日"), articles.get(1).body());
        assertEquals("县里新建的乡村公路全线贯通", articles.get(2).title());
    }

    @Test
    void aFewPlainWordsUnderACaptionsAgencyCreditAreThatPictureItemsHeadline() {
        // a caption opened by its byline, closed by an agency photographer's credit, then a short plain headline set
        // after it: the picture item's, not a section heading of the untitled text under it
        String page = "江岸新颜\n\n" + column(16, "清晨的江边，环卫工人驾驶保洁船打捞水面漂浮物，沿岸步道干干净净。")
                + "人民日报记者/赵小明\n\n" + column(16, "近年来，江城湿地公园不断扩建，吸引越来越多的候鸟在此越冬。图为成群的白鹭在浅滩上觅食。")
                + "新华社记者王小明摄\n\n白鹭 归来\n\n" + column(16, TOWN[0], TOWN[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("白鹭归来", articles.get(1).title());
        assertTrue(articles.get(1).body().endsWith("新华社记者王小明摄"), articles.get(1).body());
        assertNull(articles.get(2).title());
    }

    @Test
    void aCaptionAfterUntitledTextBeginsThePictureItemWhoseHeadlineIsSetAfterItsCredit() {
        // untitled text, then a caption opening as captions do (图为…) closed by its credit, then a few plain words over
        // the next news item's headline: the words head the picture item, which begins at its caption
        String page = column(16, "节日期间，全市安全生产检查组深入企业排查隐患，督促整改问题二百余项。", "其中，江城区组织安全员走访商场、景区。",
                "图为11月20日，江城湿地公园里，成群的白鹭在浅滩上觅食。") + "新华社记者王小明摄\n\n白鹭归来\n\n江城——\n首届观鸟节开幕\n\n"
                + column(16, "本报江城11月20日电（记者李华）江城首届观鸟节今天在湿地公园开幕，数千名市民前来观鸟。",
                        "公园管理处介绍，今年越冬候鸟比往年早到半个月，种类也多了十余种。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertNull(articles.get(0).title());
        assertEquals("白鹭归来", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("图为11月20日"), articles.get(1).body());
        assertEquals("首届观鸟节开幕", articles.get(2).title());
    }

    /** A news item about a new logistics park, opened by its dateline: the next article under a picture item. */
    private static final String PARK = "江城新建物流园投入使用\n\n本报江城9月8日电（记者李华）\n\n"
            + column(16, "江城新建的物流园今天开始启用运营，首批二十多家快递和冷链企业入驻。",
                    "园区管委会介绍，物流园建成后，全市快递包裹的中转时间可缩短约三成。");

    @Test
    void aLineOpeningWithWhatThePictureShowsIsNeverAHeading() {
        // a page without blank lines, a picture item over a news item with a wide headline: the caption's first line
        // (图为…) as wide as the column, over a short line that ends its sentence, stands apart as a heading would
        String page = "稻谷满仓\n" + tight(14, "秋分过后，江城县北部的万亩稻田进入收割期，农民们趁着晴好天气抢收。")
                + "图为9月8日，江城县青石新田村\n村民在翻晒新收的稻谷。\n张小明摄（影像中国）\n"
                + "江城新建物流园投入使用包裹中转时间缩短三成\n本报江城9月8日电（记者李华）\n"
                + tight(14, "江城新建的物流园今天开始启用运营，首批二十多家快递和冷链企业入驻。园区管委会介绍，物流园建成后，全市快递包裹的中转时间可缩短约三成。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("稻谷满仓", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("图为9月8日，江城县青石新田村村民在翻晒新收的稻谷。"), articles.get(0).body());
        assertEquals("江城新建物流园投入使用包裹中转时间缩短三成", articles.get(1).title());
    }

    @Test
    void aShortLeadOverACaptionThatSharesItsWordsStaysInThePictureItemWhoseHeadlineIsSetAfterItsCredit() {
        // another article signed off by its credit, then a picture item set headline last: a lead of one sentence, a
        // caption naming what the lead names (稻谷), the credit, the item's headline stacked over the next news item's
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2]) + "（本报记者欧阳芳）\n\n"
                + column(16, "秋分过后，江城县北部的万亩稻田进入收割期，农民们趁着晴好天气抢收稻谷。",
                        "图为9月8日，江城县青石村村民在翻晒新收的稻谷。")
                + "张小明摄（影像中国）\n\n稻谷满仓\n\n" + PARK;
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("老街又热闹起来", articles.get(0).title());
        assertEquals("稻谷满仓", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("秋分过后"), articles.get(1).body());
        assertEquals("江城新建物流园投入使用", articles.get(2).title());
    }

    @Test
    void aPhotoCreditReadIntoTheHeadingUnderACaptionGoesBackWithItsHead() {
        // a page without blank lines: the credit under the caption is read as the first line of the heading under it
        String page = "老街又热闹起来\n" + tight(16, TOWN[0], TOWN[1], TOWN[2]) + "（本报江城5月6日电）\n"
                + tight(16, "5月5日，江城古镇的手艺人在非遗工坊里编竹篮。") + "新华社记者王小五摄\n" + "图片报道\n"
                + "县里新建的乡村公路全线贯通\n" + "本报江城5月6日电（记者王芳）\n"
                + tight(16, "县里新建的乡村公路日前全线贯通，沿线十二个村的群众出行更方便了。",
                        "公路通车后，山里的茶叶、竹笋运出去的时间缩短了一半，村民们的收入也跟着涨了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("图片报道", articles.get(1).title());
        assertTrue(articles.get(1).body().endsWith("新华社记者王小五摄"), articles.get(1).body());
        assertEquals("县里新建的乡村公路全线贯通", articles.get(2).title());
    }
    @Test
    void aSentenceWithClausesUnderALabelledTitleOpensTheText() {
        // the standfirst, a sentence wrapped over two lines under the labelled title: the text's first paragraph,
        // neither the title nor a subtitle
        String page = "老街又热闹起来\n\n" + column(16, TOWN[0], TOWN[1]) + "手艺传承要靠年轻人（民生观）\n\n"
                + "老手艺要传下去，离不开年轻人的热爱，更\n\n" + "离不开社会的扶持\n\n" + column(16, TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("手艺传承要靠年轻人（民生观）", articles.get(1).title());
        assertEquals(null, articles.get(1).subtitle());
        assertTrue(articles.get(1).body().startsWith("老手艺要传下去，离不开年轻人的热爱，更离不开社会的扶持\n\n镇里还把"), articles.get(1).body());
    }

    @Test
    void aProfileTurningToAnotherSideOfItsSubjectInOtherWordsStaysOneArticle() {
        // the profile's next episode shares under 3% of its word pairs with the text before, but both keep coming back
        // to the woman they tell of (李春梅): one article, not the rest of another printed after it
        String page = "山坳里的乡村医生\n\n" + column(16,
                "清晨六点，李春梅已经背着药箱出了门。她是山坳里唯一的乡村医生，村卫生室就设在她家隔壁的两间平房里。",
                "二十年来，李春梅走遍了全村十一个组，哪家老人有高血压、哪家孩子该打疫苗，她心里都有一本账。村卫生室的药柜擦得锃亮，病历一摞摞码得整整齐齐。",
                "去年冬天下大雪，村东头的王大爷半夜胸口疼，李春梅打着手电筒踩着积雪赶过去，守到天亮才把老人送上救护车。",
                "村民们说，有李春梅在，心里就踏实。镇卫生院几次想调她去坐诊，她都婉言谢绝了。",
                "这些年，村卫生室添了血压计、血糖仪，还接通了远程会诊系统，李春梅也考取了执业助理医师资格证。",
                "量血压、听心跳、写随访记录，一天下来要跑二三十户人家，回到家常常已是深夜，鞋底沾满了泥，可她从没喊过一声累。",
                "闲下来的时候，李春梅喜欢拉二胡。那把旧琴是父亲留给她的，琴弦换过好几回，琴筒上的漆早已斑驳。",
                "小时候家里穷，父亲白天放羊，晚上就坐在门槛上教她识谱。李春梅学得快，十岁就能完整演奏一首曲子。",
                "如今，每逢周末傍晚，院坝里总会响起悠扬的琴声，邻居们端着饭碗围坐过来，听李春梅拉上几段。",
                "她说，琴声里有父亲的味道，也有这片土地的味道。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
    }

    @Test
    void aTextOpeningWithTheSummaryLabelTakesTheLabelledTitleSetAfterIt() {
        // the summary's label (内容提要) opens the page: the text's headline is set after it, under the author's note,
        // stacked over the next article's title and byline; the label is the body's first line, never a title
        String page = "内容提要\n" + tight(16, TOWN[0], TOWN[1], TOWN[2]) + "（作者为江城大学教授）\n古镇新生（名家论坛）\n麦浪滚滚丰收在望\n"
                + "本报记者 王小明\n" + tight(16, "村里的麦田一望无际，农机手驾驶收割机来回穿梭，金黄的麦浪一片片倒下，粮仓里堆起了小山。",
                        "合作社的负责人说，今年小麦亩产比去年高出一成，订单早早签下，种粮大户心里踏实多了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("古镇新生（名家论坛）", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("内容提要\n\n清晨的古镇"), articles.get(0).body());
        assertEquals("麦浪滚滚丰收在望", articles.get(1).title());
    }

    @Test
    void aPartHeadedLikeTheFirstUnderAnEditorsNoteStaysAPartHoweverTheFigureWraps() {
        // the first part's heading (a figure over its title) is read as a heading under the note; the next part's
        // figure wraps, so its heading runs a line longer: still the next part the note announced
        String page = "古镇老街焕新颜（民生视线）\n" + tight(16, "古镇改造进展如何？老街居民有哪些新变化？请看本报记者的报道。") + "——编者\n"
                + "1—3月修缮老屋120间，接待游客3万人次\n老屋修缮留住乡愁\n本报记者 王小明\n" + tight(16, TOWN[0], TOWN[1], TOWN[2])
                + "今年以来，共为200户手艺人\n发放补贴18万元\n非遗工坊收徒传艺\n本报记者 李大华\n" + tight(16, TOWN[3], TOWN[4], TOWN[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("非遗工坊收徒传艺"), articles.get(0).body());
    }

    @Test
    void aSourceLineWrappedWhereAWordRunsOnEndsTheReportAboveItsHeadlineSetAfterIt() {
        // the source's name wraps mid-word (…临海港经 / 济区…) over the report's headline set after it: the wrapped
        // name is the source line's end, not a text of its own under the report
        String page = tight(16, TOWN[0], TOWN[1], TOWN[2], "老街上开了茶馆、书屋和手作坊，搬走的居民又回来了，古镇的烟火气一天天浓起来，加快迈向“万亿旅游")
                + "时 代 ”。数 据 来 源 ：江 城 临 海 港 经\n济区开发建设服务管理处\n\n江城临海港经济区加快打造对外开放新高地\n\n本版责编：王五\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("江城临海港经济区加快打造对外开放新高地", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("数据来源：江城临海港经济区开发建设服务管理处"), articles.get(0).body());
    }

    @Test
    void aSourceLineAloneOverTheHeadlineSetAfterTheReportIsTheReportsLastLineNeverAKicker() {
        String page = "本报记者 李四\n\n" + column(16, TOWN[0], TOWN[1], TOWN[2])
                + "数据来源：江城市乡村产业融资服务联盟有限公司\n\n江城乡村产业融资服务体系助农增收见实效\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("江城乡村产业融资服务体系助农增收见实效", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("数据来源：江城市乡村产业融资服务联盟有限公司"), articles.get(0).body());
    }

    @Test
    void aReadersSignatureOverTheNextLettersTitleIsTheLastLineOfTheLetterAbove() {
        // a column of readers' letters, each under its title and signed by where the reader lives and who they are: a
        // signature wider than the column, stacked over the next letter's title, is no kicker of that title
        String page = "民生信箱\n\n本报记者 李华\n\n小区路灯何时能修好\n\n"
                + column(16, "我家住在某某小区，小区里的路灯坏了快两个月，晚上居民出门只能打着手电，老人孩子摔倒过好几回。",
                        "我们多次向物业反映，物业说要等维修资金批下来，希望相关部门督促物业尽快把路灯修好。")
                + "某某省某某市某某县某某乡部分居民\n\n楼道杂物该清一清\n\n"
                + column(16, "我们小区的楼道里堆满了旧家具和纸箱，物业贴过几次通知，可杂物清走没几天又堆了起来。",
                        "楼道是居民的安全通道，希望物业和社区一起想想办法，把小区楼道的杂物彻底清理干净。")
                + "某某省某某市张大山\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        List<String> paragraphs = List.of(articles.get(0).body().split("\n\n"));
        assertTrue(paragraphs.contains("某某省某某市某某县某某乡部分居民"), articles.get(0).body());
        assertTrue(paragraphs.contains("楼道杂物该清一清"), articles.get(0).body());
        assertEquals("某某省某某市张大山", paragraphs.get(paragraphs.size() - 1));
    }
}
