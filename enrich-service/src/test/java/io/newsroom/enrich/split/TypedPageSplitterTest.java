package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.pipeline.ArticleDraft;

/**
 * Pages whose lines carry their type sizes, as PDF extraction gives them (written for the test): headlines in display
 * type, kicker and subtitle a little smaller, the body in its own type, every line after a blank line.
 */
class TypedPageSplitterTest {

    private static final float BODY = 1f;
    private static final float KICKER = 1.22f;
    private static final float TITLE = 2.44f;
    private static final float SUBTITLE = 1.33f;
    private static final float BYLINE = 1.11f;
    /** A news brief's title: bold, a size above the body, under display type. */
    private static final float BRIEF_TITLE = 1.22f;

    private final PageSplitter splitter = new PageSplitter();

    private static PrintedLine line(String text, float scale) {
        return new PrintedLine(text, true, scale);
    }

    /** Paragraphs hard-wrapped at 18 characters, the first line indented by two, in body type. */
    private static List<PrintedLine> body(String... paragraphs) {
        List<PrintedLine> lines = new ArrayList<>();
        for (String p : paragraphs) {
            int at = 0;
            int room = 16;
            while (at < p.length()) {
                int end = Math.min(p.length(), at + room);
                lines.add(line(p.substring(at, end), BODY));
                at = end;
                room = 18;
            }
        }
        return lines;
    }

    private static final String VILLAGE_1 = "村里的党群服务中心只有九名工作人员，却挂了大大小小八十四块牌子，来办事的村民常常找不到门。";
    private static final String VILLAGE_2 = "去年以来，市里集中清理基层挂牌，村里摘掉了七十一块牌子，考核少了，干部有了更多时间为群众办事。";
    private static final String VILLAGE_3 = "如今，村部一楼设了便民服务大厅，每名干部都能办理各项事务，村民办事一次就能办完。";
    private static final String VILLAGE_4 = "在上一轮集中清理中，全市共摘除挂牌九千七百余块，今年还将持续推进基层减负。";
    private static final String SURVEY_1 = "开春以来，一家轮毂制造企业的董事长一直在忙，新产品要做高原试验，却一直联系不上能做测试的单位。";
    private static final String SURVEY_2 = "调研组到厂里以后，逐一核实企业反映的问题，不到一周就联系好了检测单位，难题得到解决。";

