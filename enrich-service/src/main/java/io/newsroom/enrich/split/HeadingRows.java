package io.newsroom.enrich.split;

import java.util.List;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.JumpMarkers;
import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.split.LayoutRow.Kind;

/**
 * Which rows of a page stand as headings: a line that starts fresh, does not end a sentence, and is shorter or wider
 * than the column, or set tight against another line on a page that otherwise separates its lines by blank lines, or
 * printed in display type; and the shapes of headline stacks (a kicker over its title, a subtitle under it). One per
 * page, since it knows whether the page indents its paragraphs.
 */
final class HeadingRows {

    private final BylineParser bylines;
    private final LineBreaks breaks;
    /** Whether the page indents its paragraphs' first lines, see {@link PageColumns#indentsParagraphs}. */
    private final boolean indented;

    HeadingRows(BylineParser bylines, LineBreaks breaks, boolean indented) {
        this.bylines = bylines;
        this.breaks = breaks;
        this.indented = indented;
    }

    private boolean tight(List<LayoutRow> rows, int i, boolean blankSeparated) {
        if (!blankSeparated) {
            return false;
        }
        boolean prev = i > 0 && !rows.get(i).blankBefore && rows.get(i - 1).kind != Kind.JUMP;
        boolean next = i + 1 < rows.size() && !rows.get(i + 1).blankBefore && rows.get(i + 1).kind != Kind.JUMP;
        return prev || next;
    }

    /**
     * Whether the row, if it starts fresh, stands alone as a heading. A paragraph's first line is
     * indented by about two characters, so a single line must fall well short of the column, and no word
     * may run on into the next line.
     */
    boolean headingShape(List<LayoutRow> rows, int i, boolean blankSeparated) {
        return headingShape(rows, i, blankSeparated, 0);
    }

