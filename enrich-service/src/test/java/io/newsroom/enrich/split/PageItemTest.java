package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageItemTest {

    private static PageItem.Heading heading(double column, String... lines) {
        return new PageItem.Heading(List.of(List.of(lines)), column, column, false, false, true);
    }

    @Test
    void aHeadingKeptAsTextKeepsItsShortLinesApart() {
        assertEquals("旧市场，新模样\n管理跟着升级", heading(17, "旧市场，新模样", "管理跟着升级").asText());
    }

    @Test
    void aHeadingLineRunToTheColumnEndGoesOnInTheNext() {
        assertEquals("市场管理方引入智慧系统让食品来源全程可追溯", heading(17, "市场管理方引入智慧系统让食品来源全", "程可追溯").asText());
    }

    @Test
    void aPartsHeadingIsSomeOfItsLines() {
        PageItem.Heading h = heading(17, "代表委员议民生", "张三代表", "稳住就业基本盘");
        assertEquals("张三代表\n稳住就业基本盘", h.asText(h.lines().subList(1, 3)));
    }
}
