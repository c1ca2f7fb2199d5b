package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageLineReaderTest {

    private final PageLineReader reader = new PageLineReader();

    private static List<String> texts(PageLineReader.Page page) {
        return page.lines().stream().map(PageLine::text).toList();
    }

    @Test
    void aBareDateUnderASignatureIsTheLettersDateAndStaysText() {
        String page = "2024年3月8日 星期五\n致全市环卫工人的一封信\n你们辛苦了！向你们致以崇高的敬意。\n江城市人民政府\n2024年3月7日\n";
        PageLineReader.Page read = reader.read(page);
        assertEquals(LocalDate.of(2024, 3, 8), read.date());
        assertEquals(List.of("致全市环卫工人的一封信", "你们辛苦了！向你们致以崇高的敬意。", "江城市人民政府", "2024年3月7日"), texts(read));
    }

    @Test
    void anEnglishPapersMastheadAndDateLineAreFurniture() {
        PageLineReader.Page read = reader.read("THE DUNMORE HERALD\nTuesday, March 5, 2024\nPage A3\nFerry fares to rise in June\n");
        assertEquals(LocalDate.of(2024, 3, 5), read.date());
        assertEquals("THE DUNMORE HERALD", read.masthead());
        assertEquals(List.of("Ferry fares to rise in June"), texts(read));
    }

    @Test
    void anEnglishRunningHeadOnOneLineIsFurniture() {
        PageLineReader.Page read = reader.read("THE DUNMORE HERALD  Tuesday, March 5, 2024  Page A3\nFerry fares to rise in June\n");
        assertEquals(LocalDate.of(2024, 3, 5), read.date());
        assertEquals("THE DUNMORE HERALD", read.masthead());
        assertEquals(List.of("Ferry fares to rise in June"), texts(read));
    }

    @Test
    void aHeadlineInCapitalsOverTextIsNoMasthead() {
        PageLineReader.Page read = reader.read("STORM HITS COAST\nThousands lose power as the storm moves north.\n");
        assertEquals(null, read.masthead());
        assertEquals(2, read.lines().size());
    }

    @Test
    void aBareDateAtThePageTopOrUnderFinishedTextIsFurniture() {
        PageLineReader.Page read = reader.read("2024年3月8日\n春山可望 岁月可为\n江城的春天来了，满城花开。\n2024年3月8日\n");
        assertEquals(LocalDate.of(2024, 3, 8), read.date());
        assertTrue(texts(read).stream().noneMatch(l -> l.contains("年3月8日")), texts(read).toString());
    }

    @Test
    void aLetterSpacedLineKeepsItsNumbersAndLatinWordsWhole() {
        assertEquals(List.of("新华社南州6月1 2日电本市今年GDP增长1 0.5%。".replace(" ", "")),
                texts(reader.read("新 华 社 南 州 6 月 1 2 日 电 本 市 今 年 G D P 增 长 1 0 . 5 % 。\n")));
        assertTrue(PageLineReader.isLetterSpaced("增 长 1 0 . 5 % ，全 年"));
        // spaced names in a byline are not letter spacing: a name runs over two characters
        assertFalse(PageLineReader.isLetterSpaced("本报记者 王强 刘一鸣 李华 张小明 赵一"));
        assertFalse(PageLineReader.isLetterSpaced("记 者 王 强"));
    }

    @Test
    void aShortLineWrittenTwiceNextToADoubledLineIsUndoneAndAloneItStays() {
        // a bold paragraph's last line (three characters written twice), and two bold headings one under the other
        String page = "各地坚持把稳就业放在首位各地坚持把稳就业放在首位，，决心\n\n不动摇不动摇\n\n"
                + "暖心肠暖心肠\n\n细功夫细功夫\n\n"
                + "山路弯弯到村口\n\n向前走向前走\n\n风吹稻花香两岸\n";
        assertEquals(List.of("各地坚持把稳就业放在首位，决心", "不动摇", "暖心肠", "细功夫", "山路弯弯到村口", "向前走向前走", "风吹稻花香两岸"),
                texts(reader.read(page)));
    }

    @Test
    void aShortLineWrittenTwiceWhereAHeadingStandsIsUndone() {
        // at the top of the page and under a closing note: a bold heading; inside a run of unfinished lines it stays
        String page = "观景台观景台\n\n湖边新修了一座观景台，游人络绎不绝。\n\n（本报记者王小明）\n\n小画家小画家\n\n孩子们在湖边写生。\n";
        assertEquals(List.of("观景台", "湖边新修了一座观景台，游人络绎不绝。", "（本报记者王小明）", "小画家", "孩子们在湖边写生。"),
                texts(reader.read(page)));
    }
}
