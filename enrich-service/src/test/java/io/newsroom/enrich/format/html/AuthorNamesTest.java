package io.newsroom.enrich.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void splitsBylinesIntoNames() {
        assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.fromByline("By Jane Doe and John Roe, Staff Writers"));
        assertEquals(List.of("Carrie Arnold"), AuthorNames.fromByline("Carrie Arnold Contributing Writer"));
        assertEquals(List.of("Ilana Muhlstein"), AuthorNames.fromByline("Ilana Muhlstein, MS, RDN"));
        assertEquals(List.of("Ludwig van Beethoven"), AuthorNames.fromByline("von Ludwig van Beethoven"));
        assertEquals(List.of("周蒿", "邹家虎"), AuthorNames.fromByline("周蒿、邹家虎"));
    }

    @Test
    void dropsWhatIsNotAPerson() {
        assertEquals(List.of(), AuthorNames.fromByline("https://example.com/authors/jane"));
        assertEquals(List.of(), AuthorNames.fromByline("@janedoe"));
        assertEquals(List.of(), AuthorNames.fromByline("The Associated Press"));
        assertEquals(List.of(), AuthorNames.fromByline("CNN Business"));
    }
}
