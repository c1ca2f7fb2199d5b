package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.clean.SpacingNormaliser;

/**
 * The kicker (引题), title and subtitle of an article, assigned from the lines of a headline block.
 * A subtitle opens with a dash (——); without one, the line carrying a bracketed column label (（人民论坛）)
 * is the title; else two lines are kicker and title, unless the first is much shorter than the second and the
 * second opens with a name of its own (a short title over an explanatory line set without a dash).
 */
public record Headline(String kicker, String title, String subtitle) {

    private static final SpacingNormaliser SPACING = new SpacingNormaliser();

    public static Headline of(List<String> lines) {
        List<String> l = lines.stream().map(Headline::tidy).filter(s -> !s.isEmpty()).toList();
        int start = ownStart(l);
        if (start > 0) {
            // the lines above are another headline's or this one's kicker: the title is the line they hand over to
            Headline own = of(l.subList(start, l.size()));
            return new Headline(String.join("", l.subList(0, start)), own.title(), own.subtitle());
        }
        if (l.size() >= 3 && endsWithLabel(l.get(l.size() - 1))
                && l.subList(0, l.size() - 1).stream().noneMatch(x -> endsWithLabel(x) || isDashed(x))) {
            // the last line carries the column label (…（追梦）): the title, every line above it its kicker
            return new Headline(String.join("", l.subList(0, l.size() - 1)), l.get(l.size() - 1), null);
        }
        return switch (l.size()) {
            case 0 -> new Headline(null, null, null);
            case 1 -> new Headline(null, l.get(0), null);
            case 2 -> two(l.get(0), l.get(1));
            case 3 -> isDashed(l.get(1)) && !isDashed(l.get(2)) ? new Headline(null, l.get(0), l.get(1) + l.get(2))
                    : new Headline(l.get(0), l.get(1), l.get(2));
            default -> new Headline(l.get(0), l.get(1), String.join("", l.subList(2, l.size())));
        };
    }

