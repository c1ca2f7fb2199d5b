package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.PageFurniture;

/**
 * What a heading's lines look like, and how headings stand in series: numbered, bulleted or dashed lines, clause pairs,
 * siblings of about the same length, parallel headings that open alike, a letter's signature, complete headline
 * blocks. Tests on lines only, with no article state.
 */
final class HeadingShapes {

    private static final BylineParser BYLINES = new BylineParser();

    private HeadingShapes() {
    }

    /**
     * Whether a heading line names a speaker by office and name (某某研究院院长张三: no clause, plain, an office of a few
     * characters before a name of two to four) whom the text calls a deputy or a member (张三委员, 张三代表).
     */
    static boolean speakerSection(String heading, String text) {
        String line = heading.strip();
        if (line.length() < 8 || !LineShapes.noClause(line) || !SectionHeadings.plain(List.of(line))) {
            return false;
        }
        for (int k = 2; k <= 4; k++) {
            String name = line.substring(line.length() - k);
            if (text.contains(name + "委员") || text.contains(name + "代表")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a heading carries what a headline carries and a section heading seldom does: a kicker over its title
     * (two lines or more), phrases set apart by spaces, or a quotation for a title (“…”).
     */
    static boolean headlineMarked(List<String> lines) {
        String first = lines.get(0).strip();
        return lines.size() >= 2 || LineShapes.phraseSpaced(first) || first.startsWith("“") || first.startsWith("\"");
    }

    /**
     * How many of the lines, from the first, make a signature and the date it was signed: a few short lines with no
     * clause, then a bare date (2020年5月5日); 0 when they do not open so.
     */
    static int signatureEnd(List<String> lines) {
        for (int k = 1; k < lines.size() && k < SIGNATURE_LINES; k++) {
            String l = lines.get(k - 1).strip();
            if (!LineShapes.noClause(l) || l.length() > PageFurniture.MAX_SIGNATURE_LINE) {
                return 0;
            }
            if (PageFurniture.isBareDate(lines.get(k))) {
                return k + 1;
            }
        }
        return 0;
    }

    private static final int SIGNATURE_LINES = 5;

    /**
     * A reader's signature under a letter: where they live, down to a county, town or village, then who they are (a
     * name opening with a surname, 某女士, 部分居民), alone on the heading's first line (某省某市张三, 某县某乡部分居民); never
     * over a dashed subtitle, which a headline's title stands over (某某园区揭牌 / ——规划面积…).
     */
    static boolean letterSignature(List<String> lines) {
        Matcher m = LETTER_SIGNATURE.matcher(lines.get(0).strip());
        if (!m.matches() || lines.size() > 1 && Headline.isDashed(lines.get(1))) {
            return false;
        }
        String who = m.group(1);
        // (a name, not one more place down the chain: …某某县城关镇)
        return SIGNED_AS.matcher(who).matches() || TopicBreak.opensWithSurname(who) && PLACE_END.indexOf(who.charAt(who.length() - 1)) < 0;
    }

    private static final String PLACE_END = "省市县区州盟旗镇乡村";

    /** Who signs a letter other than by their name: 某女士, 某先生, 部分村民, a village's residents. */
    private static final Pattern SIGNED_AS = Pattern.compile("\\p{IsHan}{1,2}(?:女士|先生)|(?:部分)?(?:村民|居民|群众|职工|读者)");

    private static final Pattern LETTER_SIGNATURE = Pattern.compile("\\p{IsHan}{2,20}?[" + PLACE_END + "](" + SIGNED_AS.pattern() + "|\\p{IsHan}{2,3})");

    /** A numbered heading of a line or two (一、…, （二）…, 3．…): a section's, never a headline. */
    static boolean numbered(List<String> lines) {
        return lines.size() <= 2 && ENUMERATED.matcher(lines.get(0).strip()).lookingAt() && !SectionHeadings.isBoxLabel(lines.get(0).strip());
    }

    /** A line closed by a dash (…——), handing over to what stands under it. */
    static boolean handsOverByDash(String line) {
        String l = line.strip();
        return l.length() > 2 && CharClass.lastChar(l) == '—' && !Headline.isDashed(l);
    }

    /** A heading opening with a bullet or a 【label】: a box inside a section. */
    static boolean isBox(PageItem item) {
        return item instanceof PageItem.Heading h && SectionHeadings.isBoxLabel(h.lines().get(0));
    }

    /**
     * Headlines stacked without a gap (a headline set after its body, then the next article's): a dashed subtitle
     * belongs to the line above it, even across a block boundary (pages without blank lines give one block per
     * line), and closes its headline, so a line that is not itself dashed after it begins another headline.
     */
    static List<List<String>> splitAfterSubtitles(List<List<String>> blocks) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> block : blocks) {
            for (int k = 0; k < block.size(); k++) {
                String line = block.get(k);
                List<String> last = out.isEmpty() ? null : out.get(out.size() - 1);
                boolean closed = last != null && Headline.isDashed(last.get(last.size() - 1)) && last.size() >= 2;
                if (last != null && Headline.isDashed(line) && !closed) {
                    last.add(line);
                } else if (last == null || closed || k == 0) {
                    out.add(new ArrayList<>(List.of(line)));
                } else {
                    last.add(line);
                }
            }
        }
        return out;
    }

    /** A headline block that cannot go on: it ends with a dashed subtitle under its title, or with a labelled title. */
    static boolean completeHeadline(List<String> block) {
        String last = block.get(block.size() - 1).strip();
        return block.size() >= 2 && Headline.isDashed(last) || Headline.endsWithLabel(last);
    }

    /** The blocks of a heading without its first {@code n} lines. */
    static List<List<String>> withoutFirstLines(List<List<String>> blocks, int n) {
        List<List<String>> out = new ArrayList<>();
        int skip = n;
        for (List<String> b : blocks) {
            if (skip >= b.size()) {
                skip -= b.size();
                continue;
            }
            out.add(List.copyOf(b.subList(skip, b.size())));
            skip = 0;
        }
        return out;
    }

    /**
     * Whether the next heading, before anything that opens or ends an article (byline, dateline, jump marker),
     * is a sibling of this one: one short line between stretches of text, of about the same length.
     */
    static boolean hasSibling(String heading, List<PageItem> items, int from) {
        return nextHeadingIs(items, from, h -> !h.looksLikeHeadline() && siblings(heading, h.lines().get(0)));
    }

    /**
     * Whether the next heading, before anything that opens an article (byline, dateline) or ends one, is one line with
     * text after it and passes {@code test}.
     */
    static boolean nextHeadingIs(List<PageItem> items, int from, Predicate<PageItem.Heading> test) {
        for (int k = from; k < items.size(); k++) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph p) {
                if (endsRun(p)) {
                    return false;
                }
                continue;
            }
            return item instanceof PageItem.Heading h && h.lines().size() == 1 && test.test(h)
                    && k + 1 < items.size() && items.get(k + 1) instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle();
        }
        return false;
    }

    /**
     * A paragraph that ends the run of text a series of section headings stands in, looking ahead: a byline or dateline
     * opens another article, and a photo credit on its own line (张三摄) closes the picture item the heading before it
     * may head, so a like heading after it tells nothing of this one.
     */
    static boolean endsRun(PageItem.Paragraph p) {
        return p.lead() != null || p.opensArticle() || p.lineCount() == 1 && BYLINES.isPictureCredit(p.text());
    }

    /**
     * Two headings of a parallel series: longer than a sibling heading, about as long, both opening with the same
     * character and phrased without clauses, labels or spaces (全域规划布局… over 全员参与共建…).
     */
    static boolean parallel(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        return x.length() > MAX_SIBLING - 4 && y.length() > MAX_SIBLING - 4 && Math.abs(x.length() - y.length()) <= 6
                && x.charAt(0) == y.charAt(0) && Character.isIdeographic(x.charAt(0)) && !x.equals(y)
                && LineShapes.noClause(x) && LineShapes.noClause(y) && !Headline.endsWithLabel(x) && !Headline.endsWithLabel(y)
                && x.indexOf(' ') < 0 && y.indexOf(' ') < 0;
    }

    /**
     * Two short headings of about the same length, neither carrying a column label nor set as two spaced phrases
     * (荒山林海 树木树人), which is how headlines of a series of articles come out.
     */
    static boolean siblings(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        return x.length() <= MAX_SIBLING && y.length() <= MAX_SIBLING && Math.abs(x.length() - y.length()) <= 3
                && !Headline.endsWithLabel(x) && !Headline.endsWithLabel(y) && x.indexOf(' ') < 0 && y.indexOf(' ') < 0;
    }

    static final int MAX_SIBLING = 12;

    static final Pattern ENUMERATED = Pattern.compile(
            "[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、．]|[●■◆▲★□◇○◎]|[\u2460-\u2473\u2776-\u277f]");

    /** A line of dashes alone (——). */
    static final Pattern DASHES = Pattern.compile("[—―－-]{1,4}");

    /** A section's number alone on its line (一, 二, 十一). */
    static final Pattern LONE_NUMERAL = Pattern.compile("[一二三四五六七八九十]{1,3}");

    /** The label of a text's opening section, alone on its line: a prologue (引子, 楔子, 序章). */
    private static final Pattern OPENING_LABEL = Pattern.compile("引子|楔子|序章");

    /**
     * The blocks of a heading without its last line, when that line is a section's number alone (一) or the label of an
     * opening section (引子) under headline lines, in a block of its own or tight under them: that line opens the text.
     * Null when the heading ends otherwise.
     */
    static List<List<String>> withoutSectionOpener(List<List<String>> blocks) {
        List<String> lastBlock = blocks.get(blocks.size() - 1);
        String last = lastBlock.get(lastBlock.size() - 1).strip();
        if (blocks.stream().mapToInt(List::size).sum() < 2
                || !LONE_NUMERAL.matcher(last).matches() && !OPENING_LABEL.matcher(last).matches()) {
            return null;
        }
        List<List<String>> rest = new ArrayList<>(blocks.subList(0, blocks.size() - 1));
        if (lastBlock.size() > 1) {
            rest.add(List.copyOf(lastBlock.subList(0, lastBlock.size() - 1)));
        }
        return List.copyOf(rest);
    }

    /**
     * A bullet or a label in lenticular brackets opening a heading block (■记者手记 over its own two-line title,
     * 【记者观察】): a box or section inside an article, whatever lines follow it; a headline never opens so.
     */
    static final Pattern BULLETED = Pattern.compile("[●■◆▲★□◇○◎]|【[^】]{2,10}】");

    /**
     * Two clauses or a lead-in and its point (破难点、除痛点、疏堵点，推动协同复产; 代表心声：…): a comma or colon
     * inside, as section headings often have and headlines seldom do; no column label, no dash.
     */
    static boolean isSentenceHeading(String line) {
        String l = line.strip();
        int comma = Math.max(l.indexOf('，'), l.indexOf('：'));
        return comma > 0 && comma < l.length() - 1 && !Headline.endsWithLabel(l) && l.indexOf('—') < 0
                && !CharClass.endsSentence(l);
    }
}
