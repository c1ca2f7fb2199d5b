package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HiddenStartTest {

    private static final List<String> RIVER = List.of(
            "清晨的江边，环卫工人驾驶保洁船打捞水面漂浮物，沿岸步道干干净净，晨练的居民越来越多。",
            "河长制推行以来，这段江岸的排污口全部完成整治，水质常年稳定在二类以上，白鹭又飞回来了。",
            "区里还在沿江建起三座湿地公园，周末常有家长带着孩子来观鸟，江岸成了城市的后花园。");
    private static final String BELOW = "走进村里的草莓大棚，一垄垄草莓红彤彤的，前来采摘的游客提着篮子穿行其间，笑声不断。";
    /** Five content pairs: 爱读, 读书, 小朋, 朋友, 书香. */
    private static final List<String> HEADLINE = List.of("爱读书的小朋友（书香）");

    private static List<String> with(String last) {
        List<String> out = new ArrayList<>(RIVER);
        out.add(last);
        return out;
    }

    @Test
    void aHeadlineEchoingOnlyTwoWordPairsOfTheLastParagraphFindsNoStartThere() {
        // 读书 and 书香: two of the headline's five pairs, two fifths of it, but two pairs may be chance
        String last = "一群青年志愿者走进社区书香小屋，陪孩童读书、画画、做手工，小屋里欢声笑语，大伙儿看在眼里，喜在心上。临走时，孩童拉着志愿者的手，约好下次再来画画。";
        assertEquals(-1, HiddenStart.find(HEADLINE, List.of("江岸新颜"), with(last), BELOW));
    }

    @Test
    void aHeadlineEchoingMoreWordPairsOfTheLastParagraphFindsItsStart() {
        String last = "一群青年志愿者走进社区书香小屋，陪小朋友读书、画画、做手工，小屋里欢声笑语，大伙儿看在眼里，喜在心上。临走时，小朋友拉着志愿者的手，约好下次再来画画。";
        assertEquals(3, HiddenStart.find(HEADLINE, List.of("江岸新颜"), with(last), BELOW));
    }

    private static final String VOLUNTEERS = "一群青年志愿者走进社区书香小屋，陪小朋友读书、画画、做手工，小屋里欢声笑语，大伙儿看在眼里，喜在心上。"
            + "临走时，小朋友拉着志愿者的手，约好下次再来画画。";

    @Test
    void aParagraphReadOnFromTheTextBeforeIsSplitWhereTheHeadlinesWordsBegin() {
        // the last sentence of the river story, ending a full line, was read into one paragraph with the next story
        List<String> paragraphs = with("江岸的排污口整治完成以后，湿地公园里的白鹭越来越多，江岸成了居民的后花园。" + VOLUNTEERS);
        assertEquals(4, HiddenStart.splitOpening(HEADLINE, paragraphs, 3));
        assertEquals("江岸的排污口整治完成以后，湿地公园里的白鹭越来越多，江岸成了居民的后花园。", paragraphs.get(3));
        assertEquals(VOLUNTEERS, paragraphs.get(4));
    }

    @Test
    void anOpeningSentenceThatDoesNotGoOnWithTheTextBeforeStaysWithItsParagraph() {
        // a scene-setting first sentence echoes no word of the headline, yet it opens the story
        List<String> paragraphs = with("傍晚时分，社区门口的广场上热闹起来，孩子们追逐着跑来跑去。" + VOLUNTEERS);
        assertEquals(3, HiddenStart.splitOpening(HEADLINE, paragraphs, 3));
        assertEquals(4, paragraphs.size());
    }
}
