package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DoubledRunUndoerTest {

    private final DoubledRunUndoer undoer = new DoubledRunUndoer();

    @Test
    void undoesALineDoubledRunByRun() {
        assertEquals("全力推进高标准农田建设，", undoer.undo("全力推进高全力推进高标准农田建设标准农田建设，，"));
        assertTrue(undoer.isDoubled("全力推进高全力推进高标准农田建设标准农田建设，，"));
    }

    @Test
    void undoesNumbersAndPunctuationDoubledOneByOne() {
        assertEquals("512.46 万元", undoer.undo("512512..4646 万元万元"));
        assertEquals("2023 年度", undoer.undo("20232023 年度年度"));
        assertEquals("源。", undoer.undo("源源。。"));
    }

    @Test
    void keepsTheFirstCopyOfRunsThatHoldSpaces() {
        String undone = undoer.undo("五 个 乡 镇 全 部 通 车五 个 乡 镇 全 部 通 车");
        assertEquals("五 个 乡 镇 全 部 通 车", undone);
    }

    @Test
    void singleCharacterRunsAtTheLineEdgesAreUndoneToo() {
        assertEquals("展望未来，我们", undoer.undo("展展望未来望未来，，我们我们"));
    }

    @Test
    void leavesLegitimateRepeatsAlone() {
        for (String line : new String[] {"他连声说：“谢谢谢谢！”然后走了", "大家都来看看这一天天的变化", "2020年的工作", "一步一步地走",
                "家家户户", "明明白白", "哈哈哈哈", "谢谢谢谢", "研究研究。"}) {
            assertEquals(line, undoer.undo(line), line);
        }
    }

    @Test
    void undoesALongBoldPassageInsideAnOrdinaryLine() {
        assertEquals("他说，推进乡村振兴是大事，要抓好", undoer.undo("他说，推进乡村振兴推进乡村振兴是大事是大事，，要抓好"));
    }

    @Test
    void aTwoCharacterBoldHeadingWrittenTwiceIsUndone() {
        assertEquals("观潮", undoer.undo("观潮观潮"));
    }

    @Test
    void shortLinesAreNotTouched() {
        assertEquals("看看", undoer.undo("看看"));
        assertFalse(undoer.isDoubled("看看"));
    }

    @Test
    void besideADoubledLineAShortPieceWrittenTwiceIsUndone() {
        // a paragraph's last line, or a bold heading, where only its neighbours show it is doubled
        assertEquals("不动摇", undoer.undoBesideDoubled("不动摇不动摇"));
        assertEquals("定了。", undoer.undoBesideDoubled("定了。定了。"));
        // a word of one character said over and over is no doubled piece, beside bold text or not
        assertEquals("谢谢谢谢", undoer.undoBesideDoubled("谢谢谢谢"));
        assertEquals("向前走，向前走", undoer.undoBesideDoubled("向前走，向前走"));
        // alone, such a line may be a phrase said twice: undo leaves it
        assertEquals("向前走向前走", undoer.undo("向前走向前走"));
    }
}
