package io.newsroom.enrich.format.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops a glyph drawn again over an identical one: fake bold (a headline printed twice with a small
 * offset) and layout programs that stroke and fill in two passes would otherwise double the text
 * ("积极推进耕积极推进耕"). Two glyphs are one when they hold the same text and their positions differ
 * by less than a third of the glyph's width and height. The glyph kept is marked bold, since printing
 * twice is how such programs embolden type. A spatial hash keeps this linear.
 */
final class DoubledGlyphFilter {

    private static final float TOLERANCE = 1 / 3f;

    /** Indices into {@link #kept} by grid cell. */
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final List<Glyph> kept = new ArrayList<>();
    private final float cellSize;

    DoubledGlyphFilter(float cellSize) {
        this.cellSize = Math.max(1f, cellSize);
    }

    /** Keeps the glyph, or marks bold the one it repeats; true when it was kept. */
    boolean accept(Glyph g) {
        long cx = (long) Math.floor(g.x() / cellSize);
        long cy = (long) Math.floor(g.baseline() / cellSize);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                List<Integer> cell = cells.get(key(cx + dx, cy + dy));
                if (cell != null) {
                    for (int index : cell) {
                        Glyph other = kept.get(index);
                        if (same(g, other)) {
                            kept.set(index, other.bolded());
                            return false;
                        }
                    }
                }
            }
        }
        cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(kept.size());
        kept.add(g);
        return true;
    }

    /** The glyphs kept, in the order they were drawn. */
    List<Glyph> kept() {
        return kept;
    }

    private static boolean same(Glyph a, Glyph b) {
        if (!a.text().equals(b.text())) {
            return false;
        }
        float w = Math.max(Math.max(a.width(), b.width()), 0.5f);
        float h = Math.max(Math.max(a.height(), b.height()), 0.5f);
        return Math.abs(a.x() - b.x()) < w * TOLERANCE && Math.abs(a.baseline() - b.baseline()) < h * TOLERANCE;
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
