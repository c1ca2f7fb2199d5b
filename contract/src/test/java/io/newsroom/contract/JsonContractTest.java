package io.newsroom.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.serde.ArticleDeserializer;
import io.newsroom.contract.serde.JsonSerializer;

class JsonContractTest {

    @Test
    void articleRoundTripsWithIsoDates() {
        Article a = new Article("abc-000", "abc", "p.txt", 0, "株洲日报", null, "标题", null, List.of("周蒿"),
                "正文", "zh", LocalDate.of(2025, 1, 27), new Entities(List.of("周蒿"), List.of("株洲"), List.of()),
                List.of("燃气"), List.of("society"), "正文", List.of(), Instant.parse("2025-01-27T08:00:00Z"));
        byte[] json = new JsonSerializer<Article>().serialize(Topics.ARTICLES, a);
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"publishedDate\":\"2025-01-27\""), text);
        assertTrue(text.contains("\"ingestedAt\":\"2025-01-27T08:00:00Z\""), text);
        assertEquals(a, new ArticleDeserializer().deserialize(Topics.ARTICLES, json));
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String json = "{\"id\":\"x-000\",\"title\":\"t\",\"addedLater\":1}";
        Article a = new ArticleDeserializer().deserialize(Topics.ARTICLES, json.getBytes(StandardCharsets.UTF_8));
        assertEquals("x-000", a.id());
        assertEquals(List.of(), a.authors());
    }

    @Test
    void articleIdsAreStable() {
        String page = Ids.page("same bytes".getBytes(StandardCharsets.UTF_8));
        assertEquals(Ids.article(page, 3), Ids.article(page, 3));
        assertTrue(Ids.article(page, 3).endsWith("-003"));
    }

    @Test
    void articlePositionsAreZeroPaddedToThreeDigits() {
        String page = Ids.page("same bytes".getBytes(StandardCharsets.UTF_8));
        String prefix = page.substring(0, 16) + "-";
        assertEquals(prefix + "000", Ids.article(page, 0));
        assertEquals(prefix + "042", Ids.article(page, 42));
        assertEquals(prefix + "999", Ids.article(page, 999));
        assertEquals(prefix + "1234", Ids.article(page, 1234));
        assertEquals("abc-007", Ids.article("abc", 7)); // a short id is kept whole
    }
}
