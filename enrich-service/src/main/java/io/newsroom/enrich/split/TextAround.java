package io.newsroom.enrich.split;

import java.util.List;

/**
 * The text around an item in a page's list of items: the text after a heading, the paragraphs right above one, and
 * whether the text changes style (column width, bold) across it.
 */
final class TextAround {

    private TextAround() {
    }

    /** Paragraphs of text right above item {@code i}, no heading, credit or marker between (a cartoon's caption is short). */
    static int textRightAbove(List<PageItem> items, int i) {
        int n = 0;
        for (int k = i - 1; k >= 0 && items.get(k) instanceof PageItem.Paragraph; k--) {
            n++;
        }
        return n;
    }

    /** The item right after item {@code i}, or null at the page's end. */
    static PageItem itemAfter(List<PageItem> items, int i) {
        return i + 1 < items.size() ? items.get(i + 1) : null;
    }

    /** The body text after a heading, up to the next item that is not a paragraph. */
    static String textAfter(List<PageItem> items, int from) {
        return textAfter(items, from, 400);
    }

    static String textAfter(List<PageItem> items, int from, int limit) {
        StringBuilder b = new StringBuilder();
        int k = from;
        while (k < items.size() && (items.get(k) instanceof PageItem.Credit || items.get(k) instanceof PageItem.Heading)) {
            k++;
        }
        for (; k < items.size() && items.get(k) instanceof PageItem.Paragraph p && b.length() < limit; k++) {
            b.append(p.text());
        }
        return b.toString();
    }

    /**
     * Whether the body after index {@code from} is set differently from the paragraph before: another
     * column width, or bold (doubled) where the other is not.
     */
    static boolean styleChanges(PageItem.Paragraph before, List<PageItem> items, int from) {
        PageItem.Paragraph after = null;
        for (int k = from; k < items.size() && items.get(k) instanceof PageItem.Paragraph p; k++) {
            after = p;
            if (p.lineCount() >= 3) {
                break;
            }
        }
        if (before == null || after == null) {
            return false;
        }
        if (before.doubled() != after.doubled()) {
            return true;
        }
        return before.lineCount() >= 3 && after.lineCount() >= 3 && Math.abs(before.width() - after.width()) >= 2;
    }

    /** Whether a byline or a dateline opens the item after a heading: the heading is an article's or a part's. */
    static boolean bylineFollows(PageItem next) {
        return next instanceof PageItem.Credit c && !c.trailing()
                || next instanceof PageItem.Paragraph p && (p.lead() != null || p.opensArticle());
    }
}
