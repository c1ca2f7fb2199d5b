package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.LineJoiner;
import io.newsroom.enrich.clean.PageLine;
import io.newsroom.enrich.split.LayoutRow.Kind;

/**
 * Reads the layout of a page from its lines: rejoins hard-wrapped lines into paragraphs and picks out
 * headings, bylines and jump markers.
 *
 * <p>Lines become rows ({@link LayoutRow}: bylines, credits and jump markers recognised), the page's columns are
 * measured ({@link PageColumns}), then each row either goes on the paragraph under way, ends it, or stands as a
 * heading ({@link HeadingRows}). A paragraph ends on a line that ends a sentence and falls short of the column (the
 * column width is taken from the lines around, so several columns of different widths may share a page), or before
 * a line a PDF shows indented.
 */
class LayoutReader {

    private static final Pattern LEAD_OPEN = Pattern.compile("(?:[^\\s，。：；、（()）“”]|(?<=\\d)\\s|\\s(?=\\d)){1,24}?[讯电]\\s?[（(][^）)]*");
    private static final Pattern COMPILED = Pattern.compile("(?:整理|执笔)\\s*$");
    /** A line at least this long, ending no sentence, may break a word that the next line finishes. */
    private static final int MIN_RUN_ON = 8;

    private final BylineParser bylines;
    private final LineBreaks breaks;
    /** The heading rules for this reader's page, set once its columns are measured: one reader per page. */
    private HeadingRows headings;

    LayoutReader(BylineParser bylines, WordBoundary words) {
        this.bylines = bylines;
        this.breaks = new LineBreaks(words);
    }

    /** The most lines a closing credit runs on over after its first: a round-up may list a dozen reporters or more. */
    private static final int MAX_CREDIT_LINES = 6;

    List<PageItem> read(List<PageLine> lines) {
        List<LayoutRow> rows = rows(lines);
        markAttributions(rows);
        PageColumns.estimateColumns(rows);
        headings = new HeadingRows(bylines, breaks, PageColumns.indentsParagraphs(rows));
        boolean blankSeparated = PageColumns.blankSeparated(rows);
        return WrappedHeadings.rejoinWrapped(items(rows, blankSeparated));
    }