    /**
     * A headline whose lines' type sizes are known (a PDF): the title is what is set in the largest type, the smaller
     * lines above it are its kicker, those under it its subtitle (a subtitle may be set in display type too, only
     * smaller than the title). Without a line in display type, as {@link #of(List)}.
     */
    public static Headline typed(List<String> lines, List<Float> scales) {
        float largest = 0;
        for (float s : scales) {
            largest = Math.max(largest, s);
        }
        if (largest < PrintedLine.DISPLAY_SCALE) {
            return of(lines);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (scales.get(i) >= largest * TITLE_TYPE) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new Headline(joined(lines.subList(0, first)), joined(lines.subList(first, last + 1)),
                joined(lines.subList(last + 1, lines.size())));
    }

    /** A headline line set this close to the largest size is the title's (rounding and glyph heights vary). */
    private static final float TITLE_TYPE = 0.9f;

    /** The lines tidied and run together, null when none is left. */
    private static String joined(List<String> lines) {
        String s = String.join("", lines.stream().map(Headline::tidy).toList());
        return s.isEmpty() ? null : s;
    }

    /**
     * Where the headline nearest its text begins in a stack of lines: after a kicker below the first line that hands
     * over to the title under it (四川凉山——, 张三委员——, …：), or after a complete headline (title over dashed
     * subtitle) that another title and its dashed subtitle follow; 0 when the lines make one headline.
     */
    static int ownStart(List<String> l) {
        for (int k = l.size() - 2; k >= 1; k--) {
            if (handsOver(l.get(k)) && !handsOver(l.get(k + 1))) {
                return k + 1;
            }
        }
        for (int k = 1; k + 2 < l.size(); k++) {
            if (isDashed(l.get(k)) && !isDashed(l.get(k + 1)) && isDashed(l.get(k + 2))) {
                return k + 1;
            }
        }
        return 0;
    }

    /** A line that ends on the occasion or on a verb of saying, introducing what is said under it. */
    private static final Pattern OCCASION_OR_SAYING = Pattern.compile("(?:之际|前夕|强调|指出|表示)$");

    /** A kicker handing over to the title under it (四川凉山——, 某某：), never a dashed subtitle. */
    static boolean handsOver(String line) {
        return line.length() > 2 && !isDashed(line) && (line.endsWith("—") || line.endsWith("："));
    }

    private static Headline two(String a, String b) {
        if (a.endsWith("—") || a.endsWith("：")) {
            return new Headline(a, b, null);
        }
        if (isDashed(b)) {
            return new Headline(null, a, b);
        }
        if (OCCASION_OR_SAYING.matcher(a).find() && !endsWithLabel(b)) {
            // the occasion (在植树节到来之际) or who said it (张三在某某会议上强调): a line that introduces the one
            // under it, never a title on its own
            return new Headline(a, b, null);
        }
        // the title carries the column label (（人民论坛）): a labelled first line is the title over a subtitle
        if (endsWithLabel(a) != endsWithLabel(b)) {
            return endsWithLabel(a) ? new Headline(null, a, b) : new Headline(a, b, null);
        }
        if (CharClass.width(a) <= 0.6 * CharClass.width(b) && CharClass.width(b) <= SHORT_SUBTITLE && opensWithName(b)) {
            // a short line over a longer one that names its own place or actor (株洲以改革促“三变”): a title over a
            // subtitle set without a dash; any other second line (市人社局 / 面向应届毕业生招聘社工) is the title
            // under its kicker, and so is a long one (四部门联合印发方案 / 长江全流域试点…): a full news title
            // under its kicker, where an undashed subtitle glosses a short title in a few words
            return new Headline(null, a, b);
        }
        return new Headline(a, b, null);
    }

    /** The widest line read as an undashed subtitle under a short title: a gloss of a few words. */
    private static final double SHORT_SUBTITLE = 12;

    /**
     * Whether a headline line opens with a proper name of its own, a place, person or organisation (株洲以改革促“三变”):
     * a clause with its own subject that explains the line above, as a subtitle does. A line opening any other way
     * goes on from the line above it (市人社局 / 面向应届毕业生招聘社工), as a title from its kicker.
     */
    static boolean opensWithName(String line) {
        for (Term t : SEGMENT.seg(line)) {
            if (t.word.isBlank() || t.nature == null || t.nature.toString().startsWith("w")) {
                continue;
            }
            String pos = t.nature.toString();
            return pos.startsWith("ns") || pos.startsWith("nr") || pos.startsWith("nt");
        }
        return false;
    }

    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
            .enableOrganizationRecognize(false).enableCustomDictionary(false);

    /**
     * Ends with a bracketed column label of a few characters: {@code （人民论坛）}, {@code (记者手记)}. A column is named
     * in words, so a bracket holding no more than one Chinese character (an abbreviation, （IBBY）) is no label.
     */
    /** As {@link #endsWithLabel}, the label as long as a series' name may run (在…指引下——代表委员话发展). */
    static boolean endsWithLabelOfAnyLength(String line) {
        int open = labelOpens(line);
        return open > 0 && (line.endsWith("）") || line.endsWith(")")) && line.length() - open >= 4 && line.length() - open <= 40
                && line.substring(open).codePoints().filter(Character::isIdeographic).count() >= 2
                && !ASIDE.matcher(line.substring(open + 1)).lookingAt();
    }

    static boolean endsWithLabel(String line) {
        int open = labelOpens(line);
        return open > 0 && (line.endsWith("）") || line.endsWith(")")) && line.length() - open >= 4 && line.length() - open <= 16
                && line.substring(open).codePoints().filter(Character::isIdeographic).count() >= 2
                && !ASIDE.matcher(line.substring(open + 1)).lookingAt();
    }

    /**
     * Where the bracket that closes the line opens, past any bracket nested in it (a series' number:
     * （某某专栏(14)）); -1 when none closes it.
     */
    private static int labelOpens(String line) {
        int depth = 0;
        for (int k = line.length() - 1; k >= 0; k--) {
            char c = line.charAt(k);
            if (c == '）' || c == ')') {
                depth++;
            } else if ((c == '（' || c == '(') && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A bracket that lists (自治区、直辖市) or says what is included or meant (含兵团团场, 以下简称…): an aside in a
     * sentence of text, never a column's label.
     */
    private static final Pattern ASIDE = Pattern.compile("[^）)]*、|(?:含|不含|包括|即|以下简称|简称)");

    /** A line opening with a dash (——记……): a subtitle, or the signature under a quote. */
    static boolean isDashed(String line) {
        String s = line.strip();
        return s.startsWith("—") || s.startsWith("－－") || s.startsWith("--");
    }

    /** Headline spacing as in body text: no space left between Chinese characters (justification or not). */
    static String tidy(String line) {
        return SPACING.normalise(line).strip();
    }
}
