package io.newsroom.quality.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.newsroom.quality.gold.GoldArticle;
import io.newsroom.quality.score.TextNormalizer;

class CompositionTest {

    /** Synthetic articles in the source format: kicker, title, subtitle, indented paragraphs, CRLF. */
    static List<SourceArticle> articles() {
        String a = "引题一行\r\n春天里的新故事\r\n\r\n　　本报记者　施 芳\r\n"
                + "　　新华社北京5月1日电\u00a0\u00a0今年以来，某地推进乡村建设，2020年完成道路改造120公里。\r\n"
                + "　　小标题\r\n　　村民们说，路通了，日子也越过越好，大家心里都亮堂了。\r\n"
                + "　　第三段讲到了产业，合作社带动三百多户增收，产品卖到了全国各地。\r\n";
        String b = "\r\n复工复产按下快进键\r\n副题在这里\r\n"
                + "　　本报北京5月1日电\u00a0\u00a0（记者王一、李二）工厂里机器轰鸣，工人们各就各位。\r\n"
                + "　　订单排到了下个月，企业负责人说，有信心完成全年目标。\r\n";
        return List.of(SourceArticle.parse("20200501-02-01.txt", a), SourceArticle.parse("20200501-02-02.txt", b));
    }

    @Test
    void sourceArticlesYieldBylinesAsAuthors() {
        List<SourceArticle> list = articles();
        assertEquals("引题一行", list.get(0).kicker());
        assertEquals(List.of("施芳"), list.get(0).authors());
        assertEquals(4, list.get(0).paragraphs().size());
        assertEquals(null, list.get(1).kicker());
        assertEquals("副题在这里", list.get(1).subtitle());
        assertEquals(List.of("王一", "李二"), list.get(1).authors());
        assertEquals(List.of("张三", "李四"), SourceArticle.names("本报记者 张三 李四"));
        assertEquals(List.of("王珏"), SourceArticle.names("本报记者 王 珏"));
    }

    @Test
    void pictureCreditsAreRolesNotNames() {
        assertEquals(List.of("刘一鸣"), SourceArticle.names("本报记者 刘一鸣摄"));
        assertEquals(List.of("赵小川"), SourceArticle.names("本报记者 赵小川摄影报道"));
        // 文 marks the writer where the byline credits the pictures to someone else; a name may end with 文 too
        assertEquals(List.of("孙立平"), SourceArticle.names("本报记者 孙立平文 某某科技公司供图"));
        assertEquals(List.of("周文", "王立文"), SourceArticle.names("本报记者 周文 王立文"));
    }

    @Test
    void reportersCreditedInAParagraphOfTheirOwnAreAuthors() {
        List<String> printed = List.of("会上，代表们围绕乡村振兴提出建议。", "（本报记者钱一、孙二整理）", "另一位代表说，要抓好春耕。",
                "（本报记者 李三、某某网记者吴四）", "（图片由当地政府提供）");
        assertEquals(List.of("钱一", "孙二", "李三", "吴四"), SourceArticle.creditedNames(printed));
        assertEquals(List.of("张四", "钱一", "孙二", "李三", "吴四"), SourceArticle.withCredited(List.of("张四", "钱一"), printed));
        assertEquals(List.of(), SourceArticle.creditedNames(List.of("记者李三说，春耕已经开始。")));
    }

    @Test
    void wrapsAtTheColumnKeepingClosingMarksOnTheLine() {
        List<String> lines = Typesetter.wrap("一二三四五，六七八九十。", 5);
        assertEquals(List.of("一二三四五，", "六七八九十。"), lines);
        Random neverCut = new Random(0) {
            @Override
            public double nextDouble() {
                return 0.9;
            }
        };
        assertEquals("积极推进积极推进", Typesetter.doubled("积极推进", neverCut));
        assertEquals("20242024 年度年度，，", Typesetter.doubled("2024 年度，", new Random(1)));
    }

