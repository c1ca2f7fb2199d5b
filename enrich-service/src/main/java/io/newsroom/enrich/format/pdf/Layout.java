package io.newsroom.enrich.format.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's glyphs into reading order. Glyphs become line fragments (cut where a gap is wide
 * enough to be a gutter); fragments are then cut recursively (XY-cut): first at vertical gutters
 * that run the whole height of a region (columns, read left to right), otherwise at the widest
 * horizontal gaps (a headline above its columns, one story above another), read top to bottom.
 */
final class Layout {

    /** A gap this many font sizes wide between glyphs on a line is a gutter, not a word space. */
    private static final float GUTTER_EM = 0.9f;
    private static final int MAX_DEPTH = 60;

    private Layout() {
    }

    /** The page's text lines in reading order. */
    static List<String> lines(List<Glyph> glyphs) {
        List<Fragment> fragments = fragments(glyphs);
        List<List<Fragment>> regions = new ArrayList<>();
        cut(fragments, regions, 0);
        List<String> lines = new ArrayList<>();
        for (List<Fragment> region : regions) {
            for (List<Fragment> row : rows(region)) {
                StringBuilder line = new StringBuilder();
                Fragment prev = null;
                for (Fragment f : row) {
                    if (prev != null && needsSpace(prev.glyphs().get(prev.glyphs().size() - 1), f.glyphs().get(0))) {
                        line.append(' ');
                    }
                    line.append(f.text());
                    prev = f;
                }
                String text = line.toString().strip();
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            }
        }
        return lines;
    }

    /** A word space between two neighbouring glyphs; none between CJK characters set close. */
    static boolean needsSpace(Glyph a, Glyph b) {
        if (a.text().isBlank() || b.text().isBlank()) {
            return false;
        }
        float gap = b.x() - a.right();
        float size = Math.max(a.height(), b.height());
        if (a.isCjk() || b.isCjk()) {
            return gap > size * GUTTER_EM;
        }
        return gap > size * 0.2f;
    }

    static List<Fragment> fragments(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(g -> g.text().isBlank());
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Fragment> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            // one row: glyphs whose baselines lie within a third of the first glyph's height
            float base = sorted.get(i).baseline();
            float tolerance = Math.max(1f, sorted.get(i).height() / 3);
            int j = i;
            while (j < sorted.size() && sorted.get(j).baseline() - base <= tolerance) {
                j++;
            }
            List<Glyph> row = new ArrayList<>(sorted.subList(i, j));
            row.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> piece = new ArrayList<>();
            for (Glyph g : row) {
                if (!piece.isEmpty()) {
                    Glyph last = piece.get(piece.size() - 1);
                    if (g.x() - last.right() > Math.max(last.height(), g.height()) * GUTTER_EM) {
                        out.add(Fragment.of(piece));
                        piece = new ArrayList<>();
                    }
                }
                piece.add(g);
            }
            if (!piece.isEmpty()) {
                out.add(Fragment.of(piece));
            }
            i = j;
        }
        return out;
    }

    private static void cut(List<Fragment> region, List<List<Fragment>> out, int depth) {
        if (region.size() <= 1 || depth >= MAX_DEPTH) {
            out.add(region);
            return;
        }
        float em = medianSize(region);
        List<List<Fragment>> columns = splitAtGutters(region, em * GUTTER_EM);
        if (columns.size() > 1) {
            for (List<Fragment> column : columns) {
                cut(column, out, depth + 1);
            }
            return;
        }
        List<List<Fragment>> bands = splitAtWidestGaps(region);
        if (bands.size() > 1) {
            for (List<Fragment> band : bands) {
                cut(band, out, depth + 1);
            }
            return;
        }
        out.add(region);
    }

    /** Splits at every vertical strip no fragment covers, if at least as wide as a gutter. */
    private static List<List<Fragment>> splitAtGutters(List<Fragment> region, float minGutter) {
        List<Fragment> byX = new ArrayList<>(region);
        byX.sort(Comparator.comparingDouble(Fragment::x0));
        List<List<Fragment>> out = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        float reach = -Float.MAX_VALUE;
        for (Fragment f : byX) {
            if (!current.isEmpty() && f.x0() - reach >= minGutter) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(f);
            reach = Math.max(reach, f.x1());
        }
        out.add(current);
        return out;
    }

    /** Splits at the widest horizontal gaps no fragment crosses (every gap within 10% of the widest). */
    private static List<List<Fragment>> splitAtWidestGaps(List<Fragment> region) {
        List<Fragment> byY = new ArrayList<>(region);
        byY.sort(Comparator.comparingDouble(Fragment::top));
        float[] gapAfter = new float[byY.size()];
        float reach = -Float.MAX_VALUE;
        float widest = 0;
        for (int i = 0; i < byY.size(); i++) {
            reach = Math.max(reach, byY.get(i).baseline());
            gapAfter[i] = i + 1 < byY.size() ? byY.get(i + 1).top() - reach : 0;
            widest = Math.max(widest, gapAfter[i]);
        }
        List<List<Fragment>> out = new ArrayList<>();
        if (widest <= 0) {
            out.add(region);
            return out;
        }
        List<Fragment> current = new ArrayList<>();
        for (int i = 0; i < byY.size(); i++) {
            current.add(byY.get(i));
            if (gapAfter[i] > 0 && gapAfter[i] >= widest * 0.9f) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** Fragments grouped into rows (same baseline), top to bottom, each row left to right. */
    private static List<List<Fragment>> rows(List<Fragment> region) {
        List<Fragment> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparingDouble(Fragment::baseline).thenComparingDouble(Fragment::x0));
        List<List<Fragment>> rows = new ArrayList<>();
        List<Fragment> row = new ArrayList<>();
        float base = 0;
        for (Fragment f : sorted) {
            if (!row.isEmpty() && f.baseline() - base > Math.max(1f, f.fontSize() / 3)) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                base = f.baseline();
            }
            row.add(f);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        for (List<Fragment> r : rows) {
            r.sort(Comparator.comparingDouble(Fragment::x0));
        }
        return rows;
    }

    private static float medianSize(List<Fragment> region) {
        float[] sizes = new float[region.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = region.get(i).fontSize();
        }
        Arrays.sort(sizes);
        return Math.max(1f, sizes[sizes.length / 2]);
    }
}
