package io.newsroom.enrich.split;

import java.util.List;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.SpacingNormaliser;

/**
 * The kicker (引题), title and subtitle of an article, assigned from the lines of a headline block.
 * A subtitle opens with a dash (——); without one, two lines are kicker and title, unless the first is
 * much shorter than the second (a short title over a longer explanatory line).
 */
public record Headline(String kicker, String title, String subtitle) {

    private static final SpacingNormaliser SPACING = new SpacingNormaliser();

    public static Headline of(List<String> lines) {
        List<String> l = lines.stream().map(Headline::tidy).filter(s -> !s.isEmpty()).toList();
        return switch (l.size()) {
            case 0 -> new Headline(null, null, null);
            case 1 -> new Headline(null, l.get(0), null);
            case 2 -> two(l.get(0), l.get(1));
            case 3 -> isDashed(l.get(1)) && !isDashed(l.get(2)) ? new Headline(null, l.get(0), l.get(1) + l.get(2))
                    : new Headline(l.get(0), l.get(1), l.get(2));
            default -> new Headline(l.get(0), l.get(1), String.join("", l.subList(2, l.size())));
        };
    }

    private static Headline two(String a, String b) {
        if (a.endsWith("—") || a.endsWith("：")) {
            return new Headline(a, b, null);
        }
        if (isDashed(b)) {
            return new Headline(null, a, b);
        }
        if (CharClass.width(a) <= 0.6 * CharClass.width(b)) {
            return new Headline(null, a, b);
        }
        return new Headline(a, b, null);
    }

    private static boolean isDashed(String s) {
        return s.startsWith("—") || s.startsWith("－－") || s.startsWith("--");
    }

    /** Headline spacing as in body text: no space left between Chinese characters (justification or not). */
    static String tidy(String line) {
        return SPACING.normalise(line).strip();
    }
}
