package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.JumpMarkers;

/**
 * One page's articles as {@link ArticleAssembler} puts them together: the articles read so far, the one being read,
 * what the items read last left for the next, and the moves that place text and headlines. A new one for each page.
 */
final class PageAssembly {

    /** The articles read so far, in page order. */
    final List<Piece> pieces = new ArrayList<>();

    /** The article being read (the last opened, or one taken up again); null before the first. */
    Piece cur;

    /** The lines of the heading just read, when it was kept as a section heading of the current article; else null. */
    List<String> sectionJustKept;

    /** A paragraph's line read as a heading, broken off the one-line end of its sentence right under it; else null. */
    String lineBrokenOff;

    /**
     * A dispatch's dateline with its reporter printed on a line of its own (本报莫斯科5月15日电（记者张三）), read as a
     * credit, waiting for the paragraph it heads: it is news as printed, as when run into the text.
     */
    String datelineAlone;

    /**
     * Whether a staff credit (版式设计：张三) stands right above: printed where a story ends, so text right under it,
     * no heading between, is another article (the rest of one begun elsewhere); a heading under it may still be the
     * headline of the text above, set after its body, so only text is split off.
     */
    boolean staffCreditAbove;

    /** Opens a new article at the end of the page read so far, and returns it. */
    Piece start() {
        cur = new Piece();
        pieces.add(cur);
        return cur;
    }

    /** Gives headline lines back to the article read last: a headline set after its body, which closes it. */
    void giveBack(List<String> lines) {
        cur.headline.addAll(lines);
        cur.headlineBelow = true;
        cur.closed = true;
    }

    /** Opens a new article headed by these lines. */
    void forward(List<String> lines) {
        start();
        if (HeadlineRepairs.isFactLine(lines.get(0)) && !CREDIT_LABEL.matcher(lines.get(0).strip()).lookingAt()) {
            // lines of facts (时间：…, 地点：…) open the text of an article, never its headline: the article is still
            // untitled and may take a headline set after its body (a credit, 供图：…, closes a picture instead)
            lines.stream().map(String::strip).forEach(cur.paragraphs::add);
            return;
        }
        cur.headline.addAll(lines);
    }

    /** The label of a picture's credit (供图：…), a fact line that closes a picture rather than opening a text. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?:供图|制图)");

    /**
     * Puts a headline with the untitled text before it ({@code back}) or at the head of a new article. Where
     * the layout leaves that open (an untitled text before it, text after it), the headline goes with the
     * text that talks about what it says, when one of the two clearly does more than the other.
     */
    void placeHeadline(List<String> lines, boolean back, List<PageItem> items, int i) {
        if (cur != null && cur.hasBody() && cur.untitled()) {
            String head = String.join("", lines);
            double before = Cohesion.shared(head, 100, cur.paragraphs);
            double after = Cohesion.shared(head, 100, TextAround.textAfter(items, i + 1, 3000));
            if (before >= after + DECISIVE) {
                back = true;
            } else if (after >= before + DECISIVE) {
                back = false;
            }
        }
        if (back) {
            giveBack(lines);
        } else {
            forward(lines);
        }
    }

    /** How much more of a headline one text must echo than the other to claim it. */
    private static final double DECISIVE = 0.15;

    /** Keeps a heading as a section heading of the current article; a one-line one may set the next section alike. */
    void keepAsSection(PageItem.Heading h) {
        cur.paragraphs.add(h.asText());
        cur.lastSection = h.lines().size() == 1 ? h.lines().get(0) : null;
    }

    /** Whether the text read last is untitled and open: a headline set after it may go back to it. */
    boolean canTakeBack() {
        return cur != null && cur.hasBody() && cur.untitled() && !cur.closed;
    }

    /**
     * Whether plain text goes on under a heading after the text of an open article (after a closing note no section
     * heading can follow: the heading is a headline).
     */
    boolean textGoesOn(PageItem next) {
        return cur != null && cur.hasBody() && !cur.closed && !cur.noted && next instanceof PageItem.Paragraph np
                && np.lead() == null && !np.opensArticle();
    }

    /**
     * Moves the paragraphs of {@code from} from {@code start} on to the end of {@code to}, which they were read apart
     * from, and closes {@code from}; a jump (下转) printed under those paragraphs goes with them.
     */
    static void moveTail(Piece from, int start, Piece to) {
        List<String> moved = from.paragraphs.subList(start, from.paragraphs.size());
        to.paragraphs.addAll(moved);
        moved.clear();
        if (from.closedByJump) {
            List<String> out = from.jumps.stream().filter(JumpMarkers::sendsOn).toList();
            from.jumps.removeAll(out);
            to.jumps.addAll(0, out);
            to.closedByJump = true;
            from.closedByJump = false;
        }
        from.closed = true;
    }
}
