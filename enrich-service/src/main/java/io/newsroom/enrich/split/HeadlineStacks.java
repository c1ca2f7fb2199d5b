package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Headline lines stacked between two texts: which lines go back to the text above (a headline set after its body)
 * and which head the text below. A stage of {@link HeadingPlacer}.
 */
final class HeadlineStacks {

    private final PageAssembly page;

    HeadlineStacks(PageAssembly page) {
        this.page = page;
    }

    /**
     * Rules for headline lines stacked between two texts: which lines go back to the text above (a headline set after
     * its body) and which head the text below. Returns whether the heading was placed.
     */
    boolean tryPlace(PageItem.Heading h, List<PageItem> items, int i) {
        Piece cur = page.cur;
        List<String> lines = h.lines();
        PageItem next = TextAround.itemAfter(items, i);
        boolean bylineFollows = TextAround.bylineFollows(next);
        boolean canTakeBack = page.canTakeBack();
        if (headsTextBehind(lines, items, i)) {
            return true;
        }
        List<List<String>> blocks = HeadingShapes.splitAfterSubtitles(h.blocks());
        if (cur != null && cur.closedByJump && cur.hasBody() && cur.untitled() && blocks.size() >= 2
                && (HeadingShapes.completeHeadline(blocks.get(0)) || h.blankSeparatedPage() && (blocks.get(0).size() >= 2
                        || cur.expectsHeadline || !bylineFollows))) {
            // a text that jumps to another page (下转), then a complete headline and another one stacked under it:
            // the first was set after the text it heads, the second heads what follows; on a page of blank-separated
            // lines a gap between headline lines parts two headlines, so a one-line first block also goes back when the
            // text above opened with a byline or dateline (it wants a headline) or no byline opens the text below (the
            // block under the gap heads plain text: the text above, closed by its marker, takes the first)
            page.giveBack(blocks.get(0));
            page.forward(blocks.subList(1, blocks.size()).stream().flatMap(List::stream).toList());
            return true;
        }
        if (cur != null && cur.closedByJump && cur.hasBody() && cur.untitled() && bylineFollows && lines.size() >= 2
                && (blocks.size() == 1 || !h.blankSeparatedPage())) {
            int cut = HeadlineChain.cut(lines, cur.paragraphs, TextAround.textAfter(items, i + 1, 3000));
            if (cut > 0) {
                page.giveBack(lines.subList(0, cut));
                if (cut < lines.size()) {
                    page.forward(lines.subList(cut, lines.size()));
                }
                return true;
            }
        }
        boolean jumpedUntitled = cur != null && cur.closedByJump && cur.hasBody() && cur.untitled();
        if ((canTakeBack || jumpedUntitled) && lines.size() >= 2 && (!cur.expectsHeadline && blocks.size() == 1 && next instanceof PageItem.Paragraph
                || bylineFollows)) {
            // two labelled titles stacked (…（人民时评） over …（人民时评）): the first closes the headline of the text above,
            // also over a byline, however the lines are spaced (the byline's article wants the lines under it), and also
            // where that text jumped away (下转) untitled: a labelled title is never the kicker of another
            int cut = HeadlineChain.labelledBreak(lines);
            if (cut > 0) {
                page.giveBack(lines.subList(0, cut));
                page.forward(lines.subList(cut, lines.size()));
                return true;
            }
        }
        if (canTakeBack && (cur.expectsHeadline || cur.underNote) && bylineFollows && (blocks.size() == 1 || !h.blankSeparatedPage())
                && lines.size() >= 2) {
            // headline lines stacked (in one block, or on a page without blank lines, where blocks tell nothing) between
            // a text that wants its headline (set after it) and a byline that opens the next article: the lines above
            // the break head the text before, the rest the text after; a text begun right under another's closing note
            // (（本报伦敦5月12日电）), no heading between, wants one too: a page of news items each headed after its text
            int cut = HeadlineChain.cut(lines, cur.paragraphs, TextAround.textAfter(items, i + 1, 3000));
            if (cut >= 0) {
                if (cut > 0) {
                    page.giveBack(lines.subList(0, cut));
                }
                if (cut < lines.size()) {
                    page.forward(lines.subList(cut, lines.size()));
                }
                return true;
            }
        }
        if (canTakeBack && cur.expectsHeadline && !bylineFollows && next instanceof PageItem.Paragraph
                && (blocks.size() == 1 || !h.blankSeparatedPage()) && breakBetweenTexts(lines, items, i)) {
            return true;
        }
        if (canTakeBack && blocks.size() >= 2 && (HeadingShapes.completeHeadline(blocks.get(0))
                || Headline.endsWithLabelOfAnyLength(blocks.get(0).get(blocks.get(0).size() - 1).strip()))
                && HeadlineChain.canBreak(blocks.get(0).get(blocks.get(0).size() - 1), blocks.get(1).get(0))
                && (blocks.get(1).stream().noneMatch(l -> CLAUSE_MARK.matcher(l).find()) || closedByLabel(blocks.subList(1, blocks.size())))) {
            // a complete headline (a title closed by its column label, however long, or over its dashed subtitle) set apart over
            // another headline, under untitled text: nothing of the headline below belongs to it, so it heads the text
            // above, set after its body, and the rest heads the text below (a sentence with clauses under the title is
            // its standfirst, not another headline, unless a labelled title closes it: then it is that title's kicker)
            page.giveBack(blocks.get(0));
            page.forward(blocks.subList(1, blocks.size()).stream().flatMap(List::stream).toList());
            return true;
        }
        if (canTakeBack && blocks.size() >= 2 && (blocks.get(0).size() >= 2 || cur.expectsHeadline)) {
            page.giveBack(blocks.get(0));
            page.forward(blocks.subList(1, blocks.size()).stream().flatMap(List::stream).toList());
            return true;
        }
        return false;
    }

