package io.newsroom.enrich.split;

import java.util.List;

/**
 * Reports in parts: one report whose parts are each headed alike and signed by their own byline (记者连线, a series of
 * reporters' notes). Headings set alike, over bylines, are the next part of the same report; the next article's
 * headline is set otherwise.
 */
final class ReportParts {

    private ReportParts() {
    }

    /**
     * Whether the next heading after this one's text is set like it (as many lines, each about as long) and also
     * stands over a byline: the parts of one report are headed alike, the next article's headline is not.
     */
    static boolean nextPartAlike(PageItem.Heading h, List<PageItem> items, int i) {
        for (int k = i + 2; k < items.size(); k++) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Jump) {
                return false;
            }
            if (item instanceof PageItem.Heading next) {
                if (next.looksLikeHeadline() || next.lines().size() != h.lines().size() || k + 1 >= items.size()
                        || !(items.get(k + 1) instanceof PageItem.Credit c) || c.trailing()) {
                    return false;
                }
                for (int j = 0; j < h.lines().size(); j++) {
                    if (Math.abs(h.lines().get(j).strip().length() - next.lines().get(j).strip().length()) > 3) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Where the heading of a report's first part begins in a headline block over a byline: after the title that
     * carries its column label, or after the dashed subtitle, when the lines after it are headed like the next part
     * (see {@link #nextPartAlike}); else 0.
     */
    static int firstPartHeading(List<String> lines, List<PageItem> items, int i) {
        int cut = HeadlineChain.labelledBreak(lines);
        for (int k = 2; cut == 0 && k < lines.size(); k++) {
            if (Headline.isDashed(lines.get(k - 1)) && HeadlineChain.canBreak(lines.get(k - 1), lines.get(k))) {
                cut = k;
            }
        }
        if (cut == 0 || cut >= lines.size() || lines.size() - cut > 2) {
            return 0;
        }
        List<String> part = lines.subList(cut, lines.size());
        if (part.stream().anyMatch(l -> Headline.isDashed(l) || Headline.endsWithLabel(l.strip()))) {
            return 0;
        }
        PageItem.Heading partHeading = new PageItem.Heading(List.of(List.copyOf(part)), 0, 0, false, false, false);
        return nextPartAlike(partHeading, items, i) ? cut : 0;
    }

    /** A part's heading: up to four lines (a figure over a title, wrapped) with no column label, dash, box label or spaced phrases. */
    static boolean partShape(List<String> lines) {
        if (lines.size() > 4) {
            return false;
        }
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || Headline.endsWithLabel(l) || Headline.isDashed(l) || SectionHeadings.isBoxLabel(l) || LineShapes.phraseSpaced(l)) {
                return false;
            }
        }
        return true;
    }

    /** Two headings set alike: as many lines, each as long as the other's, give or take two characters. */
    static boolean setAlike(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (Math.abs(a.get(k).strip().length() - b.get(k).strip().length()) > 2) {
                return false;
            }
        }
        return true;
    }
}
