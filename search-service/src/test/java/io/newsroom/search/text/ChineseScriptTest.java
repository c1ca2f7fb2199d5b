package io.newsroom.search.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
