package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A line alone read as an article of its own ({@link HeadlineRepairs#strayLines}), on pieces written for it. */
class StrayLinesTest {

    private static ArticleAssembler.Piece piece(String title, String... paragraphs) {
        ArticleAssembler.Piece p = new ArticleAssembler.Piece();
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
        List<ArticleAssembler.Piece> pieces = new ArrayList<>(List.of(piece(null, TOWN), piece(null, "老街重现烟火气"), piece("大棚草莓红", FARM)));
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
        List<ArticleAssembler.Piece> pieces = new ArrayList<>(List.of(piece("古镇新貌", TOWN), piece(null, "手艺人回来了"), piece("大棚草莓红", FARM)));
        HeadlineRepairs.strayLines(pieces);
        assertEquals(2, pieces.size());
        assertEquals(List.of("古镇新貌"), pieces.get(0).headline);
        assertEquals(List.of(TOWN, "手艺人回来了"), pieces.get(0).paragraphs);
    }

    @Test
    void aSentenceACreditOrALineOpeningThePageStaysAsItIs() {
        List<ArticleAssembler.Piece> pieces = new ArrayList<>(List.of(piece(null, "老街重现烟火气"), piece("古镇新貌", TOWN),
                piece(null, "草莓熟了。"), piece(null, "图片来源：某某图片社"), piece(null, "（本报记者 赵小青）"), piece(null, TOWN, FARM)));
        ArticleAssembler.Piece byline = piece(null, "大棚草莓红");
        byline.authors.add("赵小青");
        pieces.add(byline);
        HeadlineRepairs.strayLines(pieces);
        assertEquals(7, pieces.size());
    }
}
