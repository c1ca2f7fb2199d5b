package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void recognisesRunningHeadsAndCredits() {
        for (String line : new String[] {"2024年3月8日 星期五", "第3版", "A2", "12", "责任编辑：王小明", "本版制图：李红", "湘江晚报", "要闻",
                "2024年3月8日 星期五 第3版", "五版  经济", "十二版", "本期统筹：王小明", "本版摄影：陈 斌", "版式设计王小明"}) {
            assertTrue(PageFurniture.isFurniture(line), line);
        }
    }

    @Test
    void leavesArticleLinesAlone() {
        for (String line : new String[] {"2024年3月8日，市委召开会议。", "春山可望 岁月可为", "本报记者 张三", "编辑部的故事", "十版图书推荐", "摄影：陈斌", "12 位专家。", "3 名代表。", "版式设计的变迁"}) {
            assertFalse(PageFurniture.isFurniture(line), line);
        }
    }

    @Test
    void readsAStaffCreditPrintedWithoutItsColon() {
        assertTrue(PageFurniture.isStaffCredit("版式设计王小明"));
        assertTrue(PageFurniture.isStaffCredit("责任编辑李红"));
        assertFalse(PageFurniture.isStaffCredit("版式设计的变迁"));
        assertFalse(PageFurniture.isStaffCredit("责任编辑制度改革"));
    }

    @Test
    void readsTheDate() {
        assertEquals(LocalDate.of(2024, 3, 8), PageFurniture.dateIn("2024年3月8日 星期五"));
    }
}
