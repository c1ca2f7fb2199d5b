package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    @Test
    void standaloneBylineWithPaperAndRoles() {
        Byline b = parser.parseStandalone("湘江日报全媒体记者/王小明 通讯员/李华");
        assertEquals(List.of("王小明", "李华"), b.authors());
        assertEquals("湘江日报", b.publication());
    }

    @Test
    void ourReporterAndSpacedOutNames() {
        assertEquals(List.of("张三"), parser.parseStandalone("本报记者 张三").authors());
        assertNull(parser.parseStandalone("本报记者 张三").publication());
        assertEquals(List.of("施芳"), parser.parseStandalone("本报记者 施 芳").authors());
        assertEquals(List.of("王强", "刘一鸣"), parser.parseStandalone("本报记者 王强 刘一鸣").authors());
    }

    @Test
    void deskAndEnglishBylines() {
        assertEquals(List.of("本报编辑部"), parser.parseStandalone("本报编辑部").authors());
        assertEquals(List.of("Jane Doe"), parser.parseStandalone("By Jane Doe").authors());
        assertEquals(List.of("Jane Doe", "John Smith"), parser.parseStandalone("By Jane Doe and John Smith").authors());
    }

    @Test
    void leadingBylineSplitsFromTheText() {
        BylineParser.Lead lead = parser.parseLead("湘江日报讯（全媒体记者/王小明 李大川 通讯员/赵敏） 近日，全市召开会议。");
        assertEquals(List.of("王小明", "李大川", "赵敏"), lead.byline().authors());
        assertEquals("湘江日报", lead.byline().publication());
        assertEquals("近日，全市召开会议。", lead.rest());
        BylineParser.Lead dateline = parser.parseLead("本报北京3月2日电  （记者王小明）今天上午，会议开幕。");
        assertEquals(List.of("王小明"), dateline.byline().authors());
        assertEquals("今天上午，会议开幕。", dateline.rest());
    }

    @Test
    void twoSpacedOutNamesInARowAreTwoNames() {
        assertEquals(List.of("左一", "黄二"), parser.parseTrailing("（本报记者 左 一 黄 二采访整理）").authors());
        assertEquals(List.of("施芳", "王强"), parser.parseStandalone("本报记者 施 芳 王强").authors());
    }

    @Test
    void sixCharactersRunTogetherBeforeTheirRoleAreTwoNames() {
        // extraction closed up the space between two three-character names; 整理 says they are the writers
        assertEquals(List.of("甲乙丙", "丁戊己"), parser.parseStandalone("本报记者甲乙丙丁戊己整理").authors());
        assertEquals(List.of("甲乙丙", "丁戊己"), parser.parseTrailing("（本报记者甲乙丙丁戊己采访整理）").authors());
        // with nothing said after them, six characters may as well open a sentence: no byline
        assertNull(parser.parseStandalone("本报记者甲乙丙丁戊己"));
    }

    @Test
    void pictureRolesAndSourcesAreNoPartOfAName() {
        assertEquals(List.of("赵小川"), parser.parseStandalone("本报记者 赵小川摄影报道").authors());
        assertEquals(List.of("孙立平"), parser.parseStandalone("本报记者 孙立平文 某某科技公司供图").authors());
        // without a picture credit, a name may end with 文
        assertEquals(List.of("王立文"), parser.parseStandalone("本报记者 王立文").authors());
    }

    @Test
    void trailingCreditAndDatelines() {
        assertEquals(List.of("李四"), parser.parseTrailing("（本报记者 李四采访整理）").authors());
        assertTrue(parser.startsWithDateline("新华社北京3月2日电 国家主席"));
        assertTrue(parser.isPictureCredit("王五摄（视觉中国）"));
        assertTrue(parser.isPictureCredit("赵六图 钱七文"));
        assertTrue(parser.isPictureCredit("孙八周九摄影报道"));
        assertTrue(parser.isPictureCredit("赵六图钱七文"));
        assertFalse(parser.isPictureCredit("城市管理新图景"));
        // an agency's or the paper's photographer named by role
        assertTrue(parser.isPictureCredit("新华社记者王小明摄"));
        assertTrue(parser.isPictureCredit("本报记者王小明摄影报道"));
        assertFalse(parser.isPictureCredit("新华社记者王小明"));
        // a news agency's photographer, named with the agency
        assertTrue(parser.isPictureCredit("江城社记者欧阳晓峰摄"));
        assertTrue(parser.isPictureCredit("本报特约记者王五摄"));
        // a photographer named by role: the agency's or the paper's reporter took the picture
        assertTrue(parser.isPictureCredit("新华社记者赵小青摄"));
        assertTrue(parser.isPictureCredit("本报记者钱大明、孙小红摄"));
        assertFalse(parser.isPictureCredit("新华社记者在现场拍摄"));
        assertFalse(parser.isPictureCredit("本报记者从会上获悉，图为示意"));
    }

    @Test
    void ordinarySentencesAreNotBylines() {
        assertNull(parser.parseStandalone("记者从市住建局了解到，改革已经完成。"));
        assertNull(parser.parseStandalone("春山可望 岁月可为"));
        assertNull(parser.parseLead("今天上午（星期一）召开会议"));
    }

    @Test
    void aSentenceOpeningWithARoleWordIsNoByline() {
        assertNull(parser.parseStandalone("记者8日从市交通局获悉：3月1"));
        assertNull(parser.parseStandalone("记者从有关部门了解到相关情况"));
        assertEquals(List.of("欧阳晓明"), parser.parseStandalone("本报记者 欧阳晓明").authors());
        assertEquals(List.of("阿依·买买提"), parser.parseStandalone("本报记者 阿依·买买提").authors());
    }

    @Test
    void datelinesWithNumbersSpacedOut() {
        assertTrue(parser.startsWithDateline("据新华社开罗 5 月 10 日电（记者王小明）当地时间"));
        BylineParser.Lead lead = parser.parseLead("本报上海 5 月 16 日电（记者李华）今年是开发开放30周年。");
        assertEquals(List.of("李华"), lead.byline().authors());
        assertEquals("今年是开发开放30周年。", lead.rest());
    }

    @Test
    void datelinesAreFoundToTheEndOfTheirReach() {
        // 24 characters of place before the day and 日电: the longest dateline the rule reads
        assertTrue(parser.startsWithDateline("新华社湖南省株洲市芦淞区建设街道城南社区居委会楼12 日电（记者王小明）当地时间"));
        assertTrue(parser.startsWithDateline("本报𠀾溪讯 近日，全镇开展义诊。"));
        assertFalse(parser.startsWithDateline("近日，全镇开展义诊活动，来自县人民医院的医生为群众看病。"));
        assertTrue(parser.isPictureCredit(" 王五 绘 "));
        assertFalse(parser.isPictureCredit("王五 李四"));
    }

    @Test
    void hasWithinCountsCodePointsNotChars() {
        assertTrue(BylineParser.hasWithin("一二三讯", 4, '讯', '电'));
        assertFalse(BylineParser.hasWithin("一二三讯", 3, '讯', '电'));
        // 𠀾 is two chars but one code point: 电 is still the fourth
        assertTrue(BylineParser.hasWithin("一𠀾三电", 4, '讯', '电'));
        assertFalse(BylineParser.hasWithin("", 4, '讯', '电'));
    }

    @Test
    void aDatelineRunOnIntoItsTextWithoutASpace() {
        assertTrue(parser.startsWithDateline("新华社江城5月28日电第三届江城龙舟节今天开幕"));
        assertTrue(parser.startsWithDateline("本报江城、山城 5 月 6 日电 5月6日，两地签署协议"));
        // an agency named in a sentence, or a date without 电, opens nothing
        assertFalse(parser.startsWithDateline("新华社记者5月28日在江城看到，龙舟节开幕"));
        assertFalse(parser.startsWithDateline("本报江城5月28日举办读者见面会"));
    }
}
