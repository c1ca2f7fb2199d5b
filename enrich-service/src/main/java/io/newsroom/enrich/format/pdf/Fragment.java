package io.newsroom.enrich.format.pdf;

import java.util.List;

/** A piece of one text line that no column gutter crosses: glyphs on one baseline, close together. */
record Fragment(List<Glyph> glyphs, float x0, float x1, float top, float baseline, float fontSize) {

    static Fragment of(List<Glyph> glyphs) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = -Float.MAX_VALUE;
        float size = 0;
        for (Glyph g : glyphs) {
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            top = Math.min(top, g.top());
            baseline = Math.max(baseline, g.baseline());
            size = Math.max(size, g.height());
        }
        return new Fragment(List.copyOf(glyphs), x0, x1, top, baseline, size);
    }

    /** Whether most of its glyphs were drawn bold. */
    boolean bold() {
        return 2 * glyphs.stream().filter(Glyph::bold).count() > glyphs.size();
    }

    /** The fragment's text, with word spaces where the glyphs leave a gap. */
    String text() {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && Layout.needsSpace(prev, g)) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
