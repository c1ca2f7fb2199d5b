package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.enrich.clean.CharClass;

/**
 * Headings over a byline that head one part of a report in parts, all under one headline. A stage of
 * {@link HeadingPlacer}.
 */
final class PartHeadings {

    private final PageAssembly page;

    PartHeadings(PageAssembly page) {
        this.page = page;
    }

    /**
     * Rules that make a heading over a byline one part of a report in parts, all under one headline. Returns whether
     * the heading was placed. {@code signedOff}: a closing credit (（本报记者张三）) signed the text above off.
     */
    boolean tryPlace(PageItem.Heading h, List<PageItem> items, int i, boolean signedOff) {
        Piece cur = page.cur;
        if (page.staffCreditAbove) {
            // a staff credit (版式设计：张三) ends the whole story, never one part of it: a heading over a byline under it
            // heads another article
            return false;
        }
        List<String> lines = h.lines();
        PageItem next = TextAround.itemAfter(items, i);
        boolean bylineFollows = TextAround.bylineFollows(next);
        if (cur != null && !cur.closed && !cur.noted && !cur.group && bylineFollows && lines.size() <= 2 && ReportParts.partShape(lines)
                && figureUnderEditorsNote(cur) && !Datelines.datedNewsFollows(cur, next)) {
            // a figure set over the first part's title (1—3月某省支出救助金4.5亿元，覆盖3.7万人 / “爱心礼包”加固底线) right
            // under the editor's note that announces the reports, read as text for the clause in it: that part's heading,
            // as each part after it is headed (a figure over its title)
            List<String> heading = new ArrayList<>();
            heading.add(cur.paragraphs.remove(cur.paragraphs.size() - 1));
            cur.textParagraphs--;
            heading.addAll(lines);
            cur.announced = true;
            cur.addPart(h, heading, true);
            return true;
        }
        if (cur != null && !cur.closed && !cur.noted && (cur.group || !cur.untitled() || SectionHeadings.endsWithEditorsNote(cur.paragraphs)) && bylineFollows && !h.looksLikeHeadline()
                && (cur.group ? !newsAfterParts(cur, next) : !Datelines.datedNewsFollows(cur, next)) && (cur.group || cur.byline == null && (!cur.hasBody() || noteSignedOff(cur))
                        || cur.textLength() <= REPORT_LEAD && !signedOff && ReportParts.nextPartAlike(h, items, i))) {
            // a headline with nothing under it but a lead or an editor's note (or an editor's note continued from another
            // page, its headline there), then headings each over its own byline,
            // set alike: one report in parts (福建三明 … 山东济南 …), each part signed by its reporter, all under the one
            // headline (an editor's note that announces the reports so headed: each like heading over a byline after it
            // is the next part, however it is stacked); a short text its reporter's credit signed off (（本报记者张三）)
            // is a piece complete in itself, never a report's lead: the parts carry their reporters' bylines
            if (SectionHeadings.endsWithEditorsNote(cur.paragraphs)) {
                cur.announced = true;
            }
            cur.addPart(h, lines, true);
            return true;
        }
        if (cur != null && !cur.closed && !cur.noted && !cur.group && cur.firstSection != null && bylineFollows
                && ReportParts.partShape(lines) && SectionHeadings.plain(lines) && SectionHeadings.plain(cur.firstSection)
                && ReportParts.setAlike(cur.firstSection, lines) && !Datelines.datedNewsFollows(cur, next)) {
            // a report whose text opened with a heading right under its headline and byline, then a heading set like
            // that one over a byline of its own: the report's next part, each part by its own reporter (a column of
            // reporters' notes, 记者连线); a separate article's headline is not set like the section heading above it
            cur.addPart(h, lines, true);
            return true;
        }
        if (cur != null && !cur.closed && !cur.noted && bylineFollows && ReportParts.partShape(lines)
                && (cur.group && cur.announced && Math.abs(cur.partLines - lines.size()) <= 1 && !newsAfterParts(cur, next)
                        || !cur.group && SectionHeadings.endsWithEditorsNote(cur.paragraphs) && !Datelines.datedNewsFollows(cur, next))) {
            // an editor's note (——编者) announces the reports under it: the heading over the first one's byline heads a
            // part, however wide or stacked (a figure over its title), and so does each like heading over a byline after
            // it (as many lines, give or take one: the figure may wrap); a column label or a dashed subtitle heads an article
            cur.announced = true;
            cur.addPart(h, lines, true);
            return true;
        }
        return false;
    }

    /**
     * Whether a news item's opening (a dispatch's dateline or the paper's news flag, 本报某地5月6日电（记者张三）,
     * 某某日报讯（记者张三）) follows a report in parts none of whose parts opened so: parts signed by their reporters'
     * bylines alone, then a news item of its own, never one more part.
     */
    private static boolean newsAfterParts(Piece report, PageItem next) {
        String opening = next instanceof PageItem.Credit c ? c.byline().text()
                : next instanceof PageItem.Paragraph p && p.lead() != null ? p.lead().text() : null;
        return opening != null && BYLINES.startsWithDateline(opening) && report.paragraphs.stream().noneMatch(BYLINES::startsWithDateline);
    }

    private static final BylineParser BYLINES = new BylineParser();

    /** The longest lead a report in parts opens with before its first part. */
    private static final int REPORT_LEAD = 400;

    /**
     * Whether the text so far ends with an editor's note (——编者) and one short paragraph under it, a line or two with a
     * figure in it and no sentence ended: the figure heading the first report the note announces.
     */
    private static boolean figureUnderEditorsNote(Piece p) {
        int n = p.paragraphs.size();
        if (n < 2 || p.last == null || p.last.lineCount() > 2 || !SectionHeadings.endsWithEditorsNote(p.paragraphs.subList(0, n - 1))) {
            return false;
        }
        String figure = p.paragraphs.get(n - 1).strip();
        return !CharClass.endsSentence(figure) && figure.chars().anyMatch(Character::isDigit);
    }

    /**
     * Whether the text so far is a note signed off by a dash (——编者): an editor's note, or a short one's end continued
     * from another page; a long text closed by a quote's source (——某某网) is a story of its own, whatever follows.
     */
    private static boolean noteSignedOff(Piece p) {
        return isAttribution(p.paragraphs.get(p.paragraphs.size() - 1))
                && (p.textLength() <= REPORT_LEAD || SectionHeadings.endsWithEditorsNote(p.paragraphs));
    }

    private static boolean isAttribution(String paragraph) {
        return LineShapes.isAttribution(paragraph);
    }
}
