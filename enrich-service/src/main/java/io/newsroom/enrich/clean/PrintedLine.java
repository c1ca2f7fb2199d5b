package io.newsroom.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a page as its source gives it, before any cleaning. A PDF also says how large the
 * line was printed, which plain text cannot: a headline's title is set in display type, well above
 * the body's.
 *
 * @param text the line as extracted
 * @param blankBefore whether a blank line stands between it and the line before
 * @param typeScale the line's type size over the page's body type size; {@link #UNKNOWN_SCALE} when the source does not tell
 * @param bold whether the source drew the line in bold (plain text cannot tell; its bold comes out doubled run by run)
 * @param setApart whether a gap wider than the lines' leading stands above it, so that it opens a block (only a PDF tells)
 * @param indented whether it starts further right than its column's other lines: a paragraph's first line (only a PDF tells)
 * @param full whether it reaches its column's right edge: a justified line, which the paragraph runs on from (only a PDF
 *     tells; plain text shows it only where justification left spaces between characters)
 */
public record PrintedLine(String text, boolean blankBefore, float typeScale, boolean bold, boolean setApart, boolean indented,
        boolean full) {

    /** A line whose source tells neither weight nor spacing. */
    public PrintedLine(String text, boolean blankBefore, float typeScale) {
        this(text, blankBefore, typeScale, false, false);
    }

    /** A line whose source tells nothing of where it stands in its column. */
    public PrintedLine(String text, boolean blankBefore, float typeScale, boolean bold, boolean setApart) {
        this(text, blankBefore, typeScale, bold, setApart, false, false);
    }

    /** The same line with other text of the same layout (a copy in another script). */
    public PrintedLine withText(String other) {
        return new PrintedLine(other, blankBefore, typeScale, bold, setApart, indented, full);
    }

    /** The scale of a line whose type size is not known (plain text). */
    public static final float UNKNOWN_SCALE = 0f;

    /** Type this much larger than the body's is display type: a headline's title. */
    public static final float DISPLAY_SCALE = 1.3f;

    /** The lines of plain text: a blank line is noted on the line after it; no type size is known. */
    public static List<PrintedLine> of(String text) {
        List<PrintedLine> lines = new ArrayList<>();
        boolean blank = false;
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            start = end + (end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            if (isBlank(line)) {
                blank = !lines.isEmpty();
            } else {
                lines.add(new PrintedLine(line, blank, UNKNOWN_SCALE));
                blank = false;
            }
        }
        return lines;
    }

    /** Blank as a reader sees it: ideographic and no-break spaces print nothing either. */
    static boolean isBlank(String line) {
        return line.replace('\u3000', ' ').replace('\u00A0', ' ').isBlank();
    }

    /** The lines as plain text, each after a blank line where one stood before it. */
    public static String text(List<PrintedLine> lines) {
        StringBuilder out = new StringBuilder();
        for (PrintedLine line : lines) {
            if (out.length() > 0) {
                out.append(line.blankBefore() ? "\n\n" : "\n");
            }
            out.append(line.text());
        }
        return out.toString();
    }
}
