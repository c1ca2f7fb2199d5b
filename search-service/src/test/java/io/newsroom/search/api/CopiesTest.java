package io.newsroom.search.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Json;

class CopiesTest {

    @Test
    void aStoryWithPrintingsMayHaveCopies() throws Exception {
        assertTrue(Copies.printedMoreThanOnce(Json.mapper().readTree(
                "{\"id\":\"a-001\",\"printings\":{\"sourceFile\":[\"a.txt\",\"b.txt\"]}}")));
    }

    @Test
    void aStoryPrintedOnceOrACopyHasNoneToLookUp() throws Exception {
        assertFalse(Copies.printedMoreThanOnce(Json.mapper().readTree("{\"id\":\"a-001\"}")));
        assertFalse(Copies.printedMoreThanOnce(Json.mapper().readTree("{\"id\":\"a-001\",\"printings\":{}}")));
        assertFalse(Copies.printedMoreThanOnce(Json.mapper().readTree("{\"id\":\"a-001\",\"printings\":{\"sourceFile\":[]}}")));
    }

    @Test
    void aStoryListingItsCopiesFillsTheHitWithoutALookUp() throws Exception {
        var hit = ArticleJson.hit(Json.mapper().readTree("{\"id\":\"a-001\"}"), null);
        var source = Json.mapper().readTree("{\"id\":\"a-001\",\"printings\":{\"sourceFile\":[\"a.txt\",\"b.txt\"],"
                + "\"copies\":[{\"id\":\"b-001\",\"sourceFile\":\"b.txt\",\"publication\":null}]}}");
        assertTrue(Copies.fillFromStory(hit, source));
        assertEquals(1, hit.path("copies").size());
        assertEquals("b-001", hit.path("copies").path(0).path("id").asText());
        assertEquals("b.txt", hit.path("copies").path(0).path("sourceFile").asText());
    }

    @Test
    void aStoryMarkedWithoutItsCopiesListedNeedsTheLookUp() throws Exception {
        var hit = ArticleJson.hit(Json.mapper().readTree("{\"id\":\"a-001\"}"), null);
        assertFalse(Copies.fillFromStory(hit, Json.mapper().readTree("{\"id\":\"a-001\",\"printings\":{\"sourceFile\":[\"a.txt\",\"b.txt\"]}}")));
        assertEquals(0, hit.path("copies").size());
    }
}
