package io.newsroom.search.api;

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
}
