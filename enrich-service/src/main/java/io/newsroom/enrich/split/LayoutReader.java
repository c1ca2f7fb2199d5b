package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.LineJoiner;
import io.newsroom.enrich.clean.PageLine;
import io.newsroom.enrich.clean.PrintedLine;

/**
 * Reads the layout of a page from its lines: rejoins hard-wrapped lines into paragraphs and picks out
 * headings, bylines and jump markers.
 *
 * <p>A paragraph ends on a line that ends a sentence and falls short of the column (the column width is
 * taken from the lines around, so several columns of different widths may share a page). A heading is a
 * line that starts fresh, does not end a sentence, and is either shorter or wider than the column, or set
 * tight against another line on a page that otherwise separates its lines by blank lines.
 */
class LayoutReader {

    private static final Pattern LEAD_OPEN = Pattern.compile("(?:[^\\s，。：；、（()）“”]|(?<=\\d)\\s|\\s(?=\\d)){1,24}?[讯电]\\s?[（(][^）)]*");
    private static final Pattern COMPILED = Pattern.compile("(?:整理|执笔)\\s*$");
    private static final int WINDOW = 7;
    private static final int MAX_HEADING = 40;
    /** A line at least this long, ending no sentence, may break a word that the next line finishes. */
    private static final int MIN_RUN_ON = 8;

    private final BylineParser bylines;
    private final WordBoundary words;
    /** What {@link WordBoundary#crosses} said of each line break already asked about: the heading tests ask again and again. */
    private final java.util.Map<LineBreak, Boolean> crossings = new java.util.HashMap<>();
    /** Whether this reader's page indents its paragraphs' first lines, see {@link #indentsParagraphs}: one reader per page. */
    private boolean indented;

    private record LineBreak(String before, String after) {
    }

    LayoutReader(BylineParser bylines, WordBoundary words) {
        this.bylines = bylines;
        this.words = words;
    }

    private enum Kind { TEXT, CREDIT, TRAILING, JUMP }

    /** The most lines a closing credit runs on over after its first: a round-up may list a dozen reporters or more. */
    private static final int MAX_CREDIT_LINES = 6;

    private static final class Row {
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
        boolean doubled;
        /** Type size over the page's body type, {@link PrintedLine#UNKNOWN_SCALE} when the source does not tell. */
        float typeScale;
        /** A gap wider than the leading stands above it (only a PDF tells). */
        boolean setApart;
        /** The line (or wrapped piece of the line) naming who said the quote above it, see {@link #markAttributions}. */
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

    List<PageItem> read(List<PageLine> lines) {
        List<Row> rows = rows(lines);
        markAttributions(rows);
        estimateColumns(rows);
        indented = indentsParagraphs(rows);
        boolean blankSeparated = blankSeparated(rows);
        return rejoinWrapped(items(rows, blankSeparated));
    }

    /**
     * A headline line is broken where the column ends only inside a heading set in the column: a heading line that
     * runs to the column end and breaks off a number before its measure word (…报表，17 / 家单位…) goes on in the line
     * under it, one line of the heading, not two stacked headlines; and a heading opening
     * with the particle 的, which opens no phrase, under a paragraph that ended no sentence, is that paragraph's last
     * line (…办好广东 / 的事). Only where type sizes are not known.
     */
    static List<PageItem> rejoinWrapped(List<PageItem> items) {
        List<PageItem> out = new ArrayList<>(items.size());
        for (PageItem item : items) {
            if (!(item instanceof PageItem.Heading h) || h.typeScale() != PrintedLine.UNKNOWN_SCALE) {
                out.add(item);
                continue;
            }
            if (h.lines().size() == 1 && h.lines().get(0).strip().startsWith("的") && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof PageItem.Paragraph p && p.lead() == null && !CharClass.endsSentence(p.text())) {
                StringBuilder text = new StringBuilder(p.text());
                LineJoiner.append(text, h.lines().get(0));
                List<String> lines = new ArrayList<>(p.lines());
                lines.add(h.lines().get(0));
                out.set(out.size() - 1, new PageItem.Paragraph(text.toString(), null, p.opensArticle(), p.width(), p.doubled(),
                        p.lineCount() + 1, lines));
                continue;
            }
            out.add(joinBrokenLines(h));
        }
        return out;
    }

    /** The heading with each line that breaks off a number at the column end run on into the line under it. */
    private static PageItem.Heading joinBrokenLines(PageItem.Heading h) {
        List<String> lines = h.lines();
        if (lines.size() < 2) {
            return h;
        }
        List<List<String>> blocks = new ArrayList<>();
        boolean joined = false;
        for (List<String> block : h.blocks()) {
            List<String> b = new ArrayList<>();
            for (String line : block) {
                List<String> last = !b.isEmpty() ? b : blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (last != null && brokenOff(last.get(last.size() - 1), line, h.column())) {
                    StringBuilder text = new StringBuilder(last.get(last.size() - 1));
                    LineJoiner.append(text, line);
                    last.set(last.size() - 1, text.toString());
                    joined = true;
                } else {
                    b.add(line);
                }
            }
            if (!b.isEmpty()) {
                blocks.add(b);
            }
        }
        return joined ? h.withBlocks(blocks) : h;
    }

    /** Measure words and units that follow a number (17 / 家单位, 150万 / 份). */
    private static final String MEASURE = "个家份人名位元万亿件项次倍年月日天岁米吨亩户座所条辆台架艘只起例%％";

    /** Whether a heading line runs to the column end and breaks off a number the next line ends (…，17 / 家单位…). */
    private static boolean brokenOff(String line, String next, double column) {
        String a = line.strip();
        String b = next.strip();
        if (a.isEmpty() || b.isEmpty() || Headline.isDashed(b) || CharClass.width(a) < column - 1 || CharClass.endsSentence(a)) {
            return false;
        }
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        // a number broken before its digits end or before its measure word (…达150万 / 份每天)
        boolean number = Character.isDigit(last) || (last == '万' || last == '亿') && a.length() > 1 && Character.isDigit(a.charAt(a.length() - 2));
        return number && (Character.isDigit(first) || MEASURE.indexOf(first) >= 0);
    }

