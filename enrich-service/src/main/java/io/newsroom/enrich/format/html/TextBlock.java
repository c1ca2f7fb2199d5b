package io.newsroom.enrich.format.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries (a paragraph, a list item, a heading, a table cell, a
 * stretch of a {@code <div>} between {@code <br>}s).
 *
 * @param text the text, whitespace collapsed
 * @param linkChars how many of its characters sit inside links
 * @param owner the innermost block element holding it
 * @param heading true when it comes from {@code <h1>}..{@code <h6>}
 */
public record TextBlock(String text, int linkChars, Element owner, boolean heading) {

    /** Share of the text that is link text, 0..1. */
    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    /** Text length with CJK characters counting triple, since each carries about a word. */
    public int weight() {
        return TextWeight.of(text);
    }
}
