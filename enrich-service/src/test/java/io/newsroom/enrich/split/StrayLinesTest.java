package io.newsroom.enrich.split;

import static io.newsroom.enrich.split.PageSplitterTest.column;
import static io.newsroom.enrich.split.PageSplitterTest.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.pipeline.ArticleDraft;

/**
 * Lines that head nothing below them: a line alone read as an article of its own ({@link HeadlineRepairs#strayLines}),
 * on pieces written for it, and a picture's headline set under its credit, on a page written for it.
 */
class StrayLinesTest {

    private static Piece piece(String title, String... paragraphs) {
        Piece p = new Piece();
        if (title != null) {
            p.headline.add(title);
        }
        p.paragraphs.addAll(List.of(paragraphs));
        return p;
    }

    private static final String TOWN = "古镇改造启动后，镇里请来规划团队，一户一策修缮老屋，保留青砖黛瓦的老样子。";
    private static final String FARM = "走进村里的草莓大棚，一垄垄草莓红彤彤的，前来采摘的游客提着篮子穿行其间。";

    @Test
    void aLineAloneUnderUntitledTextIsItsHeadlineSetAfterIt() {
        List<Piece> pieces = new ArrayList<>(List.of(piece(null, TOWN), piece(null, "老街重现烟火气"), piece("大棚草莓红", FARM)));
        pieces.get(1).jumps.add("上接二版");
        HeadlineRepairs.strayLines(pieces);
        assertEquals(2, pieces.size());
        assertEquals(List.of("老街重现烟火气"), pieces.get(0).headline);
        assertEquals(List.of(TOWN), pieces.get(0).paragraphs);
        assertTrue(pieces.get(0).jumps.contains("上接二版"));
    }

    @Test
    void aLineAloneUnderATitledArticleIsItsLastLine() {
        // a section's heading whose text jumped to another page, or a stray headline: never an article of one line
        List<Piece> pieces = new ArrayList<>(List.of(piece("古镇新貌", TOWN), piece(null, "手艺人回来了"), piece("大棚草莓红", FARM)));
        HeadlineRepairs.strayLines(pieces);
        assertEquals(2, pieces.size());
        assertEquals(List.of("古镇新貌"), pieces.get(0).headline);
        assertEquals(List.of(TOWN, "手艺人回来了"), pieces.get(0).paragraphs);
    }

    @Test
    void aSentenceACreditOrALineOpeningThePageStaysAsItIs() {
        List<Piece> pieces = new ArrayList<>(List.of(piece(null, "老街重现烟火气"), piece("古镇新貌", TOWN),
                piece(null, "草莓熟了。"), piece(null, "图片来源：某某图片社"), piece(null, "（本报记者 赵小青）"), piece(null, TOWN, FARM)));
        Piece byline = piece(null, "大棚草莓红");
        byline.authors.add("赵小青");
        pieces.add(byline);
        HeadlineRepairs.strayLines(pieces);
        assertEquals(7, pieces.size());
    }

    @Test
    void aLineAloneHandingOverToTheHeadlineUnderItIsItsKicker() {
        // a kicker with clauses in it read as text: closed by a dash, a question or who spoke, over a title with none
        List<Piece> pieces = new ArrayList<>(List.of(piece(null, "老街重现烟火气，古镇改造一年见成效——"), piece("手艺人回来了", TOWN),
                piece(null, "草莓怎么种？游客怎么来？"), piece("大棚草莓红（乡村新貌）", FARM),
                piece(null, "张三在某某座谈会上强调"), piece("做好古镇保护", TOWN)));
        HeadlineRepairs.kickersReadAsText(pieces);
        assertEquals(3, pieces.size());
        assertEquals(List.of("老街重现烟火气，古镇改造一年见成效——", "手艺人回来了"), pieces.get(0).headline);
        assertEquals(List.of("草莓怎么种？游客怎么来？", "大棚草莓红（乡村新貌）"), pieces.get(1).headline);
        assertEquals(List.of("张三在某某座谈会上强调", "做好古镇保护"), pieces.get(2).headline);
    }

    @Test
    void aLineClosedByAColonOrOverAHeadlineSetAfterItsTextStays() {
        // 张三讲述： opens a speech as its text; a headline given back to the text above heads nothing under the line
        Piece after = piece("手艺人回来了", TOWN);
        after.headlineBelow = true;
        List<Piece> pieces = new ArrayList<>(List.of(piece(null, "古镇居民张三讲述："), piece("手艺人回来了", TOWN),
                piece(null, "老街重现烟火气——"), after, piece(null, "草莓怎么种？"), piece(null, FARM)));
        HeadlineRepairs.kickersReadAsText(pieces);
        assertEquals(6, pieces.size());
    }

    @Test
    void anAgencysPhotoCreditReadIntoAHeadlineSignsThePictureAbove() {
        // over a title it is the last line of the caption above; alone as a headline, it was set after its own caption
        Piece caption = piece(null, "图为5月6日，游客在古镇老街上参观。");
        Piece next = piece("某某社发", FARM);
        next.headline.add("大棚草莓红");
        Piece alone = piece("某某社发", "图为草莓大棚一角。");
        List<Piece> pieces = new ArrayList<>(List.of(caption, next, alone));
        HeadlineRepairs.agencyCreditsToText(pieces);
        assertEquals(List.of("图为5月6日，游客在古镇老街上参观。", "某某社发"), caption.paragraphs);
        assertEquals(List.of("大棚草莓红"), next.headline);
        assertTrue(alone.headline.isEmpty());
        assertEquals(List.of("图为草莓大棚一角。", "某某社发"), alone.paragraphs);
    }

    private static final String[] STREET = {
        "清晨的古镇，石板路被雨水洗得发亮，早点铺子飘出阵阵香气，游客们三三两两走进老街。",
        "前些年，老街的房子年久失修，电线私拉乱接，不少居民搬了出去，街面一度冷冷清清。",
        "古镇改造启动后，镇里请来规划团队，一户一策修缮老屋，保留青砖黛瓦的老样子。",
        "图为5月6日，游客在古镇老街上参观。"};
    private static final String[] CRAFT = {
        "老街上开了茶馆、书屋和手作坊，搬走的居民又回来了，古镇的烟火气一天天浓起来。",
        "镇里还把闲置的老粮站改成了非遗工坊，竹编、木雕、蓝印花布的手艺人在这里收徒传艺。",
        "如今，古镇每到周末游人如织，老街的手艺人和民宿主人都说，古镇的日子越过越有奔头。"};

    @Test
    void aShortHeadingUnderAPhotoCreditOverPlainTextIsThePicturesHeadlineNotASection() {
        // the caption and its credit end the text above; the heading under the credit is the picture's, set after it,
        // and the text under it, however close its subject, is the rest of another article
        String page = "古镇新貌\n\n" + column(16, STREET) + "赵小青摄\n\n老街掠影\n\n" + column(16, CRAFT);
        List<ArticleDraft> articles = new PageSplitter().split(page);
        assertEquals(2, articles.size(), titles(articles));
        assertEquals("古镇新貌", articles.get(0).title());
        assertTrue(articles.get(0).body().endsWith("赵小青摄\n\n老街掠影"), articles.get(0).body());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("老街上开了茶馆"));
    }
}
