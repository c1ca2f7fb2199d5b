package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.HanLP;

import io.newsroom.enrich.pipeline.ArticleDraft;
import io.newsroom.text.ChineseScript;

/** Pages written for the test in the style of PDF-extracted city dailies: hard-wrapped lines, blank lines between. */
class PageSplitterTest {

    private static final Pattern SPACE_BETWEEN_CHINESE = Pattern.compile("[\\u4e00-\\u9fff] +[\\u4e00-\\u9fff]");

    private final PageSplitter splitter = new PageSplitter();

    /** Hard-wraps paragraphs at the column width, first line indented, a blank line after every line. */
    static String column(int width, String... paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            int at = 0;
            int room = width - 2;
            while (at < p.length()) {
                int end = Math.min(p.length(), at + room);
                lines.add(p.substring(at, end));
                at = end;
                room = width;
            }
        }
        return String.join("\n\n", lines) + "\n\n";
    }

    /** Hard-wraps paragraphs at the column width with no indent and no blank lines, as some extractions print pages. */
    static String tight(int width, String... paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            for (int at = 0; at < p.length(); at += width) {
                out.append(p, at, Math.min(p.length(), at + width)).append('\n');
            }
        }
        return out.toString();
    }

    /** Doubles every run of a few characters of each line, as extraction does with bold text. */
    static String doubled(String page) {
        StringBuilder out = new StringBuilder();
        for (String line : page.split("\n", -1)) {
            for (int i = 0; i < line.length(); i += 3) {
                String run = line.substring(i, Math.min(line.length(), i + 3));
                out.append(run).append(run);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static final String CONTINUED_1 = "今年以来，湘江新区坚持把产业项目建设作为经济工作的主抓手，推动一批重大项目落地见效，全区经济运行稳中向好。";
    private static final String CONTINUED_2 = "在园区一线，施工机械来回穿梭，工人们抢抓晴好天气加紧施工，确保项目按期投产。";
    private static final String EDITORIAL_1 = "冬去春来，万物复苏。走过不平凡的一年，我们更加懂得奋斗的意义，更加珍惜团结的力量。";
    private static final String EDITORIAL_2 = "新的一年，让我们以更加饱满的热情投身发展大局，在新的起点上书写新的答卷。";
    private static final String FEATURE_1 = "清晨六点，菜市场已经热闹起来，摊主们忙着摆放新鲜的蔬菜和水果，顾客络绎不绝。";
    private static final String FEATURE_2 = "过去，这里道路泥泞、摊位杂乱，居民意见很大。改造以后，市场干净整洁，秩序井然。";
    private static final String FEATURE_3 = "市场管理方负责人介绍，下一步将引入智慧管理系统，实现食品来源可追溯，让居民买得放心。";
    private static final String NEWS_1 = "近日，市文化馆举办非遗展演活动，剪纸、皮影、花鼓戏等传统技艺轮番登场，吸引大批市民前来观看。";
    private static final String NEWS_2 = "活动现场，不少家长带着孩子参与体验，在传承人的指导下完成了自己的第一件剪纸作品。";
    private static final String BOLD_1 = "全力推进园区标准化厂房建设，新建厂房面积达到十二万平方米，吸引企业入驻。";
    private static final String BOLD_2 = "与此同时，集团持续优化营商环境，为企业提供全流程代办服务，赢得广泛好评。";

    private String page() {
        StringBuilder p = new StringBuilder();
        p.append(column(16, CONTINUED_1, CONTINUED_2));
        p.append("◀◀上接1版①\n\n");
        p.append("产业项目建设年\n——湘江新区高质量发展系列报道之三\n\n");
        p.append("春回大地 万象更新\n本报编辑部\n\n");
        p.append(column(13, EDITORIAL_1, EDITORIAL_2));
        p.append("湘江日报全媒体记者/王小明\n通讯员/李华\n\n");
        p.append(column(17, FEATURE_1));
        p.append("旧市场，新模样\n\n");
        p.append(column(17, FEATURE_2, FEATURE_3));
        p.append("小小菜篮子\n——装满居民幸福感\n\n");
        p.append("非遗展演进社区\n湘江日报讯（全媒体记者/赵 敏 钱多多）\n\n");
        p.append(column(15, NEWS_1, NEWS_2));
        p.append("（下转第2版）\n\n");
        p.append(doubled(column(14, BOLD_1, BOLD_2)));
        return p.toString();
    }

    @Test
    void aSectionHeadingOfTwoShortLinesKeepsThemApart() {
        String page = "城南菜市场完成改造\n\n" + column(17, FEATURE_1) + "旧市场，新模样\n\n管理跟着升级\n\n" + column(17, FEATURE_2, FEATURE_3);
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size(), () -> titles(articles));
        assertEquals(FEATURE_1 + "\n\n旧市场，新模样\n\n管理跟着升级\n\n" + FEATURE_2 + "\n\n" + FEATURE_3, articles.get(0).body(),
                "a heading over its subheading, each line short of the column, is two lines of the text, not one run together");
    }

    @Test
    void findsEveryArticleWithItsHeadline() {
        List<ArticleDraft> articles = splitter.split(page());
        assertEquals(5, articles.size(), () -> titles(articles));

        ArticleDraft continued = articles.get(0);
        assertEquals("产业项目建设年", continued.title());
        assertEquals("——湘江新区高质量发展系列报道之三", continued.subtitle());
        assertEquals(List.of("上接1版①"), continued.jumps());
        assertEquals(CONTINUED_1 + "\n\n" + CONTINUED_2, continued.body());

        ArticleDraft editorial = articles.get(1);
        assertEquals("春回大地万象更新", editorial.title());
        assertEquals(List.of("本报编辑部"), editorial.authors());
        assertEquals(EDITORIAL_1 + "\n\n" + EDITORIAL_2, editorial.body());

        ArticleDraft feature = articles.get(2);
        assertEquals("小小菜篮子", feature.title(), "a headline set after its body goes back to it");
        assertEquals("——装满居民幸福感", feature.subtitle());
        assertEquals(List.of("王小明", "李华"), feature.authors());
        assertEquals("湘江日报", feature.publication());
        assertEquals(FEATURE_1 + "\n\n旧市场，新模样\n\n" + FEATURE_2 + "\n\n" + FEATURE_3, feature.body(),
                "the section heading stays inside the article");

        ArticleDraft news = articles.get(3);
        assertEquals("非遗展演进社区", news.title());
        assertEquals(List.of("赵敏", "钱多多"), news.authors());
        assertEquals(NEWS_1 + "\n\n" + NEWS_2, news.body());
        assertEquals(List.of("下转第2版"), news.jumps());

        ArticleDraft bold = articles.get(4);
        assertNull(bold.title(), "a continued article without a headline on the page");
        assertEquals(BOLD_1 + "\n\n" + BOLD_2, bold.body());
    }

    @Test
    void aPageInTraditionalCharactersIsSplitAlikeAndPrintedAsItIs() {
        String traditional = HanLP.convertToTraditionalChinese(page());
        List<ArticleDraft> articles = splitter.split(traditional);
        List<ArticleDraft> simplified = splitter.split(page());
        assertEquals(simplified.size(), articles.size(), () -> titles(articles));
        String unwrapped = traditional.replaceAll("\\s+", "");
        for (int i = 0; i < articles.size(); i++) {
            ArticleDraft article = articles.get(i);
            ArticleDraft expected = simplified.get(i);
            assertEquals(expected.title(), ChineseScript.simplified(article.title()));
            assertEquals(expected.authors(), article.authors().stream().map(ChineseScript::simplified).toList());
            assertEquals(expected.body(), ChineseScript.simplified(article.body()));
            assertTrue(article.title() == null || unwrapped.contains(article.title().replace(" ", "")), article.title());
            for (String paragraph : article.body().split("\n\n")) {
                assertTrue(paragraph.length() < 20 || ChineseScript.isTraditional(paragraph), "printed as the page prints it: " + paragraph);
            }
        }
        assertEquals(List.of(HanLP.convertToTraditionalChinese("下转第2版")), articles.get(3).jumps());
    }

    @Test
    void leavesNoResidue() {
        for (ArticleDraft a : splitter.split(page())) {
            assertFalse(SPACE_BETWEEN_CHINESE.matcher(a.body()).find(), a.body());
            assertFalse(a.body().contains("\n") && a.body().replace("\n\n", "").contains("\n"), "no line break inside a paragraph");
        }
    }

    @Test
    void leadBylineRunningOverTwoLinesIsParsed() {
        String page = "社区新添便民点\n湘江日报讯（全媒体记者/王\n小明 通讯员/李华） 近日，\n\n" + column(15, "城南社区新设便民服务点，居民可以就近办理社保、医保等业务，十分方便。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(List.of("王小明", "李华"), articles.get(0).authors());
        assertTrue(articles.get(0).body().startsWith("湘江日报讯（全媒体记者/王小明通讯员/李华）近日，城南社区新设便民服务点"), articles.get(0).body());
    }

    @Test
    void aClosingCreditWrappedOverTwoLinesStaysInTheTextAndNamesItsReporters() {
        String page = "社区新添便民点\n本报记者 王小明\n\n" + column(15, "城南社区新设便民服务点，居民可以就近办理社保、医保等业务，十分方便。")
                + "\n（本报记者赵一、钱二、孙三、李\n四、周五）\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(List.of("王小明", "赵一", "钱二", "孙三", "李四", "周五"), articles.get(0).authors());
        assertTrue(articles.get(0).body().endsWith("（本报记者赵一、钱二、孙三、李四、周五）"), articles.get(0).body());
    }

    @Test
    void aRoundUpsLongListOfReportersIsAllCredited() {
        String names = "赵一、钱二、孙三、李四、周五、吴六、郑七、王八、冯九、陈十、褚十一、卫十二、蒋十三、沈十四";
        StringBuilder credit = new StringBuilder();
        String all = "（本报记者" + names + "）";
        for (int at = 0; at < all.length(); at += 15) {
            credit.append(all, at, Math.min(all.length(), at + 15)).append('\n');
        }
        String page = "社区新添便民点\n本报记者 王小明\n\n" + column(15, "城南社区新设便民服务点，居民可以就近办理社保、医保等业务，十分方便。")
                + "\n" + credit;
        ArticleDraft article = splitter.split(page).get(0);
        assertEquals(15, article.authors().size(), article.authors().toString());
        assertEquals("沈十四", article.authors().get(14));
    }

    @Test
    void aDatelinePrintedOnALineOfItsOwnHeadsTheTextUnderIt() {
        String page = "邻国议会批准货币改革\n\n本报某城5 月 5 日电（记者王小明）\n\n"
                + column(15, "邻国议会4日批准，官方货币由旧币变更为新币，1新币相当于10000旧币。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(List.of("王小明"), articles.get(0).authors());
        assertTrue(articles.get(0).body().startsWith("本报某城5月5日电（记者王小明）邻国议会4日批准"), articles.get(0).body());
    }

    @Test
    void leadBylineAfterALongPlaceNameIsParsed() {
        // 讯 stands 15 characters in, one of them outside the basic plane (two chars, one code point)
        String page = "社区新添便民点\n湘江日报𠀾溪镇城南街道社区分站讯（记者/王小明） 近日，\n\n"
                + column(15, "城南社区新设便民服务点，居民可以就近办理社保、医保等业务，十分方便。");
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(List.of("王小明"), articles.get(0).authors());
    }

    @Test
    void englishTextIsRejoinedWithSpaces() {
        String page = "City opens new library\nBy Jane Doe\n\nThe new library opened on Monday with more than\n\nfifty thousand books and an inter-\n\nnational reading room.\n";
        List<ArticleDraft> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(List.of("Jane Doe"), articles.get(0).authors());
        assertEquals("The new library opened on Monday with more than fifty thousand books and an international reading room.", articles.get(0).body());
    }

    @Test
    void furnitureIsDroppedAndItsDateKept() {
        String page = "2024年3月8日 星期五\n\n第3版\n\n" + "社区新添便民点\n本报记者 张三\n\n" + column(15, "城南社区新设便民服务点，居民可以就近办理社保、医保等业务，十分方便。");
        ArticleDraft a = splitter.split(page).get(0);
        assertEquals(java.time.LocalDate.of(2024, 3, 8), a.publishedDate());
        assertEquals("社区新添便民点", a.title());
        assertFalse(a.body().contains("第3版"));
    }

    @Test
    void emptyPageHasNoArticles() {
        assertTrue(splitter.split("  \n\n ").isEmpty());
    }

    /** Each article's headline and first words, one a line: what a failed assertion shows. */
    static String titles(List<ArticleDraft> articles) {
        StringBuilder b = new StringBuilder();
        for (ArticleDraft a : articles) {
            b.append(a.kicker()).append(" | ").append(a.title()).append(" | ").append(a.subtitle()).append(" : ")
                    .append(a.body(), 0, Math.min(30, a.body().length())).append('\n');
        }
        return b.toString();
    }

    @Test
    void aShortHeadingFollowedByTextOnTheSameSubjectIsASectionHeading() {
        String page = column(16, FEATURE_1, FEATURE_2) + "市场换了新模样\n\n" + column(16, FEATURE_3);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(1, drafts.size());
        assertTrue(drafts.get(0).body().contains("市场换了新模样"));
    }

    @Test
    void aShortHeadingFollowedByTextOnAnotherSubjectStartsAnotherArticle() {
        String page = column(16, FEATURE_1, FEATURE_2, FEATURE_3) + "非遗展演进社区\n\n" + column(16, NEWS_1, NEWS_2);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size());
        assertEquals("非遗展演进社区", drafts.get(1).title());
        assertTrue(drafts.get(1).body().startsWith("近日，市文化馆"));
    }

    @Test
    void aNumberedHeadingWiderThanTheColumnStaysInsideTheArticle() {
        String page = column(16, FEATURE_1, FEATURE_2) + "二、引入智慧管理系统，让居民买得放心买得舒心\n\n" + column(16, FEATURE_3);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(1, drafts.size());
        assertTrue(drafts.get(0).body().contains("二、引入智慧管理系统"));
    }

    @Test
    void aHeadlineAboveTheNextBylineGoesBackToTheTextItSpeaksOf() {
        String page = column(16, FEATURE_1, FEATURE_2, FEATURE_3) + "菜市场改造让居民买得放心\n\n"
                + column(16, "本报讯（记者 王小明）" + NEWS_1, NEWS_2);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size());
        assertEquals("菜市场改造让居民买得放心", drafts.get(0).title());
        assertNull(drafts.get(1).title());
        assertEquals(List.of("王小明"), drafts.get(1).authors());
    }

    @Test
    void aPhotoCreditClosesItsCaptionAndNeverJoinsTheNextHeadline() {
        String page = column(16, NEWS_1) + "王小明摄（新华视觉）\n\n菜市场换新颜\n\n" + column(16, "本报讯（记者 李华）" + FEATURE_1, FEATURE_2);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size());
        assertTrue(drafts.get(0).body().endsWith("王小明摄（新华视觉）"));
        assertEquals("菜市场换新颜", drafts.get(1).title());
    }

    @Test
    void aDashedSubtitleClosesItsHeadlineWhenTheNextArticlesHeadlineIsStackedUnderIt() {
        String page = "◀◀上接一版\n\n" + column(16, FEATURE_1, FEATURE_2, FEATURE_3)
                + "菜市场换了新模样\n——智慧管理让居民买得放心\n非遗展演进社区\n——传统技艺轮番登场\n\n"
                + column(16, "本报讯（记者 王小明）" + NEWS_1, NEWS_2);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size(), titles(drafts));
        assertEquals("菜市场换了新模样", drafts.get(0).title());
        assertEquals("——智慧管理让居民买得放心", drafts.get(0).subtitle());
        assertEquals("非遗展演进社区", drafts.get(1).title());
        assertEquals("——传统技艺轮番登场", drafts.get(1).subtitle());
        assertTrue(drafts.get(1).body().contains("近日，市文化馆"));
    }

    @Test
    void aBulletedLabelInsideAContinuedTextIsASectionHeadingNotItsHeadline() {
        String page = "◀◀上接一版\n\n" + column(16, FEATURE_1, FEATURE_2) + "■记者手记\n\n市场里的烟火气\n\n" + column(16, FEATURE_3);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(1, drafts.size(), titles(drafts));
        assertNull(drafts.get(0).title());
        assertTrue(drafts.get(0).body().contains("■记者手记"));
        assertTrue(drafts.get(0).body().endsWith("让居民买得放心。"));
    }

    @Test
    void aClausePairHeadingWiderThanTheColumnStaysInsideTheArticle() {
        String page = column(16, FEATURE_1, FEATURE_2) + "改造市场环境，让居民买得放心买得舒心更顺心\n\n" + column(16, FEATURE_3);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(1, drafts.size(), titles(drafts));
        assertTrue(drafts.get(0).body().contains("改造市场环境，让居民买得放心"));
        assertTrue(HeadingShapes.isSentenceHeading("委员建言：补齐社区服务短板"));
        assertFalse(HeadingShapes.isSentenceHeading("让书香飘满社区（人民论坛）"));
        assertFalse(HeadingShapes.isSentenceHeading("菜市场换了新模样"));
    }

    @Test
    void stackedHeadlinesOnAPageWithoutBlankLinesAreTwoHeadlines() {
        String page = String.join("\n", "◀◀上接一版", "今年以来，湘江新区坚持把产业项目建设作为经济",
                "工作的主抓手，推动一批重大项目落地见效。", "湘江新区项目建设提速", "——一批重大项目落地见效",
                "非遗展演进社区", "——传统技艺轮番登场", "本报讯（记者 王小明）近日，市文化馆举办非",
                "遗展演活动，剪纸、皮影、花鼓戏等传统技艺", "轮番登场，吸引大批市民前来观看。") + "\n";
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size(), titles(drafts));
        assertEquals("湘江新区项目建设提速", drafts.get(0).title());
        assertEquals("非遗展演进社区", drafts.get(1).title());
        assertEquals("——传统技艺轮番登场", drafts.get(1).subtitle());
    }

    @Test
    void aShortHeadingBetweenABylineAndTheTextIsTheArticlesFirstSectionHeading() {
        String page = "本报记者 王小明\n\n核心阅读\n\n" + column(16, FEATURE_1, FEATURE_2, FEATURE_3) + "菜市场换了新模样\n\n";
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(1, drafts.size(), titles(drafts));
        assertEquals("菜市场换了新模样", drafts.get(0).title());
        assertTrue(drafts.get(0).body().startsWith("核心阅读"));
        assertEquals(List.of("王小明"), drafts.get(0).authors());
    }

    @Test
    void aSeriesOfLikeHeadingsAreSectionsOfOneArticleEvenWhenTheirSubjectsDiffer() {
        String page = "各地公园见闻\n\n" + column(16, "假日里，记者走访了多地新建的口袋公园，发现它们各有特色，深受周边居民喜爱。")
                + "江南水乡\n\n" + column(16, "河道两岸新栽了垂柳和桃树，石板小路连着几座古桥，老人们在亭子里下棋喝茶，游船摇橹穿过拱桥，水面映着白墙黛瓦。")
                + "北方小城\n\n" + column(16, "废弃的煤场改成了草坪和跑道，傍晚时分，跳广场舞的阿姨和踢球的孩子挤满了场地，烧烤摊冒着热气，篮球架下一片欢呼。");
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(1, drafts.size(), titles(drafts));
        assertTrue(drafts.get(0).body().contains("江南水乡"));
        assertTrue(HeadingShapes.siblings("江南水乡", "北方小城"));
        assertFalse(HeadingShapes.siblings("荒山林海 树木树人", "矢志创新 逐梦航空"));
    }

    @Test
    void onAPageWithoutBlankLinesALabelledTitleAndItsDashedSubtitleAreAHeadlineNotText() {
        String page = String.join("\n", "冬去春来，万物复苏。走过不平凡的一年，我",
                "们更加懂得奋斗的意义，更加珍惜团结的力", "量，也更加懂得人民的期盼。",
                "让书香飘满社区里的每一个角落（人民论坛）", "——全民阅读系列评论之三",
                "清晨六点，菜市场已经热闹起来，摊主们忙着", "摆放新鲜的蔬菜和水果，顾客络绎不绝。过去",
                "这里道路泥泞、摊位杂乱，居民意见很大。") + "\n";
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size(), titles(drafts));
        assertTrue(drafts.stream().anyMatch(d -> "让书香飘满社区里的每一个角落（人民论坛）".equals(d.title())
                && "——全民阅读系列评论之三".equals(d.subtitle())), titles(drafts));
        assertTrue(drafts.stream().noneMatch(d -> d.body().contains("人民论坛")));
    }

    @Test
    void aLabelledTitleUnderADashedKickerIsTheHeadlineOfTheTextBelow() {
        String page = String.join("\n", "冬去春来，万物复苏。走过不平凡的一年，我",
                "们更加懂得奋斗的意义，更加珍惜团结的力量。", "（下转第五版）", "王小明委员——",
                "深入走访 倾听民声（代表委员履职记）", "清晨六点，菜市场已经热闹起来，摊主们忙着",
                "摆放新鲜的蔬菜和水果，顾客络绎不绝。过去", "这里道路泥泞、摊位杂乱，居民意见很大。") + "\n";
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size(), titles(drafts));
        assertEquals("王小明委员——", drafts.get(1).kicker());
        assertEquals("深入走访倾听民声（代表委员履职记）", drafts.get(1).title().replace(" ", ""));
        assertTrue(drafts.get(1).body().startsWith("清晨六点"));
    }

    @Test
    void aHeadlineSetAfterATextThatJumpsToAnotherPageGoesBackToIt() {
        String page = String.join("\n", "今年以来，湘江新区坚持把产业项目建设作为经济",
                "工作的主抓手，推动一批重大项目落地见效。", "（下转第八版）", "湘江新区项目建设提速",
                "——一批重大项目落地见效", "非遗展演进社区（文化观察）", "近日，市文化馆举办非遗展演活动，剪纸、皮影、",
                "花鼓戏等传统技艺轮番登场，吸引大批市民前来", "观看。") + "\n";
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(2, drafts.size(), titles(drafts));
        assertEquals("湘江新区项目建设提速", drafts.get(0).title());
        assertEquals("——一批重大项目落地见效", drafts.get(0).subtitle());
        assertTrue(drafts.get(0).body().startsWith("今年以来"));
        assertEquals("非遗展演进社区（文化观察）", drafts.get(1).title());
        assertTrue(drafts.get(1).body().startsWith("近日"), drafts.get(1).body());
    }

    @Test
    void aPictureItemEndsAtItsCreditAndTheTextAfterTakesTheHeadlineSetAfterIt() {
        String page = "图片报道\n\n" + column(16, "近日，市郊的辣椒种植基地，移栽机在田里来回忙碌，农民抢抓农时栽种。")
                + "王小明摄（人民视觉）\n\n" + column(16, CONTINUED_1, CONTINUED_2) + "湘江新区项目建设提速\n\n——一批重大项目落地见效\n\n"
                + column(16, "本报讯（记者 李华）" + NEWS_1, NEWS_2);
        List<ArticleDraft> drafts = splitter.split(page);
        assertEquals(3, drafts.size(), titles(drafts));
        assertEquals("图片报道", drafts.get(0).title());
        assertTrue(drafts.get(0).body().endsWith("王小明摄（人民视觉）"));
        assertEquals("湘江新区项目建设提速", drafts.get(1).title());
        assertTrue(drafts.get(1).body().startsWith("今年以来"));
    }
}
