package io.newsroom.enrich.split;

import java.util.List;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.split.LayoutRow.Kind;

/**
 * Measures of a page's columns and spacing, taken from its rows: the column width before, after and around each row
 * (several columns of different widths may share a page), whether the page indents its paragraphs, whether it
 * separates its lines by blank lines.
 */
final class PageColumns {

    private PageColumns() {
    }

    private static final int WINDOW = 7;

    /**
     * Whether the page indents the first line of a paragraph (by about two characters, the indent lost in extraction):
     * most lines that open a paragraph under one ended short on a finished sentence fall short of the column themselves.
     */
    static boolean indentsParagraphs(List<LayoutRow> rows) {
        int openings = 0;
        int indents = 0;
        for (int i = 1; i + 1 < rows.size(); i++) {
            LayoutRow above = rows.get(i - 1);
            LayoutRow r = rows.get(i);
            LayoutRow below = rows.get(i + 1);
            if (above.kind == Kind.TEXT && r.kind == Kind.TEXT && below.kind == Kind.TEXT && r.lead == null
                    && CharClass.endsSentence(above.text) && above.width <= above.around - 2 && !CharClass.endsSentence(r.text)) {
                openings++;
                if (r.width <= r.around - 1.5) {
                    indents++;
                }
            }
        }
        return openings > 0 && 2 * indents >= openings;
    }

    /**
     * Column widths at each text row: nearly the widest of the widths of the text rows before it (for
     * paragraph ends) and the narrower of the columns before and after it (for headings), so that an
     * article's column does not bleed into its neighbour's.
     */
    static void estimateColumns(List<LayoutRow> rows) {
        int n = rows.size();
        for (int i = 0; i < n; i++) {
            LayoutRow row = rows.get(i);
            double self = percentile(rows, i, -1, false);
            double plainSelf = percentile(rows, i, -1, true);
            double before = percentile(rows, i - 1, -1, false);
            double after = percentile(rows, i + 1, 1, false);
            double plainBefore = percentile(rows, i - 1, -1, true);
            double plainAfter = percentile(rows, i + 1, 1, true);
            row.colBefore = before;
            row.colAfter = after;
            row.plainColBefore = plainBefore;
            row.plainColAfter = plainAfter;
            row.aroundPlain = Double.isNaN(plainBefore) ? (Double.isNaN(plainAfter) ? row.plain : plainAfter)
                    : Double.isNaN(plainAfter) ? plainBefore : Math.min(plainBefore, plainAfter);
            row.aroundPlainWide = Double.isNaN(plainBefore) ? (Double.isNaN(plainAfter) ? row.plain : plainAfter)
                    : Double.isNaN(plainAfter) ? plainBefore : Math.max(plainBefore, plainAfter);
            row.column = Double.isNaN(self) ? row.width : self;
            row.plainColumn = Double.isNaN(plainSelf) ? row.plain : plainSelf;
            if (Double.isNaN(before) && Double.isNaN(after)) {
                row.around = row.column;
                row.aroundWide = row.column;
            } else if (Double.isNaN(before) || Double.isNaN(after)) {
                row.around = Double.isNaN(before) ? after : before;
                row.aroundWide = row.around;
            } else {
                row.around = Math.min(before, after);
                row.aroundWide = Math.max(before, after);
            }
        }
    }

    /**
     * Nearly the widest of up to {@link #WINDOW} text rows from {@code start} on, one way; a byline or a jump
     * marker bounds an article, so the scan stops there. NaN when fewer than three rows tell.
     */
    private static double percentile(List<LayoutRow> rows, int start, int step, boolean plain) {
        int k = 0;
        double widest = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int j = start, seen = 0; j >= 0 && j < rows.size() && seen <= WINDOW && k < WINDOW + 2; j += step, seen++) {
            LayoutRow r = rows.get(j);
            if (r.kind == Kind.CREDIT || r.kind == Kind.JUMP) {
                break;
            }
            // an attribution runs as long as the name and post it gives, not to the column
            if (r.kind == Kind.TEXT && r.width >= 3 && !r.justified && !r.attribution) {
                double width = plain ? r.plain : r.width;
                k++;
                if (width >= widest) {
                    second = widest;
                    widest = width;
                } else if (width > second) {
                    second = width;
                }
            }
        }
        if (k < 3) {
            return Double.NaN;
        }
        // most lines of a column run full; the second widest is the column, robust to one odd line, once
        // there are enough lines for the second widest not to be an indented first line
        return k >= 5 ? second : widest;
    }

    /** Whether most lines are separated by blank lines, which makes lines set tight together meaningful. */
    static boolean blankSeparated(List<LayoutRow> rows) {
        int blanks = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).blankBefore) {
                blanks++;
            }
        }
        return rows.size() > 4 && blanks * 2 >= rows.size() - 1;
    }
}
