package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assembles a page whose source told type sizes (a PDF) and set headlines in display type: every article opens at a
 * headline so printed, and everything up to the next one is its text, whatever it reads like. Headings in the body's
 * type are its sections or labels, a byline under the headline is its reporters', one further down is the text of a
 * part; text before the first headline is the rest of a story begun elsewhere.
 */
final class TypedPageAssembler {

    private static final BylineParser BYLINES = new BylineParser();

    private final List<Piece> pieces = new ArrayList<>();
    private Piece cur;
    /**
     * A dispatch's dateline with its reporter printed on a line of its own (本报莫斯科5月15日电（记者张三）), read as a
     * credit, waiting for the paragraph it heads: it is news as printed, as when run into the text.
     */
    private String datelineAlone;

    List<Piece> assemble(List<PageItem> items) {
        items.forEach(this::place);
        if (datelineAlone != null) {
            cur.paragraphs.add(datelineAlone);
        }
        return List.copyOf(pieces);
    }

    /**
     * Assembles a page whose source told type sizes (a PDF) and set headlines in display type: every article opens at
     * a headline so printed, and everything up to the next one is its text, whatever it reads like. Headings in the
     * body's type are its sections or labels, a byline under the headline is its reporters', one further down is the
     * text of a part; text before the first headline is the rest of a story begun elsewhere.
     */
    private void place(PageItem item) {
        if (item instanceof PageItem.Heading h && h.opensArticle()) {
            if (cur == null || cur.hasBody() || !cur.untitled() || cur.closed) {
                start();
            }
            cur.headline.addAll(h.lines());
            cur.headlineScales.addAll(h.lineScales());
            return;
        }
        if (cur == null || cur.closedByJump) {
            start();
        }
        if (item instanceof PageItem.Paragraph p) {
            if (p.lead() != null) {
                cur.credit(p.lead());
            }
            String lead = p.lead() != null ? p.lead().text() : "";
            if (datelineAlone != null) {
                // a dateline printed on a line of its own heads the paragraph under it, as when run into it
                lead = datelineAlone + lead;
                datelineAlone = null;
            }
            cur.paragraphs.add(lead + p.text());
            cur.creditClosingText(p.text());
            return;
        }
        if (datelineAlone != null) {
            cur.paragraphs.add(datelineAlone);
            datelineAlone = null;
        }
        Byline underHeadline = item instanceof PageItem.Heading h && h.lines().size() == 1 && !cur.untitled() && !cur.hasBody()
                && cur.byline == null ? bylineUnderHeadline(h.lines().get(0)) : null;
        if (underHeadline != null) {
            cur.credit(underHeadline);
        } else if (item instanceof PageItem.Heading h) {
            // as a section heading is kept (one wrapped over two comes out whole)
            cur.paragraphs.add(h.asText());
        } else if (item instanceof PageItem.Credit c && c.staffOnly()) {
            // a staff credit (版式设计：张三) is no one's text
            return;
        } else if (item instanceof PageItem.Credit c) {
            if (c.trailing() || !cur.hasBody()) {
                cur.credit(c.byline());
                if (!c.trailing() && Datelines.isDispatchDateline(c.byline())) {
                    datelineAlone = c.byline().text();
                }
            } else {
                cur.paragraphs.add(c.byline().text());
            }
        } else if (item instanceof PageItem.Jump j) {
            cur.jumps.addAll(j.jumps());
            if (j.continuesElsewhere() && cur.hasBody()) {
                // what follows a 下转 marker, before another headline, is the rest of another story
                cur.closedByJump = true;
            }
        }
    }

    /**
     * A line right under a headline, before any text, that opens with a reporter's credit (本报记者 张三 某某公司供图):
     * the byline, however its last pieces read; each piece after the role is a name or a credit. Null for any other line.
     */
    private static Byline bylineUnderHeadline(String line) {
        String[] pieces = line.strip().split("\\s+");
        // the whole line first: a picture credit among the names (某某公司供图, 张三文) is read as one, no name
        for (int k = pieces.length; k >= 1; k--) {
            Byline head = BYLINES.parseStandalone(String.join(" ", Arrays.asList(pieces).subList(0, k)));
            if (head != null) {
                List<String> names = new ArrayList<>(head.authors());
                for (int j = k; j < pieces.length; j++) {
                    if (!names.contains(pieces[j])) {
                        names.add(pieces[j]);
                    }
                }
                return new Byline(line.strip(), names, head.publication());
            }
        }
        return null;
    }

    private void start() {
        cur = new Piece();
        pieces.add(cur);
    }
}
