package io.newsroom.enrich.format.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.newsroom.enrich.clean.PrintedLine;

/**
 * Puts a page's glyphs into reading order. Glyphs become line fragments (cut where a gap is wide
 * enough to be a gutter); fragments are then cut recursively (XY-cut): first at horizontal gaps far
 * wider than the gaps between rows (one story above another), where a band set only in type larger
 * than the body's (a headline: kicker, title, subtitle, a byline set apart) stays with the band under
 * it, so that two stories set side by side under headlines sharing one band are read one after the
 * other, each under its own headline; then at vertical gutters that run the whole height of a region
 * (columns, read left to right) unless the gutter only runs through a headline's phrase space or has
 * no body text on one side (a gap between a headline's phrases or a byline's names, 本报记者　张三　李四);
 * otherwise at the widest horizontal gaps (a headline above its columns), read top to bottom. A
 * headline wrapped over lines of the same display type comes out as one line. Each line carries its
 * type size against the page's body type, which the page splitter reads headlines by.
 */
final class Layout {

    /** A gap this many font sizes wide between glyphs on a line is a gutter, not a word space. */
    private static final float GUTTER_EM = 0.9f;
    private static final int MAX_DEPTH = 60;

    private Layout() {
    }

    /**
     * The page's text lines in reading order, each with its type size against the page's body type; a headline set
     * over two or more lines comes out as one. Every line stands after a blank line, as other PDF extractors print them.
     */
    static List<PrintedLine> lines(List<Glyph> glyphs) {
        List<Fragment> fragments = fragments(glyphs);
        if (fragments.isEmpty()) {
            return List.of();
        }
        float bodySize = medianSize(fragments);
        float leading = leading(fragments);
        float pageHead = (float) fragments.stream().mapToDouble(Fragment::baseline).min().orElse(0);
        List<List<Fragment>> regions = new ArrayList<>();
        cut(fragments, regions, 0, bodySize);
        List<PrintedLine> lines = new ArrayList<>();
        Fragment headline = null; // the last line added, while it is display type
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
                if (text.isEmpty()) {
                    continue;
                }
                Fragment first = row.get(0);
                boolean display = first.fontSize() >= bodySize * PrintedLine.DISPLAY_SCALE;
                boolean bold = row.stream().allMatch(Fragment::bold);
                if (display && headline != null && continuesHeadline(headline, first)) {
                    // plain text loses type sizes: a title wrapped over two lines would read as a title over a subtitle
                    int last = lines.size() - 1;
                    PrintedLine joined = lines.get(last);
                    String space = needsSpace(lastGlyph(headline), first.glyphs().get(0)) || isLatin(joined.text(), text) ? " " : "";
                    lines.set(last, new PrintedLine(joined.text() + space + text, true, joined.typeScale(), joined.bold() && bold,
                            joined.setApart()));
                } else {
                    ColumnEdges edges = display ? null : ColumnEdges.around(row, fragments, leading, bodySize);
                    boolean body = edges != null;
                    lines.add(new PrintedLine(text, true, largestSize(row) / bodySize, bold, setApart(row, fragments, leading, pageHead, bodySize),
                            body && edges.indents(row, bodySize), body && edges.reaches(row, bodySize)));
                }
                headline = display ? row.get(row.size() - 1) : null;
            }
        }
        return lines;
    }

    /**
     * Where the lines of a column start and end: a paragraph's first line starts indented (papers indent it by one
     * to two characters), a justified line ends at the right edge, and a paragraph's last line stops short of it.
     * Measured only where the column has enough lines of body type to show its edges.
     */
    record ColumnEdges(float left, float right) {

        /** Up to this many lines over and under a row, each right under the one before, show its column's edges. */
        private static final int WINDOW_LINES = 6;
        private static final int MIN_LINES = 3;
        /** The next line of the same block stands at most this many leadings under the one before (more: a gap between stories). */
        private static final float NEXT_LINE_LEADINGS = 1.5f;
        /** An indent is this many glyph heights at least, and at most the larger bound (beyond: a line set centred). */
        private static final float MIN_INDENT = 0.6f;
        private static final float MAX_INDENT = 5f;
        /** A line ending within this many glyph heights of the right edge reaches it. */
        private static final float AT_EDGE = 0.6f;

        /**
         * The edges of the column a row stands in, from the lines of body type of its block over and under it (each
         * right under the one before, so the column of a story above does not count); null where too few show.
         */
        static ColumnEdges around(List<Fragment> row, List<Fragment> page, float leading, float bodySize) {
            float x0 = row.get(0).x0();
            float x1 = row.get(row.size() - 1).x1();
            float left = x0;
            float right = x1;
            int lines = 1;
            for (int direction : new int[] {-1, 1}) {
                float baseline = row.get(0).baseline();
                for (int k = 0; k < WINDOW_LINES; k++) {
                    Fragment next = nextLine(baseline, direction, x0, x1, page, leading, bodySize);
                    if (next == null) {
                        break;
                    }
                    left = Math.min(left, next.x0());
                    right = Math.max(right, next.x1());
                    lines++;
                    baseline = next.baseline();
                }
            }
            return lines >= MIN_LINES ? new ColumnEdges(left, right) : null;
        }

        /** The nearest line of body type over (direction -1) or under (1) a baseline, within the span, in the same block. */
        private static Fragment nextLine(float baseline, int direction, float x0, float x1, List<Fragment> page, float leading,
                float bodySize) {
            Fragment nearest = null;
            float best = NEXT_LINE_LEADINGS * leading;
            for (Fragment f : page) {
                float drop = direction * (f.baseline() - baseline);
                if (drop > f.fontSize() / 3 && drop <= best && f.x1() > x0 && f.x0() < x1
                        && f.fontSize() < bodySize * PrintedLine.DISPLAY_SCALE) {
                    nearest = f;
                    best = drop;
                }
            }
            return nearest;
        }

        boolean indents(List<Fragment> row, float bodySize) {
            float indent = row.get(0).x0() - left;
            return indent >= MIN_INDENT * bodySize && indent <= MAX_INDENT * bodySize;
        }

        boolean reaches(List<Fragment> row, float bodySize) {
            return right - row.get(row.size() - 1).x1() <= AT_EDGE * bodySize;
        }
    }

    /** A line this many times the leading below the text above it is set apart: it opens a block (a story, a brief). */
    private static final float SET_APART_LEADINGS = 2f;

    /**
     * Whether the text right above the row stands more than {@link #SET_APART_LEADINGS} of the page's leading away.
     * A column starts under its headline closer than that, while papers part one story from the next by a wider gap.
     * The top line of a column with another column's text beside it, across a gutter, is not set apart: a story's
     * columns start level, under a headline that may not reach over them all. Right under the page's head (its top
     * line: the masthead or running head) the gap tells nothing, since every column of a story run on from the page
     * before starts there too: there a line opens a block when no plain body text stands level with it, as the next
     * column's first line does; a story set beside it may start level with it, under its own headline.
     */
    static boolean setApart(List<Fragment> row, List<Fragment> page, float leading, float pageHead, float bodySize) {
        Fragment first = row.get(0);
        float x1 = row.get(row.size() - 1).x1();
        float above = nearestBaselineAbove(first.baseline(), first.x0(), x1, page);
        if (first.baseline() <= pageHead + leading / 2) {
            return false; // the page's head itself
        }
        if (above <= pageHead + leading / 2) {
            // under the page's head, or with nothing above at all
            return !levelWithPlainText(first.baseline(), first.x0(), x1, page, leading, bodySize);
        }
        return first.baseline() - above > SET_APART_LEADINGS * leading && !besideColumn(first, page, leading);
    }

    /** Whether plain text in the body's type stands level with a row spanning x0 to x1, left or right of it. */
    private static boolean levelWithPlainText(float baseline, float x0, float x1, List<Fragment> page, float leading, float bodySize) {
        for (Fragment f : page) {
            if (Math.abs(f.baseline() - baseline) < leading / 2 && (f.x1() <= x0 || f.x0() >= x1) && !f.bold()
                    && f.fontSize() < bodySize * PrintedLine.DISPLAY_SCALE) {
                return true;
            }
        }
        return false;
    }

    /** A gap this many of a line's glyph heights wide, or less, between two columns is a gutter, not two stories apart. */
    private static final float GUTTER_HEIGHTS = 2.5f;

    /**
     * Whether another column's text stands just left of the fragment, a gutter away, within a few lines of it (the
     * line level with it may be a short one, a heading, that stops well short of the gutter).
     */
    private static boolean besideColumn(Fragment first, List<Fragment> page, float leading) {
        for (Fragment f : page) {
            if (Math.abs(f.baseline() - first.baseline()) < 3 * leading && f.x1() <= first.x0()
                    && first.x0() - f.x1() < GUTTER_HEIGHTS * first.fontSize()) {
                return true;
            }
        }
        return false;
    }

    /** The baseline of the nearest text above a baseline over a span of the page, or minus infinity. */
    private static float nearestBaselineAbove(float baseline, float x0, float x1, List<Fragment> page) {
        float nearest = -Float.MAX_VALUE;
        for (Fragment f : page) {
            // a third of the row's height apart at least: the same row's fragments are not above it
            if (f.baseline() < baseline - f.fontSize() / 3 && f.x1() > x0 && f.x0() < x1) {
                nearest = Math.max(nearest, f.baseline());
            }
        }
        return nearest;
    }

    /** The page's leading: the usual drop from one baseline to the next in a column, the median over its fragments. */
    private static float leading(List<Fragment> page) {
        float[] drops = new float[page.size()];
        int n = 0;
        for (Fragment f : page) {
            float above = nearestBaselineAbove(f.baseline(), f.x0(), f.x1(), page);
            if (above > -Float.MAX_VALUE) {
                drops[n++] = f.baseline() - above;
            }
        }
        if (n == 0) {
            return Float.MAX_VALUE;
        }
        Arrays.sort(drops, 0, n);
        return drops[n / 2];
    }

    /**
     * The next line of a headline: the same size, right under it. Glyph heights can be as little as 0.7 of the font
     * size, so the limit allows a headline leading of up to about 1.5 times the font size.
     */
    private static boolean continuesHeadline(Fragment above, Fragment below) {
        float drop = below.baseline() - above.baseline();
        return sameType(above, below) && drop > 0 && drop < above.fontSize() * 2.2f;
    }

    /** Set in the same type size, within what rounding and glyph heights leave. */
    private static boolean sameType(Fragment a, Fragment b) {
        return Math.abs(a.fontSize() - b.fontSize()) < a.fontSize() * 0.1f;
    }

    private static float largestSize(List<Fragment> row) {
        float size = 0;
        for (Fragment f : row) {
            size = Math.max(size, f.fontSize());
        }
        return size;
    }

    private static Glyph lastGlyph(Fragment f) {
        return f.glyphs().get(f.glyphs().size() - 1);
    }

    /** Two Latin words meet at the break (a wrapped English headline), so a space goes between them. */
    private static boolean isLatin(String left, String right) {
        return Character.isLetterOrDigit(left.charAt(left.length() - 1)) && left.charAt(left.length() - 1) < 0x2E80
                && Character.isLetterOrDigit(right.charAt(0)) && right.charAt(0) < 0x2E80;
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

    /** {@code bodySize} is the page's body type, so a region that holds only a headline still knows it for one. */
    private static void cut(List<Fragment> region, List<List<Fragment>> out, int depth, float bodySize) {
        if (region.size() <= 1 || depth >= MAX_DEPTH || rows(region).size() == 1) {
            // one row is one line: a gap in it is a headline's phrase space (一心为民　造福一方), never a gutter,
            // since columns run down more than one row and are cut while their rows are still together
            out.add(region);
            return;
        }
        // stories first: a gap across the whole width, far wider than the gaps between rows, ends one story and
        // begins the next, even where the papers' column grid lines up the gutters of both
        List<List<Fragment>> stories = withTheirStories(splitAtGaps(region, true), bodySize);
        if (stories.size() > 1) {
            for (List<Fragment> story : stories) {
                cut(story, out, depth + 1, bodySize);
            }
            return;
        }
        float em = medianSize(region);
        List<List<Fragment>> columns = joinHeadlinePhrases(besideBodyText(splitAtGutters(region, em * GUTTER_EM), bodySize), bodySize);
        if (columns.size() > 1) {
            for (List<Fragment> column : columns) {
                cut(column, out, depth + 1, bodySize);
            }
            return;
        }
        List<List<Fragment>> bands = splitAtGaps(region, false);
        if (bands.size() > 1) {
            for (List<Fragment> band : bands) {
                cut(band, out, depth + 1, bodySize);
            }
            return;
        }
        out.add(region);
    }

    /** Type this much larger than the page's body type is no body text: a headline's, or a byline's set apart. */
    private static final float ABOVE_BODY = 1.05f;

    /**
     * Puts each band set only in type larger than the body's (a kicker, a title, a subtitle, a byline set apart) together
     * with the band under it: a headline heads the story under it and is read with it. Where two stories stand side by
     * side, their headlines share a band; cut off, both would be read before either story.
     */
    private static List<List<Fragment>> withTheirStories(List<List<Fragment>> bands, float bodySize) {
        List<List<Fragment>> out = new ArrayList<>();
        List<Fragment> pending = new ArrayList<>();
        for (List<Fragment> band : bands) {
            pending.addAll(band);
            if (hasBodyText(band, bodySize)) {
                out.add(pending);
                pending = new ArrayList<>();
            }
        }
        if (!pending.isEmpty()) {
            // a headline last on the page, its story on the next: a band of its own, read last
            out.add(pending);
        }
        return out;
    }

    private static boolean hasBodyText(List<Fragment> region, float bodySize) {
        for (Fragment f : region) {
            if (f.fontSize() < bodySize * ABOVE_BODY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Undoes each cut that leaves no body text on one side: columns hold body text, so a gap with only a headline's or
     * a byline's pieces beside it is the space between their phrases or names (本报记者　张三　李四), not a gutter.
     */
    private static List<List<Fragment>> besideBodyText(List<List<Fragment>> columns, float bodySize) {
        List<List<Fragment>> out = new ArrayList<>();
        for (List<Fragment> column : columns) {
            if (!out.isEmpty() && !(hasBodyText(out.get(out.size() - 1), bodySize) && hasBodyText(column, bodySize))) {
                out.get(out.size() - 1).addAll(column);
            } else {
                out.add(new ArrayList<>(column));
            }
        }
        return out;
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

    /**
     * Undoes a cut that runs through a headline: display type (well above the body size) on one baseline on
     * both sides, closer than 1.8 times its glyph height (about an em and a quarter), is one line whose phrases
     * are spaced, however well the space lines up with a gutter of the columns under it.
     */
    private static List<List<Fragment>> joinHeadlinePhrases(List<List<Fragment>> columns, float bodySize) {
        List<List<Fragment>> out = new ArrayList<>();
        for (List<Fragment> column : columns) {
            if (!out.isEmpty() && spansOneHeadline(out.get(out.size() - 1), column, bodySize)) {
                out.get(out.size() - 1).addAll(column);
            } else {
                out.add(new ArrayList<>(column));
            }
        }
        return out;
    }

    private static boolean spansOneHeadline(List<Fragment> left, List<Fragment> right, float bodySize) {
        for (Fragment a : left) {
            if (a.fontSize() < bodySize * PrintedLine.DISPLAY_SCALE) {
                continue;
            }
            for (Fragment b : right) {
                boolean sameLine = Math.abs(a.baseline() - b.baseline()) < a.fontSize() / 3 && sameType(a, b);
                if (sameLine && b.x0() > a.x1() && b.x0() - a.x1() < a.fontSize() * 1.8f) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Splits at horizontal gaps no fragment crosses: with {@code storiesOnly}, at each gap over three times the
     * region's usual gap between rows and over an em and a half; otherwise at the widest gaps (every gap within 10% of the widest).
     */
    private static List<List<Fragment>> splitAtGaps(List<Fragment> region, boolean storiesOnly) {
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
        // rows of different columns interleave in the gaps, so the usual gap alone can be tiny: a story's gap is
        // also at least an em and a half of the body type
        float wide = storiesOnly ? Math.max(3 * usualGap(gapAfter), 1.5f * medianSize(region)) : widest * 0.9f;
        List<Fragment> current = new ArrayList<>();
        for (int i = 0; i < byY.size(); i++) {
            current.add(byY.get(i));
            if (gapAfter[i] > 0 && gapAfter[i] >= wide) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The median of the positive gaps between rows, or infinity when there are none. */
    private static float usualGap(float[] gaps) {
        float[] positive = new float[gaps.length];
        int n = 0;
        for (float g : gaps) {
            if (g > 0) {
                positive[n++] = g;
            }
        }
        if (n == 0) {
            return Float.MAX_VALUE;
        }
        Arrays.sort(positive, 0, n);
        return positive[n / 2];
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
