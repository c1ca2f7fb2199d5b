package io.newsroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PrintedScriptTest {

    private static final String PAGE = """
            市府擴大公共運輸補助

            臺北市政府今日宣佈，將擴大公共運
            輸補助，鼓勵市民搭乘捷運與公車。
            （記者 王大明）
            """;

    @Test
    void textReadFromTheCopyComesBackAsPrinted() {
        PrintedScript script = PrintedScript.of(PAGE);
        String copy = script.simplified();
        assertEquals(PAGE.length(), copy.length());
        // cleaning joined the wrapped line; the characters still come from where they were read
        String body = copy.substring(copy.indexOf("台北"), copy.indexOf("运\n") + 1) + copy.substring(copy.lastIndexOf("输补"), copy.indexOf("车。") + 2);
        assertEquals("臺北市政府今日宣佈，將擴大公共運輸補助，鼓勵市民搭乘捷運與公車。", script.printed(body));
    }

    @Test
    void aHeadlineReadOutOfOrderAndNamesAreFoundAgain() {
        PrintedScript script = PrintedScript.of(PAGE);
        assertEquals(List.of("王大明", "臺北市政府", "市府擴大公共運輸補助"),
                script.printed(List.of("王大明", "台北市政府", "市府扩大公共运输补助")));
    }

    @Test
    void whatThePageDoesNotHoldStaysAsRead() {
        PrintedScript script = PrintedScript.of(PAGE);
        assertEquals("捷運2024年…", script.printed("捷运2024年…"));
        assertEquals("「捷運」", PrintedScript.of("「捷運」").printed("“捷运”"));
        assertEquals("「公車」", PrintedScript.of("「捷運」「公車」").printed("“公车”"));
    }

    @Test
    void textsReadTogetherKeepTheirOwnCopies() {
        PrintedScript script = PrintedScript.of(List.of("市府擴大補助", "", "記者 王大明"));
        assertEquals(List.of("市府扩大补助", "", "记者 王大明"), script.simplifiedPieces());
        assertEquals("記者", script.printed("记者"));
    }
}