    boolean headingShape(List<LayoutRow> rows, int i, boolean blankSeparated, int depth) {
        LayoutRow r = rows.get(i);
        if (r.kind == Kind.TEXT && r.lead == null && !r.text.isEmpty() && (inHeadlineType(rows, i) || inBlockTitle(rows, i))) {
            // printed larger than the body, with a title in display type among the lines so printed: a headline
            return true;
        }
        if (r.kind == Kind.TEXT && PictureItems.CAPTION_SHOWS.matcher(r.text).lookingAt()) {
            // 图为… (the picture shows…): a caption's first line, a sentence under way, never a heading
            return false;
        }
        if (depth == 0 && r.kind == Kind.TEXT && r.lead == null && r.text.length() > LineShapes.MAX_HEADING && LineShapes.isDashed(r.text) && !r.justified
                && !CharClass.endsSentence(r.text) && (wide(r) || overByline(rows, i)) && subtitleUnderTitle(rows, i, blankSeparated)) {
            // a dashed line, however long, wider than the column (or over a byline or dateline, where a page's first
            // lines leave no column to measure) and right under a title that ends no sentence: the subtitle set across
            // the columns, not a line of the text (which never runs wider than its column nor stands over a byline)
            return true;
        }
        if (depth == 0 && wideHeadline(rows, i, blankSeparated)) {
            return true;
        }
        if (kickerOverLabelledTitle(rows, i)) {
            return true;
        }
        if (depth == 0 && titleOverKeyPoints(rows, i)) {
            return true;
        }
        if (depth == 0 && longDocumentTitle(rows, i)) {
            return true;
        }
        if (r.kind != Kind.TEXT || r.lead != null || r.text.isEmpty() || r.text.length() > LineShapes.MAX_HEADING || r.justified || r.attribution) {
            return false;
        }
        char last = CharClass.lastChar(r.text);
        if (last == '：' && depth == 0 && isKickerOverTitle(rows, i)) {
            return true;
        }
        if (depth == 0 && questionUnderHandOver(rows, i, blankSeparated)) {
            return true;
        }
        boolean runsOn = last == '，' || last == '、' || last == '：' || last == ',' || last == '“' || last == '（' || last == '《';
        if (CharClass.endsSentence(r.text) || runsOn || r.text.indexOf('。') >= 0 || r.text.indexOf('；') >= 0) {
            return false;
        }
        if (depth == 0 && LineShapes.isAttribution(r.text) && subtitleUnderTitle(rows, i, blankSeparated)) {
            // a short dashed line (——张三出席, as short as a signature) right under a headline line, not under finished text: its subtitle
            return true;
        }
        if (bylines.startsWithDateline(r.text) || bylines.isPictureCredit(r.text) || LineShapes.isParenthesised(r.text) || LineShapes.isAttribution(r.text)
                || ClosingNote.endsWithSource(r.text)) {
            // (a source line under a chart or a sponsored report, 数据来源：…, is its last line of text)
            return false;
        }
        if (depth == 0 && i == rows.size() - 1 && i > 0 && rows.get(i - 1).kind == Kind.TEXT
                && CharClass.endsSentence(rows.get(i - 1).text) && LineShapes.noClause(r.text) && !LineShapes.startsMidSentence(r.text)) {
            // the page's last line, with no clause in it, under finished text: a headline set after its body at the foot
            // of the page, however wide (text ends a page on a finished sentence or a jump marker)
            return true;
        }
        if (depth <= 1 && kickerByDashOverTitle(rows, i)) {
            return true;
        }
        if (!blankSeparated && (kickerByDashInBlock(rows, i) || i > 0 && kickerByDashInBlock(rows, i - 1))) {
            return true;
        }
        if (depth == 0 && titleUnderContinuation(rows, i)) {
            return true;
        }
        if (tight(rows, i, blankSeparated)) {
            // a block of lines set tight on a page of blank-separated lines: a headline (perhaps one title
            // wrapped over two lines, brackets and all) or a section heading
            return !LineShapes.startsMidSentence(r.text);
        }
        if (LineShapes.startsMidSentence(r.text) || LineShapes.unbalanced(r.text)) {
            return false;
        }
        LayoutRow prev = i > 0 ? rows.get(i - 1) : null;
        LayoutRow following = i + 1 < rows.size() ? rows.get(i + 1) : null;
        if (labelledTitle(r, prev, following)) {
            // a title carrying its column label (（人民时评）) or set over a dashed subtitle, alone on its line after
            // finished text, however wide
            return true;
        }
        if (depth == 0 && Headline.endsWithLabel(r.text) && prev != null && prev.kind == Kind.TEXT && prev.lead == null
                && headingShape(rows, i - 1, blankSeparated, 2)) {
            // a title carrying its column label under its kicker (担当新使命 建功新时代 / 奋力开启…（人民要论）), however wide
            return true;
        }
        if (depth == 0 && LineShapes.isDashed(r.text) && prev != null && labelledTitle(prev, i > 1 ? rows.get(i - 2) : null, r)) {
            // the dashed subtitle under such a title
            return true;
        }
        if (prev != null && prev.kind == Kind.TEXT && !CharClass.endsSentence(prev.text) && breaks.crosses(prev.text, r.text)) {
            return false;
        }
        LayoutRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
        if (next != null && next.kind == Kind.TEXT && LineShapes.bookTitleRunsOn(r.text, next.text)) {
            // a document's name in book-title marks filling the line, the line under it going on with what else is
            // named (《某某条例（草案）》 / 和以上说明，请审议。): one sentence, never a title over text
            return false;
        }
        if (wide(r) || LineShapes.phraseSpaced(r.text)) {
            return true;
        }
        if (depth < 2 && next != null && (next.kind == Kind.CREDIT || headingShape(rows, i + 1, blankSeparated, depth + 1)
                && tight(rows, i + 1, blankSeparated))) {
            // a line over a headline block or a byline: a kicker or headline as wide as the column
            return true;
        }
        if (depth == 0 && !blankSeparated && next != null && next.kind == Kind.TEXT && next.lead == null && LineShapes.wordsOnly(r.text)
                && (r.plain <= r.aroundPlain - 1 || prev != null && finished(prev) && nearlyWide(r) && overPlainText(next)) && (i == 0 || handsOver(prev) && headingShape(rows, i - 1, false, 1)
                        || finished(prev) || i > 1 && shortWords(prev) && finished(rows.get(i - 2)))
                && !breaks.crosses(r.text, next.text)) {
            // a line of words alone, no punctuation in it, falling short of the column at the head of the page or right under
            // a kicker that hands over (wider than the column, or closed by a dash or colon) or a dashed subtitle that closes
            // the headline before, or under a closing note, sign-off credit or staff credit (or under such a line there, the two a kicker
            // and title): a title, not the body's first line, which runs to the column end when it ends no sentence
            // (under a short section heading it may be the heading's second line, so that is left alone)
            return true;
        }
        if (depth == 0 && blankSeparated && next != null && next.kind == Kind.TEXT && next.lead == null && LineShapes.wordsOnly(r.text)
                && r.plain <= r.aroundPlain - 2 && prev != null && prev.kind == Kind.TEXT && prev.lead == null && ClosingNote.endsWithOne(prev.text)
                && !LineShapes.startsMidSentence(next.text) && !breaks.crosses(r.text, next.text)) {
            // on a page of blank-separated lines too, under a closing note (（本报某地5月6日电）) over text that opens a
            // sentence, a line of words alone two characters or more short of the column: a title (a text line short of the
            // column ends a sentence; one character short, or under a credit, it was as often text: spurious articles)
            return true;
        }
        if (depth == 0 && next != null && next.kind == Kind.TEXT && next.lead == null && LineShapes.wordsOnly(r.text)
                && r.plain <= r.aroundPlain - 1 && prev != null && prev.kind == Kind.TEXT && prev.doubled && !r.doubled && !next.doubled
                && CharClass.endsSentence(prev.text) && !LineShapes.startsMidSentence(next.text) && !breaks.crosses(r.text, next.text)) {
            // a line of words alone, no punctuation in it, falling short of the column in regular type right after bold
            // text that finished its sentence: where an article set bold ends, the next one's title, not a paragraph's
            // first line, which runs to the column end when it ends no sentence (or is indented, the line under it then
            // going on mid-sentence as often as not: a title's text opens a sentence)
            return true;
        }
        if (depth == 0 && boldLineOverText(r, prev, next)) {
            return true;
        }
        boolean styleBreak = next != null && next.kind == Kind.TEXT && next.doubled != r.doubled;
        // short whether punctuation is set compressed or not
        // at a change of column (one article's text ends, another's begins) the heading is measured
        // against the column it heads, below it
        boolean jump = changes(r.colBefore, r.colAfter) && changes(r.plainColBefore, r.plainColAfter)
                && next != null && next.kind == Kind.TEXT && changes(r.colBefore, next.width) && changes(r.plainColBefore, next.plain);
        double column = jump ? r.colAfter : r.around;
        double plainColumn = jump ? r.plainColAfter : r.aroundPlain;
        double margin = styleBreak ? 1.5 : Math.max(3, 0.2 * column);
        if (r.width > column - margin || r.plain > plainColumn - margin) {
            return false;
        }
        return next == null || next.kind != Kind.TEXT || styleBreak || !breaks.crosses(r.text, next.text);
    }