    /** Lines to rows: bylines recognised (a leading byline may run over several lines), jump-only lines marked. */
    private List<LayoutRow> rows(List<PageLine> lines) {
        List<LayoutRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            LayoutRow row = new LayoutRow();
            row.text = line.text();
            row.blankBefore = line.blankBefore();
            row.width = line.width();
            row.plain = CharClass.plainWidth(line.text());
            row.justified = line.justified();
            row.indented = line.indented();
            row.doubled = line.doubled();
            row.typeScale = line.typeScale();
            row.setApart = line.setApart();
            row.jumps = line.jumps();
            if (line.isJumpOnly()) {
                row.kind = Kind.JUMP;
                rows.add(row);
                continue;
            }
            if (line.staffCredit()) {
                // (版式设计：张三) printed where a story ends: noted on the line above, which is read as if it were not there
                if (!rows.isEmpty()) {
                    rows.get(rows.size() - 1).staffCreditBelow = row.text;
                }
                continue;
            }
            if (mayOpenWithLead(row.text) && LEAD_OPEN.matcher(row.text).lookingAt()) {
                StringBuilder merged = new StringBuilder(row.text);
                int j = i;
                while (!LineShapes.closes(merged) && j + 1 < lines.size() && j - i < 3 && !lines.get(j + 1).isJumpOnly()) {
                    j++;
                    LineJoiner.append(merged, lines.get(j).text());
                }
                BylineParser.Lead lead = LineShapes.closes(merged) ? bylines.parseLead(merged.toString()) : null;
                if (lead != null) {
                    if (lead.rest().isEmpty()) {
                        row.kind = Kind.CREDIT;
                        row.byline = lead.byline();
                    } else {
                        row.lead = lead.byline();
                        row.text = lead.rest();
                        row.width = Math.max(lines.get(j).width(), CharClass.width(lead.rest()));
                        row.plain = Math.max(CharClass.plainWidth(lines.get(j).text()), CharClass.plainWidth(lead.rest()));
                        row.justified = lines.get(j).justified();
                    }
                    i = j;
                    rows.add(row);
                    continue;
                }
            }
            Byline trailing = row.text.startsWith("（") || row.text.startsWith("(") ? bylines.parseTrailing(row.text) : null;
            int wrapped = trailing == null ? wrappedCredit(lines, i) : i;
            if (wrapped > i) {
                // a closing credit too long for one line, wrapped where the column ends (（本报记者张三、李四、王 / 五）):
                // one line of text in brackets, never a heading; its long list of names is kept as printed
                StringBuilder merged = new StringBuilder(row.text);
                for (int j = i + 1; j <= wrapped; j++) {
                    LineJoiner.append(merged, lines.get(j).text());
                }
                row.text = merged.toString();
                i = wrapped;
                rows.add(row);
                continue;
            }
            if (trailing != null) {
                row.kind = Kind.TRAILING;
                row.byline = trailing;
            } else {
                Byline standalone = bylines.parseStandalone(row.text);
                LayoutRow above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (standalone != null && above != null && above.kind == Kind.TEXT && above.lead == null && above.text.length() >= MIN_RUN_ON
                        && !CharClass.endsSentence(above.text) && breaks.crosses(above.text, row.text)) {
                    // a line of text that goes on with the word the line above broke off (医务工 / 作者、公安干警、…): no byline
                    standalone = null;
                }
                if (standalone != null && asksOnInNextLine(row, lines, i)) {
                    // 某某通讯社记者：您怎么 / 看待…: a reporter's question at a press conference, run on to the column end
                    standalone = null;
                }
                if (standalone != null) {
                    // 本报记者张三整理: who compiled the text above signs under it, as a trailing credit does
                    row.kind = COMPILED.matcher(row.text).find() ? Kind.TRAILING : Kind.CREDIT;
                    row.byline = standalone;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A line naming a reporter, a colon and words after it (某某通讯社记者：您怎么) that runs as wide as the text line
     * under it: the question that reporter puts, run on into the next line, not a byline (which ends with its names,
     * short of the column).
     */
    private static boolean asksOnInNextLine(LayoutRow row, List<PageLine> lines, int i) {
        int colon = row.text.indexOf('：');
        if (colon < 0 || colon == row.text.strip().length() - 1 || i + 1 >= lines.size()) {
            return false;
        }
        PageLine next = lines.get(i + 1);
        return !next.isJumpOnly() && !next.text().isBlank() && row.width >= next.width() - 1;
    }

    /**
     * Whether {@link #LEAD_OPEN} can match at all: each of its 1 to 24 leading units is one code point, so its
     * 讯 or 电 stands within the first 25. Most lines have neither there, and this saves the regex on them.
     */
    private static boolean mayOpenWithLead(String text) {
        return BylineParser.hasWithin(text, 25, '讯', '电');
    }

    /**
     * The last line of a closing credit that opens a bracket on line {@code i} and closes it on one of the next six
     * lines (a round-up's list of reporters runs long), as a whole a credit ({@link BylineParser#parseTrailing}); else {@code i}.
     */
    private int wrappedCredit(List<PageLine> lines, int i) {
        String first = lines.get(i).text();
        if (!(first.startsWith("（") || first.startsWith("(")) || first.indexOf('）') >= 0 || first.indexOf(')') >= 0) {
            return i;
        }
        StringBuilder merged = new StringBuilder(first);
        for (int j = i + 1; j < lines.size() && j <= i + MAX_CREDIT_LINES && !lines.get(j).isJumpOnly(); j++) {
            LineJoiner.append(merged, lines.get(j).text());
            String t = lines.get(j).text().strip();
            if (t.endsWith("）") || t.endsWith(")")) {
                return bylines.parseTrailing(merged.toString()) != null ? j : i;
            }
            if (t.indexOf('）') >= 0 || t.indexOf(')') >= 0) {
                return i;
            }
        }
        return i;
    }

    /**
     * A dashed line right under a paragraph that finished its sentence names who said it (——张三代表（某某医院院长）):
     * the attribution of a quote, body text however long, wrapped onto a second line (or a third) when its bracket runs over. A
     * dashed subtitle sits under its title, never under finished text, and a line that ends a sentence is never a
     * heading, so what is above tells them apart.
     */
    private static void markAttributions(List<LayoutRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            LayoutRow r = rows.get(i);
            LayoutRow prev = rows.get(i - 1);
            if (r.kind != Kind.TEXT || r.lead != null || !LineShapes.isDashed(r.text) || prev.kind != Kind.TEXT || prev.attribution
                    || !CharClass.endsSentence(prev.text) || !LineShapes.nameLine(r.text.substring(2))) {
                continue;
            }
            int end = attributionEnd(rows, i);
            for (int m = i; m <= end; m++) {
                rows.get(m).attribution = true;
            }
            i = end;
        }
    }

    /**
     * The last row of the attribution opening at row {@code i}. One whose bracket runs over goes on, over lines of
     * names and posts, until the bracket closes; one with no bracket open may wrap onto the occasion of the words
     * (——某省委书记 / 张三近日在某某会议上说): the lines under it, none with a clause in it, run on to a verb of
     * saying, since a kicker never opens on a dash. Else the attribution is its own row alone.
     */
    private static int attributionEnd(List<LayoutRow> rows, int i) {
        String text = rows.get(i).text;
        boolean bracketOpen = LineShapes.unbalanced(text);
        for (int k = i + 1; k < rows.size() && k <= i + ATTRIBUTION_WRAPS; k++) {
            LayoutRow rest = rows.get(k);
            if (rest.kind != Kind.TEXT || rest.lead != null || rest.text.isEmpty() || LineShapes.startsMidSentence(rest.text)
                    || !(bracketOpen ? LineShapes.nameLine(rest.text) : occasionLine(rest.text))) {
                return i;
            }
            text += rest.text;
            if (bracketOpen ? !LineShapes.unbalanced(text) : SPEECH_OCCASION.matcher(text).find()) {
                return k;
            }
        }
        return i;
    }

    /** A line an attribution's occasion wraps onto: short as a heading, with no clause in it. */
    private static boolean occasionLine(String line) {
        return line.length() <= LineShapes.MAX_HEADING && !CLAUSE_MARK.matcher(line).find();
    }

    private static final Pattern CLAUSE_MARK = Pattern.compile("[，。；：！？,;:!?]");
    /** Where and when the words were said, closing an attribution: …在某某会上说, …接受采访时表示. */
    private static final Pattern SPEECH_OCCASION = Pattern.compile("[在于].{2,}[上时中](?:说|指出|表示|强调)$");

    /** The most lines a quote's attribution runs on over after its first, where a long post in its bracket wraps. */
    private static final int ATTRIBUTION_WRAPS = 2;

    /** A picture agency's credit (新华社发): a news agency sent the photo out. */
    private static final Pattern AGENCY_PICTURE_CREDIT = Pattern.compile("[\\u4e00-\\u9fff]{1,4}社发");

    /** Whether a line is a photo's credit (张三摄, 新华社发), which signs the picture above it. */
    private boolean signsPicture(String line) {
        return bylines.isPictureCredit(line) || AGENCY_PICTURE_CREDIT.matcher(line.strip()).matches();
    }


    /**
     * A one-line paragraph closed by a dash, too long for the column (the kicker set across the columns, …践行嘱托——),
     * with no sentence ended in it: it hands over to the headline under it.
     */
    private static boolean handsOverAcross(PageItem.Paragraph p) {
        String t = p.text().strip();
        return t.endsWith("—") && t.length() > LineShapes.MAX_HEADING && t.length() <= 2 * LineShapes.MAX_HEADING && !LineShapes.unbalanced(t) && LineShapes.quotesClosed(t)
                && t.indexOf('。') < 0 && t.indexOf('；') < 0 && t.indexOf('！') < 0 && t.indexOf('？') < 0;
    }

    /**
     * A source line whose name wraps, its last few characters alone on the page's last line (数据来源：某某集团有限公 / 司),
     * or more of the name where a word runs on across the break (数据来源：某某省北 / 部湾某某管理办公室): the line runs on
     * into them.
     */
    private boolean sourceWrapsOn(List<LayoutRow> rows, int i) {
        if (i + 1 >= rows.size()) {
            return false;
        }
        LayoutRow next = rows.get(i + 1);
        String t = next.text.strip();
        // a few characters alone only on the page's last line; a longer name wherever a word runs on across the break
        return next.kind == Kind.TEXT && next.lead == null && !t.isEmpty() && t.chars().allMatch(Character::isIdeographic)
                && (t.length() <= 3 && i + 2 == rows.size() || t.length() <= LineShapes.MAX_HEADING && breaks.crosses(rows.get(i).text, t));
    }

    /**
     * A line too long for a heading, ending no sentence, wider than the column, right over a dashed line (——在某某会议上的
     * 报告): the full title of a document printed in full, over its subtitle.
     */
    private static boolean longTitleOverDashedSubtitle(PageItem.Paragraph p, PageItem.Heading next) {
        String t = p.text().strip();
        return t.length() > LineShapes.MAX_HEADING && t.length() <= 2 * LineShapes.MAX_HEADING && p.width() >= next.column() + 3
                && LineShapes.isDashed(next.lines().get(0).strip()) && !CharClass.endsSentence(t) && !LineShapes.unbalanced(t) && LineShapes.quotesClosed(t)
                && t.indexOf('。') < 0 && t.indexOf('；') < 0 && t.indexOf('！') < 0 && t.indexOf('？') < 0;
    }

    /** The fewest lines in a row that make a list. */
    private static final int LIST_MIN = 6;

    /**
     * The rows that are items of a list, one a line (the winners of an award, the cases of a round-up): at least
     * {@link #LIST_MIN} lines in a row with no clause in any of them (no comma, stop, semicolon, question or exclamation
     * mark, no enumeration comma or bracket left open: a credit wrapped over lines lists names so), most of them falling
     * short of the column. No run of prose goes so long without a comma, and the lines of a
     * paragraph run to the column. The last lines over a byline or dateline are left out: they may be the next
     * article's headline.
     */
    private boolean[] listRows(List<LayoutRow> rows) {
        boolean[] list = new boolean[rows.size()];
        int i = 0;
        while (i < rows.size()) {
            if (!listLine(rows.get(i))) {
                i++;
                continue;
            }
            int end = i;
            int shortLines = 0;
            while (end < rows.size() && listLine(rows.get(end))) {
                LayoutRow r = rows.get(end);
                if (r.width <= r.around - 2) {
                    shortLines++;
                }
                end++;
            }
            int last = end;
            if (end < rows.size() && (rows.get(end).kind == Kind.CREDIT || rows.get(end).lead != null
                    || rows.get(end).kind == Kind.TEXT && bylines.startsWithDateline(rows.get(end).text))) {
                last = Math.max(i, end - HEADLINE_OVER_LIST);
            }
            if (end - i >= LIST_MIN && shortLines * 2 >= end - i) {
                for (int k = i; k < last; k++) {
                    list[k] = true;
                }
            }
            i = end;
        }
        return list;
    }

    /** How many lines over a byline at a list's end may be the next article's headline. */
    private static final int HEADLINE_OVER_LIST = 3;

    private boolean listLine(LayoutRow r) {
        if (r.kind != Kind.TEXT || r.lead != null || r.attribution || r.justified || r.text.isBlank() || r.text.length() > LineShapes.MAX_HEADING
                || r.typeScale >= HeadingRows.HEADLINE_TYPE || LineShapes.isParenthesised(r.text) || LineShapes.unbalanced(r.text) || bylines.isPictureCredit(r.text)
                || Headline.endsWithLabel(r.text.strip()) || LineShapes.isDashed(r.text)) {
            // (a title with its column label, 某某（图片新闻）, or a dashed subtitle, heads an article of its own)
            return false;
        }
        for (int k = 0; k < r.text.length(); k++) {
            if ("，。；！？、,;!?".indexOf(r.text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a list item goes on on the next line: a quote or bracket left open, or the next line opens mid-sentence. */
    private static boolean runsOnInList(String line, String next) {
        long open = line.chars().filter(c -> c == '“' || c == '（' || c == '(' || c == '《').count();
        long close = line.chars().filter(c -> c == '”' || c == '）' || c == ')' || c == '》').count();
        return open > close || LineShapes.startsMidSentence(next) || CharClass.isContinuing(CharClass.lastChar(line));
    }

    private List<PageItem> items(List<LayoutRow> rows, boolean blankSeparated) {
        List<PageItem> items = new ArrayList<>();
        List<List<String>> heading = new ArrayList<>();
        List<Float> headingScales = new ArrayList<>(); // the type size of each of its lines
        List<Boolean> headingBlockTitle = new ArrayList<>(); // whether each of its lines is in a block's title (inBlockTitle)
        // widest line, column around, columns before and after (both measures)
        double[] headingWidths = {0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        ParagraphBuilder para = null;
        boolean fresh = true;
        boolean[] list = listRows(rows);
        for (int i = 0; i < rows.size(); i++) {
            LayoutRow r = rows.get(i);
            if (list[i]) {
                // an item of a list, one a line: text of its own, never a heading, whatever its width; a long item
                // wrapped onto the next line runs on there
                flushHeading(heading, headingScales, headingBlockTitle, headingWidths, items, false, blankSeparated);
                if (para == null) {
                    para = new ParagraphBuilder(null, false);
                }
                para.add(r);
                if (!(i + 1 < rows.size() && list[i + 1] && runsOnInList(r.text, rows.get(i + 1).text))) {
                    items.add(para.build());
                    para = null;
                }
                fresh = true;
                continue;
            }
            if (r.kind != Kind.TEXT) {
                para = flush(para, items);
                flushHeading(heading, headingScales, headingBlockTitle, headingWidths, items, blankSeparated && i < rows.size() && !rows.get(i).blankBefore, blankSeparated);
                switch (r.kind) {
                    case JUMP -> items.add(new PageItem.Jump(r.jumps));
                    case TRAILING -> items.add(new PageItem.Credit(r.byline, true));
                    default -> addCredit(items, r.byline);
                }
                fresh = true;
                continue;
            }
            if (fresh && headings.headingShape(rows, i, blankSeparated)) {
                if (!heading.isEmpty() && (HeadingRows.inHeadlineType(rows, i) != HeadingRows.inHeadlineType(rows, i - 1)
                        || HeadingRows.inBlockTitle(rows, i) && signsPicture(rows.get(i - 1).text))) {
                    // a headline's type ends (or begins) here: what is set in the body's type under a headline is the
                    // article's own (a section heading, a label), not part of the headline; a photo credit in bold over
                    // a brief's title set apart signs the picture above; only a PDF tells so
                    flushHeading(heading, headingScales, headingBlockTitle, headingWidths, items, false, blankSeparated);
                }
                if (heading.isEmpty() || (blankSeparated && r.blankBefore)) {
                    heading.add(new ArrayList<>());
                }
                heading.get(heading.size() - 1).add(r.text);
                if (headingWidths[0] == 0) {
                    headingWidths[2] = r.colBefore;
                    headingWidths[4] = r.plainColBefore;
                }
                headingWidths[0] = Math.max(headingWidths[0], r.width);
                headingWidths[1] = Math.max(headingWidths[1], r.aroundWide);
                headingWidths[3] = r.colAfter;
                headingWidths[5] = r.plainColAfter;
                headingScales.add(r.typeScale);
                headingBlockTitle.add(HeadingRows.inBlockTitle(rows, i));
                continue;
            }
            flushHeading(heading, headingScales, headingBlockTitle, headingWidths, items, blankSeparated && i < rows.size() && !rows.get(i).blankBefore, blankSeparated);
            if (para == null) {
                para = new ParagraphBuilder(r.lead, r.lead != null || datelineFrom(rows, i));
                para.headingFirst = headings.standsAlone(rows, i);
            }
            para.add(r);
            para.breakInText = endsSentenceShortOfColumnBelow(r);
            // a closing note (（作者为…）) wrapped over lines ends the paragraph where its bracket closes
            // so does a source line (数据来源：…) that falls short of the column: nothing of its report follows it
            if (endsParagraph(rows, i, blankSeparated, para.lines()) || ClosingNote.endsWithOne(para.text)
                    || r.width < r.around - 1 && ClosingNote.endsWithSource(r.text) && !sourceWrapsOn(rows, i)
                    || r.staffCreditBelow != null) {
                para = flush(para, items);
                if (!r.jumps.isEmpty()) {
                    items.add(new PageItem.Jump(r.jumps));
                }
                if (r.staffCreditBelow != null) {
                    // a staff credit (版式设计：张三) under the text signs it off, naming none of its authors
                    items.add(new PageItem.Credit(new Byline(r.staffCreditBelow, List.of(), null), true));
                }
                fresh = true;
            } else {
                fresh = false;
            }
        }
        flush(para, items);
        flushHeading(heading, headingScales, headingBlockTitle, headingWidths, items, false, blankSeparated);
        return headlinesOverBylines(items);
    }

    /**
     * A short run of text with no sentence in it, right above a byline or a dateline, is that article's
     * headline even when its lines run as wide as the column.
     */
    private List<PageItem> headlinesOverBylines(List<PageItem> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof PageItem.Paragraph p && p.lineCount() <= 3 && p.lead() == null && !p.opensArticle()
                    && !attributionUnderQuote(items, i) && p.lines().stream().noneMatch(bylines::isPictureCredit) && p.lines().stream().noneMatch(LineShapes::isAttribution)
                    && !CharClass.endsSentence(p.text()) && p.text().indexOf('。') < 0 && p.text().length() <= 2 * LineShapes.MAX_HEADING
                    && !LineShapes.unbalanced(p.text()) && !LineShapes.isParenthesised(p.text()) && !CharClass.isContinuing(CharClass.lastChar(p.text()))
                    && CharClass.lastChar(p.text()) != '，' && (items.get(i + 1) instanceof PageItem.Credit c && !c.trailing()
                            || items.get(i + 1) instanceof PageItem.Paragraph q && (q.lead() != null || q.opensArticle()))) {
                items.set(i, new PageItem.Heading(p.lines().stream().map(List::of).toList(), p.width(), p.width(), false, false, false));
            }
        }
        // a line alone ending no sentence at the head of the page, or after finished text, a photo credit, a byline, a
        // heading or a jump marker, right over a headline of spaced phrases: its kicker, clauses and all (山里人家搬进新居，过上好日子 / 住得好 有活干 能增收)
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof PageItem.Paragraph p && p.lineCount() == 1 && p.lead() == null && !p.opensArticle()
                    && !SectionHeadings.isBoxLabel(p.text().strip()) && !LineShapes.isDashed(p.text().strip())
                    && !bylines.isPictureCredit(p.text()) && !LineShapes.isAttribution(p.text()) && !LineShapes.isParenthesised(p.text())
                    && !ClosingNote.endsWithSource(p.text()) && items.get(i + 1) instanceof PageItem.Heading next
                    && (LineShapes.headlineOverDateline(p.text()) && CharClass.lastChar(p.text()) != '，' && CharClass.lastChar(p.text()) != '：'
                            && (LineShapes.phraseSpaced(next.lines().get(0)) && LineShapes.quotesClosed(next.lines().get(0))
                                    // or over a title that carries its column label (…（乡村新貌）) or runs wider than the column: a headline
                                    || Headline.endsWithLabel(next.lines().get(0).strip())
                                    || next.widest() >= next.column() + 1)
                            || handsOverAcross(p) || longTitleOverDashedSubtitle(p, next))
                    && !(i > 0 && items.get(i - 1) instanceof PageItem.Paragraph before && !CharClass.endsSentence(before.text())
                            && !bylines.isPictureCredit(before.text()) && !LineShapes.isParenthesised(before.text()))) {
                items.set(i, new PageItem.Heading(List.of(List.of(p.text())), p.width(), p.width(), false, false, false));
            }
        }
        // a line alone with no clause in it, between finished text and a headline: the headline of one more article
        // (headlines set after their bodies come stacked so), however wide
        for (int i = 1; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof PageItem.Paragraph p && p.lineCount() == 1 && p.lead() == null && !p.opensArticle()
                    && LineShapes.noClause(p.text()) && p.text().length() <= LineShapes.MAX_HEADING && !bylines.isPictureCredit(p.text())
                    && !LineShapes.isAttribution(p.text()) && !LineShapes.isParenthesised(p.text()) && !ClosingNote.endsWithSource(p.text())
                    && items.get(i + 1) instanceof PageItem.Heading next && next.looksLikeHeadline()
                    && items.get(i - 1) instanceof PageItem.Paragraph before && CharClass.endsSentence(before.text())) {
                items.set(i, new PageItem.Heading(List.of(List.of(p.text())), p.width(), p.width(), false, false, false));
            }
        }
        // a clause-free line right under a 上接 marker, with no text after it: the headline of the continued text above,
        // set after it with the marker between (◀◀上接2版, then the headline); so are two such lines, kicker and title,
        // also under a 下转 marker over another marker or heading (the text above jumped: no line of it follows; one line
        // alone there goes to the text above as a stray line, HeadlineRepairs)
        for (int i = 1; i < items.size(); i++) {
            boolean nothingAfter = i + 1 == items.size() || !(items.get(i + 1) instanceof PageItem.Paragraph);
            if (nothingAfter && items.get(i) instanceof PageItem.Paragraph p && p.lineCount() <= 2 && p.lead() == null
                    && !p.opensArticle() && LineShapes.noClause(p.text()) && p.text().length() <= LineShapes.MAX_HEADING && !LineShapes.isParenthesised(p.text())
                    && !bylines.isPictureCredit(p.text()) && !LineShapes.isAttribution(p.text())
                    && p.lines().stream().allMatch(l -> !l.isBlank() && !bylines.isPictureCredit(l) && !LineShapes.isAttribution(l))
                    && items.get(i - 1) instanceof PageItem.Jump j && (!j.continuesElsewhere() || p.lineCount() == 2 && i + 1 < items.size()
                            && (items.get(i + 1) instanceof PageItem.Jump || items.get(i + 1) instanceof PageItem.Heading))) {
                List<String> lines = p.lineCount() == 1 ? List.of(p.text()) : p.lines().stream().map(String::strip).toList();
                items.set(i, new PageItem.Heading(List.of(lines), p.width(), p.width(), false, false, false));
            }
        }
        // a heading found this way right under another heading is part of the same headline block
        List<PageItem> merged = new ArrayList<>(items.size());
        for (PageItem item : items) {
            if (item instanceof PageItem.Heading h) {
                addHeading(merged, h);
            } else {
                merged.add(item);
            }
        }
        return merged;
    }

    /** A dashed paragraph right under one that finished its sentence: who said it, see {@link #markAttributions}. */
    private static boolean attributionUnderQuote(List<PageItem> items, int i) {
        return i > 0 && items.get(i) instanceof PageItem.Paragraph p && LineShapes.isDashed(p.text())
                && items.get(i - 1) instanceof PageItem.Paragraph q && CharClass.endsSentence(q.text());
    }

    /**
     * Whether a dateline opens the row, or the row and the one under it: a long agency and place wrap the dateline
     * before its 电 (据新华社某某某某5月11日 / 电（记者张三）…).
     */
    private boolean datelineFrom(List<LayoutRow> rows, int i) {
        LayoutRow r = rows.get(i);
        if (bylines.startsWithDateline(r.text)) {
            return true;
        }
        LayoutRow under = i + 1 < rows.size() ? rows.get(i + 1) : null;
        return under != null && under.kind == Kind.TEXT && under.lead == null && r.text.indexOf('电') < 0
                && under.text.startsWith("电") && bylines.startsWithDateline(r.text.strip() + under.text.strip());
    }

    /** Rows i - 1 and i, a paragraph of their own so far after finished text, each a line of words with no clause. */
    private static boolean twoLineHeadlineOverDateline(List<LayoutRow> rows, int i) {
        LayoutRow kicker = rows.get(i - 1);
        LayoutRow title = rows.get(i);
        LayoutRow before = i >= 2 ? rows.get(i - 2) : null;
        boolean afterFinished = before == null || before.kind != Kind.TEXT || CharClass.endsSentence(before.text);
        return afterFinished && kicker.kind == Kind.TEXT && kicker.lead == null && !kicker.justified && !title.justified
                && LineShapes.noClause(kicker.text) && LineShapes.noClause(title.text)
                && LineShapes.headlineOverDateline(kicker.text) && LineShapes.headlineOverDateline(title.text);
    }

    /**
     * A line that finishes its sentence short of the column measured on the lines under it, where too few lines above
     * (under a byline, at the page's head) measure the column for {@link #endsParagraph}: its paragraph ends there.
     * Only the text takes that break; the page's reading, and so the articles, stay as they were (reading the page with
     * it too moved two titles on the development seeds).
     */
    private static boolean endsSentenceShortOfColumnBelow(LayoutRow r) {
        return CharClass.endsSentence(r.text) && !r.justified && Double.isNaN(r.colBefore) && !Double.isNaN(r.colAfter)
                && shortOf(r, r.colAfter, r.plainColAfter);
    }

    /** A character or more short of the column, by either measure (marks compressed or set full width). */
    private static boolean shortOf(LayoutRow r, double column, double plainColumn) {
        return r.width <= column - 1.0 || r.plain <= plainColumn - 1.0;
    }

    private boolean endsParagraph(List<LayoutRow> rows, int i, boolean blankSeparated, int linesSoFar) {
        LayoutRow r = rows.get(i);
        if (!r.jumps.isEmpty() || i + 1 >= rows.size()) {
            return true;
        }
        LayoutRow next = rows.get(i + 1);
        if (next.kind != Kind.TEXT || next.lead != null || next.doubled != r.doubled) {
            // bold text (doubled by extraction) and regular text are never one paragraph
            return true;
        }
        if (HeadingRows.inHeadlineType(rows, i) != HeadingRows.inHeadlineType(rows, i + 1)) {
            // nor are a headline's type and the body's
            return true;
        }
        if (next.indented) {
            // the PDF shows the next line indented: the first line of a paragraph
            return true;
        }
        if (r.attribution) {
            // an attribution closes the quote; one wrapped over two lines runs on to where its bracket closes
            return !next.attribution;
        }
        if (next.attribution || LineShapes.isAttribution(r.text) || LineShapes.isAttribution(next.text)) {
            // the signature under a quote or an editor's note (——编者) is printed on its own line, closing the text
            return true;
        }
        if (bylines.isPictureCredit(r.text)) {
            // a photo credit (张三摄（人民视觉）) closes the caption it signs
            return true;
        }
        if (LineShapes.isParenthesised(r.text) && !LineShapes.unbalanced(r.text)) {
            // a closing credit or dateline in brackets: （本报柏林电）
            return true;
        }
        boolean sentence = CharClass.endsSentence(r.text);
        if (linesSoFar == 1 && !sentence && datelineFrom(rows, i + 1)
                && (LineShapes.headlineOverDateline(r.text, LineShapes.MAX_HEADING) || HeadingRows.wide(r) && LineShapes.headlineOverDateline(r.text, 2 * LineShapes.MAX_HEADING))) {
            // a line alone after finished text over a dateline (新华社北京5月20日电…): the headline of that news, however
            // wide, clauses and all (甲乙两国外长通电话, 加强合作，携手应对挑战): a dateline opens its paragraph, so no
            // sentence runs on into it; set across the columns (wider than the column, which no text line is), it may
            // run longer than a heading in a column
            return true;
        }
        if (linesSoFar == 2 && !sentence && datelineFrom(rows, i + 1) && twoLineHeadlineOverDateline(rows, i)) {
            // two lines with no clause in either after finished text over a dateline: a kicker and its title (某机构调研要求
            // / 加强某项工作 / 据新华社…电): no paragraph of text runs two lines without a mark and stops short of its dateline
            return true;
        }
        if (sentence && !r.justified && shortOf(r, r.column, r.plainColumn)) {
            return true;
        }
        if (sentence && !blankSeparated && next.blankBefore) {
            // a blank line under a finished sentence, on a page that sets blank lines apart only between paragraphs
            // and blocks: the paragraph ends there, however full its last line
            return true;
        }
        // hard wrapping leaves a line well short of the column only where the paragraph ends; a paragraph
        // ends a sentence, so a line that does not must fall shorter still, since the column measured
        // from the lines above can still be the wider column of the article before
        if (linesSoFar >= 2 && !r.justified && r.width <= r.column - Math.max(3, (sentence ? 0.2 : 0.35) * r.column)
                && !CharClass.isContinuing(CharClass.lastChar(r.text))) {
            return true;
        }
        if (sentence && (headings.headingShape(rows, i + 1, blankSeparated) || bylines.startsWithDateline(next.text)
                || bylines.isPictureCredit(next.text))) {
            // (a photo credit, 张三摄, stands on its own line under the caption it signs, however full its last line)
            return true;
        }
        if (linesSoFar == 1 && CharClass.lastChar(r.text) == '—' && HeadingRows.wide(r) && headings.headingShape(rows, i + 1, blankSeparated)) {
            // a line wider than the column closed by a dash (…全村党员干部牢记嘱托——) over a heading: a kicker set across the
            // columns handing over to its title, not a line of text (which runs no wider than its column)
            return true;
        }
        // a headline wider than the column cannot continue a paragraph, however the paragraph ended, nor can a line of
        // phrases set apart by spaces (住得好 有活干 能增收): body text spaces no phrases
        char last = CharClass.lastChar(r.text);
        if (last != '，' && last != '、' && (HeadingRows.wide(next) || LineShapes.phraseSpaced(next.text) && LineShapes.quotesClosed(next.text) && !CharClass.isContinuing(last) && last != '：' && last != '“')
                && headings.headingShape(rows, i + 1, blankSeparated)) {
            return true;
        }
        // a heading block set tight below a line that ran to the column end (the text went on elsewhere)
        return blankSeparated && next.blankBefore && i + 2 < rows.size() && !rows.get(i + 2).blankBefore
                && headings.headingShape(rows, i + 1, blankSeparated) && next.width <= next.around - 1.5;
    }

    private static void addCredit(List<PageItem> items, Byline byline) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof PageItem.Credit prev && !prev.trailing()) {
            List<String> authors = new ArrayList<>(prev.byline().authors());
            byline.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
            String publication = prev.byline().publication() != null ? prev.byline().publication() : byline.publication();
            items.set(items.size() - 1, new PageItem.Credit(new Byline(prev.byline().text() + " " + byline.text(), authors, publication), false));
        } else {
            items.add(new PageItem.Credit(byline, false));
        }
    }

