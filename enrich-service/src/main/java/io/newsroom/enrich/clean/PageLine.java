package io.newsroom.enrich.clean;

import java.util.List;

/**
 * One printed line of a page after line-level cleaning: full-width letters and digits made ASCII,
 * doubled bold runs undone, jump markers taken out. Spacing is still as printed (byline names are
 * told apart by it); {@link SpacingNormaliser} runs once lines are joined.
 *
 * @param text the line, stripped
 * @param blankBefore whether a blank line separated it from the line before
 * @param width printed width in ideograph units, spaces not counted
 * @param justified whether the line was justified, hence full: spaces stand between its Chinese characters, or a PDF
 *     shows it reaching its column's right edge
 * @param doubled whether the line was printed bold: doubled run by run in extracted text, or drawn bold as a PDF tells
 * @param jumps jump markers removed from the line; a line of markers only has empty text
 * @param typeScale its type size over the page's body type size, {@link PrintedLine#UNKNOWN_SCALE} when the source does not tell
 * @param setApart whether a gap wider than the leading stands above it (only a PDF tells), see {@link PrintedLine#setApart}
 * @param indented whether a PDF shows it indented in its column: the first line of a paragraph
 * @param staffCredit a staff credit (版式设计：张三, 责任编辑：李四), kept only as a sign-off: it is printed at the end of a
 *     story, so the text under it is another article's; it is never part of any article's text
 */
public record PageLine(String text, boolean blankBefore, double width, boolean justified, boolean doubled, List<String> jumps,
        float typeScale, boolean setApart, boolean indented, boolean staffCredit) {

    public PageLine {
        jumps = List.copyOf(jumps);
    }

    /** True when the line held nothing but jump markers. */
    public boolean isJumpOnly() {
        return text.isEmpty() && !jumps.isEmpty();
    }
}
