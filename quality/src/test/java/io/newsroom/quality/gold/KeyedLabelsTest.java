package io.newsroom.quality.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyedLabelsTest {

    @Test
    void readsLabelsInFileOrderAndSplitsThemIntoHalves(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, "# our annotation\na.txt\teconomy, technology\nb.txt\tpolitics\nc.txt\tculture\n\nd.txt\tsports\n");

        KeyedLabels all = KeyedLabels.read(file);
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "d.txt"), List.copyOf(all.labels().keySet()));
        assertEquals(List.of("economy", "technology"), all.labels().get("a.txt"));
        assertEquals(List.of("a.txt", "b.txt"), List.copyOf(all.half(1).labels().keySet()));
        assertEquals(List.of("c.txt", "d.txt"), List.copyOf(all.half(2).labels().keySet()));
        assertEquals(all, all.half(0));
    }

    @Test
    void refusesALineWithoutItsLabels(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.tsv");
        Files.writeString(file, "a.txt\n");
        assertThrows(IllegalArgumentException.class, () -> KeyedLabels.read(file));
    }
}