    /**
     * Adds a heading; one right after another heading is part of the same headline block, unless only one of them is
     * printed in display type or in headline type (a PDF tells): a headline and a heading in the body's type under it.
     */
    private static void addHeading(List<PageItem> items, PageItem.Heading h) {
        if (!items.isEmpty() && items.get(items.size() - 1) instanceof PageItem.Heading prev && prev.display() == h.display()
                && prev.opensArticle() == h.opensArticle()) {
            List<List<String>> blocks = new ArrayList<>(prev.blocks());
            blocks.addAll(h.blocks());
            List<Float> scales = new ArrayList<>(prev.lineScales());
            scales.addAll(h.lineScales());
            items.set(items.size() - 1, new PageItem.Heading(blocks, Math.max(prev.widest(), h.widest()), Math.max(prev.column(), h.column()),
                    prev.columnChanges() || h.columnChanges(), h.tightBelow(), prev.blankSeparatedPage() || h.blankSeparatedPage(), scales,
                    prev.blockTitle() && h.blockTitle()));
        } else {
            items.add(h);
        }
    }

    private static ParagraphBuilder flush(ParagraphBuilder para, List<PageItem> items) {
        if (para != null) {
            if (para.looksLikeHeadline()) {
                // two lines, the second short, no sentence in them: a kicker (as wide as the column) over a title
                addHeading(items, new PageItem.Heading(para.texts.stream().map(List::of).toList(), para.widest(), para.column, false, false, false));
            } else {
                items.add(para.build());
            }
        }
        return null;
    }

