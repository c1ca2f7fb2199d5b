package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aBareDateAtThePageTopOrUnderFinishedTextIsFurniture() {
        PageLineReader.Page read = reader.read("2024年3月8日\n春山可望 岁月可为\n江城的春天来了，满城花开。\n2024年3月8日\n");
        assertEquals(LocalDate.of(2024, 3, 8), read.date());
        assertTrue(texts(read).stream().noneMatch(l -> l.contains("年3月8日")), texts(read).toString());
    }
}
