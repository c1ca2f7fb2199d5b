package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnglishPageFurnitureTest {

    @Test
    void dateLinesAndPageNumbersAreFurniture() {
        assertTrue(EnglishPageFurniture.isFurniture("Tuesday, March 5, 2024"));
        assertTrue(EnglishPageFurniture.isFurniture("5 March 2024"));
        assertTrue(EnglishPageFurniture.isFurniture("Page A3"));
        assertTrue(EnglishPageFurniture.isFurniture("A3 | Tuesday, March 5, 2024"));
        assertTrue(EnglishPageFurniture.isFurniture("TUESDAY, MARCH 5, 2024 · Page 12 · Metro"));
        assertFalse(EnglishPageFurniture.isFurniture("The council met on March 5, 2024 to vote."), "a sentence holding a date");
        assertFalse(EnglishPageFurniture.isFurniture("Pupils plant an orchard"));
    }

    @Test
    void theDateIsRead() {
        assertEquals(LocalDate.of(2024, 3, 5), EnglishPageFurniture.dateIn("Tuesday, March 5, 2024"));
        assertEquals(LocalDate.of(2024, 9, 14), EnglishPageFurniture.dateIn("Page A3 | 14 Sept. 2024"));
        assertNull(EnglishPageFurniture.dateIn("February 30, 2024"), "no such day");
    }

    @Test
    void theMastheadMayOpenTheDateLine() {
        assertTrue(EnglishPageFurniture.isFurniture("THE DUNMORE HERALD  Tuesday, March 5, 2024  Page A3"));
        assertEquals("THE DUNMORE HERALD", EnglishPageFurniture.mastheadIn("THE DUNMORE HERALD Tuesday, March 5, 2024 Page A3"));
        assertEquals(LocalDate.of(2024, 3, 5), EnglishPageFurniture.dateIn("THE DUNMORE HERALD Tuesday, March 5, 2024 Page A3"));
        assertNull(EnglishPageFurniture.mastheadIn("Tuesday, March 5, 2024"));
        assertFalse(EnglishPageFurniture.isFurniture("STORM HITS COAST"), "a headline in capitals with no date line");
        assertFalse(EnglishPageFurniture.isFurniture("TOYOTA RAV4 PRIME"), "a model's name is no paper and page (RA, V4)");
    }

    @Test
    void aMastheadIsTwoToSixWordsInCapitals() {
        assertTrue(EnglishPageFurniture.isMasthead("THE DUNMORE HERALD"));
        assertFalse(EnglishPageFurniture.isMasthead("HERALD"));
        assertFalse(EnglishPageFurniture.isMasthead("The Dunmore Herald"));
    }
}