    @Test
    void opensArticlesOnlyAtHeadlinesInDisplayType() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("某市清理村部门前的挂牌", KICKER));
        page.add(line("石塘村摘下七十多块牌子", TITLE));
        page.add(line("核心阅读", BODY));
        page.addAll(body(VILLAGE_1, VILLAGE_2));
        page.add(line("摘牌不摘责任，服务要靠实干", BODY));
        page.addAll(body(VILLAGE_3, VILLAGE_4));
        page.add(line("（作者为本报江西分社记者）", BODY));
        page.add(line("栏目投稿邮箱：tougao@example.com", BODY));
        page.add(line("蹲点调研要听得到实话", TITLE));
        page.add(line("——听实话，是干部的基本功", SUBTITLE));
        page.add(line("本报南昌5月10日电（记者张三）", BODY));
        page.addAll(body(SURVEY_1, SURVEY_2));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(2, drafts.size(), () -> drafts.toString());
        ArticleDraft village = drafts.get(0);
        assertEquals("某市清理村部门前的挂牌", village.kicker());
        assertEquals("石塘村摘下七十多块牌子", village.title());
        // set in the body's type, the box label, the section heading, the note and what follows it are the article's
        assertTrue(village.body().startsWith("核心阅读\n\n村里的党群服务中心"), village.body());
        assertTrue(village.body().contains("\n\n摘牌不摘责任，服务要靠实干\n\n如今"), village.body());
        assertTrue(village.body().endsWith("（作者为本报江西分社记者）\n\n栏目投稿邮箱：tougao@example.com"), village.body());
        ArticleDraft survey = drafts.get(1);
        assertEquals("蹲点调研要听得到实话", survey.title());
        assertEquals("——听实话，是干部的基本功", survey.subtitle());
        assertEquals(List.of("张三"), survey.authors());
        // the dateline on a line of its own heads the first paragraph, as when run into it
        assertTrue(survey.body().startsWith("本报南昌5月10日电（记者张三）开春以来"), survey.body());
    }

    @Test
    void aLineInBodyTypeUnderTheTitleIsTextNotPartOfTheHeadline() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("携手走出发展困境（国际论坛）", TITLE));
        page.add(line("各方应当加强合作，帮助有需要的国", BODY));
        page.add(line("家渡过难关", BODY));
        page.addAll(body(SURVEY_1, SURVEY_2));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(1, drafts.size(), () -> drafts.toString());
        assertEquals("携手走出发展困境（国际论坛）", drafts.get(0).title());
        assertEquals(null, drafts.get(0).subtitle());
        assertTrue(drafts.get(0).body().startsWith("各方应当加强合作，帮助有需要的国家渡过难关\n\n开春以来"), drafts.get(0).body());
    }

    @Test
    void aCreditUnderTheHeadlineIsTheBylineWhateverItsLastPiecesRead() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("图片报道", TITLE));
        page.add(line("本报记者 张三文 某某工业园区开发公司供图", BYLINE));
        page.addAll(body(SURVEY_1));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(1, drafts.size(), () -> drafts.toString());
        assertEquals("图片报道", drafts.get(0).title());
        // 文 marks the writer beside a picture credit, and the credited body supplied pictures: neither is a name
        assertEquals(List.of("张三"), drafts.get(0).authors());
        assertFalse(drafts.get(0).body().contains("供图"), drafts.get(0).body());
    }

    @Test
    void theTitleIsTheLineInTheLargestTypeAndASmallerLineAboveItTheKicker() {
        List<PrintedLine> page = new ArrayList<>();
        // (plain text cannot tell: a short line over a longer one opening with a place reads as a title over its subtitle)
        page.add(line("春风送暖", KICKER));
        page.add(line("湖南省农业银行推出十项措施助力春耕生产", TITLE));
        page.addAll(body(SURVEY_1, SURVEY_2));

        ArticleDraft draft = splitter.split(page).get(0);

        assertEquals("春风送暖", draft.kicker());
        assertEquals("湖南省农业银行推出十项措施助力春耕生产", draft.title());
        assertEquals(null, draft.subtitle());
    }

    @Test
    void aBriefTitledInTypeBelowDisplayIsAnArticleOfItsOwn() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("石塘村摘下七十多块牌子", TITLE));
        page.addAll(body(VILLAGE_1, VILLAGE_2));
        page.add(line("摘牌不摘责任", BODY));
        page.addAll(body(VILLAGE_3));
        page.add(line("轮毂企业找到高原检测机构", BRIEF_TITLE));
        page.add(line("本报南昌5月10日电（记者张三）", BODY));
        page.addAll(body(SURVEY_1, SURVEY_2));
        page.add(line("全市清理基层挂牌九千余块", BRIEF_TITLE));
        page.addAll(body(VILLAGE_4));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(3, drafts.size(), () -> drafts.toString());
        // the section heading in the body's type stays in its article; each brief's title opens one
        assertTrue(drafts.get(0).body().contains("\n\n摘牌不摘责任\n\n如今"), drafts.get(0).body());
        assertEquals("轮毂企业找到高原检测机构", drafts.get(1).title());
        assertEquals(List.of("张三"), drafts.get(1).authors());
        assertTrue(drafts.get(1).body().startsWith("本报南昌5月10日电（记者张三）开春以来"), drafts.get(1).body());
        assertEquals("全市清理基层挂牌九千余块", drafts.get(2).title());
        assertTrue(drafts.get(2).body().startsWith("在上一轮集中清理中"), drafts.get(2).body());
    }

    @Test
    void aBriefTitledInBoldBodyTypeSetApartOpensAnArticleWhileABoldSectionHeadingDoesNot() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("石塘村摘下七十多块牌子", TITLE));
        page.addAll(body(VILLAGE_1, VILLAGE_2));
        // a section heading, bold, set at the leading of the text above it
        page.add(new PrintedLine("摘牌不摘责任", true, BODY, true, false));
        page.addAll(body(VILLAGE_3));
        // a brief's title in the body's own type, bold, a story's gap above it
        page.add(new PrintedLine("轮毂企业找到高原检测机构", true, BODY, true, true));
        page.addAll(body(SURVEY_1, SURVEY_2));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(2, drafts.size(), () -> drafts.toString());
        assertTrue(drafts.get(0).body().contains("\n\n摘牌不摘责任\n\n如今"), drafts.get(0).body());
        assertEquals("轮毂企业找到高原检测机构", drafts.get(1).title());
        assertTrue(drafts.get(1).body().startsWith("开春以来"), drafts.get(1).body());
    }

    @Test
    void onAPageOfBriefsWithNoDisplayTypeEachBriefTitleOpensAnArticle() {
        List<PrintedLine> page = new ArrayList<>();
        // the page's first brief under the page head, then the next brief's title a story's gap below it
        page.add(new PrintedLine("石塘村摘下七十多块牌子", true, BODY, true, true));
        page.addAll(body(VILLAGE_1, VILLAGE_2));
        page.add(new PrintedLine("摘牌不摘责任", true, BODY, true, false));
        page.addAll(body(VILLAGE_3));
        page.add(new PrintedLine("轮毂企业找到高原检测机构（短评）", true, BODY, true, true));
        page.addAll(body(SURVEY_1));
        // and one titled a size above the body
        page.add(line("调研组一周解难题", BRIEF_TITLE));
        page.addAll(body(SURVEY_2));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(List.of("石塘村摘下七十多块牌子", "轮毂企业找到高原检测机构（短评）", "调研组一周解难题"),
                drafts.stream().map(ArticleDraft::title).toList());
        assertTrue(drafts.get(0).body().contains("\n\n摘牌不摘责任\n\n如今"), drafts.get(0).body());
        assertTrue(drafts.get(1).body().startsWith("开春以来"), drafts.get(1).body());
    }

    @Test
    void aBoldPhotoCreditOverABriefsTitleSignsThePictureAbove() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("图片报道", TITLE));
        page.addAll(body("图为五月六日，石塘村村民在新修的村道上晾晒油菜籽。"));
        page.add(new PrintedLine("新华社发", true, BODY, true, false));
        page.add(new PrintedLine("轮毂企业找到高原检测机构", true, BODY, true, true));
        page.addAll(body(SURVEY_1, SURVEY_2));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(List.of("图片报道", "轮毂企业找到高原检测机构"), drafts.stream().map(ArticleDraft::title).toList());
        assertTrue(drafts.get(0).body().endsWith("新华社发"), drafts.get(0).body());
        assertTrue(drafts.get(1).body().startsWith("开春以来"), drafts.get(1).body());
    }

    /** A line of body type as a PDF shows it in its column: indented or not, reaching the right edge or not. */
    private static PrintedLine placed(String text, boolean indented, boolean full) {
        return new PrintedLine(text, true, BODY, false, false, indented, full);
    }

    @Test
    void aPdfsIndentsAndFullLinesSettleWhereParagraphsEnd() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("石塘村摘下七十多块牌子", TITLE));
        // a paragraph whose last line happens to fill the column, then one with a sentence ending on a line spaced out
        // to the column's edge (fewer characters than the lines around it), then the last paragraph
        page.add(placed("村里的党群服务中心只有九名工作人", true, true));
        page.add(placed("员，来办事的村民常常找不到门。", false, true));
        page.add(placed("去年以来，市里集中清理基层挂牌", true, true));
        page.add(placed("考核少了。", false, true));
        page.add(placed("干部有了更多时间为", false, true));
        page.add(placed("群众办事，村民办事一次就能办完。", false, false));
        page.add(placed("今年还将持续推进基层减负。", true, false));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(1, drafts.size(), () -> drafts.toString());
        assertEquals(List.of("村里的党群服务中心只有九名工作人员，来办事的村民常常找不到门。",
                "去年以来，市里集中清理基层挂牌考核少了。干部有了更多时间为群众办事，村民办事一次就能办完。", "今年还将持续推进基层减负。"),
                List.of(drafts.get(0).body().split("\n\n")));
    }

    @Test
    void aLineSetApartThatIsNotBoldOrEndsASentenceIsNoBriefTitle() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("石塘村摘下七十多块牌子", TITLE));
        page.addAll(body(VILLAGE_1));
        // a short line set apart but in the body's weight, and a bold one that ends a sentence: text of the article
        page.add(new PrintedLine("村民说好", true, BODY, false, true));
        page.addAll(body(VILLAGE_2));
        page.add(new PrintedLine("这是好事。", true, BODY, true, true));
        page.addAll(body(VILLAGE_3));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(1, drafts.size(), () -> drafts.toString());
    }

    @Test
    void aLongRunInTypeBelowDisplayIsNoBriefTitle() {
        List<PrintedLine> page = new ArrayList<>();
        page.add(line("石塘村摘下七十多块牌子", TITLE));
        page.addAll(body(VILLAGE_1));
        // a box set a size up, four lines and more: text of the article, not a brief's title
        for (String l : List.of("全市共摘除挂牌", "九千七百余块", "考核事项减少", "三成以上")) {
            page.add(line(l, BRIEF_TITLE));
        }
        page.addAll(body(VILLAGE_2));

        List<ArticleDraft> drafts = splitter.split(page);

        assertEquals(1, drafts.size(), () -> drafts.toString());
    }
}
