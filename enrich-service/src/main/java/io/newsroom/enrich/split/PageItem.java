package io.newsroom.enrich.split;

import java.util.List;

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
     */
    record Heading(List<List<String>> blocks, double widest, double column, boolean columnChanges, boolean tightBelow) implements PageItem {

        /** Set like an article headline: wider than the column, or with a dashed subtitle, or three lines or more. */
        boolean looksLikeHeadline() {
            List<String> lines = lines();
            return widest >= column + 1 || lines.size() >= 3
                    || lines.stream().skip(1).anyMatch(l -> l.startsWith("—") || l.startsWith("--"));
        }

        List<String> lines() {
            return blocks.stream().flatMap(List::stream).toList();
        }
    }

    /** A byline line (or lines) standing alone; trailing when it is a parenthesised credit. */
    record Credit(Byline byline, boolean trailing) implements PageItem {
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
            return jumps.stream().anyMatch(j -> j.startsWith("下转") || j.startsWith("转"));
        }
    }
}