    private static void flushHeading(List<List<String>> heading, List<Float> scales, List<Boolean> blockTitle, double[] widths,
            List<PageItem> items, boolean tightBelow, boolean blankSeparated) {
        if (!heading.isEmpty()) {
            boolean columnChanges = HeadingRows.changes(widths[2], widths[3]) && HeadingRows.changes(widths[4], widths[5]);
            addHeading(items, new PageItem.Heading(heading.stream().map(List::copyOf).toList(), widths[0], widths[1], columnChanges, tightBelow,
                    blankSeparated, scales, !blockTitle.contains(false)));
            heading.clear();
            scales.clear();
            blockTitle.clear();
            widths[0] = 0;
            widths[1] = 0;
        }
    }

    /** Collects the rows of one paragraph. */
    private static final class ParagraphBuilder {
        private final StringBuilder text = new StringBuilder();
        private final Byline lead;
        private final boolean opens;
        private final List<Double> widths = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private double column;
        private boolean shortEnd;
        private int doubled;
        private boolean attribution;
        /** Whether the first line stands alone over the rest ({@link HeadingRows#standsAlone}). */
        boolean headingFirst;
        /** Whether the text breaks after the line last added ({@link #endsSentenceShortOfColumnBelow}). */
        boolean breakInText;

        ParagraphBuilder(Byline lead, boolean opens) {
            this.lead = lead;
            this.opens = opens;
        }

