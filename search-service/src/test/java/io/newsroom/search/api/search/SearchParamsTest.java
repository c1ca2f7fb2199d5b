package io.newsroom.search.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import io.newsroom.search.api.Params;
import io.newsroom.search.api.problem.BadRequest;
import io.newsroom.search.query.Field;

class SearchParamsTest {

    @Test
    void defaultsAndRepeatableFilters() {
        SearchParams p = parse("q", "燃气", "person", "聂方红", "person", "尚斌", "from", "2025-01-01");
        assertEquals(10, p.size());
        assertEquals(1, p.page());
        assertEquals(SearchParams.Sort.relevance, p.sort());
        assertEquals(List.of("聂方红", "尚斌"), p.filters().get(Field.PERSON));
        assertEquals("2025-01-01", p.from().toString());
    }

    @Test
    void everyBadParameterIsA400NamingIt() {
        assertBad("size", "size", "101");
        assertBad("size", "size", "0");
        assertBad("size", "size", "ten");
        assertBad("sort", "sort", "popularity");
        assertBad("from", "from", "27/01/2025");
        assertBad("unknown parameter 'fields'", "fields", "body");
        assertBad("goes past result 10000", "page", "101", "size", "100");
        assertBad("after to", "from", "2025-02-01", "to", "2025-01-01");
        assertBad("only once", "size", "1", "size", "2");
        assertBad("at most 500", "q", "a".repeat(501));
        assertBad("cursor", "cursor", "bm90IGEgY3Vyc29y");
    }

    @Test
    void aCursorComesBackOnlyWithItsOwnSort() {
        com.fasterxml.jackson.databind.node.ArrayNode after = io.newsroom.contract.Json.mapper().createArrayNode().add(1.5).add("x-001");
        String next = new Cursor(SearchParams.Sort.relevance, after).encode();
        assertEquals(after, parse("cursor", next).cursor().after());
        assertBad("does not belong", "cursor", next, "sort", "date");
    }

    private static void assertBad(String fragment, String... pairs) {
        BadRequest e = assertThrows(BadRequest.class, () -> parse(pairs));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    private static SearchParams parse(String... pairs) {
        MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(pairs[i], pairs[i + 1]);
        }
        return SearchParams.from(Params.of(values, SearchParams.NAMES));
    }

}
