package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Merges made once a page's articles are assembled: the next brief of an agency digest, and the second item of a report
 * under its own dateline, both read as articles of their own.
 */
final class ArticleMerges {

    private ArticleMerges() {
    }

    /** Applies both merges to the page's assembled articles, in order. */
    static void merge(List<Piece> pieces) {
        mergeSecondDatelines(pieces);
        mergeAgencyBriefs(pieces);
    }

    /**
     * Briefs a paper reprints from an agency, each closed by its source (（据新华社日内瓦电记者张三）), run one after
     * another in a digest column: a short one, with no byline and no more than a title of a line or two, that follows
     * another closed so and is closed so itself is the column's next brief, not an article of its own (its title opens
     * its text, as printed run into it). The paper's own dispatches (（本报伦敦电）) are never so collected.
     */
    private static void mergeAgencyBriefs(List<Piece> pieces) {
        for (int k = pieces.size() - 1; k > 0; k--) {
            Piece p = pieces.get(k);
            Piece before = pieces.get(k - 1);
            if (before.hasBody() && p.hasBody() && endsWithAgencySource(before) && endsWithAgencySource(p)
                    && p.byline == null && p.authors.isEmpty() && p.jumps.isEmpty() && before.jumps.stream().noneMatch(j -> j.contains("下转"))
                    && !p.group && p.headline.size() <= 2 && String.join("", p.paragraphs).length() <= BRIEF_TEXT
                    && !before.closedByJump) {
                if (!p.headline.isEmpty()) {
                    before.paragraphs.add(String.join("", p.headline).strip());
                }
                before.paragraphs.addAll(p.paragraphs);
                pieces.remove(k);
            }
        }
    }

    private static boolean endsWithAgencySource(Piece p) {
        return AGENCY_SOURCE.matcher(p.paragraphs.get(p.paragraphs.size() - 1).strip()).find();
    }

    /** A brief's source run on at its end: according to an agency's dispatch (（据新华社伦敦电记者张三）). */
    private static final Pattern AGENCY_SOURCE = Pattern.compile("[（(]据[^（）()]{1,30}电[^（）()]{0,40}[）)]$");

    /** The most text a digest's brief runs to. */
    private static final int BRIEF_TEXT = 800;

    /**
     * A text that opened with a dateline right after an article, and never found a headline of its own, whose news the
     * headline of that article already tells (王毅分别同甲、乙外长通电话, then the call with 乙 under its own dateline): the
     * second item of one report.
     */
    private static void mergeSecondDatelines(List<Piece> pieces) {
        for (int k = pieces.size() - 1; k > 0; k--) {
            Piece p = pieces.get(k);
            Piece before = pieces.get(k - 1);
            if (p.openedByDateline && p.untitled() && p.jumps.isEmpty() && !before.untitled()
                    && !before.closedByJump && before.hasBody() && p.hasBody()) {
                double told = Cohesion.shared(String.join("", before.headline), 100, p.paragraphs);
                if (told >= SECOND_ITEM_ECHO) {
                    before.paragraphs.addAll(p.paragraphs);
                    pieces.remove(k);
                }
            }
        }
    }

    /** How much of the headline the second item must echo. */
    private static final double SECOND_ITEM_ECHO = 0.4;
}
