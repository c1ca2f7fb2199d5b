package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.LineJoiner;
import io.newsroom.enrich.clean.PrintedLine;

/**
 * Heading lines that the column broke, joined again once the page's items are read: a number broken before its measure
 * word at the column end (…报表，17 / 家单位…), and a paragraph's last line read as a heading (…办好广东 / 的事).
 */
final class WrappedHeadings {

    private WrappedHeadings() {
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
}