    /** A mark that closes a clause: a line holding one is a sentence (a standfirst), not a headline. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;。]");

    /** Whether the last line of these blocks is a title closed by its column label, however long: a headline complete in itself. */
    private static boolean closedByLabel(List<List<String>> blocks) {
        List<String> last = blocks.get(blocks.size() - 1);
        return Headline.endsWithLabelOfAnyLength(last.get(last.size() - 1).strip());
    }

    /**
     * Headline lines stacked between a text that wants its headline (set after it) and untitled text below: the
     * lines that echo the text above go back to it, the rest head the text below. Nothing goes back unless the lines
     * say so; then the caller decides as before. Returns whether lines were placed.
     */
    private boolean breakBetweenTexts(List<String> lines, List<PageItem> items, int i) {
        Piece cur = page.cur;
        if (lines.size() < 2) {
            return false;
        }
        int cut = HeadlineChain.cut(lines, cur.paragraphs, TextAround.textAfter(items, i + 1, 3000));
        if (cut <= 0) {
            return false;
        }
        page.giveBack(lines.subList(0, cut));
        if (cut < lines.size()) {
            page.forward(lines.subList(cut, lines.size()));
        }
        return true;
    }

    /**
     * A headline set after its body, where that body followed the text of an article that has its headline already, no
     * heading between them: the lines that lean to the text above head the paragraphs from where their words begin
     * ({@link HiddenStart}), which leave the article they were read with; the rest head the text below. Returns whether
     * lines were placed.
     */
    private boolean headsTextBehind(List<String> lines, List<PageItem> items, int i) {
        // (so does the rest of an article continued from another page, opened by its 上接 marker, its headline printed
        // there, when no marker closed it to claim one set after it and the heading stands right over the next continued
        // text's marker: it heads nothing below)
        boolean headedElsewhere = page.cur != null && page.cur.continuedFromElsewhere() && !page.cur.expectsHeadline
                && TextAround.itemAfter(items, i) instanceof PageItem.Jump j && !j.continuesElsewhere();
        if (page.cur == null || page.cur.untitled() && !headedElsewhere || !page.cur.hasBody() || page.cur.group
                || page.cur.closed && !page.cur.closedByJump) {
            return false;
        }
        // a headline comes after finished text (a sentence, a credit or note in brackets), never mid-sentence
        String lastText = page.cur.paragraphs.get(page.cur.paragraphs.size() - 1).strip();
        char last = CharClass.lastChar(lastText);
        if (!CharClass.endsSentence(lastText) && last != '）' && last != ')') {
            return false;
        }
        String below = TextAround.textAfter(items, i + 1, 3000);
        int cut = HeadlineChain.cut(lines, page.cur.paragraphs, below);
        if (cut <= 0 || Datelines.REPORTER.matcher(lines.get(0).strip()).lookingAt()) {
            // (a byline misread as a heading, 本报记者张三李四, heads nothing)
            return false;
        }
        int start = HiddenStart.find(lines.subList(0, cut), page.cur.headline, page.cur.paragraphs, below, false, headedElsewhere);
        if (start < 0) {
            return false;
        }
        start = HiddenStart.splitOpening(lines.subList(0, cut), page.cur.paragraphs, start);
        Piece behind = new Piece();
        PageAssembly.moveTail(page.cur, start, behind);
        page.pieces.add(behind);
        page.cur = behind;
        page.giveBack(lines.subList(0, cut));
        if (cut < lines.size()) {
            page.forward(lines.subList(cut, lines.size()));
        }
        return true;
    }
}
