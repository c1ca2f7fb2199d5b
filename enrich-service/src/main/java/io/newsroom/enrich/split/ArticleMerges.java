package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.JumpMarkers;

/**
 * Merges made once a page's articles are assembled: the next brief of an agency digest, the second item of a report
 * under its own dateline, and an untitled text with the dispatch under it, all read as articles of their own.
 */
final class ArticleMerges {

    private ArticleMerges() {
    }

    /** Applies the merges to the page's assembled articles, in order. */
    static void merge(List<Piece> pieces) {
        mergeItemsUnderOneHeadline(pieces);
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

    /**
     * An untitled text right above a news item opened by its dateline, both parts of one report whose headline is
     * printed elsewhere: a text opening with a dateline starts its article, so it is never the rest of one continued
     * from another page, nor stands without a headline of its own. So where the item took a headline set after it
     * that a 上接 marker stood by, the continued text began further up, at the untitled text; where that untitled
     * text opened with a dateline too, the headline set after both is theirs (王毅分别同甲、乙外长通电话 under two calls)
     * on one subject (the second item sharing 15% of its word pairs with the first, as one report's paragraphs do; no
     * marker tells here); and an item that found no headline under the rest of a text continued from elsewhere is
     * that text's next item. A closing note or credit under the untitled text ends it, and a text a 下转 marker sends
     * on goes on elsewhere: those stay apart.
     */
    private static void mergeItemsUnderOneHeadline(List<Piece> pieces) {
        for (int k = pieces.size() - 1; k > 0; k--) {
            Piece p = pieces.get(k);
            Piece before = pieces.get(k - 1);
            if (!p.openedByDateline || !p.hasBody() || p.group || sentOn(p) || !before.untitled() || !before.hasBody()
                    || before.group || before.noted || before.signedOff || sentOn(before)) {
                continue;
            }
            boolean continuedBelow = p.headlineBelow && p.jumps.stream().anyMatch(j -> !JumpMarkers.sendsOn(j));
            boolean bothItems = p.headlineBelow && before.openedByDateline
                    && !Cohesion.sharesLessThan(String.join("", p.paragraphs), ONE_REPORT_TEXT, before.paragraphs, ONE_REPORT_SHARED);
            boolean nextItem = p.untitled() && p.jumps.isEmpty() && before.continuedFromElsewhere();
            if (continuedBelow || bothItems || nextItem) {
                p.paragraphs.addAll(0, before.paragraphs);
                p.jumps.addAll(0, before.jumps);
                before.authors.stream().filter(a -> !p.authors.contains(a)).forEach(p.authors::add);
                if (p.byline == null) {
                    p.byline = before.byline;
                }
                pieces.remove(k - 1);
            }
        }
    }

    private static boolean sentOn(Piece p) {
        return p.closedByJump || p.jumps.stream().anyMatch(JumpMarkers::sendsOn);
    }

    /** Within one report the text after a paragraph break mostly shares more than this with the text before. */
    private static final double ONE_REPORT_SHARED = 0.15;
    private static final int ONE_REPORT_TEXT = 300;

    /** How much of the headline the second item must echo. */
    private static final double SECOND_ITEM_ECHO = 0.4;
}