    /**
     * Whether the page indents the first line of a paragraph (by about two characters, the indent lost in extraction):
     * most lines that open a paragraph under one ended short on a finished sentence fall short of the column themselves.
     */
    private static boolean indentsParagraphs(List<Row> rows) {
        int openings = 0;
        int indents = 0;
        for (int i = 1; i + 1 < rows.size(); i++) {
            Row above = rows.get(i - 1);
            Row r = rows.get(i);
            Row below = rows.get(i + 1);
            if (above.kind == Kind.TEXT && r.kind == Kind.TEXT && below.kind == Kind.TEXT && r.lead == null
                    && CharClass.endsSentence(above.text) && above.width <= above.around - 2 && !CharClass.endsSentence(r.text)) {
                openings++;
                if (r.width <= r.around - 1.5) {
                    indents++;
                }
            }
        }
        return openings > 0 && 2 * indents >= openings;
    }

    /** Lines to rows: bylines recognised (a leading byline may run over several lines), jump-only lines marked. */
    private List<Row> rows(List<PageLine> lines) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            Row row = new Row();
            row.text = line.text();
            row.blankBefore = line.blankBefore();
            row.width = line.width();
            row.plain = CharClass.plainWidth(line.text());
            row.justified = line.justified();
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
                while (!closes(merged) && j + 1 < lines.size() && j - i < 3 && !lines.get(j + 1).isJumpOnly()) {
                    j++;
                    LineJoiner.append(merged, lines.get(j).text());
                }
                BylineParser.Lead lead = closes(merged) ? bylines.parseLead(merged.toString()) : null;
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
                Row above = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (standalone != null && above != null && above.kind == Kind.TEXT && above.lead == null && above.text.length() >= MIN_RUN_ON
                        && !CharClass.endsSentence(above.text) && crosses(above.text, row.text)) {
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
    private static boolean asksOnInNextLine(Row row, List<PageLine> lines, int i) {
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
     * the attribution of a quote, body text however long, wrapped onto a second line when its bracket runs over. A
     * dashed subtitle sits under its title, never under finished text, and a line that ends a sentence is never a
     * heading, so what is above tells them apart.
     */
    private static void markAttributions(List<Row> rows) {
        for (int i = 1; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row prev = rows.get(i - 1);
            if (r.kind != Kind.TEXT || r.lead != null || !isDashed(r.text) || prev.kind != Kind.TEXT || prev.attribution
                    || !CharClass.endsSentence(prev.text) || !nameLine(r.text.substring(2))) {
                continue;
            }
            r.attribution = true;
            if (unbalanced(r.text) && i + 1 < rows.size()) {
                Row rest = rows.get(i + 1);
                if (rest.kind == Kind.TEXT && rest.lead == null && !rest.text.isEmpty() && !startsMidSentence(rest.text)
                        && !unbalanced(r.text + rest.text) && nameLine(rest.text)) {
                    rest.attribution = true;
                    i++;
                }
            }
        }
    }

    /** No clause in it and not too long for a name with its titles: who someone is, not what happened. */
    private static boolean nameLine(String s) {
        String t = s.replace(" ", "").replace("\u3000", "");
        if (t.isEmpty() || t.length() > MAX_HEADING) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if ("，。；：！？,;:!?“”".indexOf(t.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean closes(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '）' || s.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }

    /**
     * Column widths at each text row: nearly the widest of the widths of the text rows before it (for
     * paragraph ends) and the narrower of the columns before and after it (for headings), so that an
     * article's column does not bleed into its neighbour's.
     */
    private static void estimateColumns(List<Row> rows) {
        int n = rows.size();
        double[] w = new double[WINDOW + 2];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            double self = percentile(rows, i, -1, false, w);
            double before = percentile(rows, i - 1, -1, false, w);
            double after = percentile(rows, i + 1, 1, false, w);
            double plainBefore = percentile(rows, i - 1, -1, true, w);
            double plainAfter = percentile(rows, i + 1, 1, true, w);
            row.colBefore = before;
            row.colAfter = after;
            row.plainColBefore = plainBefore;
            row.plainColAfter = plainAfter;
            row.aroundPlain = Double.isNaN(plainBefore) ? (Double.isNaN(plainAfter) ? row.plain : plainAfter)
                    : Double.isNaN(plainAfter) ? plainBefore : Math.min(plainBefore, plainAfter);
            row.aroundPlainWide = Double.isNaN(plainBefore) ? (Double.isNaN(plainAfter) ? row.plain : plainAfter)
                    : Double.isNaN(plainAfter) ? plainBefore : Math.max(plainBefore, plainAfter);
            row.column = Double.isNaN(self) ? row.width : self;
            if (Double.isNaN(before) && Double.isNaN(after)) {
                row.around = row.column;
                row.aroundWide = row.column;
            } else if (Double.isNaN(before) || Double.isNaN(after)) {
                row.around = Double.isNaN(before) ? after : before;
                row.aroundWide = row.around;
            } else {
                row.around = Math.min(before, after);
                row.aroundWide = Math.max(before, after);
            }
        }
    }

    /**
     * Nearly the widest of up to {@link #WINDOW} text rows from {@code start} on, one way; a byline or a jump
     * marker bounds an article, so the scan stops there. NaN when fewer than three rows tell.
     */
    private static double percentile(List<Row> rows, int start, int step, boolean plain, double[] w) {
        int k = 0;
        for (int j = start, seen = 0; j >= 0 && j < rows.size() && seen <= WINDOW && k < w.length; j += step, seen++) {
            Row r = rows.get(j);
            if (r.kind == Kind.CREDIT || r.kind == Kind.JUMP) {
                break;
            }
            // an attribution runs as long as the name and post it gives, not to the column
            if (r.kind == Kind.TEXT && r.width >= 3 && !r.justified && !r.attribution) {
                w[k++] = plain ? r.plain : r.width;
            }
        }
        if (k < 3) {
            return Double.NaN;
        }
        Arrays.sort(w, 0, k);
        // most lines of a column run full; the second widest is the column, robust to one odd line, once
        // there are enough lines for the second widest not to be an indented first line
        return w[k >= 5 ? k - 2 : k - 1];
    }

    /** Whether most lines are separated by blank lines, which makes lines set tight together meaningful. */
    private static boolean blankSeparated(List<Row> rows) {
        int blanks = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).blankBefore) {
                blanks++;
            }
        }
        return rows.size() > 4 && blanks * 2 >= rows.size() - 1;
    }

    private boolean tight(List<Row> rows, int i, boolean blankSeparated) {
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
    private boolean headingShape(List<Row> rows, int i, boolean blankSeparated) {
        return headingShape(rows, i, blankSeparated, 0);
    }

    private boolean headingShape(List<Row> rows, int i, boolean blankSeparated, int depth) {
        Row r = rows.get(i);
        if (r.kind == Kind.TEXT && r.lead == null && !r.text.isEmpty() && (inHeadlineType(rows, i) || inBlockTitle(rows, i))) {
            // printed larger than the body, with a title in display type among the lines so printed: a headline
            return true;
        }
        if (depth == 0 && r.kind == Kind.TEXT && r.lead == null && r.text.length() > MAX_HEADING && isDashed(r.text) && !r.justified
                && !CharClass.endsSentence(r.text) && wide(r) && subtitleUnderTitle(rows, i, blankSeparated)) {
            // a dashed line, however long, wider than the column and right under a title that ends no sentence: the
            // subtitle set across the columns, not a line of the text (which never runs wider than its column)
            return true;
        }
        if (depth == 0 && wideHeadline(rows, i, blankSeparated)) {
            return true;
        }
        if (kickerAtPageHead(rows, i)) {
            return true;
        }
        if (depth == 0 && longDocumentTitle(rows, i)) {
            return true;
        }
        if (r.kind != Kind.TEXT || r.lead != null || r.text.isEmpty() || r.text.length() > MAX_HEADING || r.justified || r.attribution) {
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
        if (depth == 0 && isAttribution(r.text) && subtitleUnderTitle(rows, i, blankSeparated)) {
            // a short dashed line (——张三出席, as short as a signature) right under a headline line, not under finished text: its subtitle
            return true;
        }
        if (bylines.startsWithDateline(r.text) || bylines.isPictureCredit(r.text) || isParenthesised(r.text) || isAttribution(r.text)
                || ClosingNote.endsWithSource(r.text)) {
            // (a source line under a chart or a sponsored report, 数据来源：…, is its last line of text)
            return false;
        }
        if (depth == 0 && i == rows.size() - 1 && i > 0 && rows.get(i - 1).kind == Kind.TEXT
                && CharClass.endsSentence(rows.get(i - 1).text) && noClause(r.text) && !startsMidSentence(r.text)) {
            // the page's last line, with no clause in it, under finished text: a headline set after its body at the foot
            // of the page, however wide (text ends a page on a finished sentence or a jump marker)
            return true;
        }
        if (depth <= 1 && kickerByDashOverTitle(rows, i)) {
            return true;
        }
        if (depth == 0 && titleUnderContinuation(rows, i)) {
            return true;
        }
        if (tight(rows, i, blankSeparated)) {
            // a block of lines set tight on a page of blank-separated lines: a headline (perhaps one title
            // wrapped over two lines, brackets and all) or a section heading
            return !startsMidSentence(r.text);
        }
        if (startsMidSentence(r.text) || unbalanced(r.text)) {
            return false;
        }
        Row prev = i > 0 ? rows.get(i - 1) : null;
        Row following = i + 1 < rows.size() ? rows.get(i + 1) : null;
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
        if (depth == 0 && isDashed(r.text) && prev != null && labelledTitle(prev, i > 1 ? rows.get(i - 2) : null, r)) {
            // the dashed subtitle under such a title
            return true;
        }
        if (prev != null && prev.kind == Kind.TEXT && !CharClass.endsSentence(prev.text) && crosses(prev.text, r.text)) {
            return false;
        }
        if (wide(r) || phraseSpaced(r.text)) {
            return true;
        }
        Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
        if (depth < 2 && next != null && (next.kind == Kind.CREDIT || headingShape(rows, i + 1, blankSeparated, depth + 1)
                && tight(rows, i + 1, blankSeparated))) {
            // a line over a headline block or a byline: a kicker or headline as wide as the column
            return true;
        }
        if (depth == 0 && !blankSeparated && next != null && next.kind == Kind.TEXT && next.lead == null && wordsOnly(r.text)
                && r.plain <= r.aroundPlain - 1 && (i == 0 || handsOver(prev) && headingShape(rows, i - 1, false, 1)
                        || finished(prev) || i > 1 && shortWords(prev) && finished(rows.get(i - 2)))
                && !crosses(r.text, next.text)) {
            // a line of words alone, no punctuation in it, falling short of the column at the head of the page or right under
            // a kicker that hands over (wider than the column, or closed by a dash or colon) or a dashed subtitle that closes
            // the headline before, or under a closing note, sign-off credit or staff credit (or under such a line there, the two a kicker
            // and title): a title, not the body's first line, which runs to the column end when it ends no sentence
            // (under a short section heading it may be the heading's second line, so that is left alone)
            return true;
        }
        if (depth == 0 && next != null && next.kind == Kind.TEXT && next.lead == null && wordsOnly(r.text)
                && r.plain <= r.aroundPlain - 1 && prev != null && prev.kind == Kind.TEXT && prev.doubled && !r.doubled && !next.doubled
                && CharClass.endsSentence(prev.text) && !startsMidSentence(next.text) && !crosses(r.text, next.text)) {
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
        return next == null || next.kind != Kind.TEXT || styleBreak || !crosses(r.text, next.text);
    }

    /**
     * A short line handing over by a dash (某研究所最新研究显示——), no clause in it, after finished text (or at the head
     * of the page), falling short of the column, over a line of words alone that falls short of it too (or runs wider),
     * over more text: a kicker over its title. Text never ends a paragraph on a dash, and a paragraph's next line runs
     * to the column end.
     */
    private boolean kickerByDashOverTitle(List<Row> rows, int i) {
        if (i + 2 >= rows.size()) {
            return false;
        }
        Row r = rows.get(i);
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || !t.endsWith("——") || isDashed(t)
                || t.length() > MAX_HEADING || !noClause(t.replace("—", "")) || r.plain > r.aroundPlain - 1) {
            return false;
        }
        Row prev = i > 0 ? rows.get(i - 1) : null;
        // (a note closed by its bracket, however it wrapped, finishes the text too)
        if (prev != null && !(finished(prev) || prev.kind == Kind.TEXT && (CharClass.endsSentence(prev.text)
                || CharClass.lastChar(prev.text) == '）' || CharClass.lastChar(prev.text) == ')'))) {
            return false;
        }
        Row title = rows.get(i + 1);
        Row text = rows.get(i + 2);
        return title.kind == Kind.TEXT && title.lead == null && wordsOnly(title.text)
                && (title.plain <= title.aroundPlain - 1 || title.plain >= title.aroundPlain + 2)
                && text.kind == Kind.TEXT && !startsMidSentence(text.text.strip());
    }

    /**
     * A line of words right under a 上接 marker (◀◀上接二版), ending no sentence and with no clause in it (an
     * enumeration comma may join names, as in a headline), falling short of the column (or running two characters
     * wider than it),
     * over text that opens a sentence: the headline of the continued text above, set after its body with the marker
     * between. Text continued from another page runs on at the column's full width until its paragraph ends on a
     * finished sentence, so a short clause-free line there is no line of it.
     */
    private boolean titleUnderContinuation(List<Row> rows, int i) {
        Row r = rows.get(i);
        if (i == 0 || i + 1 >= rows.size()) {
            return false;
        }
        Row prev = rows.get(i - 1);
        Row next = rows.get(i + 1);
        if (prev.kind != Kind.JUMP || prev.jumps == null || prev.jumps.isEmpty()
                || prev.jumps.stream().anyMatch(j -> j.startsWith("下转") || j.startsWith("转"))) {
            return false;
        }
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || t.length() > MAX_HEADING
                || !noClause(t.replace("、", "")) || CharClass.endsSentence(t) || startsMidSentence(t) || isDashed(t)
                || t.startsWith("、") || t.endsWith("、") || !quotesClosed(t)) {
            return false;
        }
        // (wider by two characters or more: no line of text runs past its column; on a page that indents its
        // paragraphs, short by more than the indent: a paragraph may open right under the marker)
        double shortBy = indented ? 3 : 1;
        if (!(r.plain <= r.aroundPlain - shortBy && r.width <= r.around - shortBy || r.plain >= r.aroundPlain + 2 && r.width >= r.around + 2)) {
            return false;
        }
        return next.kind == Kind.TEXT && !next.text.isBlank() && !startsMidSentence(next.text.strip()) && !crosses(r.text, next.text);
    }

    /**
     * A line too long for a heading set half as wide again as the column, marked as a headline (phrases set apart by
     * spaces, or closed by a column label however long: …（在某某思想指引下——代表委员议国是）), no sentence ended in it,
     * after finished text, a heading line or at the head of the page, over more of the page: a headline set across the
     * columns. No line of
     * text runs wider than its column.
     */
    private boolean wideHeadline(List<Row> rows, int i, boolean blankSeparated) {
        Row r = rows.get(i);
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || t.length() <= MAX_HEADING
                || t.length() > 2 * MAX_HEADING || !wide(r) || r.width < 1.5 * r.around || CharClass.endsSentence(t)
                || t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || t.indexOf('！') >= 0 || t.indexOf('？') >= 0
                || unbalanced(t) || !quotesClosed(t) || startsMidSentence(t) || isDashed(t)
                || !(spacedPhrasesAnyLength(t) || longLabel(t))) {
            return false;
        }
        if (i + 1 >= rows.size()) {
            // at the page's foot it is a headline set after its body, which the rule for the page's last line reads
            return false;
        }
        Row prev = i > 0 ? rows.get(i - 1) : null;
        if (prev == null || prev.kind != Kind.TEXT || finished(prev)) {
            return true;
        }
        char last = CharClass.lastChar(prev.text);
        return CharClass.endsSentence(prev.text) || last == '）' || last == ')' || last == '”' || last == '—' || last == '：'
                || isDashed(prev.text) || prev.lead == null && headingShape(rows, i - 1, blankSeparated, 2);
    }

    /** Phrases of ideographs (quotes, book-title marks, a middle dot) set apart by single spaces, two at least. */
    private static boolean spacedPhrasesAnyLength(String t) {
        String[] phrases = t.split(" ");
        if (phrases.length < 2) {
            return false;
        }
        for (String phrase : phrases) {
            if (phrase.length() < 3 || !phrase.chars().allMatch(c -> Character.isIdeographic(c) || "“”《》·".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Closed by a bracketed label of some length (a column's name, a series'), opened after the title's words. */
    private static boolean longLabel(String t) {
        int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
        return open >= 6 && (t.endsWith("）") || t.endsWith(")")) && Headline.endsWithLabelOfAnyLength(t);
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
    private static boolean inHeadlineType(List<Row> rows, int i) {
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
    static boolean inBlockTitle(List<Row> rows, int i) {
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

    /** A picture agency's credit (新华社发): a news agency sent the photo out. */
    private static final Pattern AGENCY_PICTURE_CREDIT = Pattern.compile("[\\u4e00-\\u9fff]{1,4}社发");

    /** Whether a line is a photo's credit (张三摄, 新华社发), which signs the picture above it. */
    private boolean signsPicture(String line) {
        return bylines.isPictureCredit(line) || AGENCY_PICTURE_CREDIT.matcher(line.strip()).matches();
    }

    private static boolean isBoldBodyType(Row r) {
        return r.kind == Kind.TEXT && r.doubled && r.typeScale != PrintedLine.UNKNOWN_SCALE && r.typeScale < HEADLINE_TYPE;
    }

    /**
     * Whether the dashed line at {@code i} stands right under a line that ends no sentence and stands alone as a heading
     * itself: a title over its dashed subtitle. The signature under a quote (——鲁迅) stands under finished text.
     */
    private boolean subtitleUnderTitle(List<Row> rows, int i, boolean blankSeparated) {
        if (i == 0) {
            return false;
        }
        Row prev = rows.get(i - 1);
        char last = CharClass.lastChar(prev.text);
        return prev.kind == Kind.TEXT && prev.lead == null && !CharClass.endsSentence(prev.text) && last != '）' && last != ')'
                && last != '”' && headingShape(rows, i - 1, blankSeparated, 2);
    }

    private boolean crosses(String before, String after) {
        return crossings.computeIfAbsent(new LineBreak(before, after), k -> words.crosses(before, after));
    }

    /**
     * A short name or phrase closed by a colon (杨善洲：) right over a title that carries its column label or a dashed
     * subtitle, or over a title line wider than the column or with a byline or dateline under it, or over a clause-free
     * title right under a sign-off credit: a kicker handing over to its title. A colon at the end of a body line opens a quote or a list instead,
     * and what follows it is text.
     */
    private boolean isKickerOverTitle(List<Row> rows, int i) {
        Row r = rows.get(i);
        String t = r.text.strip();
        // right under the credit that signed the text above off, a new item begins: its kicker may name a speaker in
        // full (某某公司某某组组长张三代表：)
        boolean afterSignOff = i > 0 && rows.get(i - 1).kind == Kind.TRAILING;
        if (t.length() > (afterSignOff ? MAX_HEADING : MAX_KICKER) || i + 1 >= rows.size() || t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0
                || t.indexOf('：') != t.length() - 1 || unbalanced(t)) {
            return false;
        }
        Row title = rows.get(i + 1);
        Row below = i + 2 < rows.size() ? rows.get(i + 2) : null;
        if (labelledTitle(title, r, below)) {
            return true;
        }
        // or over a title line that a byline or a dateline follows
        String tt = title.text.strip();
        return title.kind == Kind.TEXT && title.lead == null && !title.justified && !tt.isEmpty() && tt.length() <= MAX_HEADING
                && !startsMidSentence(tt) && !CharClass.endsSentence(tt) && tt.indexOf('。') < 0 && tt.indexOf('；') < 0
                && !CharClass.isContinuing(CharClass.lastChar(tt)) && CharClass.lastChar(tt) != '，' && !unbalanced(tt)
                && (wide(title) || below != null && (below.kind == Kind.CREDIT || below.lead != null || bylines.startsWithDateline(below.text))
                        || afterSignOff && noClause(tt) && below != null && below.kind == Kind.TEXT);
    }

    private static final int MAX_KICKER = 20;

    /**
     * A line ending with a column label or set over a dashed subtitle, after a line that closed its sentence or
     * bracket, or a kicker's dash (or no text at all).
     */
    private static boolean labelledTitle(Row r, Row prev, Row next) {
        boolean overSubtitle = next != null && next.kind == Kind.TEXT && isDashed(next.text) && next.text.length() >= 4 && !isAttribution(next.text)
                && !isDashed(r.text) && !CharClass.endsSentence(r.text) && CharClass.lastChar(r.text) != '，';
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || !(Headline.endsWithLabel(r.text) || overSubtitle) || unbalanced(r.text)
                || r.text.indexOf('。') >= 0 || startsMidSentence(r.text)) {
            return false;
        }
        if (prev == null || prev.kind != Kind.TEXT) {
            return true;
        }
        char last = CharClass.lastChar(prev.text);
        // or after a kicker that hands over to it (黄爱龙委员——, 世卫组织确定：), or the subtitle closing another headline
        return CharClass.endsSentence(prev.text) || last == '）' || last == ')' || last == '”' || last == '—' || last == '：'
                || isDashed(prev.text);
    }

    private static boolean isDashed(String s) {
        return s.startsWith("——") || s.startsWith("--");
    }

    /**
     * A dash and a short name alone on a line (——编者, ——鲁迅): the signature under a quote or an editor's note,
     * body text. A subtitle after a dash says something, so it runs longer.
     */
    static boolean isAttribution(String s) {
        String t = s.strip();
        int start = t.startsWith("——") || t.startsWith("--") ? 2 : t.startsWith("—") ? 1 : -1;
        if (start < 0) {
            return false;
        }
        int n = 0;
        for (int k = start; k < t.length(); k++) {
            char c = t.charAt(k);
            if (CharClass.isIdeograph(c)) {
                n++;
            } else if (c != '·' && c != ' ') {
                return false;
            }
        }
        return n >= 2 && n <= 4;
    }

    /**
     * Two or three short phrases set apart by spaces and no punctuation between them (开创立法先河 护航民族复兴): a
     * headline's phrases, however wide the line. Body text spaces only numbers and Latin words, and a line stretched to
     * the column spaces every character (it is marked justified).
     */
    static boolean phraseSpaced(String s) {
        String t = s.strip();
        if (t.length() > MAX_HEADING) {
            return false;
        }
        int phrases = 1;
        int run = 0;
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ' ') {
                if (k == 0 || !CharClass.isIdeograph(t.charAt(k - 1)) && "”》）".indexOf(t.charAt(k - 1)) < 0) {
                    return false;
                }
                shortest = Math.min(shortest, run);
                run = 0;
                phrases++;
            } else if (CharClass.isIdeograph(c) || "“”《》·".indexOf(c) >= 0) {
                run++;
            } else {
                return false;
            }
        }
        shortest = Math.min(shortest, run);
        return phrases >= 2 && phrases <= 3 && shortest >= 3;
    }

    /**
     * A line that may be a headline right over a dateline: no sentence ended in it, nothing in it that runs on to the
     * next line, brackets balanced; clauses may be (a comma, a colon or an enumeration comma inside), but for a line of
     * the summary a news item prints between its headline and its dateline (■ …, ——…), which stays text.
     */
    private static boolean headlineOverDateline(String s) {
        return headlineOverDateline(s, MAX_HEADING);
    }

    private static boolean headlineOverDateline(String s, int max) {
        String t = s.strip();
        if (!t.isEmpty() && (SectionHeadings.isBoxLabel(t) || isDashed(t))) {
            return noClause(t);
        }
        return !t.isEmpty() && t.length() <= max && !CharClass.isContinuing(CharClass.lastChar(t)) && !unbalanced(t)
                && !startsMidSentence(t) && t.indexOf('。') < 0 && t.indexOf('；') < 0 && t.indexOf('！') < 0 && t.indexOf('？') < 0;
    }

    /**
     * A one-line paragraph closed by a dash, too long for the column (the kicker set across the columns, …践行嘱托——),
     * with no sentence ended in it: it hands over to the headline under it.
     */
    private static boolean handsOverAcross(PageItem.Paragraph p) {
        String t = p.text().strip();
        return t.endsWith("—") && t.length() > MAX_HEADING && t.length() <= 2 * MAX_HEADING && !unbalanced(t) && quotesClosed(t)
                && t.indexOf('。') < 0 && t.indexOf('；') < 0 && t.indexOf('！') < 0 && t.indexOf('？') < 0;
    }

    /**
     * A source line whose name wraps, its last few characters alone on the page's last line (数据来源：某某集团有限公 / 司):
     * the line runs on into them.
     */
    private static boolean sourceWrapsOn(List<Row> rows, int i) {
        if (i + 2 != rows.size()) {
            return false;
        }
        Row next = rows.get(i + 1);
        String t = next.text.strip();
        return next.kind == Kind.TEXT && next.lead == null && !t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isIdeographic);
    }

    /**
     * A line too long for a heading, ending no sentence, wider than the column, right over a dashed line (——在某某会议上的
     * 报告): the full title of a document printed in full, over its subtitle.
     */
    private static boolean longTitleOverDashedSubtitle(PageItem.Paragraph p, PageItem.Heading next) {
        String t = p.text().strip();
        return t.length() > MAX_HEADING && t.length() <= 2 * MAX_HEADING && p.width() >= next.column() + 3
                && isDashed(next.lines().get(0).strip()) && !CharClass.endsSentence(t) && !unbalanced(t) && quotesClosed(t)
                && t.indexOf('。') < 0 && t.indexOf('；') < 0 && t.indexOf('！') < 0 && t.indexOf('？') < 0;
    }

    /** A heading line that hands over to a title under it: a kicker wider than the column or closed by a dash or colon, or a dashed subtitle. */
    private static boolean handsOver(Row prev) {
        if (prev.kind != Kind.TEXT || prev.lead != null) {
            return false;
        }
        char last = CharClass.lastChar(prev.text);
        return wide(prev) || last == '—' || last == '：' || isDashed(prev.text.strip());
    }

    /**
     * A short question or exclamation alone, no clause before its mark (亮点在哪里？), right under a heading line closed
     * by a dash (…试验船——): the title its kicker hands over to; text would run on after the dash.
     */
    private boolean questionUnderHandOver(List<Row> rows, int i, boolean blankSeparated) {
        Row r = rows.get(i);
        String t = r.text.strip();
        char last = CharClass.lastChar(t);
        if (i == 0 || (last != '？' && last != '！') || t.length() > MAX_HEADING / 2 || t.length() < 3
                || !noClause(t.substring(0, t.length() - 1)) || startsMidSentence(t)) {
            return false;
        }
        Row prev = rows.get(i - 1);
        String p = prev.text.strip();
        return prev.kind == Kind.TEXT && prev.lead == null && (p.endsWith("——") || p.endsWith("--")) && !isDashed(p)
                && !(blankSeparated && r.blankBefore) && headingShape(rows, i - 1, blankSeparated, 1);
    }

    /**
     * A line too long for a heading but set wider than the column, with no clause in it (关于…的报告), after finished
     * text or a jump marker and right over its dashed subtitle (——在某某会议上): a document's full title set across the
     * columns. No line of text runs wider than its column, and a text line too long for the column has clauses in it.
     */
    private boolean longDocumentTitle(List<Row> rows, int i) {
        Row r = rows.get(i);
        String t = r.text.strip();
        if (r.kind != Kind.TEXT || r.lead != null || r.justified || r.attribution || t.length() <= MAX_HEADING
                || t.length() > 2 * MAX_HEADING || !wide(r) || !noClause(t) || startsMidSentence(t) || isDashed(t)
                || isParenthesised(t) || !quotesClosed(t) || bylines.startsWithDateline(t) || ClosingNote.endsWithSource(t)) {
            return false;
        }
        Row prev = i > 0 ? rows.get(i - 1) : null;
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
        Row next = rows.get(i + 1);
        return next.kind == Kind.TEXT && next.lead == null && isDashed(next.text.strip()) && !CharClass.endsSentence(next.text)
                && next.text.strip().length() > 4;
    }

    /**
     * Text finished right above: a sentence closed, or a closing note or sign-off credit (（本报记者张三）). A line of
     * words alone falling short of the column under it, or under such a line under it, is no text line (a text line
     * that falls short ends its paragraph on a sentence) but a headline.
     */
    private boolean finished(Row prev) {
        // (a staff credit, 版式设计：张三, printed under the line: where a story ends)
        return prev.kind == Kind.TRAILING || prev.kind == Kind.TEXT && prev.staffCreditBelow != null
                || prev.kind == Kind.TEXT && prev.lead == null
                && (ClosingNote.endsWithOne(prev.text)
                        || isParenthesised(prev.text) && bylines.parseTrailing(prev.text) != null);
    }

    /**
     * The page's first line, ending no sentence, right over a title that carries its column label (…（某某观察）) with
     * text under it: the kicker of the page's first headline, clauses and all (and as wide as it is set). Text that
     * runs on from another page opens a page with a sentence, never with a labelled title under its first line.
     */
    private static boolean kickerAtPageHead(List<Row> rows, int i) {
        if (i != 0 || rows.size() < 3) {
            return false;
        }
        Row r = rows.get(0);
        Row title = rows.get(1);
        Row text = rows.get(2);
        if (r.kind != Kind.TEXT || r.lead != null || r.text.isEmpty() || r.justified || r.attribution
                || r.text.length() > (wide(r) ? 2 * MAX_HEADING : MAX_HEADING) || CharClass.endsSentence(r.text)
                || r.text.indexOf('。') >= 0 || unbalanced(r.text) || startsMidSentence(r.text) || isDashed(r.text)
                || CharClass.isContinuing(CharClass.lastChar(r.text)) || CharClass.lastChar(r.text) == '，') {
            return false;
        }
        return title.kind == Kind.TEXT && title.lead == null && !title.justified && Headline.endsWithLabel(title.text.strip())
                && title.text.length() <= MAX_HEADING && !unbalanced(title.text) && title.text.indexOf('。') < 0
                && !startsMidSentence(title.text) && text.kind != Kind.JUMP;
    }

    /**
     * A line printed in bold (doubled by extraction) with no clause in it (an enumeration comma may join two phrases, as
     * in a headline), alone between what is not bold text (or
     * finished bold text) and regular text under it: a heading set in bold, however wide. Bold never sets one line of
     * a paragraph apart from the next, and a bold paragraph's lines are bold together. Plain text only: a source
     * that tells type sizes says what is a heading by them.
     */
    private static boolean boldLineOverText(Row r, Row prev, Row next) {
        return r.doubled && r.typeScale == PrintedLine.UNKNOWN_SCALE && next != null && next.kind == Kind.TEXT && !next.doubled
                && noClause(r.text.replace("、", "")) && (prev == null || prev.kind != Kind.TEXT || !prev.doubled || CharClass.endsSentence(prev.text));
    }

    /** A line of words alone falling short of the column by a character or more. */
    private static boolean shortWords(Row r) {
        return r.kind == Kind.TEXT && r.lead == null && wordsOnly(r.text) && r.plain <= r.aroundPlain - 1;
    }

    /** Ideographs only (and quotes, book-title marks, a middle dot): no punctuation, digit, Latin letter or space. */
    static boolean wordsOnly(String s) {
        String t = s.strip();
        if (t.length() < 4) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!CharClass.isIdeograph(c) && "“”《》·".indexOf(c) < 0) {
                return false;
            }
        }
        return !unbalanced(t) && quotesClosed(t);
    }

    /** Every quote opened is closed on the line, none closed that it did not open: a line complete in itself. */
    private static boolean quotesClosed(String s) {
        int open = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '“') {
                open++;
            } else if (c == '”' && --open < 0) {
                return false;
            }
        }
        return open == 0;
    }

