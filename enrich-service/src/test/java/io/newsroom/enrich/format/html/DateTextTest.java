package io.newsroom.enrich.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void readsCommonDateForms() {
        LocalDate d = LocalDate.of(2019, 11, 19);
        assertEquals(d, DateText.parse("2019-11-19T13:03:00.000Z"));
        assertEquals(d, DateText.parse("2019/11/19"));
        assertEquals(d, DateText.parse("Nov. 19, 2019 8:00 AM"));
        assertEquals(d, DateText.parse("Tuesday 19th November 2019"));
        assertEquals(d, DateText.parse("2019年11月19日"));
        assertEquals(d, DateText.parse("20191119"));
    }

    @Test
    void rejectsImpossibleOrMissingDates() {
        assertNull(DateText.parse("2019-13-45"));
        assertNull(DateText.parse("yesterday"));
        assertNull(DateText.parse(null));
    }
}
