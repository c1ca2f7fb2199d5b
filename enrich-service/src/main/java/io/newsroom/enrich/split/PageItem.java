package io.newsroom.enrich.split;

import java.util.Collections;
import java.util.List;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.JumpMarkers;
import io.newsroom.enrich.clean.LineJoiner;
import io.newsroom.enrich.clean.PrintedLine;

/** A piece of page layout, as read from its lines before articles are assembled. */
sealed interface PageItem {

    /**
     * Short lines standing alone: an article headline or a section heading inside an article.
     *
     * @param blocks the lines, grouped by blank lines on pages that separate body lines by blank lines
     * @param widest the printed width of its widest line
     * @param column the width of the body column around it
     * @param columnChanges whether the body column is set to another width after it than before it
     * @param tightBelow whether it is set tight against what follows (no blank line), as a headline over its byline
     * @param blankSeparatedPage whether the page separates its lines by blank lines (then lines set tight belong together)
     * @param lineScales the type size of each of its lines over the body's, as the source (a PDF) told, else
     *     {@link PrintedLine#UNKNOWN_SCALE}
     * @param blockTitle set in the body's type but in bold and apart from the text above, as a brief's title (a PDF tells)
     */
    record Heading(List<List<String>> blocks, double widest, double column, boolean columnChanges, boolean tightBelow,
            boolean blankSeparatedPage, List<Float> lineScales, boolean blockTitle) implements PageItem {

        public Heading {
            lineScales = List.copyOf(lineScales);
        }

        /** A heading whose type sizes are not known. */
        Heading(List<List<String>> blocks, double widest, double column, boolean columnChanges, boolean tightBelow,
                boolean blankSeparatedPage) {
            this(blocks, widest, column, columnChanges, tightBelow, blankSeparatedPage, unknownScales(blocks), false);
        }

        private static List<Float> unknownScales(List<List<String>> blocks) {
            return Collections.nCopies(blocks.stream().mapToInt(List::size).sum(), PrintedLine.UNKNOWN_SCALE);
        }

        /** The same heading with other lines, each printed at the size of its largest line. */
        Heading withBlocks(List<List<String>> other) {
            int n = other.stream().mapToInt(List::size).sum();
            return new Heading(other, widest, column, columnChanges, tightBelow, blankSeparatedPage,
                    n == lineScales.size() ? lineScales : Collections.nCopies(n, typeScale()), blockTitle);
        }

        /** The type size of its largest line over the body's, {@link PrintedLine#UNKNOWN_SCALE} when not known. */
        public float typeScale() {
            float max = PrintedLine.UNKNOWN_SCALE;
            for (float f : lineScales) {
                max = Math.max(max, f);
            }
            return max;
        }

        /** Printed in display type: an article's headline. */
        boolean display() {
            return typeScale() >= PrintedLine.DISPLAY_SCALE;
        }

        /**
         * Printed in display type, or alone in type clearly larger than the body's, or in bold set apart from the text
         * above: a news brief's title is set so, under display type but above the body and its section headings, or in
         * the body's type where a gap parts it from the story before.
         */
        boolean opensArticle() {
            return display() || !lineScales.isEmpty() && lineScales.size() <= HeadingRows.MAX_BRIEF_TITLE_LINES
                    && (blockTitle || lineScales.stream().allMatch(s -> s >= HeadingRows.HEADLINE_TYPE));
        }

        /** Printed no larger than the body, as the source told: a section heading inside an article, or a label. */
        boolean bodyType() {
            return typeScale() != PrintedLine.UNKNOWN_SCALE && typeScale() < PrintedLine.DISPLAY_SCALE;
        }

        /**
         * Set like an article headline: wider than the column, with a dashed subtitle or a bracketed column label
         * ({@code （人民论坛）}), or in several lines (kicker and title) other than a pair set tight together on a
         * page of blank-separated lines, which is how a two-line section heading comes out; or a kicker closed by a dash
         * over the title it hands over to.
         */
        boolean looksLikeHeadline() {
            List<String> lines = lines();
            boolean tightPair = blankSeparatedPage && blocks.size() == 1;
            return widest >= column + 1 || lines.size() >= 3
                    || lines.stream().skip(1).anyMatch(l -> l.startsWith("—") || l.startsWith("--"))
                    || lines.stream().anyMatch(Headline::endsWithLabel)
                    // a kicker handing over by a dash to the title under it (企业享受减免的同时—— / 公交线路准点运营有保障)
                    || lines.size() == 2 && handsOverByDash(lines.get(0)) && !lines.get(1).strip().endsWith("——");
        }

        private static boolean handsOverByDash(String line) {
            String l = line.strip();
            return l.endsWith("——") && !l.startsWith("—") && l.length() > 4;
        }

        List<String> lines() {
            return blocks.stream().flatMap(List::stream).toList();
        }

        /**
         * The heading as text kept inside an article (a section's or a part's heading): a line set short of the column
         * stands on a line of its own, as printed (a heading over its subheading, the lines of a verse); a line run to
         * the column's end wraps on into the next, one heading broken by the column.
         */
        String asText() {
            return asText(lines());
        }

        /** Some of its lines (the heading of a part under its report's headline) as text, see {@link #asText()}. */
        String asText(List<String> lines) {
            StringBuilder text = new StringBuilder(lines.get(0).strip());
            for (int k = 1; k < lines.size(); k++) {
                if (CharClass.plainWidth(lines.get(k - 1)) >= column - 1) {
                    LineJoiner.append(text, lines.get(k));
                } else {
                    text.append('\n').append(lines.get(k).strip());
                }
            }
            return text.toString();
        }
    }

    /** A byline line (or lines) standing alone; trailing when it is a parenthesised credit. */
    record Credit(Byline byline, boolean trailing) implements PageItem {

        /** Printed where a text ends and naming none of its authors: a staff credit (版式设计：张三). */
        boolean staffOnly() {
            return trailing && byline.authors().isEmpty();
        }
    }

    /**
     * A paragraph of body text, lines rejoined, spacing as printed.
     *
     * @param lead a byline that opened the paragraph, or null
     * @param opensArticle the paragraph starts like the first of a news item (lead byline or dateline)
     * @param width the typical printed width of its lines (the column width)
     * @param doubled whether its lines were printed bold and came out doubled
     * @param lines its printed lines
     */
    record Paragraph(String text, Byline lead, boolean opensArticle, double width, boolean doubled, int lineCount, List<String> lines)
            implements PageItem {
    }

    /** Jump markers standing alone. */
    record Jump(List<String> jumps) implements PageItem {

        boolean continuesElsewhere() {
            return jumps.stream().anyMatch(JumpMarkers::sendsOn);
        }
    }
}
