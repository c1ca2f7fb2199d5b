package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpacingNormaliserTest {

    private final SpacingNormaliser spacing = new SpacingNormaliser();

    @Test
    void removesJustificationSpacesBetweenChineseCharacters() {
        assertEquals("城市发展是最好的答卷。", spacing.normalise("城 市 发 展 是 最 好 的 答 卷 。"));
    }

    @Test
    void closesUpNumbersAndLettersNextToChinese() {
        assertEquals("2024年，签约项目31个，获评AAA级", spacing.normalise("2024 年，签约项目 31 个，获评 AAA 级"));
    }

    @Test
    void keepsSpacesBetweenEnglishWords() {
        assertEquals("The city of Zhuzhou, he said.", spacing.normalise("The  city of Zhuzhou,  he said."));
        assertEquals("He said “hello” to me", spacing.normalise("He said “hello” to me"));
    }

    @Test
    void makesFullWidthLettersAndDigitsAsciiButKeepsChinesePunctuation() {
        assertEquals("第12版，ABC公司（试行）！", spacing.normalise("第１２版，ＡＢＣ公司（试行）！"));
    }

    @Test
    void removesSpacesAroundChinesePunctuationAndQuotes() {
        assertEquals("他说：“好。”我们", spacing.normalise("他说 ： “ 好 。” 我们"));
    }
}
