package io.newsroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final String SIMPLIFIED = "株洲日报讯（全媒体记者/周蒿 邹家虎）春节假期，这些燃气网点可以缴费。市民可以通过线上渠道办理业务。";
    private static final String TRADITIONAL = "春節假期，這些燃氣網點可以繳費。市民可以通過線上渠道辦理業務，記者從公司獲悉。";

    private final CharsetDetector detector = new CharsetDetector();

    @Test
    void utf8IsUtf8() throws Exception {
        CharsetDetector.Decoded d = detector.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(SIMPLIFIED, d.text());
    }

    @Test
    void gbkWithoutBomIsGb18030() throws Exception {
        CharsetDetector.Decoded d = detector.decode(SIMPLIFIED.getBytes(CharsetDetector.GB18030));
        assertEquals(CharsetDetector.GB18030, d.charset());
        assertEquals(SIMPLIFIED, d.text());
    }

    @Test
    void big5IsBig5() throws Exception {
        CharsetDetector.Decoded d = detector.decode(TRADITIONAL.getBytes(CharsetDetector.BIG5));
        assertEquals(CharsetDetector.BIG5, d.charset());
        assertEquals(TRADITIONAL, d.text());
    }

    @Test
    void binaryJunkIsRefusedWithAReason() {
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> detector.decode(junk));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void undecidableHighBytesAreRefusedNotMojibake() {
        byte[] latin = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u00e0 la carte \u00fc\u00f6\u00e4".getBytes(StandardCharsets.ISO_8859_1);
        UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> detector.decode(latin));
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
    }
}
