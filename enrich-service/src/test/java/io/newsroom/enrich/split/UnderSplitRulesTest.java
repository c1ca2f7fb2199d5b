package io.newsroom.enrich.split;

import static io.newsroom.enrich.split.PageSplitterTest.column;
import static io.newsroom.enrich.split.PageSplitterTest.tight;
import static io.newsroom.enrich.split.PageSplitterTest.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.pipeline.ArticleDraft;

/** Rules against two articles read as one, on short pages written for them. */
class UnderSplitRulesTest {

    private final PageSplitter splitter = new PageSplitter();

    private static final String[] RIVER = {
        "清晨的江边，环卫工人驾驶保洁船打捞水面漂浮物，沿岸步道干干净净，晨练的居民越来越多。",
        "河长制推行以来，这段江岸的排污口全部完成整治，水质常年稳定在二类以上，白鹭又飞回来了。",
        "区里还在沿江建起三座湿地公园，周末常有家长带着孩子来观鸟，江岸成了城市的后花园。",
        "河长老周每天沿江巡查两趟，哪里漂着垃圾、哪里有人偷排污水，他的巡河日志记得清清楚楚。",
        "江岸整治还带活了沿江的餐馆和民宿，夜晚的滨江步道灯火通明，游船往来，热闹非凡。",
        "下一步，区里准备把江心洲建成候鸟保护区，并在江堤上修建观景平台，让居民看得见白鹭、望得见江景。",
        "一位在江边住了四十多年的老人感慨，小时候在江里游泳的日子好像又回来了，江岸是大家共同的美好家园，要一代代守护下去。"};
    private static final String[] FARM = {
        "走进村里的草莓大棚，一垄垄草莓红彤彤的，前来采摘的游客提着篮子穿行其间，笑声不断。",
        "合作社负责人算了一笔账，今年草莓亩产比去年提高两成，采摘游又带动了农家乐的生意。",
        "农技员常驻大棚，教村民控温控湿、科学施肥，草莓个头大、甜度高，订单排到了下个月。",
        "尝到甜头的村民纷纷加入合作社，村里又新建了十个大棚，明年还打算试种蓝莓和葡萄。"};

    @Test
    void anUntitledTextOnAnotherTopicRightAfterALongArticleIsAnotherArticle() {
        // the rest of an article begun on another page, printed with no marker and no heading after another article
        String page = "江岸新颜\n\n" + column(16, RIVER) + column(16, FARM);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江岸新颜", articles.get(0).title());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
    }

    private static final String[] LIBRARY = {
        "社区图书馆改造后重新开放，书架之间摆上了沙发和台灯，每到周末，不少读者带着孩子来借书、听故事。馆里还开设了线上借阅服务，读者在手机上选好书目，第二天就能到社区服务站取书。",
        "今年以来，图书馆举办了二十多场读书分享会，退休教师、大学生志愿者轮流登台讲书，老中青几代读者坐在一起交流心得。馆长介绍，图书馆将延长开放时间，增添少儿绘本和有声读物，让阅读成为街坊邻里的日常功课。",
        "不少年轻人下班后也来这里自习，安静的阅览室常常座无虚席，图书馆成了社区里最受欢迎的去处之一。借书的小学生排起长队，管理员耐心地帮他们办理借阅证，讲解爱护图书的规矩。",
        "阅览室的墙上挂着读者书写的书法作品，记录着大家与书结缘的故事。每逢节假日，馆里还会请来作家与读者面对面座谈。"};

