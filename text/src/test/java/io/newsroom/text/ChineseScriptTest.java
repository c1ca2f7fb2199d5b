package io.newsroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {

    @Test
    void traditionalBecomesSimplifiedAndOtherTextStays() {
        assertEquals("燃气网点假期可缴费", ChineseScript.simplified("燃氣網點假期可繳費"));
        assertEquals("River floodgates", ChineseScript.simplified("River floodgates"));
    }

    @Test
    void variantsHoldBothScripts() {
        assertTrue(ChineseScript.variants("燃气").containsAll(java.util.List.of("燃气", "燃氣")));
        assertEquals(1, ChineseScript.variants("gas").size());
    }

    @Test
    void alignedSimplificationKeepsEveryCharacterWhereItWas() {
        String traditional = "臺北市政府宣佈擴大公共運輸補助，鼓勵市民搭乘捷運。";
        String aligned = ChineseScript.simplifiedAligned(traditional);
        assertEquals(traditional.length(), aligned.length());
        assertEquals("台北市政府", aligned.substring(0, 5));
        assertEquals("公共运输补助", aligned.substring(aligned.indexOf("公共"), aligned.indexOf("公共") + 6));
        assertEquals("Route 9 reopens", ChineseScript.simplifiedAligned("Route 9 reopens"));
    }

    @Test
    void traditionalTextIsToldFromSimplifiedText() {
        assertTrue(ChineseScript.isTraditional("臺北市政府宣佈擴大公共運輸補助，鼓勵市民搭乘捷運與公車。"));
        assertFalse(ChineseScript.isTraditional("市政府宣布扩大公共运输补助，鼓励市民搭乘地铁与公交。"));
        // 著名 uses a character that also has a traditional reading: one such word is no traditional text
        assertFalse(ChineseScript.isTraditional("这位著名作家今天来到市图书馆，与读者分享创作经验。"));
        assertFalse(ChineseScript.isTraditional("A page in English only."));
    }
}
