package io.newsroom.enrich.format.pdf;

/**
 * One character drawn on a page, in top-down page coordinates (points).
 *
 * @param x left edge
 * @param baseline baseline, measured from the top of the page
 * @param width advance width
 * @param height glyph height (about the font size)
 * @param text the Unicode text (usually one character, more for ligatures)
 * @param bold drawn bold: in a bold font, stroked as well as filled, or drawn twice over itself (fake bold)
 */
public record Glyph(float x, float baseline, float width, float height, String text, boolean bold) {

    Glyph bolded() {
        return bold ? this : new Glyph(x, baseline, width, height, text, true);
    }

    public float right() {
        return x + width;
    }

    public float top() {
        return baseline - height;
    }

    public boolean isCjk() {
        char c = text.isEmpty() ? ' ' : text.charAt(0);
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\u3000' && c <= '\u303f')
                || (c >= '\uff00' && c <= '\uffef');
    }
}