    @Test
    void anUntitledTextThatNeverEchoesTheHeadlineAboveIsAnotherArticle() {
        // the library text shares a few everyday words with the river article (周末, 孩子: between 3% and 6% of its
        // word pairs), and never once comes back to what the river article's headline names, as its text did
        String page = "河长守护江岸 白鹭飞回湿地\n\n" + column(16, RIVER) + column(16, LIBRARY);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("社区图书馆"), titles(articles));
        // the same text coming back to the headline's words (白鹭) further on is the article's own
        String[] echoing = LIBRARY.clone();
        echoing[3] = echoing[3] + "窗外的江面上，白鹭成群飞过。";
        articles = splitter.split("河长守护江岸 白鹭飞回湿地\n\n" + column(16, RIVER) + column(16, echoing));
        assertEquals(1, articles.size(), titles(articles));
    }

    @Test
    void anUntitledTextSharingALittleWithAnArticleThatKeepsToItsSubjectIsAnotherArticle() {
        // the river article keeps repeating its own words; the farm text borrows two of them (餐馆, 民宿): a little
        // more than the fixed share allows, far less than the article shares with itself
        String[] more = {
            "老周说，河长制推行这几年，江岸的排污口一个个整治完毕，沿岸步道越修越长，巡河日志也越记越厚。",
            "湿地公园建成后，白鹭又飞回来了，周末家长带着孩子来观鸟，江心洲的候鸟保护区也在规划之中。",
            "夜晚的滨江步道灯火通明，沿江的餐馆和民宿生意兴隆，居民在观景平台上看得见白鹭、望得见江景。",
            "住在江边的老人说，江岸是大家共同的美好家园，河长老周每天沿江巡查，要一代代守护下去。"};
        String[] farm = FARM.clone();
        farm[1] = "合作社负责人算了一笔账，今年草莓亩产比去年提高两成，采摘游又带动了餐馆和民宿的生意。";
        String page = "江岸新颜\n\n" + column(16, RIVER) + column(16, more) + column(16, farm);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
    }

    @Test
    void textRightUnderAStaffCreditIsAnotherArticle() {
        // a layout credit is printed where a story ends: the text under it is the rest of another story, even on the
        // same subject, and the credit is nobody's text nor author
        String page = "江岸新颜\n\n" + column(16, RIVER) + "版式设计：赵小青\n\n" + column(16, RIVER[3], RIVER[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).authors().isEmpty());
        assertTrue(articles.get(1).body().startsWith("河长老周每天沿江巡查"));
        assertNull(articles.get(1).title());
        assertTrue(articles.stream().noneMatch(a -> a.body().contains("版式设计")));
    }

    @Test
    void textRightUnderAChartsCreditIsAnotherArticle() {
        // a chart's credit (制图：…) is printed under the story the chart goes with, where that story ends
        String page = "江岸新颜\n\n" + column(16, RIVER) + "制图：赵小青\n\n" + column(16, RIVER[3], RIVER[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("河长老周每天沿江巡查"));
        assertTrue(articles.stream().noneMatch(a -> a.body().contains("制图")));
    }

    @Test
    void aStaffCreditAtTheFootOfThePageLeavesTheHeadlineSetAfterItsBody() {
        // a staff credit under the page's last line signs off nothing: that line stays a headline set after its body
        String page = column(16, RIVER) + "滨江步道换新颜\n\n版式设计：赵小青\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("滨江步道换新颜", articles.get(0).title());
    }

    @Test
    void aHeadlineReadAsTextUnderAStaffCreditIsNotSplitOffAsAnArticle() {
        // only text (running on over three lines or more, or ending a sentence) is split off under a staff credit, not
        // two headline lines read as text, which may be the headline of the text above set after its body
        PageItem.Paragraph headlineAsText = new PageItem.Paragraph("江岸整治三年见成效白鹭重回江心洲边", null, false, 16, false, 2,
                List.of("江岸整治三年见成效", "白鹭重回江心洲边"));
        List<PageItem> items = List.of(text(RIVER[0]), text(RIVER[1]), text(RIVER[2]), text(RIVER[3]),
                new PageItem.Credit(new Byline("版式设计：赵小青", List.of(), null), true), headlineAsText,
                new PageItem.Jump(List.of("上接第三版")), text(FARM[0]), text(FARM[1]));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertTrue(pieces.stream().noneMatch(p -> !p.paragraphs.isEmpty() && p.paragraphs.get(0).startsWith("江岸整治")),
                pieces.stream().map(p -> p.paragraphs.get(0)).toList().toString());
        assertTrue(pieces.stream().allMatch(p -> p.authors.isEmpty()));
        assertTrue(pieces.get(pieces.size() - 1).paragraphs.get(0).startsWith("走进村里的草莓大棚"));
    }

    @Test
    void aHeadingUnderAContinuationMarkerThatTheTextBelowTakesUpOpensTheRestOfAnotherArticle() {
        // untitled text, a 上接 marker, then a plain heading whose words the next lines take up: a section heading at the
        // top of the rest of another article, not the headline of the text above set after it
        List<PageItem> items = List.of(text(RIVER[0]), text(RIVER[1]), text(RIVER[2]),
                new PageItem.Jump(List.of("上接第一版")), heading("要有敢闯敢试之勇"),
                text("“种好草莓，要有敢闯敢试之勇。”合作社负责人说，" + FARM[1]), text(FARM[2]));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(2, pieces.size(), pieces.stream().map(p -> p.paragraphs.get(0)).toList().toString());
        assertTrue(pieces.get(0).headline.isEmpty());
        assertTrue(pieces.get(1).headline.isEmpty());
        assertEquals("要有敢闯敢试之勇", pieces.get(1).paragraphs.get(0));
    }

    @Test
    void aHeadingUnderAContinuationMarkerThatEchoesTheTextAboveIsItsHeadline() {
        // the same place, but the heading speaks of the text above and not of the lines under it: that text's
        // headline, set after it
        List<PageItem> items = List.of(text(RIVER[0]), text(RIVER[1]), text(RIVER[2]),
                new PageItem.Jump(List.of("上接第一版")), heading("江岸白鹭飞回来了"), text(FARM[0]), text(FARM[1]));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(List.of("江岸白鹭飞回来了"), pieces.get(0).headline);
    }

    @Test
    void aHeadlineByASecondContinuationMarkerUnderAContinuedTextHeadsTheTextWhereItsWordsBegin() {
        // a 上接 marker opens the rest of one article (its headline printed where it began); a second marker stands by
        // a headline set after its own text, which ran on from the first with no heading between: that headline takes
        // the paragraphs from where its words begin, the first continued text stays untitled
        List<PageItem> items = List.of(new PageItem.Jump(List.of("上接第二版")), text(RIVER[0]), text(RIVER[1]), text(RIVER[2]),
                text(FARM[0]), text(FARM[1]), text(FARM[2]), new PageItem.Jump(List.of("上接第三版")), heading("草莓大棚采摘游客多"));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(2, pieces.size(), pieces.stream().map(p -> p.headline + p.paragraphs.get(0)).toList().toString());
        assertTrue(pieces.get(0).headline.isEmpty());
        assertEquals(List.of(RIVER[0], RIVER[1], RIVER[2]), pieces.get(0).paragraphs);
        assertEquals(List.of("草莓大棚采摘游客多"), pieces.get(1).headline);
        assertEquals(FARM[0], pieces.get(1).paragraphs.get(0));
    }

    @Test
    void aHeadlineOverASecondContinuationMarkerUnderAContinuedTextHeadsTheTextWhereItsWordsBegin() {
        // the rest of one article opened by its 上接 marker, then another article's text run on from it, its headline
        // set after it over the next continued text's marker: that headline takes the paragraphs from where its words
        // begin, the continued text above keeps none of it (its headline is printed where it began)
        List<PageItem> items = List.of(new PageItem.Jump(List.of("上接第二版")), text(RIVER[0]), text(RIVER[1]), text(RIVER[2]),
                text(FARM[0]), text(FARM[1]), text(FARM[2]), heading("村里新建草莓大棚——", "采摘游客多 合作社订单满"),
                new PageItem.Jump(List.of("上接第三版")), text(LIBRARY[0]), text(LIBRARY[1]));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(3, pieces.size(), pieces.stream().map(p -> p.headline + p.paragraphs.get(0)).toList().toString());
        assertTrue(pieces.get(0).headline.isEmpty());
        assertEquals(List.of(RIVER[0], RIVER[1], RIVER[2]), pieces.get(0).paragraphs);
        assertEquals(List.of("村里新建草莓大棚——", "采摘游客多 合作社订单满"), pieces.get(1).headline);
        assertEquals(List.of(FARM[0], FARM[1], FARM[2]), pieces.get(1).paragraphs);
        assertEquals(LIBRARY[0], pieces.get(2).paragraphs.get(0));
    }

    @Test
    void aHeadlineByASecondContinuationMarkerThatNoParagraphEchoesIsTheContinuedTextsOwn() {
        // no paragraph of the continued text takes up the headline's words more than the rest: it heads all of it
        List<PageItem> items = List.of(new PageItem.Jump(List.of("上接第二版")), text(RIVER[0]), text(RIVER[1]), text(RIVER[2]),
                new PageItem.Jump(List.of("上接第三版")), heading("古镇老街焕新颜"));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(1, pieces.size());
        assertEquals(List.of("古镇老街焕新颜"), pieces.get(0).headline);
        assertEquals(3, pieces.get(0).paragraphs.size());
    }

    @Test
    void textThatGoesOnAboutTheSameThingStaysInItsArticle() {
        String more = "老周说，如今江水清了，岸边的居民也自觉起来，在江边乱扔垃圾的人越来越少，江岸的白鹭越来越多。";
        String page = "江岸新颜\n\n" + column(16, RIVER) + column(16, more, RIVER[1]);
        assertEquals(1, splitter.split(page).size());
    }

    @Test
    void headingsOverDatedNewsAreSeparateArticlesNotPartsOfOneReport() {
        // short items, each a heading over its own dispatch dateline: news items of their own, however alike set
        String page = "江岸整治见成效\n\n" + column(16, "本报江城5月6日电（记者王小明）" + RIVER[1])
                + "草莓采摘迎旺季\n\n本报山城5月6日电（记者李大华）\n\n" + column(16, FARM[0])
                + "大棚种出好日子\n\n本报山城5月6日电（记者张红）\n\n" + column(16, FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("草莓采摘迎旺季", articles.get(1).title());
        assertEquals("大棚种出好日子", articles.get(2).title());
    }

    @Test
    void aHeadingAfterATitledDispatchHeadsTheNextArticleHoweverAlikeItsWords() {
        // a dispatch is one news item, printed without section headings: a heading marked as a headline (a kicker over
        // its title, a quotation) under it, over text on the same river, is the next article's headline
        String page = "江岸整治见成效\n\n" + column(16, "本报江城5月6日电（记者王小明）" + RIVER[0], RIVER[1])
                + "“白鹭回来了”\n\n" + column(16, RIVER[3], RIVER[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("“白鹭回来了”", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("河长老周每天"));
        String stacked = "江岸整治见成效\n\n" + column(16, "本报江城5月6日电（记者王小明）" + RIVER[0], RIVER[1])
                + "河长巡江日日忙\n白鹭回来了\n\n" + column(16, RIVER[3], RIVER[5]);
        assertEquals(2, splitter.split(stacked).size(), titles(splitter.split(stacked)));
        // the same heading in a report that opened with no dateline is one of its sections
        String report = "江岸整治见成效\n\n" + column(16, RIVER[0], RIVER[1]) + "“白鹭回来了”\n\n" + column(16, RIVER[3], RIVER[5]);
        assertEquals(1, splitter.split(report).size(), titles(splitter.split(report)));
    }

    @Test
    void aHeadingAfterADispatchUnderItsDeckHeadsTheNextArticle() {
        // the points of a meeting set over its dispatch, each paragraph ending with no stop, then the dateline: still a
        // news item printed without section headings, so a heading marked as a headline under it heads the next article
        String deck1 = "江岸是城市的名片，要把治水护岸放在更加突出的位置，统筹上下游、左右岸，久久为功守护好一江清水";
        String deck2 = "要坚持系统治理，把截污治污、湿地修复和岸线整治结合起来，让群众在家门口看得见白鹭、望得见江景";
        String page = "江城召开治水工作会议\n\n" + column(16, deck1, deck2, "新华社江城5月6日电（记者王小明）" + RIVER[0], RIVER[1])
                + "“白鹭回来了”\n\n" + column(16, RIVER[3], RIVER[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("“白鹭回来了”", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("河长老周每天"));
    }

    @Test
    void aHeadingAfterATitledDispatchHeadsTheNextArticleEvenWhenItsSectionsOpenAlike() {
        // the next article's kicker opens like its own first section heading (as long, plain): the series is that
        // article's, never the dispatch's, which has no sections
        String page = "江岸整治见成效\n\n" + column(20, "本报江城5月6日电（记者王小明）" + RIVER[0], RIVER[1])
                + "三百亩草莓大棚带富一个山村\n草莓红了日子甜了\n\n" + column(20, FARM[0], FARM[1])
                + "合作社带动村民增收有门路\n\n" + column(20, FARM[2], FARM[3]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("草莓红了日子甜了", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
    }

    @Test
    void aDispatchCarryingADocumentKeepsItsSections() {
        // …摘要如下： the document under the dispatch is headed in sections
        String page = "江城河道治理报告（摘要）\n\n" + column(16, "本报江城5月6日电江城市水务局日前发布河道治理报告。摘要如下：", RIVER[0], RIVER[1])
                + "“白鹭回来了”\n\n" + column(16, RIVER[3], RIVER[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
    }

    @Test
    void stackedHeadlinesBetweenADatedTextAndUntitledTextBreakWhereTheirWordsLean() {
        // a dated text whose headline is set after it, stacked tight with the headline of the text below
        String page = column(16, "本报江城5月6日电（记者王小明）" + RIVER[0], RIVER[1])
                + "江岸白鹭飞回来\n草莓大棚采摘忙\n\n" + column(16, FARM);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江岸白鹭飞回来", articles.get(0).title());
        assertEquals("草莓大棚采摘忙", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
    }

    @Test
    void aClosingDatelineEndsItsArticle() {
        // the rest of another article on the same subject, untitled, right after the note that closes the first
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1] + "（本报江城5月6日电）") + column(16, RIVER[3], RIVER[4]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("河长老周每天"));
    }

    @Test
    void aHeadingAfterAnAuthorsNoteIsAHeadlineNotASection() {
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1] + "（作者为江城大学教授）") + "白鹭回来了\n\n"
                + column(16, RIVER[5], RIVER[6]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("白鹭回来了", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("下一步"));
    }

    @Test
    void aClosingNoteWrappedOverTwoLinesEndsItsParagraph() {
        // on a page without blank lines the note's last line runs nearly to the column end, and the headline under it
        // is set tight: the bracket closing the note ends the paragraph
        String page = column(16, RIVER[0], RIVER[1], "（作者为江城大学环境学院生态文明与绿色发展研究中心主任）").replace("\n\n", "\n")
                + "草莓熟了 游客来了\n" + column(16, FARM[0], FARM[1]).replace("\n\n", "\n");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().endsWith("研究中心主任）"));
        assertEquals("草莓熟了游客来了", articles.get(1).title());
    }

    @Test
    void anAuthorsNoteOnItsOwnLineStaysWithTheTextAbove() {
        // the text after the note is on another subject, but the note signs what is above it
        String page = "江岸新颜\n\n" + column(16, RIVER) + column(16, "（作者为江城大学教授）") + column(16, FARM);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().endsWith("（作者为江城大学教授）"));
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
    }

    @Test
    void aHeadlineSetAfterItsBodyTakesItsTextBackFromTheArticleBefore() {
        // the body of a text whose headline is set after it follows another article's text with no heading between;
        // its headline, stacked with the next article's, tells where it began
        String school = "新学期开学第一天，城南小学的新教学楼正式启用，宽敞明亮的教室里配齐了智慧黑板和护眼灯。";
        String lessons = "学校还开设了陶艺、书法和无人机等二十多门兴趣课程，学生可以根据爱好自主选课。";
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + column(16, FARM) + "草莓大棚采摘忙\n新校舍 新课堂\n\n"
                + column(16, school, lessons);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("江岸成了城市的后花园。"));
        assertEquals("草莓大棚采摘忙", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"));
        assertEquals("新校舍新课堂", articles.get(2).title());
    }

    @Test
    void aClosingCreditWrappedOverTwoLinesIsNoHeadline() {
        // set tight like a headline block and right over the next article's byline, but in brackets: the credit of the
        // text above
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + "（本报记者王小明、李大华、张\n红、赵敏）\n\n本报记者 李大华\n\n"
                + column(16, FARM[0], FARM[1]) + "草莓熟了\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().endsWith("赵敏）"), articles.get(0).body());
        assertEquals("草莓熟了", articles.get(1).title());
    }

    @Test
    void aColonLineAfterAClosingNoteHandsOverToTheHeadlineUnderIt() {
        // a kicker too long to be set as one: it stays with the text above rather than making an article of its own
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[2], RIVER[1] + "（本报江城5月6日电）")
                + "江城区人民政府副区长、区河长办主任王大山代表：\n白鹭回来了江岸美起来（代表委员讲述身边故事）\n\n" + column(16, RIVER[5], RIVER[6]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("下一步"));
    }

    @Test
    void theSummaryLinesOverADatelineBelongToItsNewsItem() {
        String page = "江岸整治见成效\n\n■ 排污口全部完成整治，水质常年稳定在二类以上\n\n■ 沿江建起三座湿地公园，白鹭又飞回来了\n\n"
                + column(16, "新华社江城5月6日电" + RIVER[0], RIVER[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().startsWith("■"));
        assertTrue(articles.get(0).body().contains("新华社江城5月6日电"));
    }

    @Test
    void theLifeOfThePersonInterviewedStaysUnderTheCredit() {
        // the note on the craftsman's life under the credit of his words taken down closes the same article
        String page = "一根竹篾编出新日子\n" + tight(15, TOWN_CRAFT[0], TOWN_CRAFT[1]) + "（本报记者李明采访整理）\n"
                + tight(15, "王大山，1950年出生于江南古镇，竹编技艺传承人，作品多次在工艺美术展上获奖。")
                + "古镇迎来游客潮\n本报记者 张华\n" + tight(15, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("王大山，1950年出生于江南古镇"));
    }

    private static final String[] TOWN_CRAFT = {
        "我十二岁跟着父亲学竹编，劈篾、刮篾、编织，一道道工序都是手上磨出来的功夫，急不得。",
        "如今老手艺有了新用场，我带的徒弟们编灯罩、编茶具，网上订单不断，竹编也能养家糊口了。"};

    @Test
    void briefsReprintedFromAnAgencyRunInOneDigest() {
        // each brief closed by its agency source (（据…电…）): the digest column holds them all, titles opening their text
        String page = "环球速览\n\n本报记者 李明\n\n"
                + column(16, "海港城推出夜间集市", "海港城近日推出夜间集市，每逢周末，沿海步道两旁摆满小吃摊和手作摊，吸引大批市民前来。（据新华社海港电记者王小明）")
                + column(16, "山地国扩建高原铁路", "山地国交通部门日前宣布，将扩建通往高原小城的铁路，预计三年后全线通车，沿线村镇将通上客运列车。（据新华社高原城电记者赵小东）")
                + "古镇迎来游客潮\n\n本报记者 张华\n\n" + column(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("环球速览", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("山地国扩建高原铁路"));
        assertEquals("古镇迎来游客潮", articles.get(1).title());
    }

    @Test
    void thePapersOwnDispatchesAreNotCollectedAsBriefs() {
        String page = "海港城推出夜间集市\n\n" + column(16, "海港城近日推出夜间集市，每逢周末，沿海步道两旁摆满小吃摊和手作摊，吸引大批市民前来。（本报海港电）")
                + "山地国扩建高原铁路\n\n" + column(16, "山地国交通部门日前宣布，将扩建通往高原小城的铁路，预计三年后全线通车，沿线村镇将通上客运列车。（本报高原城电）");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
    }

    @Test
    void aDeckEndingNoSentenceOverADatelineIsThatNewsItemsSummary() {
        // the points of a speech set over its dispatch, each paragraph ending with no stop: the dateline goes on the news
        String deck1 = "江岸是城市的名片，要把治水护岸放在更加突出的位置，统筹上下游、左右岸，久久为功守护好一江清水";
        String deck2 = "要坚持系统治理，把截污治污、湿地修复和岸线整治结合起来，让群众在家门口看得见白鹭、望得见江景";
        String page = "古镇迎来游客潮\n\n" + column(16, FARM[0], FARM[1]) + "守护一江清水 建设美丽江城\n\n本报记者 李明\n\n"
                + column(16, deck1, deck2, "新华社江城5月6日电（记者王小明）" + RIVER[0], RIVER[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("守护一江清水建设美丽江城", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("江岸是城市的名片"));
        assertTrue(articles.get(1).body().contains("新华社江城5月6日电"));
    }

    @Test
    void aDatelineUnderFinishedTextStillOpensANewsItem() {
        // finished text above: the dateline opens a news item of its own
        String page = "守护一江清水\n\n本报记者 李明\n\n" + column(16, RIVER[3], RIVER[4]) + column(16, "新华社江城5月6日电（记者王小明）" + RIVER[0], RIVER[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("新华社江城5月6日电"));
    }

    @Test
    void aHeadlineOverALetterSpacedDatelineHeadsItsOwnNewsItem() {
        // the dateline letter-spaced to the column (1 1 月 2 0 日 电) is still a dateline, the line over it its headline
        String page = String.join("\n", "江岸整治见成效", "清晨的江边，环卫工人驾驶保洁船打捞水", "面漂浮物，沿岸步道干干净净，晨练的居",
                "民越来越多。", "河长制推行以来，这段江岸的排污口全部", "完成整治，水质常年稳定在二类以上，白", "鹭又飞回来了。",
                "江城湿地公园迎来首批越冬候鸟观鸟者", "新 华 社 江 城 1 1 月 2 0 日 电 江 城 湿 地 公 园 近", "日迎来首批越冬候鸟，前来观鸟的市民络",
                "绎不绝。", "公园管理处介绍，今年越冬候鸟比往年早", "到半个月，种类也多了十余种。") + "\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江城湿地公园迎来首批越冬候鸟观鸟者", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("新华社江城11月20日电"), articles.get(1).body());
    }

    @Test
    void aHeadlineTooLongForAHeadingSetAcrossTheColumnsHeadsTheTextUnderIt() {
        // closed by a series' label longer than a column's, or of phrases set apart by spaces: far wider than the
        // column no line of text runs
        String labelled = "守护一江清水 建设美丽家园（在新发展理念指引下——代表委员谈生态文明建设与绿色发展）";
        String spaced = "守护一江清水 建设美丽家园 让群众望得见江景看得见白鹭记得住乡愁";
        for (String headline : List.of(labelled, spaced)) {
            String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + headline + "\n\n" + column(16, FARM);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(2, articles.size(), titles(articles));
            assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"), articles.get(1).body());
        }
    }

    @Test
    void twoClauseFreeLinesUnderAContinuationMarkerAtThePageFootAreTheHeadlineOfTheTextAbove() {
        // kicker and title set after the continued text, the marker between: they take back the text their words begin
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + column(16, FARM[0], FARM[1], FARM[2])
                + "◀◀上接二版\n\n采摘游带火乡村游\n\n村里草莓大棚迎来采摘游客\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("采摘游带火乡村游", articles.get(1).kicker());
        assertEquals("村里草莓大棚迎来采摘游客", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里的草莓大棚"), articles.get(1).body());
    }

    @Test
    void aSourceLineEndsTheReportItCredits() {
        // a sponsored report signs off with where its figures came from; the text after it is another article's, even
        // on the same subject, and the line itself is the report's last line, never a heading
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + "数据来源：江城区水务局\n\n" + column(16, RIVER[3], RIVER[4]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().endsWith("数据来源：江城区水务局"), articles.get(0).body());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("河长老周"));
    }

    @Test
    void aHeadlineBetweenAnUntitledTextAndABylineGoesBackWhenItTellsOfThatTextClearlyMore() {
        // the headline shares about two fifths of its word pairs with the river text above and a sixth with the farm
        // text under the byline: set after its body, it heads the text above
        String page = column(16, RIVER[0], RIVER[1], RIVER[2]) + "江岸湿地公园里 游客观鸟采摘忙\n\n本报记者 王小明\n\n" + column(16, FARM);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江岸湿地公园里游客观鸟采摘忙", articles.get(0).title().replace(" ", ""));
        assertTrue(articles.get(0).body().startsWith("清晨的江边"));
        assertNull(articles.get(1).title());
    }

    @Test
    void aHeadingRightUnderTheCreditThatSignedAnArticleOffHeadsAnotherArticle() {
        // the next article on the same subject, its heading no wider than the column: after a credit nothing of the
        // article above goes on, also when the credit wraps over two lines
        for (String credit : new String[] {"（本报记者 王小明）\n\n", "（本报记者王小明、李大华、赵\n\n刚、钱多多）\n\n"}) {
            String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + credit + "江岸绿道\n\n再延伸三公里\n\n" + column(16, RIVER[3], RIVER[4], RIVER[5]);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(2, articles.size(), titles(articles));
            assertTrue(articles.get(1).body().startsWith("河长老周"), titles(articles));
        }
    }

    @Test
    void untitledTextUnderAClosingCreditOfAgencyAndPaperReportersIsAnotherArticle() {
        // the credit naming the agency's and the paper's reporters, on its own line or run on after the last
        // sentence, signs the article off: the untitled text under it, on the same subject, is the rest of another
        String[] credits = {"（新华社记者王小明，本报记者李大华）\n\n", ""};
        for (String credit : credits) {
            String last = credit.isEmpty() ? RIVER[2] + "（本报记者王小明、李大华）" : RIVER[2];
            String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], last) + credit + column(16, RIVER[3], RIVER[4], RIVER[5], RIVER[6]);
            List<ArticleDraft> articles = splitter.split(page);
            assertEquals(2, articles.size(), titles(articles));
            assertNull(articles.get(1).title());
            assertTrue(articles.get(1).body().startsWith("河长老周"), titles(articles));
        }
    }

    @Test
    void theNextSpeakerOfACollectionUnderTheCreditStaysInIt() {
        // each speaker's words signed by the reporter who took them down, the next speaker named by their role
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + "（本报记者 王小明）\n\n河长王大山代表\n\n"
                + column(16, RIVER[3], RIVER[4], RIVER[5]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
    }

    @Test
    void aShortHeadlineOverTextOnAnotherTopicIsNotASectionBecauseTheNextSectionIsAsShort() {
        // the next article's headline is about as short as its own first section heading, which makes the two look like
        // a series of sections; the text under the headline shares next to nothing with the article before
        String[] more = {
            "村里还请来农业专家开设培训班，手把手教村民嫁接育苗，大棚里的草莓苗一天天壮实起来。",
            "合作社和超市签下长期订单，草莓从大棚直达货架，村民的腰包一年比一年鼓。"};
        String page = "江岸新颜\n\n" + column(16, RIVER) + "草莓红了\n\n" + column(16, FARM) + "大棚里的新技术\n\n" + column(16, more);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("草莓红了", articles.get(1).title());
        assertTrue(articles.get(1).body().contains("大棚里的新技术"));
        assertTrue(HeadingShapes.siblings("草莓红了", "大棚里的新技术"));
    }

    @Test
    void aPictureItemAfterAnArticleIsNotASectionBecauseALikeHeadingComesAfterItsCredit() {
        // a picture item (a short headline, a caption, the photo credit), then the untitled rest of an article continued
        // from another page with a section heading as short as the picture's headline: the credit ends the picture
        // item, so that heading is no sibling of the picture's
        String[] school = {
            "新学期开学第一天，城南小学的新教学楼正式启用，宽敞明亮的教室里配齐了智慧黑板和护眼灯。",
            "学校还开设了陶艺、书法和无人机等二十多门兴趣课程，学生可以根据爱好自主选课。",
            "校长介绍，新楼还建了图书馆和室内体育馆，雨天孩子们也能上体育课。"};
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2]) + "草莓红了\n\n"
                + column(16, "大棚里，游客提着篮子采摘草莓。") + "李大华摄\n\n" + column(16, school[0], school[1])
                + "新楼新课堂\n\n" + column(16, school[2]);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().anyMatch(a -> "草莓红了".equals(a.title()) && a.body().startsWith("大棚里")), titles(articles));
        assertTrue(articles.stream().noneMatch(a -> a.body().contains("江边") && a.body().contains("草莓")), titles(articles));
        assertTrue(HeadingShapes.siblings("草莓红了", "新楼新课堂"));
    }

    @Test
    void aHeadlineOverADatelineWrappedBeforeItsDianIsTheHeadline() {
        // a page of blank-separated lines: a long agency and place wrap the dateline before its 电, and the line above it,
        // as wide as the column, is still that item's headline
        String page = column(16, RIVER[0], RIVER[1]) + "（本报布宜诺斯艾利斯5月5日电）\n\n青石县草莓合作社延长今年采摘季\n\n据新华社布宜诺斯艾利斯5月6日\n\n"
                + column(16, "电（记者王晓东）当地一家草莓合作社6日宣布，" + FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("青石县草莓合作社延长今年采摘季", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("据新华社布宜诺斯艾利斯5月6日电"), articles.get(1).body());
    }

    @Test
    void aLongTitleSetAcrossTheColumnsOverADatelineIsTheHeadline() {
        // a title longer than any heading in a column, set across the columns (far wider than the column), right over a
        // dateline: the news item's headline, not the first line of its text
        String title = "对城郊草莓大棚、江岸湿地公园和沿江步道建设工程的规划方案草案进行集中审议并提出具体修改意见";
        String page = tight(16, RIVER[0], RIVER[1]) + "（本报记者王晓东）\n青石县人大常委会召开专题会议\n" + title + "\n"
                + tight(16, "本报青石5月6日电青石县人大常委会6日召开专题会议，" + FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("青石县人大常委会召开专题会议", articles.get(1).kicker());
        assertEquals(title, articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("本报青石5月6日电"), articles.get(1).body());
    }

    @Test
    void wordsAloneShortOfTheColumnUnderASignOffCreditAreTheNextHeadline() {
        // a page without blank lines: under the credit that signs the text above off, two lines of words alone, each a
        // character or two short of the column; no line of text falls short of the column without ending a sentence
        String page = tight(16, RIVER[0], RIVER[1]) + "（本报记者王晓东、李明）\n城郊各村草莓大棚迎来采摘旺季\n大棚里的甜蜜生活越过越红火\n"
                + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("城郊各村草莓大棚迎来采摘旺季", articles.get(1).kicker());
        assertEquals("大棚里的甜蜜生活越过越红火", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"));
    }

    @Test
    void wordsAloneTwoShortOfTheColumnUnderAClosingNoteAreTheNextTitleOnABlankSeparatedPage() {
        // a page of blank-separated lines: under the note that closes the text above, a line of words alone two
        // characters short of the column is a title; no line of text falls short of the column without ending a sentence
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], "（本报江城5月6日电）") + "城郊各村草莓大棚迎来采摘旺季\n\n"
                + column(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("城郊各村草莓大棚迎来采摘旺季", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"));
    }

    @Test
    void wordsAloneShortOfTheColumnUnderAStaffCreditAreTheNextHeadline() {
        // a page without blank lines: a staff credit (版式设计：…) is printed where a story ends, so a line of words alone
        // falling short of the column under it is a title, as under a sign-off credit
        String page = tight(16, RIVER[0], RIVER[1]) + "版式设计：赵小青\n大棚里的甜蜜生活越过越红火\n" + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("大棚里的甜蜜生活越过越红火", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"));
    }

    @Test
    void aLabelledTitleUnderAStaffCreditIsTheNextHeadline() {
        // a page of blank-separated lines: the text above ends on a mail address, no sentence closed, and the staff
        // credit under it ends the story; the line under the credit closed by its column label is the next title, not
        // the first line of that article's text, however near the column it runs
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1]) + "投稿邮箱：jiangan2024@example.com\n\n版式设计：赵小青\n\n"
                + "城郊棚里草莓喜获丰收（田间观察）\n\n" + column(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("城郊棚里草莓喜获丰收（田间观察）", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"));
    }

    @Test
    void aLabelledTitleUnderACartoonCreditIsTheNextHeadline() {
        // a cartoon's credit (张三图 李四文) ends the cartoon: a line closed by a column label under it is the title of
        // the next article, whose text runs to the column end under it
        String page = tight(16, RIVER[0], RIVER[1]) + "王小明图李大山文\n老街治理，用心才能暖心（街巷观察）\n" + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().anyMatch(a -> "老街治理，用心才能暖心（街巷观察）".equals(a.title()) && a.body().startsWith("走进村里")),
                titles(articles));
    }

    @Test
    void aTitleJustShortOfTheColumnUnderAWideKickerIsTheHeadline() {
        // a page without blank lines: the kicker runs wider than the column, the title one character short of it, with
        // no punctuation; the body's first line under it runs to the column end
        String page = tight(16, RIVER[0], RIVER[1]) + "金秋时节，城郊各村的草莓大棚迎来了采摘旺季\n草莓大棚里的甜蜜生活越过越红火\n"
                + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("金秋时节，城郊各村的草莓大棚迎来了采摘旺季", articles.get(1).kicker());
        assertEquals("草莓大棚里的甜蜜生活越过越红火", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"));
    }

    @Test
    void aTitleJustShortOfTheColumnUnderADashedSubtitleHeadsTheNextArticle() {
        // the headline over it is complete (its text continued elsewhere): the line under its dashed subtitle is the next title
        String page = tight(16, RIVER[0]) + "（下转第二版）\n江岸新颜\n——沿江步道全线贯通\n草莓大棚里的甜蜜生活越过越红火\n"
                + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertTrue(articles.stream().anyMatch(a -> "草莓大棚里的甜蜜生活越过越红火".equals(a.title()) && a.body().startsWith("走进村里")),
                titles(articles));
    }

    @Test
    void theFirstLineOfThePageJustShortOfTheColumnIsTheHeadline() {
        String page = "草莓大棚里的甜蜜生活越过越红火\n" + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("草莓大棚里的甜蜜生活越过越红火", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("走进村里"));
    }

    @Test
    void aLineOfWordsRunningToTheColumnEndUnderAHeadingIsText() {
        // the body's first line has no punctuation in it either, but it runs as wide as the lines under it
        String page = "草莓红了\n" + tight(16, "沿江步道全线贯通以来每天清晨都有不少居民来这里散步，白鹭在江面上飞来飞去。", FARM[0]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("草莓红了", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("沿江步道全线贯通以来"));
    }

    @Test
    void aKickerWithAClauseOverSpacedPhrasesIsPartOfTheHeadline() {
        // a page without blank lines: the kicker ends no sentence, so only the spaced phrases under it (which no line of
        // text has) end its paragraph; alone on its line over that headline it is the kicker, comma and all
        String page = tight(16, RIVER[0], RIVER[1]) + "城郊草莓喜获丰收，采摘游带火乡村\n草莓红了 游客来了\n" + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("城郊草莓喜获丰收，采摘游带火乡村", articles.get(1).kicker());
        assertEquals("草莓红了游客来了", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("走进村里"));
        assertTrue(articles.get(0).body().endsWith("白鹭又飞回来了。"));
    }

    @Test
    void aKickerSetAcrossTheColumnsClosedByADashHandsOverToTheTitle() {
        // too long for a heading line, but wider than any line of text and closed by a dash: the kicker over the title
        String page = "城郊各村的合作社带领村民发展草莓种植和采摘游，昔日的贫困村如今走上了一条特色致富路——\n草莓红了\n"
                + tight(16, FARM[0], FARM[1]);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("城郊各村的合作社带领村民发展草莓种植和采摘游，昔日的贫困村如今走上了一条特色致富路——", articles.get(0).kicker());
        assertEquals("草莓红了", articles.get(0).title());
        assertTrue(articles.get(0).body().startsWith("走进村里"));
    }

    @Test
    void aShortHeadingOverACaptionClosedByAPhotoCreditHeadsAPictureItemEvenOnTheSameSubject() {
        // the picture shows the river the article above speaks of: the words run on, yet a heading over a caption and
        // the photographer's credit is a picture item's headline, never a section of the article
        String page = "江岸新颜\n\n" + column(16, RIVER[0], RIVER[1], RIVER[2], RIVER[3]) + "白鹭回来了\n\n"
                + column(16, "5月6日，江心洲湿地公园里，白鹭在江岸浅滩觅食，居民在步道上观鸟。") + "李大华摄（本报图片）\n\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("白鹭回来了", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("5月6日"), titles(articles));
        assertTrue(articles.get(0).body().endsWith(RIVER[3]), titles(articles));
    }

    @Test
    void aCaptionLineReadAsAHeadlineGoesBackToItsTextWhenTheHeadlineUnderTheCreditIsShort() {
        // a picture item set in a narrower column after an article: its caption's first line read as a heading, its
        // credit, then its headline set after it, stacked over the next article's headline and dateline
        List<PageItem> items = List.of(
                heading("江岸新颜"),
                text(RIVER[0] + RIVER[1]),
                heading("5月6日，江心洲湿地公园里，白鹭在"),
                text("浅滩觅食。"),
                text("今年以来，区里在江心洲建起观鸟步道，每逢周末，游人络绎不绝。"),
                text("李大华摄（本报图片）"),
                heading("白鹭归来", "草莓大棚迎来采摘旺季"),
                new PageItem.Paragraph(FARM[0], new Byline("本报山城5月6日电（记者张红）", List.of("张红"), "人民日报"), true, 16, false, 3, List.of(FARM[0])));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(3, pieces.size());
        assertEquals(List.of("白鹭归来"), pieces.get(1).headline);
        assertTrue(pieces.get(1).paragraphs.get(0).startsWith("5月6日，江心洲湿地公园里，白鹭在浅滩觅食。"), pieces.get(1).paragraphs.toString());
        assertEquals(List.of("草莓大棚迎来采摘旺季"), pieces.get(2).headline);
    }

    @Test
    void aHeadingUnderAnEmailAddressThatEndsAColumnHeadsTheNextArticle() {
        // the column's e-mail address (电子信箱：…) read over a short heading: the address is the column's last line and
        // signs it off, so the heading heads the text under it, even text on the same topic, not a section of the column
        List<PageItem> items = List.of(heading("江岸新颜"), text(RIVER[0]), text(RIVER[1]), text(RIVER[2]), text(RIVER[3]),
                new PageItem.Heading(List.of(List.of("电子信箱：jiangan@example.com", "江边回声")), 13, 17, false, false, false, List.of(), false),
                text(RIVER[4]), text(RIVER[5]));
        List<Piece> pieces = new ArticleAssembler().assemble(items);
        assertEquals(2, pieces.size(), pieces.stream().map(p -> p.headline).toList().toString());
        assertEquals("电子信箱：jiangan@example.com", pieces.get(0).paragraphs.get(pieces.get(0).paragraphs.size() - 1));
        assertEquals(List.of("江边回声"), pieces.get(1).headline);
    }

    private static PageItem.Heading heading(String... lines) {
        return new PageItem.Heading(List.of(List.of(lines)), 16, 24, true, false, false, List.of(), false);
    }

    private static PageItem.Paragraph text(String text) {
        return new PageItem.Paragraph(text, null, false, 16, false, 1 + text.length() / 17, List.of(text));
    }

    @Test
    void aHeadingSetLikeTheFirstSectionOverABylineIsTheReportsNextPart() {
        // a column of reporters' notes: the headline and the first reporter's byline, the first note's heading right
        // under them, then each next note headed alike over its own reporter's byline: one report in parts
        String page = "我在古镇跑新闻（记者手记）\n\n本报记者 李明\n\n老街的清晨\n\n"
                + column(16, "清晨的古镇，石板路被雨水洗得发亮，早点铺子飘出阵阵香气，游客们三三两两走进老街。",
                        "前些年，老街的房子年久失修，电线私拉乱接，不少居民搬了出去，街面一度冷冷清清。")
                + "工坊里的手艺\n\n本报记者 王芳\n\n"
                + column(16, "镇里把闲置的老粮站改成了非遗工坊，竹编、木雕、蓝印花布的手艺人在这里收徒传艺。",
                        "如今，古镇每到周末游人如织，老街的手艺人和民宿主人都说，古镇的日子越过越有奔头。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertEquals("我在古镇跑新闻（记者手记）", articles.get(0).title());
        assertTrue(articles.get(0).body().contains("工坊里的手艺"), articles.get(0).body());
    }

    @Test
    void aHeadingOverABylineUnderAShortTextSignedOffByItsCreditHeadsTheNextArticle() {
        // speakers' short pieces, each headed by who speaks over their point: the first closed by its reporter's credit,
        // the next two over bylines of their own. A short text signed off by a credit is a piece complete in itself,
        // never the lead of a report in parts
        String page = "江城市市长王大山代表\n让江岸绿起来\n" + tight(16, RIVER[0], RIVER[1]) + "（本报记者李明）\n"
                + "河州县县长赵小川委员\n把草莓大棚建起来\n本报记者 王芳\n" + tight(16, FARM[0], FARM[1]) + "（本报记者王芳）\n"
                + "东山镇镇长孙一平代表\n让草莓采摘游火起来\n本报记者 刘洋\n" + tight(16, FARM[2], FARM[3]) + "（本报记者刘洋）\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("把草莓大棚建起来", articles.get(1).title());
        assertEquals("让草莓采摘游火起来", articles.get(2).title());
    }

    @Test
    void aHeadlineOverABylineUnderAReportOpenedByASectionHeadingStillHeadsTheNextArticle() {
        // the heading over the next byline is set unlike the report's first section heading: another article
        String page = "我在古镇跑新闻（记者手记）\n\n本报记者 李明\n\n老街的清晨\n\n"
                + column(16, "清晨的古镇，石板路被雨水洗得发亮，早点铺子飘出阵阵香气，游客们三三两两走进老街。",
                        "前些年，老街的房子年久失修，电线私拉乱接，不少居民搬了出去，街面一度冷冷清清。")
                + "县里新建的乡村公路全线贯通\n\n本报记者 王芳\n\n"
                + column(16, "县里新建的乡村公路日前全线贯通，沿线十二个村的群众出行更方便了。",
                        "公路通车后，山里的茶叶、竹笋运出去的时间缩短了一半，村民们的收入也跟着涨了。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("县里新建的乡村公路全线贯通", articles.get(1).title());
    }

    @Test
    void aCartoonsVerseUnderALongTextIsTheRestOfTheCartoon() {
        // the cartoon's caption began on another page; its verse and the credit of who drew it and who wrote it end here
        String page = "江岸新颜\n" + tight(16, RIVER) + "正所谓：\n江水清又清，\n白鹭绕城飞。\n张三图 李四文\n草莓熟了\n本报记者 王五\n" + tight(16, FARM);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(3, articles.size(), titles(articles));
        assertEquals("江岸新颜", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("要一代代守护下去。"), articles.get(0).body());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("正所谓："), articles.get(1).body());
        assertEquals("草莓熟了", articles.get(2).title());
    }

    @Test
    void aCartoonsVerseUnderItsOwnCaptionStaysWithIt() {
        String page = "漫画\n" + tight(16, RIVER[0]) + "正所谓：\n江水清又清，\n白鹭绕城飞。\n张三图 李四文\n草莓熟了\n本报记者 王五\n" + tight(16, FARM);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("白鹭绕城飞。"), articles.get(0).body());
    }

    @Test
    void aCartoonsVerseUnderItsOwnHeadingAndCaptionStaysWithThem() {
        // a cartoon headed with its byline, read as a section of the article above: its verse goes with its caption
        String page = "江岸新颜\n" + tight(16, RIVER) + "漫画\n本报记者 赵六\n" + tight(16, FARM[0])
                + "正所谓：\n草莓红又红，\n游客满园中。\n张三图 李四文\n";
        List<ArticleDraft> articles = splitter.split(page);
        ArticleDraft last = articles.get(articles.size() - 1);
        assertTrue(last.body().contains("笑声不断。") && last.body().contains("游客满园中。"), titles(articles));
    }

    private static final String[] BRIEFING = {
        "邱远航说，博览会开幕式将邀请各国驻省机构代表出席，并邀请部分媒体记者到现场采访。今年展馆不安排集中参观活动。",
        "邱远航说，博览会网站将及时发布展会日程、展商名录和活动安排。",
        "邱远航说，组委会将继续坚持开放、务实的作风，为参展企业做好服务。"};
    private static final String[] INSPECTION = {
        "鲍立群指出，督查是推动工作落实的重要手段，要坚持问题导向，聚焦群众反映强烈的突出问题，压紧压实各方责任。",
        "督查组进驻期间设立专门值班电话和邮政信箱，受理群众来信来电，接受反映问题的截止时间为六月底。"};

    @Test
    void aBareNameSpeakingAfterParagraphsOfAnotherSpeakerIsAnotherArticle() {
        // the rest of a briefing (one spokesman's words, paragraph after paragraph), then the rest of another report
        // whose speaker the briefing never named, with only a paragraph break between: too short to weigh by words
        String page = "（上接第二版）\n\n" + column(16, BRIEFING) + column(16, INSPECTION);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertTrue(articles.get(1).body().startsWith("鲍立群指出"), articles.get(1).body());
    }

    @Test
    void aSecondSpeakerAfterOneParagraphOfTheFirstOrNamedBeforeStaysInTheArticle() {
        // a meeting's talks: one side speaks, then the other, whom the fragment had no room to name
        String talks = "（上接第二版）\n\n" + column(16, BRIEFING[0], INSPECTION[0], INSPECTION[1]);
        assertEquals(1, splitter.split(talks).size(), titles(splitter.split(talks)));
        // a speaker the text named before
        String named = "（上接第二版）\n\n" + column(16, "督查组组长鲍立群一行到会。" + BRIEFING[0], BRIEFING[1], BRIEFING[2], INSPECTION[0]);
        assertEquals(1, splitter.split(named).size(), titles(splitter.split(named)));
    }

    private static final String[] BRIDGE_DISPATCH = {
        "本报江城5月6日电（记者张明）江城长江三桥6日正式通车，从南岸新区到北岸老城的车程由四十分钟缩短到十分钟。三桥全长四千六百米，双向六车道，是江城跨江交通的又一条主通道。",
        "据介绍，三桥采用斜拉索结构，主塔高两百米，建设者攻克了深水基础施工等多项技术难题，大桥比原计划提前两个月建成。桥面两侧还设有人行道和自行车道，市民可以步行或骑车过江。通车当天，不少市民专程赶来，在桥头拍照留念。交通部门表示，三桥通车后将同步开通三条跨江公交线路，并在两岸桥头新建两座换乘站，方便两岸居民出行。通车首日，大桥车流量超过三万辆次，运行平稳有序。"};
    private static final String TEA =
            "茶园里，采茶工背着竹篓在茶垄间穿梭，指尖翻飞，一芽一叶落进篓中。茶厂车间里，杀青、揉捻、烘干几道工序有条不紊，新茶的清香飘出很远。今年春茶品质好、价格稳，茶农的腰包鼓了起来，不少外出务工的年轻人也回乡种茶。";

    @Test
    void anUntitledTextOnAnotherTopicAfterAShortDispatchIsAnotherArticle() {
        // a short news item opened by its dateline is complete in itself: the short untitled text after it that shares
        // nothing with it is the rest of another article, though both are shorter than the topic test asks elsewhere
        String page = "江城长江三桥通车\n\n" + column(16, BRIDGE_DISPATCH) + column(16, TEA);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("江城长江三桥通车", articles.get(0).title());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("茶园里"));
    }

    @Test
    void textAfterADispatchsLeadThatTakesUpItsHeadlineStaysInIt() {
        // a titled news item opened by its dateline, its lead on stocks of sandbags and boats, then a paragraph on the
        // briefing its column label names: little shared with the lead, but the text takes up the headline's words
        String page = "汛前准备全面就绪（青州防汛通报会）\n\n" + column(16,
                "本报青州5月6日电（记者张明）截至5日，全市已储备编织袋二十万条、冲锋舟六十艘、救生衣八千件，组建抢险队伍一百二十支，各类物资分散存放在沿江十二个仓库。今年新购置的排涝泵车和应急通信设备也已到位，经过调试全部可以正常使用。",
                "仓库管理实行专人值守，物资出入库登记造册，每月盘点一次，做到用时拿得出、拿得快。沿江各乡镇还备足了木桩、砂石和照明灯具，抢险车辆统一编号停放，驾驶员昼夜轮流值班，一旦接到指令，半小时内就能把物资送到堤段。各仓库之间还开通了调运专线，相互调剂余缺，哪里短缺就往哪里补，做到储备充足、调度灵活。")
                + column(16, "6日上午，青州防汛通报会在市政府召开，水利局负责人通报今年入汛以来的雨情水情，预计主汛期降雨偏多，局地可能出现洪涝灾害，请市民关注预警信息，出行前留意天气变化，低洼地段的居民提前做好转移准备。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), titles(articles));
        assertTrue(articles.get(0).body().contains("6日上午"), articles.get(0).body());
    }

    @Test
    void aKickerClosedByADashOverItsTitleInABlockOfTheirOwnHeadTheNextArticle() {
        // paragraphs set tight with a blank line between them: a block of two lines after finished text, the first
        // closed by a dash and wider than the column, the second ending no sentence, is a kicker over its title
        String page = "某市白衣卫士值守纪实\n\n"
                + tight(18, "今年春天，某市第一医院的医护人员轮流驻守发热门诊，每天要接诊上百位病人，大家说守住这道门就是守住全城的平安。") + "\n"
                + tight(18, "院长说，医护人员的付出大家都看在眼里，希望社会各界继续理解和支持他们的工作！") + "\n"
                + " 某某学院门诊部青年护士李小红——\n病区里的四季轮回（白衣群像）\n\n"
                + tight(18, "“三号床病人的体温又升上去了，得赶快复查！”") + "\n"
                + tight(18, "李小红一边说一边推着仪器往病房走。这是她在发热门诊度过的第一百天，她说自己从来没有后悔过当初的选择。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("某某学院门诊部青年护士李小红——", articles.get(1).kicker());
        assertEquals("病区里的四季轮回（白衣群像）", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("“三号床病人"), articles.get(1).body());
    }
}