        int lines() {
            return widths.size();
        }

        void add(LayoutRow r) {
            if (headingFirst && texts.size() == 1 || breakInText) {
                // the first line stood alone (a section heading in the body's type), or the line above finished its
                // paragraph: a paragraph of its own in the text, though the page's reading keeps it with the paragraph
                // under it
                text.append("\n\n").append(r.text.strip());
            } else {
                LineJoiner.append(text, r.text);
            }
            texts.add(r.text);
            column = Math.max(column, r.aroundWide);
            shortEnd = r.width <= r.around - Math.max(3, 0.2 * r.around) && r.plain <= r.aroundPlain - Math.max(3, 0.2 * r.around);
            widths.add(r.justified ? r.column : r.width);
            if (r.doubled) {
                doubled++;
            }
            attribution |= r.attribution;
        }

        double widest() {
            return widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        boolean looksLikeHeadline() {
            String t = text.toString();
            char last = CharClass.lastChar(t);
            return texts.size() == 2 && shortEnd && lead == null && !opens && !attribution && t.length() <= 2 * LineShapes.MAX_HEADING
                    && !texts.get(0).startsWith("（") && !texts.get(0).startsWith("(")
                    && !CharClass.endsSentence(t) && t.indexOf('。') < 0 && t.indexOf('；') < 0
                    && last != '，' && last != '、' && last != '：' && !CharClass.isContinuing(CharClass.lastChar(texts.get(0)));
        }

        PageItem.Paragraph build() {
            int n = widths.size();
            double[] w = widths.stream().mapToDouble(Double::doubleValue).limit(n > 1 ? n - 1 : n).sorted().toArray();
            double width = w[w.length / 2];
            return new PageItem.Paragraph(text.toString(), lead, opens, width, doubled * 2 > n, n, List.copyOf(texts));
        }
    }
}
