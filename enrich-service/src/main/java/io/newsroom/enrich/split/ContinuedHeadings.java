package io.newsroom.enrich.split;

import java.util.List;

/**
 * Headings under a 上接 marker, or at the top of the page over numbered text: the rest of an article begun on another
 * page, or the headline of a text continued here, set after it. A stage of {@link HeadingPlacer}.
 */
final class ContinuedHeadings {

    private final PageAssembly page;
    private final HeadingPlacer placer;

    ContinuedHeadings(PageAssembly page, HeadingPlacer placer) {
        this.page = page;
        this.placer = placer;
    }

    /**
     * Rules for a heading under a 上接 marker, or at the top of the page over numbered text: the rest of an article
     * begun on another page. Returns whether the heading was placed.
     */
    boolean tryPlace(PageItem.Heading h, List<PageItem> items, int i) {
        Piece continuedAbove = page.cur != null && page.cur.continuedHere ? page.cur.headlineBack : null;
        // the marker opens the page: no text above it whose headline this could be, set after it
        boolean opensPage = page.cur != null && page.cur.continuedHere && page.cur.textAbove == null;
        if (page.cur != null && page.cur.continuedHere && !page.cur.hasBody() && page.cur.untitled() && markedBehind(h, items, i)) {
            return true;
        }
        if (continuedAbove != null && !page.cur.hasBody() && page.cur.untitled()) {
            // no start of the marked text found inside the continued text above: the headline is that text's own, set
            // after it, as under any untitled text a 上接 marker closes
            page.pieces.remove(page.cur);
            continuedAbove.jumps.addAll(page.cur.jumps);
            continuedAbove.expectsHeadline = true;
            page.cur = continuedAbove;
            placer.place(h, items, i);
            return true;
        }
        if (page.cur != null && page.cur.continuedHere && !page.cur.hasBody() && page.cur.untitled()) {
            page.cur.continuedHere = false;
            PageItem after = TextAround.itemAfter(items, i);
            if ((!h.looksLikeHeadline() || HeadingShapes.numbered(h.lines()) || opensPage) && after instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle()) {
                // (a numbered heading, 二、…, however wide: no headline is numbered; and any heading under a marker that
                // opens the page: a continued text's headline stands where it began or after its text, never over its rest)
                page.cur.paragraphs.add(h.asText());
            } else if (after instanceof PageItem.Credit c && !c.trailing() && !h.looksLikeHeadline() && !Datelines.datedNewsFollows(page.cur, after)
                    && ReportParts.nextPartAlike(h, items, i)) {
                // the rest of a report in parts, begun on another page: a part's heading over its byline, the next part
                // headed alike over its own; the report's headline stands where it began
                page.cur.addPart(h, h.lines(), true);
            } else {
                page.cur.headline.addAll(h.lines());
            }
            return true;
        }
        if (page.cur == null && HeadingShapes.numbered(h.lines()) && i + 1 < items.size() && items.get(i + 1) instanceof PageItem.Paragraph p
                && p.lead() == null && !p.opensArticle()) {
            // a numbered heading (二、…) over text at the top of the page: the rest of an article begun elsewhere, at one
            // of its sections; no headline is numbered
            page.start();
            page.cur.paragraphs.add(h.asText());
            return true;
        }
        return false;
    }

    /**
     * A 上接 marker right under the text of an article that has its headline (or of an untitled text continued from
     * another page, whose headline is printed where it began), over this heading: the marker stands by the
     * headline of a text it continues, set after that text, which followed the titled article's text with no heading
     * between them. The lines that lean to the text above head the paragraphs from where their words begin
     * ({@link HiddenStart}), which leave the article they were read with and take the marker; the rest head the text
     * below. Returns whether lines were placed.
     */
    private boolean markedBehind(PageItem.Heading h, List<PageItem> items, int i) {
        Piece cur = page.cur;
        Piece above = cur.textAbove;
        cur.textAbove = null;
        if (above == null || above.untitled() && !above.continuedFromElsewhere() || !above.hasBody() || above.group
                || above.closed && !above.closedByJump) {
            return false;
        }
        List<String> lines = h.lines();
        String below = TextAround.textAfter(items, i + 1, 3000);
        int cut = stackBreak(h, above.paragraphs, items, i);
        if (cut <= 0 && lines.size() <= 3) {
            cut = lines.size();
        }
        if (cut <= 0 || Datelines.REPORTER.matcher(lines.get(0).strip()).lookingAt()) {
            return false;
        }
        int start = HiddenStart.find(lines.subList(0, cut), above.headline, above.paragraphs, below, true);
        if (start >= 0) {
            start = HiddenStart.splitOpening(lines.subList(0, cut), above.paragraphs, start);
        } else {
            start = HiddenStart.findBySentence(lines.subList(0, cut), above.headline, above.paragraphs, below);
        }
        if (start < 0) {
            return false;
        }
        PageAssembly.moveTail(above, start, cur);
        cur.continuedHere = false;
        page.giveBack(lines.subList(0, cut));
        if (cut < lines.size()) {
            page.forward(lines.subList(cut, lines.size()));
        }
        return true;
    }

    /**
     * Where a heading that a 上接 marker tells is set after the text above breaks, when it stacks the next article's
     * headline under that one: on a page of blank-separated lines after its first block (lines set tight belong
     * together), else where the lines' words lean ({@link HeadlineChain}); 1 for one line.
     */
    private static int stackBreak(PageItem.Heading h, List<String> above, List<PageItem> items, int i) {
        List<String> lines = h.lines();
        if (lines.size() < 2) {
            return lines.size();
        }
        int labelled = HeadlineChain.labelledBreak(lines);
        if (labelled > 0) {
            return labelled;
        }
        List<List<String>> blocks = HeadingShapes.splitAfterSubtitles(h.blocks());
        if (h.blankSeparatedPage() && blocks.size() >= 2 && blocks.get(0).size() <= 3) {
            return blocks.get(0).size();
        }
        return HeadlineChain.cut(lines, above, TextAround.textAfter(items, i + 1, 3000));
    }
}
