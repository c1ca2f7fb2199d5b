package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Repairs made once a page's articles are assembled: lines read into a headline that belong to the text under it (a
 * speech's heading stacked under a column's title, lines of facts, a standfirst under a labelled title), and a
 * headline left with no text over the facts that open the text after it.
 */
final class HeadlineRepairs {

    private HeadlineRepairs() {
    }

    /** Applies every repair to the page's assembled articles, in order. */
    static void repair(List<Piece> pieces) {
        pieces.forEach(HeadlineRepairs::speakerUnderColumnTitle);
        pieces.forEach(HeadlineRepairs::factLinesToText);
        pieces.forEach(HeadlineRepairs::standfirstToText);
        headlinesOverFacts(pieces);
        agencyCreditsToText(pieces);
        kickersReadAsText(pieces);
        strayLines(pieces);
        headlinesSetAfterTheirTexts(pieces);
    }

    /**
     * The page's last lines a headline with no text under it, over a titled text that follows an untitled one which
     * wants its headline (it opened with a byline or dateline): the page set its headlines after their texts, so the
     * last headline is the titled text's and the title over that text is the one the untitled text above wants.
     */
    static void headlinesSetAfterTheirTexts(List<Piece> pieces) {
        int n = pieces.size();
        if (n < 3) {
            return;
        }
        Piece last = pieces.get(n - 1);
        Piece titled = pieces.get(n - 2);
        Piece wanting = pieces.get(n - 3);
        if (last.hasBody() || last.headline.isEmpty() || last.byline != null || !last.authors.isEmpty()
                || !titled.hasBody() || titled.untitled() || titled.headlineBelow || titled.group
                || !wanting.hasBody() || !wanting.untitled() || !wanting.expectsHeadline || wanting.closedByJump) {
            return;
        }
        wanting.headline.addAll(titled.headline);
        wanting.headlineBelow = true;
        titled.headline.clear();
        titled.headline.addAll(last.headline);
        titled.headlineBelow = true;
        pieces.remove(n - 1);
    }

