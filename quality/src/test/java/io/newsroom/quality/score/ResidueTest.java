package io.newsroom.quality.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResidueTest {

    @Test
    void cleanTextHasNoResidue() {
        String clean = "甲公司今年营收643.23亿元，同比增长7%。他说：“谢谢谢谢！”大家看看，日子一天天好起来。\n\n"
                + "整治乱象\n\n2020年，乙市继续推进改革，一个领域一个领域抓落实。";
        assertEquals(Residue.NONE, Residue.of(clean));
    }

    @Test
    void countsBoldTextDoubledRunByRun() {
        Residue r = Residue.of("积极推进耕积极推进耕地指标交易地指标交易，，资产总额643643..2323亿元。20242024年度。");
        assertEquals(6, r.doubledRuns()); // 积极推进耕, 地指标交易, ，, 643, .., 2024 (two-digit 2323 is not counted: 2020)
    }

    @Test
    void countsSpacesBetweenChineseAndAroundNumbers() {
        Residue r = Residue.of("奋 斗 是 最 动 人 的 底 色 。清理退出子公司 21 家。");
        assertEquals(9, r.spacesBetweenChinese());
        assertEquals(2, r.spacesAroundNumbers());
    }

    @Test
    void countsLineBreaksInsideSentences() {
        assertEquals(1, Residue.of("持从功能定位明确主业，将城发\n集团定位为城市资源运营商。").lineBreaksInSentences());
        // Hard-wrapped lines turned into paragraphs: the first two lines could be a heading,
        // the breaks after the third and fourth are counted.
        String wrapped = "强化战略重组，推动做大做强。\n\n市国资委按照原则，稳\n\n妥推进国有企业资产重组和\n\n业务重建\n\n完成整合，\n\n彻底改变局面。";
        assertEquals(2, Residue.of(wrapped).lineBreaksInSentences());
        // A two-line section heading after a finished sentence is fine.
        assertEquals(0, Residue.of("完成整合。\n\n健全完善市场化体制机制\n\n激发企业内生动力\n\n以市场化机制改革，激活动力。").lineBreaksInSentences());
    }
}