    @Test
    void sameSeedSamePageAndGoldMatchesTheText() {
        PageComposition.Composed one = new PageComposition(new Random(42)).compose("p.txt", LocalDate.of(2020, 5, 1), 2, articles());
        PageComposition.Composed two = new PageComposition(new Random(42)).compose("p.txt", LocalDate.of(2020, 5, 1), 2, articles());
        assertEquals(one.text(), two.text());
        assertEquals(one.gold(), two.gold());
        boolean differs = false;
        for (int seed = 0; seed < 20 && !differs; seed++) {
            differs = !new PageComposition(new Random(seed)).compose("p.txt", LocalDate.of(2020, 5, 1), 2, articles()).text().equals(one.text());
        }
        assertTrue(differs);
        assertEquals(2, one.gold().articles().size());
        for (GoldArticle g : one.gold().articles()) {
            assertNotEquals("", g.body());
            assertTrue(!g.body().contains("本报记者"), "the byline is not body text");
        }
    }

    @Test
    void withoutBoldTheRawTextHoldsEveryGoldParagraph() {
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(seed);
            PageStyle style = PageStyle.random(r);
            PageStyle plain = new PageStyle(style.columns(), style.gaps(), style.numberSpacing(), style.letterSpacedLines(),
                    style.headlineAfter(), style.byline(), style.continued(), style.jumpOut(), 0, 0, 0, style.furniture());
            PageComposition.Composed c = new PageComposition(plain, r).compose("p.txt", LocalDate.of(2020, 5, 1), 2, articles());
            String raw = TextNormalizer.compact(c.text());
            for (GoldArticle g : c.gold().articles()) {
                for (String p : g.body().split("\n\n")) {
                    assertTrue(raw.contains(TextNormalizer.compact(p)), "seed " + seed + ": " + p);
                }
                if (g.title() != null) {
                    assertTrue(raw.contains(TextNormalizer.compact(g.title())));
                }
            }
        }
    }

    @Test
    void titlesStayOnOneLineAndSubtitlesFollowADashAsOnTheSample() {
        for (int seed = 0; seed < 10; seed++) {
            PageComposition.Composed c = new PageComposition(new Random(seed)).compose("p.txt", LocalDate.of(2020, 5, 1), 2, articles());
            List<String> lines = List.of(c.text().split("\n"));
            for (GoldArticle g : c.gold().articles()) {
                if (g.subtitle() != null) {
                    assertTrue(g.subtitle().startsWith("——"), g.subtitle());
                }
                if (g.title() != null && !g.title().contains(" ") && c.text().contains(g.title())) {
                    assertTrue(lines.stream().anyMatch(l -> l.contains(g.title())), "seed " + seed + ": " + g.title());
                }
            }
        }
        assertEquals("——副题", PageComposition.printedSubtitle("副题"));
        assertEquals("——副题", PageComposition.printedSubtitle("——副题"));
    }

    @Test
    void aParagraphsLastLineIsNeverLetterSpaced() {
        for (int seed = 0; seed < 30; seed++) {
            Random r = new Random(seed);
            PageStyle style = PageStyle.random(r);
            PageStyle spaced = new PageStyle(style.columns(), PageStyle.Gaps.NONE, 0, 1.0, 0, 0, 0, 0, 0, 0, 0, false);
            String text = new PageComposition(spaced, r).compose("p.txt", LocalDate.of(2020, 5, 1), 2, articles()).text();
            for (String line : text.split("\n")) {
                if (line.endsWith("。")) {
                    assertTrue(!line.matches(".*\\p{IsHan} \\p{IsHan}.*"), "seed " + seed + ": " + line);
                }
            }
        }
    }

    @Test
    void pageCreditsAreFurnitureNotBody() {
        SourceArticle a = SourceArticle.parse("20200501-03-01.txt", "\r\n标题\r\n\r\n　　正文一段，讲了一件事。\r\n　　版式设计：王小明\r\n");
        assertEquals(List.of("正文一段，讲了一件事。"), a.paragraphs());
        assertEquals(List.of("版式设计：王小明"), a.pageCredits());
    }
}
