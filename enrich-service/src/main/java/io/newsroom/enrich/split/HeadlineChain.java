package io.newsroom.enrich.split;

import java.util.List;

import io.newsroom.enrich.clean.CharClass;

/**
 * Where a run of headline lines stacked without a gap breaks into two headlines: the one set after the text
 * above it and the one over the text below. A kicker hands over to the line under it (it ends with a colon or a
 * dash) and a dashed subtitle belongs to the line over it, so no break falls there; a title carrying its column
 * label (（人民论坛）) closes its headline; otherwise the break falls where the lines above it echo the text above and the lines below it the text below.
 */
final class HeadlineChain {

    /** At most this many lines make one headline: kicker, title, subtitle. */
    private static final int MAX_LINES = 3;

    /** How much more a run must echo one text to go to it whole rather than break. */
    private static final double DECISIVE = 0.2;

    private HeadlineChain() {
    }

    /**
     * The index of the first line of the second headline: 0 when all lines head the text below, the number of
     * lines when all head the text above, -1 when the lines cannot be split so.
     *
     * @param before the text the first headline would head
     * @param after the text the second headline would head
     */
    static int cut(List<String> lines, List<String> before, String after) {
        int n = lines.size();
        // how much more each line echoes the text above than the text below
        double[] lean = new double[n];
        for (int j = 0; j < n; j++) {
            lean[j] = echo(lines.get(j), before) - echo(lines.get(j), List.of(after));
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        // a break inside the run first; then all lines over the text above, then all over the text below, which win
        // only when the lines clearly say so
        for (int k = 1; k <= n + 1; k++) {
            int cut = k <= n - 1 ? k : k == n ? n : 0;
            boolean inside = cut > 0 && cut < n;
            if (cut > MAX_LINES || n - cut > MAX_LINES || inside && !canBreak(lines.get(cut - 1), lines.get(cut))) {
                continue;
            }
            if (inside && Headline.endsWithLabel(lines.get(cut - 1).strip())) {
                // a labelled title ends its headline (no dashed subtitle follows: canBreak)
                return cut;
            }
            double score = inside ? 0 : -DECISIVE;
            for (int j = 0; j < n; j++) {
                score += j < cut ? lean[j] : -lean[j];
            }
            if (score > bestScore) {
                bestScore = score;
                best = cut;
            }
        }
        return best;
    }

    /** The line after the first title carrying a column label with no dashed subtitle under it, or 0. */
    static int labelledBreak(List<String> lines) {
        for (int k = 1; k < lines.size() && k <= MAX_LINES; k++) {
            if (Headline.endsWithLabel(lines.get(k - 1).strip()) && canBreak(lines.get(k - 1), lines.get(k)) && lines.size() - k <= MAX_LINES) {
                return k;
            }
        }
        return 0;
    }

    /** Whether a headline can end on {@code above} and another begin on {@code below}. */
    static boolean canBreak(String above, String below) {
        String a = above.strip();
        String b = below.strip();
        char last = CharClass.lastChar(a);
        return !(last == '：' || last == ':' || last == '—' || last == '，' || last == '、' || b.startsWith("—") || b.startsWith("--"));
    }

    private static double echo(String headline, List<String> text) {
        double shared = Cohesion.shared(headline, 100, text);
        return Double.isNaN(shared) ? 0 : shared;
    }
}
