package io.newsroom.quality.compose;

import java.util.Random;

/**
 * The rendering choices of one composed page, drawn at random so that a splitter tuned on some pages
 * meets other combinations on the next.
 *
 * @param columns column width in Chinese characters
 * @param gaps where blank lines go
 * @param numberSpacing probability of a space between a number and the Han text beside it
 * @param letterSpacedLines probability that a body line comes out letter-spaced
 * @param headlineAfter probability that an article's headline is printed after its body
 * @param byline probability that an article without a byline gets an invented one
 * @param continued probability that an article is the continuation of one begun on another page
 * @param jumpOut probability that an article stops with a jump marker ({@code （下转第二版）})
 * @param boldArticle probability that one long article on the page is set in bold throughout
 * @param boldHeadline probability that a title is set in bold
 * @param boldLead probability that a lead paragraph is set in bold
 * @param furniture whether page furniture (date line, page name, editor) is printed
 */
record PageStyle(int columns, Gaps gaps, double numberSpacing, double letterSpacedLines, double headlineAfter,
        double byline, double continued, double jumpOut, double boldArticle, double boldHeadline, double boldLead,
        boolean furniture) {

    enum Gaps {
        /** A blank line after every body line, as on the sample page. */
        EVERY_LINE,
        /** No blank lines at all. */
        NONE,
        /** A blank line between paragraphs and blocks only. */
        PARAGRAPHS
    }

    static PageStyle random(Random r) {
        double g = r.nextDouble();
        Gaps gaps = g < 0.6 ? Gaps.EVERY_LINE : g < 0.9 ? Gaps.NONE : Gaps.PARAGRAPHS;
        return new PageStyle(
                14 + r.nextInt(6),
                gaps,
                pick(r, 0, 0.5, 0.9),
                pick(r, 0, 0.02, 0.05),
                pick(r, 0, 0.15, 0.3),
                pick(r, 0.2, 0.5, 0.7),
                pick(r, 0.05, 0.15, 0.25),
                pick(r, 0, 0.1, 0.2),
                pick(r, 0, 0.3),
                pick(r, 0, 0.1),
                pick(r, 0, 0.1),
                r.nextDouble() < 0.3);
    }

    private static double pick(Random r, double... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
