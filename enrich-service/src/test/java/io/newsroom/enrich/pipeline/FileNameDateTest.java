package io.newsroom.enrich.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FileNameDateTest {

    @Test
    void findsTheDateArchivesPutInNames() {
        assertEquals(LocalDate.of(2025, 1, 27), FileNameDate.in("zhuzhou-daily-2025-01-27.txt"));
        assertEquals(LocalDate.of(2025, 1, 27), FileNameDate.in("20250127_A01.pdf"));
        assertEquals(LocalDate.of(2020, 5, 6), FileNameDate.in("2020/rmrb_2020.05.06-03.txt"));
    }

    @Test
    void numbersThatAreNoDateAreNotTakenForOne() {
        assertNull(FileNameDate.in("page-0042.txt"));
        assertNull(FileNameDate.in("scan-20231340.txt")); // month 13
        assertNull(FileNameDate.in("2023-02-30.txt"));
        assertNull(FileNameDate.in("id-120250127.txt")); // part of a longer number
        assertNull(FileNameDate.in("2025-01_27.txt")); // mixed separators
        assertNull(FileNameDate.in(null));
    }
}