    /** No punctuation that separates or ends clauses, nor one that runs on to the next line. */
    static boolean noClause(String s) {
        for (int k = 0; k < s.length(); k++) {
            if ("，。；：！？、,;:!?".indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        return !s.isBlank() && !CharClass.isContinuing(CharClass.lastChar(s)) && !unbalanced(s);
    }

    /** The body column is set to another width after a heading than before it: a new article. */
    private static boolean changes(double before, double after) {
        return !Double.isNaN(before) && !Double.isNaN(after) && Math.abs(before - after) >= 1.5;
    }

    /** Wider than the column around, whether punctuation is set compressed or not: no body line is. */
    private static boolean wide(Row r) {
        return r.width >= r.aroundWide + 3 && r.plain >= r.aroundPlainWide + 3;
    }

    /** Starts with punctuation that only follows text ({@code ，覆盖37519人}, {@code ）}). */
    private static boolean startsMidSentence(String s) {
        char c = s.charAt(0);
        return "，。、；：）)》”’！？,.;:!?%".indexOf(c) >= 0;
    }

    /** A bracket or book-title mark opened and not closed, or closed and not opened: a piece of a longer text. */
    private static boolean unbalanced(String s) {
        int paren = 0;
        int book = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                paren++;
            } else if (c == '）' || c == ')') {
                paren--;
            } else if (c == '《') {
                book++;
            } else if (c == '》') {
                book--;
            }
            if (paren < 0 || book < 0) {
                return true;
            }
        }
        return paren != 0 || book != 0;
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
    private boolean[] listRows(List<Row> rows) {
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
                Row r = rows.get(end);
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

    private boolean listLine(Row r) {
        if (r.kind != Kind.TEXT || r.lead != null || r.attribution || r.justified || r.text.isBlank() || r.text.length() > MAX_HEADING
                || r.typeScale >= HEADLINE_TYPE || isParenthesised(r.text) || unbalanced(r.text) || bylines.isPictureCredit(r.text)
                || Headline.endsWithLabel(r.text.strip()) || isDashed(r.text)) {
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
        return open > close || startsMidSentence(next) || CharClass.isContinuing(CharClass.lastChar(line));
    }

    /** Whether the text opens and closes with a bracket (a credit or note set on its own). */
    static boolean isParenthesised(String s) {
        return (s.startsWith("（") || s.startsWith("(")) && (s.endsWith("）") || s.endsWith(")"));
    }

    private List<PageItem> items(List<Row> rows, boolean blankSeparated) {
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
            Row r = rows.get(i);
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
            if (fresh && headingShape(rows, i, blankSeparated)) {
                if (!heading.isEmpty() && (inHeadlineType(rows, i) != inHeadlineType(rows, i - 1)
                        || inBlockTitle(rows, i) && signsPicture(rows.get(i - 1).text))) {
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
                headingBlockTitle.add(inBlockTitle(rows, i));
                continue;
            }
            flushHeading(heading, headingScales, headingBlockTitle, headingWidths, items, blankSeparated && i < rows.size() && !rows.get(i).blankBefore, blankSeparated);
            if (para == null) {
                para = new ParagraphBuilder(r.lead, r.lead != null || datelineFrom(rows, i));
            }
            para.add(r);
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
                    && !attributionUnderQuote(items, i) && p.lines().stream().noneMatch(bylines::isPictureCredit) && p.lines().stream().noneMatch(LayoutReader::isAttribution)
                    && !CharClass.endsSentence(p.text()) && p.text().indexOf('。') < 0 && p.text().length() <= 2 * MAX_HEADING
                    && !unbalanced(p.text()) && !isParenthesised(p.text()) && !CharClass.isContinuing(CharClass.lastChar(p.text()))
                    && CharClass.lastChar(p.text()) != '，' && (items.get(i + 1) instanceof PageItem.Credit c && !c.trailing()
                            || items.get(i + 1) instanceof PageItem.Paragraph q && (q.lead() != null || q.opensArticle()))) {
                items.set(i, new PageItem.Heading(p.lines().stream().map(List::of).toList(), p.width(), p.width(), false, false, false));
            }
        }
        // a line alone ending no sentence at the head of the page, or after finished text, a photo credit, a byline, a
        // heading or a jump marker, right over a headline of spaced phrases: its kicker, clauses and all (山里人家搬进新居，过上好日子 / 住得好 有活干 能增收)
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof PageItem.Paragraph p && p.lineCount() == 1 && p.lead() == null && !p.opensArticle()
                    && !SectionHeadings.isBoxLabel(p.text().strip()) && !isDashed(p.text().strip())
                    && !bylines.isPictureCredit(p.text()) && !isAttribution(p.text()) && !isParenthesised(p.text())
                    && items.get(i + 1) instanceof PageItem.Heading next
                    && (headlineOverDateline(p.text()) && CharClass.lastChar(p.text()) != '，' && CharClass.lastChar(p.text()) != '：'
                            && (phraseSpaced(next.lines().get(0)) && quotesClosed(next.lines().get(0))
                                    // or over a title that carries its column label (…（乡村新貌）) or runs wider than the column: a headline
                                    || Headline.endsWithLabel(next.lines().get(0).strip())
                                    || next.widest() >= next.column() + 1)
                            || handsOverAcross(p) || longTitleOverDashedSubtitle(p, next))
                    && !(i > 0 && items.get(i - 1) instanceof PageItem.Paragraph before && !CharClass.endsSentence(before.text())
                            && !bylines.isPictureCredit(before.text()) && !isParenthesised(before.text()))) {
                items.set(i, new PageItem.Heading(List.of(List.of(p.text())), p.width(), p.width(), false, false, false));
            }
        }
        // a line alone with no clause in it, between finished text and a headline: the headline of one more article
        // (headlines set after their bodies come stacked so), however wide
        for (int i = 1; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof PageItem.Paragraph p && p.lineCount() == 1 && p.lead() == null && !p.opensArticle()
                    && noClause(p.text()) && p.text().length() <= MAX_HEADING && !bylines.isPictureCredit(p.text())
                    && !isAttribution(p.text()) && !isParenthesised(p.text()) && items.get(i + 1) instanceof PageItem.Heading next && next.looksLikeHeadline()
                    && items.get(i - 1) instanceof PageItem.Paragraph before && CharClass.endsSentence(before.text())) {
                items.set(i, new PageItem.Heading(List.of(List.of(p.text())), p.width(), p.width(), false, false, false));
            }
        }
        // a clause-free line right under a 上接 marker, with no text after it: the headline of the continued text above,
        // set after it with the marker between (◀◀上接2版, then the headline); so are two such lines, kicker and title
        for (int i = 1; i < items.size(); i++) {
            boolean nothingAfter = i + 1 == items.size() || !(items.get(i + 1) instanceof PageItem.Paragraph);
            if (nothingAfter && items.get(i) instanceof PageItem.Paragraph p && p.lineCount() <= 2 && p.lead() == null
                    && !p.opensArticle() && noClause(p.text()) && p.text().length() <= MAX_HEADING && !isParenthesised(p.text())
                    && !bylines.isPictureCredit(p.text()) && !isAttribution(p.text())
                    && p.lines().stream().allMatch(l -> !l.isBlank() && !bylines.isPictureCredit(l) && !isAttribution(l))
                    && items.get(i - 1) instanceof PageItem.Jump j && !j.continuesElsewhere()) {
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
        return i > 0 && items.get(i) instanceof PageItem.Paragraph p && isDashed(p.text())
                && items.get(i - 1) instanceof PageItem.Paragraph q && CharClass.endsSentence(q.text());
    }

    /**
     * Whether a dateline opens the row, or the row and the one under it: a long agency and place wrap the dateline
     * before its 电 (据新华社某某某某5月11日 / 电（记者张三）…).
     */
    private boolean datelineFrom(List<Row> rows, int i) {
        Row r = rows.get(i);
        if (bylines.startsWithDateline(r.text)) {
            return true;
        }
        Row under = i + 1 < rows.size() ? rows.get(i + 1) : null;
        return under != null && under.kind == Kind.TEXT && under.lead == null && r.text.indexOf('电') < 0
                && under.text.startsWith("电") && bylines.startsWithDateline(r.text.strip() + under.text.strip());
    }

    private boolean endsParagraph(List<Row> rows, int i, boolean blankSeparated, int linesSoFar) {
        Row r = rows.get(i);
        if (!r.jumps.isEmpty() || i + 1 >= rows.size()) {
            return true;
        }
        Row next = rows.get(i + 1);
        if (next.kind != Kind.TEXT || next.lead != null || next.doubled != r.doubled) {
            // bold text (doubled by extraction) and regular text are never one paragraph
            return true;
        }
        if (inHeadlineType(rows, i) != inHeadlineType(rows, i + 1)) {
            // nor are a headline's type and the body's
            return true;
        }
        if (r.attribution) {
            // an attribution closes the quote; one wrapped over two lines runs on to where its bracket closes
            return !next.attribution;
        }
        if (next.attribution || isAttribution(r.text) || isAttribution(next.text)) {
            // the signature under a quote or an editor's note (——编者) is printed on its own line, closing the text
            return true;
        }
        if (bylines.isPictureCredit(r.text)) {
            // a photo credit (张三摄（人民视觉）) closes the caption it signs
            return true;
        }
        if (isParenthesised(r.text) && !unbalanced(r.text)) {
            // a closing credit or dateline in brackets: （本报柏林电）
            return true;
        }
        boolean sentence = CharClass.endsSentence(r.text);
        if (linesSoFar == 1 && !sentence && datelineFrom(rows, i + 1)
                && (headlineOverDateline(r.text, MAX_HEADING) || wide(r) && headlineOverDateline(r.text, 2 * MAX_HEADING))) {
            // a line alone after finished text over a dateline (新华社北京5月20日电…): the headline of that news, however
            // wide, clauses and all (甲乙两国外长通电话, 加强合作，携手应对挑战): a dateline opens its paragraph, so no
            // sentence runs on into it; set across the columns (wider than the column, which no text line is), it may
            // run longer than a heading in a column
            return true;
        }
        if (sentence && !r.justified && r.width <= r.column - 1.0) {
            return true;
        }
        // hard wrapping leaves a line well short of the column only where the paragraph ends; a paragraph
        // ends a sentence, so a line that does not must fall shorter still, since the column measured
        // from the lines above can still be the wider column of the article before
        if (linesSoFar >= 2 && !r.justified && r.width <= r.column - Math.max(3, (sentence ? 0.2 : 0.35) * r.column)
                && !CharClass.isContinuing(CharClass.lastChar(r.text))) {
            return true;
        }
        if (sentence && (headingShape(rows, i + 1, blankSeparated) || bylines.startsWithDateline(next.text)
                || bylines.isPictureCredit(next.text))) {
            // (a photo credit, 张三摄, stands on its own line under the caption it signs, however full its last line)
            return true;
        }
        if (linesSoFar == 1 && CharClass.lastChar(r.text) == '—' && wide(r) && headingShape(rows, i + 1, blankSeparated)) {
            // a line wider than the column closed by a dash (…全村党员干部牢记嘱托——) over a heading: a kicker set across the
            // columns handing over to its title, not a line of text (which runs no wider than its column)
            return true;
        }
        // a headline wider than the column cannot continue a paragraph, however the paragraph ended, nor can a line of
        // phrases set apart by spaces (住得好 有活干 能增收): body text spaces no phrases
        char last = CharClass.lastChar(r.text);
        if (last != '，' && last != '、' && (wide(next) || phraseSpaced(next.text) && quotesClosed(next.text) && !CharClass.isContinuing(last) && last != '：' && last != '“')
                && headingShape(rows, i + 1, blankSeparated)) {
            return true;
        }
        // a heading block set tight below a line that ran to the column end (the text went on elsewhere)
        return blankSeparated && next.blankBefore && i + 2 < rows.size() && !rows.get(i + 2).blankBefore
                && headingShape(rows, i + 1, blankSeparated) && next.width <= next.around - 1.5;
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
            boolean columnChanges = changes(widths[2], widths[3]) && changes(widths[4], widths[5]);
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

        ParagraphBuilder(Byline lead, boolean opens) {
            this.lead = lead;
            this.opens = opens;
        }

        int lines() {
            return widths.size();
        }

        void add(Row r) {
            LineJoiner.append(text, r.text);
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
            return texts.size() == 2 && shortEnd && lead == null && !opens && !attribution && t.length() <= 2 * MAX_HEADING
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