    /**
     * A short line handing over by a dash (某实验室最新监测表明——), no clause in it, after finished text (or at the head
     * of the page), falling short of the column, over a line of words alone that falls short of it too (or runs wider),
     * over more text: a kicker over its title. Text never ends a paragraph on a dash, and a paragraph's next line runs
     * to the column end.
     */
    private boolean kickerByDashOverTitle(List<LayoutRow> rows, int i) {
        if (i + 2 >= rows.size()) {
            return false;
        }
        LayoutRow r = rows.get(i);
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || !t.endsWith("——") || LineShapes.isDashed(t)
                || t.length() > LineShapes.MAX_HEADING || !LineShapes.noClause(t.replace("—", "")) || r.plain > r.aroundPlain - 1) {
            return false;
        }
        LayoutRow prev = i > 0 ? rows.get(i - 1) : null;
        // (a note closed by its bracket, however it wrapped, finishes the text too)
        if (prev != null && !(finished(prev) || prev.kind == Kind.TEXT && (CharClass.endsSentence(prev.text)
                || CharClass.lastChar(prev.text) == '）' || CharClass.lastChar(prev.text) == ')'))) {
            return false;
        }
        LayoutRow title = rows.get(i + 1);
        LayoutRow text = rows.get(i + 2);
        return title.kind == Kind.TEXT && title.lead == null && LineShapes.wordsOnly(title.text)
                && (title.plain <= title.aroundPlain - 1 || title.plain >= title.aroundPlain + 2)
                && text.kind == Kind.TEXT && !LineShapes.startsMidSentence(text.text.strip());
    }

    /**
     * On a page that sets blank lines only between paragraphs and blocks, a block of two lines set apart after finished
     * text (or at the head of the page), the first closed by a dash (某门诊部青年护士张三—— / 病区里的四季（某某群像）),
     * the second ending no sentence, over text or a byline: a kicker over its title, however wide either runs. A
     * paragraph there ends its sentence before the blank line; a dash at its line's end hands over to words that go on.
     */
    private boolean kickerByDashInBlock(List<LayoutRow> rows, int k) {
        if (k + 2 >= rows.size() || !(k == 0 || rows.get(k).blankBefore) || rows.get(k + 1).blankBefore || !rows.get(k + 2).blankBefore) {
            return false;
        }
        LayoutRow kicker = rows.get(k);
        LayoutRow title = rows.get(k + 1);
        LayoutRow below = rows.get(k + 2);
        String t = kicker.text.strip();
        if (kicker.kind != Kind.TEXT || kicker.lead != null || kicker.attribution || !t.endsWith("——") || LineShapes.isDashed(t)
                || t.length() > LineShapes.MAX_HEADING || title.kind != Kind.TEXT || title.lead != null || title.attribution
                || title.text.strip().length() > LineShapes.MAX_HEADING || CharClass.endsSentence(title.text) || LineShapes.isDashed(title.text.strip())) {
            return false;
        }
        LayoutRow prev = k > 0 ? rows.get(k - 1) : null;
        if (prev != null && !(finished(prev) || prev.kind == Kind.TEXT && prev.lead == null && CharClass.endsSentence(prev.text))) {
            return false;
        }
        return below.kind == Kind.CREDIT || below.kind == Kind.TEXT && !LineShapes.startsMidSentence(below.text.strip());
    }

    /**
     * A line of words right under a 上接 marker (◀◀上接二版), ending no sentence and with no clause in it (an
     * enumeration comma may join names, as in a headline), falling short of the column (or running two characters
     * wider than it),
     * over text that opens a sentence: the headline of the continued text above, set after its body with the marker
     * between. Text continued from another page runs on at the column's full width until its paragraph ends on a
     * finished sentence, so a short clause-free line there is no line of it. So is such a line right under a 下转
     * marker the next article's title: the text above jumped to another page, nothing of it follows, and a new
     * paragraph's first line runs to the column's end as well.
     */
    private boolean titleUnderContinuation(List<LayoutRow> rows, int i) {
        LayoutRow r = rows.get(i);
        if (i == 0 || i + 1 >= rows.size()) {
            return false;
        }
        LayoutRow prev = rows.get(i - 1);
        LayoutRow next = rows.get(i + 1);
        if (prev.kind != Kind.JUMP || prev.jumps == null || prev.jumps.isEmpty()) {
            return false;
        }
        String t = r.text.strip();
        boolean jumpedAway = prev.jumps.stream().anyMatch(JumpMarkers::sendsOn);
        if (jumpedAway && HeadingShapes.numbered(List.of(t))) {
            // (a numbered heading there, 一、…, opens a section of the text under it, not an article)
            return false;
        }
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || t.length() > LineShapes.MAX_HEADING
                || !LineShapes.noClause(t.replace("、", "")) || CharClass.endsSentence(t) || LineShapes.startsMidSentence(t) || LineShapes.isDashed(t)
                || t.startsWith("、") || t.endsWith("、") || !LineShapes.quotesClosed(t)) {
            return false;
        }
        // (wider by two characters or more: no line of text runs past its column; on a page that indents its
        // paragraphs, short by more than the indent: a paragraph may open right under the marker)
        double shortBy = indented ? 3 : 1;
        // (a line with no mark to compress, narrower than the column measured with marks compressed, stops short of
        // the column's end as surely)
        boolean unmarkedShort = !indented && r.width == r.plain && r.width <= r.around - 0.5;
        if (!(unmarkedShort || r.plain <= r.aroundPlain - shortBy && r.width <= r.around - shortBy || r.plain >= r.aroundPlain + 2 && r.width >= r.around + 2)) {
            return false;
        }
        return next.kind == Kind.TEXT && !next.text.isBlank() && !LineShapes.startsMidSentence(next.text.strip()) && !breaks.crosses(r.text, next.text);
    }

    /**
     * A line too long for a heading set half as wide again as the column, marked as a headline (phrases set apart by
     * spaces, or closed by a column label however long: …（在某某思想指引下——代表委员话发展）), no sentence ended in it,
     * after finished text, a heading line or at the head of the page, over more of the page: a headline set across the
     * columns. No line of
     * text runs wider than its column.
     */
    private boolean wideHeadline(List<LayoutRow> rows, int i, boolean blankSeparated) {
        LayoutRow r = rows.get(i);
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || t.length() <= LineShapes.MAX_HEADING
                || t.length() > 2 * LineShapes.MAX_HEADING || !wide(r) || r.width < 1.5 * r.around || CharClass.endsSentence(t)
                || t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || t.indexOf('！') >= 0 || t.indexOf('？') >= 0
                || LineShapes.unbalanced(t) || !LineShapes.quotesClosed(t) || LineShapes.startsMidSentence(t) || LineShapes.isDashed(t)
                || !(LineShapes.spacedPhrasesAnyLength(t) || LineShapes.longLabel(t))) {
            return false;
        }
        if (i + 1 >= rows.size()) {
            // at the page's foot it is a headline set after its body, which the rule for the page's last line reads
            return false;
        }
        LayoutRow prev = i > 0 ? rows.get(i - 1) : null;
        if (prev == null || prev.kind != Kind.TEXT || finished(prev)) {
            return true;
        }
        char last = CharClass.lastChar(prev.text);
        return CharClass.endsSentence(prev.text) || last == '）' || last == ')' || last == '”' || last == '—' || last == '：'
                || LineShapes.isDashed(prev.text) || prev.lead == null && headingShape(rows, i - 1, blankSeparated, 2);
    }

    /**
     * Type this much larger than the body's is a headline's: a kicker or subtitle next to a title in display type, or
     * the title of a news brief, set under display type.
     */
    static final float HEADLINE_TYPE = 1.12f;

    /** A brief's title runs over at most this many lines; a longer run in that type is something else (a box). */
    static final int MAX_BRIEF_TITLE_LINES = 3;

    /**
     * Whether the row is printed larger than the body, in a run of such rows that holds a title in display type or is
     * short enough to be a brief's title. Only a source that tells type sizes (a PDF) says so; plain text never does.
     */
    static boolean inHeadlineType(List<LayoutRow> rows, int i) {
        if (rows.get(i).typeScale < HEADLINE_TYPE) {
            return false;
        }
        int first = i;
        while (first > 0 && rows.get(first - 1).typeScale >= HEADLINE_TYPE) {
            first--;
        }
        int end = i + 1;
        while (end < rows.size() && rows.get(end).typeScale >= HEADLINE_TYPE) {
            end++;
        }
        for (int k = first; k < end; k++) {
            if (rows.get(k).typeScale >= PrintedLine.DISPLAY_SCALE) {
                return true;
            }
        }
        return end - first <= MAX_BRIEF_TITLE_LINES;
    }

    /**
     * Whether the row belongs to a block's title set in the body's own type: a run of at most
     * {@link #MAX_BRIEF_TITLE_LINES} bold rows, the first set apart from the text above by a gap wider than the leading,
     * with text not in bold under it, and no sentence ended in it. Papers title news briefs so; a section heading inside
     * an article, bold as well, follows its text at the leading. Only a PDF tells weight and spacing.
     */
    static boolean inBlockTitle(List<LayoutRow> rows, int i) {
        if (!isBoldBodyType(rows.get(i))) {
            return false;
        }
        int first = i;
        while (!rows.get(first).setApart && first > 0 && isBoldBodyType(rows.get(first - 1))) {
            first--;
        }
        int end = i + 1;
        while (end < rows.size() && !rows.get(end).setApart && isBoldBodyType(rows.get(end))) {
            end++;
        }
        if (!rows.get(first).setApart || end - first > MAX_BRIEF_TITLE_LINES || end == rows.size() || rows.get(end).setApart) {
            return false;
        }
        for (int k = first; k < end; k++) {
            if (CharClass.endsSentence(rows.get(k).text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoldBodyType(LayoutRow r) {
        return r.kind == Kind.TEXT && r.doubled && r.typeScale != PrintedLine.UNKNOWN_SCALE && r.typeScale < HEADLINE_TYPE;
    }

    /**
     * Whether the dashed line at {@code i} stands right under a line that ends no sentence and stands alone as a heading
     * itself: a title over its dashed subtitle. The signature under a quote (——鲁迅) stands under finished text.
     */
    private boolean subtitleUnderTitle(List<LayoutRow> rows, int i, boolean blankSeparated) {
        if (i == 0) {
            return false;
        }
        LayoutRow prev = rows.get(i - 1);
        char last = CharClass.lastChar(prev.text);
        return prev.kind == Kind.TEXT && prev.lead == null && !CharClass.endsSentence(prev.text) && last != '）' && last != ')'
                && last != '”' && headingShape(rows, i - 1, blankSeparated, 2);
    }

    /**
     * A short name or phrase closed by a colon (杨善洲：) right over a title that carries its column label or a dashed
     * subtitle, or over a title line wider than the column or with a byline or dateline under it, or over a clause-free
     * title right under a sign-off credit: a kicker handing over to its title. A colon at the end of a body line opens a quote or a list instead,
     * and what follows it is text.
     */
    private boolean isKickerOverTitle(List<LayoutRow> rows, int i) {
        LayoutRow r = rows.get(i);
        String t = r.text.strip();
        // right under the credit that signed the text above off, a new item begins: its kicker may name a speaker in
        // full (某某公司某某组组长张三代表：)
        boolean afterSignOff = i > 0 && rows.get(i - 1).kind == Kind.TRAILING;
        if (t.length() > (afterSignOff ? LineShapes.MAX_HEADING : MAX_KICKER) || i + 1 >= rows.size() || t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0
                || t.indexOf('：') != t.length() - 1 || LineShapes.unbalanced(t) || Datelines.announcesDocument(t)) {
            // (…摘要如下：, 全文如下：: text announcing the document printed under it, whose first heading is that document's)
            return false;
        }
        LayoutRow title = rows.get(i + 1);
        LayoutRow below = i + 2 < rows.size() ? rows.get(i + 2) : null;
        if (labelledTitle(title, r, below)) {
            return true;
        }
        // or over a title line that a byline or a dateline follows
        String tt = title.text.strip();
        return title.kind == Kind.TEXT && title.lead == null && !title.justified && !tt.isEmpty() && tt.length() <= LineShapes.MAX_HEADING
                && !LineShapes.startsMidSentence(tt) && !CharClass.endsSentence(tt) && tt.indexOf('。') < 0 && tt.indexOf('；') < 0
                && !CharClass.isContinuing(CharClass.lastChar(tt)) && CharClass.lastChar(tt) != '，' && !LineShapes.unbalanced(tt)
                && (wide(title) || overByline(rows, i + 1)
                        || afterSignOff && LineShapes.noClause(tt) && below != null && below.kind == Kind.TEXT);
    }

    private static final int MAX_KICKER = 20;

    /** Whether a byline or a dateline opens the row under row {@code i}: an article begins there. */
    private boolean overByline(List<LayoutRow> rows, int i) {
        LayoutRow below = i + 1 < rows.size() ? rows.get(i + 1) : null;
        return below != null && (below.kind == Kind.CREDIT || below.lead != null || bylines.startsWithDateline(below.text));
    }

    /**
     * A line ending with a column label or set over a dashed subtitle, after a line that closed its sentence or
     * bracket, or a kicker's dash (or no text at all).
     */
    private boolean labelledTitle(LayoutRow r, LayoutRow prev, LayoutRow next) {
        boolean overSubtitle = next != null && next.kind == Kind.TEXT && LineShapes.isDashed(next.text) && next.text.length() >= 4 && !LineShapes.isAttribution(next.text)
                && !LineShapes.isDashed(r.text) && !CharClass.endsSentence(r.text) && CharClass.lastChar(r.text) != '，'
                && !dashInSentence(r, next);
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || !(Headline.endsWithLabel(r.text) || overSubtitle) || LineShapes.unbalanced(r.text)
                || r.text.indexOf('。') >= 0 || LineShapes.startsMidSentence(r.text) || LineShapes.reportsSpeech(r.text)
                || next != null && next.kind == Kind.TEXT && LineShapes.opensWithSentenceTail(next.text)) {
            // (a line under it opening on a sentence's last word or two, 建设。…, ends the sentence the line began: its
            // bracket, 货运枢纽（物流园区）, was the sentence's, not a column label)
            return false;
        }
        if (prev == null || prev.kind != Kind.TEXT) {
            return true;
        }
        char last = CharClass.lastChar(prev.text);
        // or after a kicker that hands over to it (王小明委员——, 专家提醒：), or the subtitle closing another headline
        return CharClass.endsSentence(prev.text) || last == '）' || last == ')' || last == '”' || last == '—' || last == '：'
                || LineShapes.isDashed(prev.text) || Headline.endsWithLabel(r.text) && closesAnItem(prev);
    }

    /**
     * A line that closes what stands above it: a staff credit printed under it or a closing credit ({@link #finished}),
     * or a picture's credit (张三图 李四文, 张三供图). A title carrying its column label right under it opens the
     * next article; no text line under a credit closes its sentence with a column label.
     */
    private boolean closesAnItem(LayoutRow prev) {
        return finished(prev) || prev.kind == Kind.TEXT && prev.lead == null && bylines.isPictureCredit(prev.text);
    }

    /**
     * A line with a clause in it and the line under it opening with a dash, both run to the column end, the dashed one
     * ending no sentence: a sentence wrapped where a dash sets off what it names (…封测企业 / ——某某集团…), not a title over
     * its dashed subtitle, which the column does not fill.
     */
    private static boolean dashInSentence(LayoutRow r, LayoutRow next) {
        return r.text.indexOf('，') >= 0 && r.plain >= r.aroundPlain - 1 && next.plain >= next.aroundPlain - 1
                && !CharClass.endsSentence(next.text);
    }

    /** A heading line that hands over to a title under it: a kicker wider than the column or closed by a dash or colon, or a dashed subtitle. */
    private static boolean handsOver(LayoutRow prev) {
        if (prev.kind != Kind.TEXT || prev.lead != null) {
            return false;
        }
        char last = CharClass.lastChar(prev.text);
        return wide(prev) || last == '—' || last == '：' || LineShapes.isDashed(prev.text.strip());
    }

    /**
     * A short question or exclamation alone, no clause before its mark (亮点在哪里？), right under a heading line closed
     * by a dash (…试验船——): the title its kicker hands over to; text would run on after the dash.
     */
    private boolean questionUnderHandOver(List<LayoutRow> rows, int i, boolean blankSeparated) {
        LayoutRow r = rows.get(i);
        String t = r.text.strip();
        char last = CharClass.lastChar(t);
        if (i == 0 || (last != '？' && last != '！') || t.length() > LineShapes.MAX_HEADING / 2 || t.length() < 3
                || !LineShapes.noClause(t.substring(0, t.length() - 1)) || LineShapes.startsMidSentence(t)) {
            return false;
        }
        LayoutRow prev = rows.get(i - 1);
        String p = prev.text.strip();
        return prev.kind == Kind.TEXT && prev.lead == null && (p.endsWith("——") || p.endsWith("--")) && !LineShapes.isDashed(p)
                && !(blankSeparated && r.blankBefore) && headingShape(rows, i - 1, blankSeparated, 1);
    }

    /**
     * A line too long for a heading but set wider than the column, with no clause in it (关于…的报告), after finished
     * text or a jump marker and right over its dashed subtitle (——在某某会议上): a document's full title set across the
     * columns. No line of text runs wider than its column, and a text line too long for the column has clauses in it.
     */
    private boolean longDocumentTitle(List<LayoutRow> rows, int i) {
        LayoutRow r = rows.get(i);
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || t.length() <= LineShapes.MAX_HEADING
                || t.length() > 2 * LineShapes.MAX_HEADING || !wide(r) || !LineShapes.noClause(t) || LineShapes.startsMidSentence(t) || LineShapes.isDashed(t)
                || LineShapes.isParenthesised(t) || !LineShapes.quotesClosed(t) || bylines.startsWithDateline(t) || ClosingNote.endsWithSource(t)) {
            return false;
        }
        LayoutRow prev = i > 0 ? rows.get(i - 1) : null;
        boolean afterText = prev != null && (prev.kind == Kind.JUMP || prev.kind == Kind.TEXT && CharClass.endsSentence(prev.text)
                || finished(prev));
        if (!afterText) {
            return false;
        }
        if (i == rows.size() - 1) {
            // (as the page's last line it is as often a long labelled headline whose text the rule for that line
            // would split: left to the text)
            return false;
        }
        LayoutRow next = rows.get(i + 1);
        return next.kind == Kind.TEXT && next.lead == null && LineShapes.isDashed(next.text.strip()) && !CharClass.endsSentence(next.text)
                && next.text.strip().length() > 4;
    }

    /**
     * A line ending no sentence, at the head of the page or after finished text, right over the label of a box of key
     * points (核心阅读): that report's headline, however wide; the label opens a report's body, under its headline, and
     * no paragraph of text runs on into it.
     */
    private boolean titleOverKeyPoints(List<LayoutRow> rows, int i) {
        LayoutRow r = rows.get(i);
        LayoutRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
        LayoutRow prev = i > 0 ? rows.get(i - 1) : null;
        return r.kind == Kind.TEXT && r.lead == null && !r.justified && next != null && next.kind == Kind.TEXT
                && SectionHeadings.isKeyPointsLabel(next.text) && LineShapes.headlineOverDateline(r.text)
                && !CharClass.endsSentence(r.text) && !LineShapes.isDashed(r.text) && !SectionHeadings.isKeyPointsLabel(r.text)
                && (prev == null || prev.kind != Kind.TEXT || CharClass.endsSentence(prev.text) || finished(prev));
    }

    /**
     * Text finished right above: a sentence closed, or a closing note or sign-off credit (（本报记者张三）). A line of
     * words alone falling short of the column under it, or under such a line under it, is no text line (a text line
     * that falls short ends its paragraph on a sentence) but a headline.
     */
    private boolean finished(LayoutRow prev) {
        // (a staff credit, 版式设计：张三, printed under the line: where a story ends)
        return prev.kind == Kind.TRAILING || prev.kind == Kind.TEXT && prev.staffCreditBelow != null
                || prev.kind == Kind.TEXT && prev.lead == null
                && (ClosingNote.endsWithOne(prev.text)
                        || LineShapes.isParenthesised(prev.text) && bylines.parseTrailing(prev.text) != null);
    }

    /**
     * A closing note or credit right above row {@code i}: on its own line ({@link #finished}), or wrapped over the last
     * lines, its bracket closing at the end of the row above.
     */
    private boolean noteAbove(List<LayoutRow> rows, int i) {
        LayoutRow prev = rows.get(i - 1);
        if (finished(prev)) {
            return true;
        }
        StringBuilder note = new StringBuilder();
        for (int k = i - 1; k >= Math.max(0, i - NOTE_LINES); k--) {
            LayoutRow row = rows.get(k);
            if (row.kind != Kind.TEXT || row.lead != null) {
                return false;
            }
            note.insert(0, row.text.strip());
            if (row.text.strip().startsWith("（") || row.text.strip().startsWith("(")) {
                return ClosingNote.endsWithOne(note);
            }
        }
        return false;
    }

    /** The most lines a closing note (（作者为…）) wraps over. */
    private static final int NOTE_LINES = 3;

    /**
     * The page's first line, or the first line under a closing note or credit (however the note wrapped), ending no
     * sentence, right over a title that carries its column label (…（某某观察）) with text under it: the kicker of that
     * headline, clauses and all (and as wide as it is set). Text that runs on from another page opens a page with a
     * sentence, never with a labelled title under its first line, and a note ends its article.
     */
    private boolean kickerOverLabelledTitle(List<LayoutRow> rows, int i) {
        if (i + 2 >= rows.size() || i > 0 && !noteAbove(rows, i)) {
            return false;
        }
        LayoutRow r = rows.get(i);
        LayoutRow title = rows.get(i + 1);
        LayoutRow text = rows.get(i + 2);
        if (r.kind != Kind.TEXT || r.lead != null || r.text.isEmpty() || r.justified || r.attribution
                || r.text.length() > (wide(r) ? 2 * LineShapes.MAX_HEADING : LineShapes.MAX_HEADING) || CharClass.endsSentence(r.text)
                || r.text.indexOf('。') >= 0 || LineShapes.unbalanced(r.text) || LineShapes.startsMidSentence(r.text) || LineShapes.isDashed(r.text)
                || CharClass.isContinuing(CharClass.lastChar(r.text)) || CharClass.lastChar(r.text) == '，') {
            return false;
        }
        return title.kind == Kind.TEXT && title.lead == null && !title.justified && Headline.endsWithLabel(title.text.strip())
                && title.text.length() <= LineShapes.MAX_HEADING && !LineShapes.unbalanced(title.text) && title.text.indexOf('。') < 0
                && !LineShapes.startsMidSentence(title.text) && text.kind != Kind.JUMP;
    }

    /**
     * A line ending in no punctuation, two characters or more short of the column (or wider than it by as much),
     * between a paragraph that finished its sentence and text that opens one: a paragraph of its own in the text (a
     * section heading in the body's type, most often), for a paragraph's first line that ends no sentence runs to the
     * column end and no line of text runs past it (a short one may be a first line, though, where the page indents its
     * paragraphs, the indent lost in extraction). Plain text only: a PDF shows
     * the indents, and its lines end short around pictures and drop caps. The page is still read
     * with the line over the paragraph under it: taken for a heading, too many such lines were read as titles.
     */
    boolean standsAlone(List<LayoutRow> rows, int i) {
        LayoutRow r = rows.get(i);
        LayoutRow prev = i > 0 ? rows.get(i - 1) : null;
        LayoutRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
        boolean outOfMeasure = !indented && r.plain <= r.aroundPlain - 2 && r.width <= r.around - 2 || nearlyWide(r);
        return outOfMeasure && r.typeScale == PrintedLine.UNKNOWN_SCALE && r.kind == Kind.TEXT && r.lead == null && !r.attribution && !r.text.isEmpty()
                && prev != null && prev.kind == Kind.TEXT && prev.lead == null && CharClass.endsSentence(prev.text)
                && next != null && next.kind == Kind.TEXT && next.lead == null && !LineShapes.startsMidSentence(next.text)
                && !CharClass.endsSentence(r.text)
                && !CharClass.isContinuing(CharClass.lastChar(r.text)) && !breaks.crosses(r.text, next.text);
    }

    /**
     * A line printed in bold (doubled by extraction) with no clause in it (an enumeration comma may join two phrases, as
     * in a headline), alone between what is not bold text (or
     * finished bold text) and regular text under it: a heading set in bold, however wide. Bold never sets one line of
     * a paragraph apart from the next, and a bold paragraph's lines are bold together. Plain text only: a source
     * that tells type sizes says what is a heading by them.
     */
    private static boolean boldLineOverText(LayoutRow r, LayoutRow prev, LayoutRow next) {
        return r.doubled && r.typeScale == PrintedLine.UNKNOWN_SCALE && next != null && next.kind == Kind.TEXT && !next.doubled
                && LineShapes.noClause(r.text.replace("、", "")) && (prev == null || prev.kind != Kind.TEXT || !prev.doubled || CharClass.endsSentence(prev.text));
    }

    /** A line of words alone falling short of the column by a character or more. */
    private static boolean shortWords(LayoutRow r) {
        return r.kind == Kind.TEXT && r.lead == null && LineShapes.wordsOnly(r.text) && r.plain <= r.aroundPlain - 1;
    }

    /** The body column is set to another width after a heading than before it: a new article. */
    static boolean changes(double before, double after) {
        return !Double.isNaN(before) && !Double.isNaN(after) && Math.abs(before - after) >= 1.5;
    }

    /**
     * Two characters or more wider than the column around: under a closing note or credit, where one story ended, no
     * line of the next story's text runs so wide (elsewhere a line must be three wider, {@link #wide}).
     */
    private static boolean nearlyWide(LayoutRow r) {
        return r.width >= r.aroundWide + 2 && r.plain >= r.aroundPlainWide + 2;
    }

    /** A line of text under a title, not another headline line (a labelled title, spaced phrases) that it is the kicker of. */
    private static boolean overPlainText(LayoutRow next) {
        return !Headline.endsWithLabel(next.text) && !LineShapes.phraseSpaced(next.text);
    }

    /** Wider than the column around, whether punctuation is set compressed or not: no body line is. */
    static boolean wide(LayoutRow r) {
        return r.width >= r.aroundWide + 3 && r.plain >= r.aroundPlainWide + 3;
    }
}
