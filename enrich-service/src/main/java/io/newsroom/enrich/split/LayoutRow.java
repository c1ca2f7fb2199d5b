package io.newsroom.enrich.split;

import java.util.List;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.PrintedLine;

/**
 * One printed line as the layout reader sees it: its text and widths, what kind of line it is, and the column widths
 * measured around it ({@link PageColumns}).
 */
final class LayoutRow {

    /** What a line is besides text: a byline, a closing credit, a jump marker. */
    enum Kind { TEXT, CREDIT, TRAILING, JUMP }

    Kind kind = Kind.TEXT;
    /** A staff credit printed right under this line (版式设计：张三), else null. */
    String staffCreditBelow;
    String text;
    boolean blankBefore;
    double width;
    /** Width without punctuation compression, see {@link CharClass#plainWidth}. */
    double plain;
    double aroundPlain;
    double aroundPlainWide;
    /** Column widths before and after the row, both measures; NaN where too few lines tell. */
    double colBefore;
    double colAfter;
    double plainColBefore;
    double plainColAfter;
    boolean justified;
    /** The column's width counting every character but ASCII as a full ideograph (see {@code plain}). */
    double plainColumn;
    /** A PDF showed the line indented in its column: a paragraph opens on it. */
    boolean indented;
    boolean doubled;
    /** Type size over the page's body type, {@link PrintedLine#UNKNOWN_SCALE} when the source does not tell. */
    float typeScale;
    /** A gap wider than the leading stands above it (only a PDF tells). */
    boolean setApart;
    /** The line (or wrapped piece of the line) naming who said the quote above it, see {@link LayoutReader}. */
    boolean attribution;
    List<String> jumps;
    Byline byline;
    Byline lead;
    /** Column width measured on this row and the rows before it. */
    double column;
    /** Column width around the row, itself left out: the narrower of the columns before and after. */
    double around;
    /** The wider of the columns before and after the row. */
    double aroundWide;
}