    /**
     * A news agency's photo credit (新华社发) read into a headline: it signs a picture, never heads a text. Over other
     * headline lines it is the last line of the text above (the caption it signs); alone, it was set after its own text.
     */
    static void agencyCreditsToText(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.headline.isEmpty() || !AGENCY_CREDIT.matcher(p.headline.get(0).strip()).matches()) {
                continue;
            }
            String credit = p.headline.get(0).strip();
            if (p.headline.size() == 1 && p.hasBody()) {
                p.headline.clear();
                p.paragraphs.add(credit);
            } else if (p.headline.size() > 1 && i > 0 && pieces.get(i - 1).hasBody()) {
                p.headline.remove(0);
                pieces.get(i - 1).paragraphs.add(credit);
            }
        }
    }

    private static final Pattern AGENCY_CREDIT = Pattern.compile("[\\u4e00-\\u9fff]{1,4}社发");

    /**
     * An article that is one short line handing over to the headline under it (…——, a question, …强调: a kicker with
     * clauses in it, read as text) goes over that headline as its kicker: no article is a line alone, and a text's
     * last line never hands over to the next article's title. A line closed by a colon stays (张三讲述： opens a speech).
     */
    static void kickersReadAsText(List<Piece> pieces) {
        for (int i = pieces.size() - 2; i >= 0; i--) {
            Piece p = pieces.get(i);
            Piece next = pieces.get(i + 1);
            if (!p.untitled() || p.byline != null || !p.authors.isEmpty() || p.paragraphs.size() != 1 || next.untitled()
                    || next.headlineBelow || Headline.ownStart(next.headline) > 0 || Headline.handsOver(next.headline.get(0))) {
                continue;
            }
            String line = p.paragraphs.get(0).strip();
            if (line.length() <= STRAY_LINE && (HeadingShapes.handsOverByDash(line) || KICKER_END.matcher(line).find())) {
                next.headline.add(0, line);
                p.jumps.stream().filter(j -> !next.jumps.contains(j)).forEach(next.jumps::add);
                pieces.remove(i);
            }
        }
    }

    /** How a kicker read as text ends: on a question it poses, or on who spoke (张三在某会议上强调). */
    private static final Pattern KICKER_END = Pattern.compile("(?:[？?]|强调|指出|表示)$");

    /**
     * An article that is one short line with no sentence in it, no headline and no byline (a headline set after its
     * body, or a section's heading over text that jumped to another page, read as text): no article is a line alone, so
     * it goes to the article above it, as that article's headline when it has none, else as its last line. A line
     * opening the page is left alone (what it heads is below it).
     */
    static void strayLines(List<Piece> pieces) {
        for (int i = pieces.size() - 1; i >= 1; i--) {
            Piece p = pieces.get(i);
            Piece above = pieces.get(i - 1);
            if (!p.untitled() || p.byline != null || !p.authors.isEmpty() || p.paragraphs.size() != 1 || !above.hasBody()) {
                continue;
            }
            String line = p.paragraphs.get(0).strip();
            if (line.isEmpty() || line.length() > STRAY_LINE || STRAY_SENTENCE.matcher(line).find()) {
                continue;
            }
            if (above.untitled()) {
                above.headline.add(line);
            } else {
                above.paragraphs.add(line);
            }
            p.jumps.stream().filter(j -> !above.jumps.contains(j)).forEach(above.jumps::add);
            pieces.remove(i);
        }
    }

    /** The longest stray line taken for a headline: a kicker and title run together. */
    private static final int STRAY_LINE = 60;
    /** What a line of text, a credit or a note has and a headline has not: a sentence's end, a colon, a bracket opening it. */
    private static final Pattern STRAY_SENTENCE = Pattern.compile("[。！？!?：:；;]|^[（(]");

    /**
     * A headline stack whose middle line names a speaker by their role (某某公司董事长张三代表), a point under it: the
     * column's title over the heading of its first speech (建言·生态 / 张三委员 / 加强某某研究), who speaks and what
     * they say. The speaker and the lines under it are the first section's heading, so they go to the text; the lines
     * above are the headline. A headline never names a speaker between its title and its subtitle.
     */
    private static void speakerUnderColumnTitle(Piece p) {
        List<String> h = p.headline;
        if (h.size() < 3) {
            return;
        }
        for (int k = 1; k + 1 < h.size(); k++) {
            if (SpeechCollections.names(h.get(k)) && !HeadingShapes.handsOverByDash(h.get(k - 1)) && !h.get(k - 1).strip().endsWith("：")
                    && h.subList(k, h.size()).stream().noneMatch(l -> Headline.isDashed(l))) {
                headlineToText(p, k);
                return;
            }
        }
    }

    /**
     * A line that opens with the label of a fact (时间：5月6日下午, 地点：…, 主持人：张三（本报记者）, 主办单位：…, 供图：…)
     * states when, where, who hosted or who supplied: a box of facts that opens the text, or a credit, never a headline;
     * it and the lines under it go to the text. A headline's own colon follows a name or topic (民法典：…), no such label.
     */
    private static void factLinesToText(Piece p) {
        List<String> h = p.headline;
        for (int k = 0; k < h.size(); k++) {
            if (FACT_LINE.matcher(h.get(k).strip()).matches()) {
                headlineToText(p, k);
                return;
            }
        }
    }

    /**
     * A sentence with clauses in it (…，…) wrapped over a line or two under a title closed by its column label
     * (…（民生观）), not dashed: the standfirst that opens the text, one paragraph, never the title or a subtitle (a
     * label closes the headline it ends; an undashed subtitle has no clause). Lines with no clause there (保就业—— /
     * 某某某某) are the heading of the text's first section: they open the text, each its own paragraph.
     */
    private static void standfirstToText(Piece p) {
        List<String> h = p.headline;
        if (!p.hasBody() || h.size() < 2) {
            return;
        }
        int label = -1;
        for (int k = 0; k < h.size(); k++) {
            if (Headline.endsWithLabel(h.get(k).strip())) {
                label = k;
            }
        }
        if (label < 0 || label == h.size() - 1 || h.size() - label - 1 > 3) {
            return;
        }
        List<String> under = h.subList(label + 1, h.size());
        if (under.stream().anyMatch(l -> Headline.isDashed(l))) {
            return;
        }
        if (under.stream().noneMatch(l -> CLAUSE.matcher(l).find())) {
            // no clause: the heading of the text's first section (a kicker handing over to it, 保就业—— / 某某某某), each
            // line its own paragraph; a title closed by its column label takes no undashed subtitle
            headlineToText(p, label + 1);
            return;
        }
        p.paragraphs.add(0, under.stream().map(String::strip).collect(Collectors.joining()));
        under.clear();
    }

    private static final Pattern CLAUSE = Pattern.compile("[，,；;、？！]");

    /** Moves the headline's lines from {@code from} on to the head of the text, in order. */
    private static void headlineToText(Piece p, int from) {
        List<String> lines = p.headline.subList(from, p.headline.size());
        p.paragraphs.addAll(0, lines.stream().map(String::strip).toList());
        lines.clear();
    }

    /**
     * A headline with no text under it (set apart, in another style), then untitled text opening with lines of facts
     * (时间：…): the facts open that headline's text, so the two are one article.
     */
    static void headlinesOverFacts(List<Piece> pieces) {
        for (int i = pieces.size() - 2; i >= 0; i--) {
            Piece head = pieces.get(i);
            Piece text = pieces.get(i + 1);
            if (!head.untitled() && !head.hasBody() && text.untitled() && text.hasBody()
                    && FACT_LINE.matcher(text.paragraphs.get(0)).matches()) {
                text.headline.addAll(head.headline);
                text.byline = text.byline == null ? head.byline : text.byline;
                head.authors.stream().filter(a -> !text.authors.contains(a)).forEach(text.authors::add);
                pieces.remove(i);
            }
        }
    }

    /** Whether the line opens with the label of a fact (时间：…), see {@link #factLinesToText}. */
    static boolean isFactLine(String line) {
        return FACT_LINE.matcher(line.strip()).matches();
    }

    private static final Pattern FACT_LINE = Pattern.compile(
            "(?:时间|日程|地点|主持人|对话人|嘉宾|主办单位|承办单位|协办单位|支持单位|指导单位|供图|制图)\\s?[：:].+");
}
