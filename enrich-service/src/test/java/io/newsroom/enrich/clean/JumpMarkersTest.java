package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class JumpMarkersTest {

    @Test
    void aLineOfMarkersOnly() {
        JumpMarkers.Stripped s = JumpMarkers.strip("▶▶上接2版③");
        assertTrue(s.onlyMarkers());
        assertEquals(List.of("上接2版③"), s.jumps());
        assertTrue(JumpMarkers.strip("（下转第三版）").onlyMarkers());
        assertEquals(List.of("下转第三版"), JumpMarkers.strip("（下转第三版）").jumps());
        assertTrue(JumpMarkers.strip("转A4版").onlyMarkers());
    }

    @Test
    void aMarkerAtTheEndOfABodyLine() {
        JumpMarkers.Stripped s = JumpMarkers.strip("全市上下要凝心聚力。（下转第2版）");
        assertEquals("全市上下要凝心聚力。", s.text());
        assertTrue(s.continuesElsewhere());
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String line = "他把资金转到账户，接着转2版的内容";
        assertEquals(line, JumpMarkers.strip(line).text());
        assertTrue(JumpMarkers.strip(line).jumps().isEmpty());
    }
}
