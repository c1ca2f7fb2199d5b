package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Headings whose own lines, with the text right above them, tell where they go: a box label, a dash or a numeral
 * alone, a letter's signature, a column's address for submissions, display type, a picture's headline. The first
 * stage of {@link HeadingPlacer}.
 */
final class SelfEvidentHeadings {

    private static final BylineParser BYLINES = new BylineParser();

    private final PageAssembly page;
    private final HeadingPlacer placer;

    SelfEvidentHeadings(PageAssembly page, HeadingPlacer placer) {
        this.page = page;
        this.placer = placer;
    }

    /**
     * Rules read off the heading's own lines and the text right above them: a box label, a dash or a numeral alone, a
     * letter's signature, display type, a picture's headline. Returns whether the heading was placed.
     */
    boolean tryPlace(PageItem.Heading h, List<PageItem> items, int i) {
        PageItem.Heading above = SectionHeadings.withoutBoxLabel(h);
        if (above != h) {
            // the label of the box of key points (核心阅读) under a headline opens the body: the headline is placed alone
            if (above != null) {
                placer.place(above, items, i);
            }
            if (page.cur == null || page.cur.closed || above == null && page.cur.hasBody()) {
                // alone after another article's text: the box opens the next article, its headline set elsewhere
                page.start();
            }
            page.cur.paragraphs.add(h.lines().get(h.lines().size() - 1).strip());
            return true;
        }
        if (page.cur != null && page.cur.hasBody() && !page.cur.closed && h.lines().stream().allMatch(l -> HeadingShapes.DASHES.matcher(l.strip()).matches())) {
            // a dash alone on its line (——): the end of the sentence above, wrapped, handing over to what follows; never
            // a heading
            // (the reader undoes doubled runs, leaving one dash of the two printed: a Chinese dash is two long)
            int last = page.cur.paragraphs.size() - 1;
            String textAbove = page.cur.paragraphs.get(last);
            page.cur.paragraphs.set(last, textAbove + (textAbove.endsWith("—") ? "—" : "——"));
            return true;
        }
        if (pictureLabelBack(h, items, i)) {
            return true;
        }
        List<List<String>> withoutOpener = HeadingShapes.withoutSectionOpener(h.blocks());
        if (withoutOpener != null && i + 1 < items.size() && items.get(i + 1) instanceof PageItem.Paragraph) {
            // a numeral alone under a headline (一, then 二 further down), or the label of an opening section (引子), set
            // apart or tight under it: the number or name of the text's first section, never part of the headline
            String opener = h.lines().get(h.lines().size() - 1).strip();
            placer.place(h.withBlocks(withoutOpener), items, i);
            if (page.cur == null || page.cur.closed) {
                page.start();
            }
            page.cur.paragraphs.add(opener);
            return true;
        }
        boolean openText = page.cur != null && page.cur.hasBody() && !page.cur.closed;
        int signed = openText ? HeadingShapes.signatureEnd(h.lines()) : 0;
        if (signed > 0) {
            // who signed a letter or notice and when (中共中央 / 国务院 / 2020年5月5日), under its text: the last lines of
            // that text, never a headline; the next article's headline may stand right under them
            h.lines().subList(0, signed).forEach(l -> page.cur.paragraphs.add(l.strip()));
            if (signed < h.lines().size()) {
                List<String> rest = List.copyOf(h.lines().subList(signed, h.lines().size()));
                placer.place(h.withBlocks(List.of(rest)), items, i);
            }
            return true;
        }
        if (openText && HeadingShapes.letterSignature(h.lines())
                && CharClass.endsSentence(page.cur.paragraphs.get(page.cur.paragraphs.size() - 1).strip())) {
            // a reader's signature (某省某市张三, 某乡部分居民) under a letter's last sentence, alone or stacked over the
            // next letter's title: the last line of that letter, never a kicker
            endTextWithFirstLine(h, items, i);
            return true;
        }
        if (openText && SUBMISSIONS.matcher(h.lines().get(0).strip()).matches()) {
            // a column's address for submissions (投稿邮箱：…) over headline lines: printed where the column's text ends,
            // its last line, never a line of the headline under it; it signs the column off, so the heading under it is no
            // section of that text
            page.cur.signedOff = true;
            endTextWithFirstLine(h, items, i);
            return true;
        }
        if (h.display()) {
            // printed in display type (a PDF tells type sizes; section headings are set in the body's): an article's
            // headline, which stands above the text it heads in reading order
            if (page.cur != null && !page.cur.hasBody() && !page.cur.closed) {
                page.cur.headline.addAll(h.lines());
            } else {
                page.forward(h.lines());
            }
            return true;
        }
        if (page.cur != null && page.cur.closed && page.cur.headline.size() == 1 && PictureItems.CAPTION_OPENING.matcher(page.cur.headline.get(0)).lookingAt()
                && page.cur.hasBody() && page.cur.last != null && page.cur.last.lineCount() == 1 && BYLINES.isPictureCredit(page.cur.last.text())
                && PictureItems.plainPictureHeadline(h.lines().get(0))) {
            // a caption's first line read as a headline (5月6日，… is a sentence under way, never a headline), its credit
            // under it, then a short heading: the caption's line goes back to its text, the heading is its headline
            page.cur.paragraphs.set(0, page.cur.headline.get(0).strip() + page.cur.paragraphs.get(0));
            page.cur.headline.clear();
            page.cur.headline.add(h.lines().get(0).strip());
            if (h.lines().size() > 1) {
                placer.place(h.withBlocks(List.of(List.copyOf(h.lines().subList(1, h.lines().size())))), items, i);
            }
            return true;
        }
        if (headlineUnderPictureCredit(h, items, i)) {
            // a short heading right under a photo credit, plain text under it: the picture's headline, set after its
            // caption and credit, never a section of the text above nor the headline of the text below (a headline
            // over news has a byline, a dateline or a second line under it); that text is another article's
            String line = h.lines().get(0).strip();
            if (page.cur.untitled()) {
                page.cur.headline.add(line);
            } else {
                page.cur.paragraphs.add(line);
            }
            page.cur.closed = true;
            return true;
        }
        return false;
    }

    /**
     * The standing head of a picture item (图片报道) right under an untitled short caption closed by its photo credit
     * (the credit perhaps read as the heading's first line): that item's headline, set after it; the lines under the
     * label head what follows. Returns whether the heading was placed.
     */
    /** The heading's first line is the open text's last line; the lines under it are placed as a heading of their own. */
    private void endTextWithFirstLine(PageItem.Heading h, List<PageItem> items, int i) {
        page.cur.paragraphs.add(h.lines().get(0).strip());
        if (h.lines().size() > 1) {
            placer.place(h.withBlocks(HeadingShapes.withoutFirstLines(h.blocks(), 1)), items, i);
        }
    }

    private boolean pictureLabelBack(PageItem.Heading h, List<PageItem> items, int i) {
        if (page.cur == null || !page.cur.hasBody() || !page.cur.untitled() || !PictureItems.isShort(page.cur)) {
            return false;
        }
        List<String> lines = h.lines();
        boolean creditInHeading = lines.size() >= 2 && (BYLINES.isPictureCredit(lines.get(0).strip())
                || PictureItems.REPORTERS_PHOTO.matcher(lines.get(0).strip()).matches());
        String lastText = page.cur.paragraphs.get(page.cur.paragraphs.size() - 1).strip();
        boolean credited = creditInHeading || page.cur.last != null && page.cur.last.lineCount() == 1 && BYLINES.isPictureCredit(lastText);
        int at = creditInHeading ? 1 : 0;
        if (!credited || lines.size() <= at) {
            return false;
        }
        // the standing head, or a few plain words alone on their line (旅游村 帐篷城): the item's own headline, whatever
        // stands under it heading what follows
        boolean label = PictureItems.PICTURE_LABEL.matcher(lines.get(at).strip()).matches();
        // (alone over a byline or dateline it heads the news that opens; over a block of its own, that block does)
        PageItem after = TextAround.itemAfter(items, i);
        boolean alone = !creditInHeading && h.blocks().get(0).size() == 1 && PictureItems.plainPictureHeadline(lines.get(0))
                && (h.blocks().size() > 1 || after instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle());
        if (!label && !alone) {
            return false;
        }
        if (creditInHeading) {
            page.cur.paragraphs.add(lines.get(0).strip());
        }
        int caption = page.cur.paragraphs.size() - 2;
        if (alone && caption >= 1 && PictureItems.CAPTION_OPENING.matcher(page.cur.paragraphs.get(caption)).lookingAt()
                && !PictureItems.leadOverCaption(page.cur, caption)) {
            // the caption over its credit opens as captions do (图为…, 5月4日，…) after text of its own: that text is
            // another untitled article, the picture item begins at its caption (unless that text is the item's own lead)
            Piece picture = new Piece();
            PageAssembly.moveTail(page.cur, caption, picture);
            page.pieces.add(picture);
            page.cur = picture;
        }
        page.cur.headline.add(lines.get(at).strip());
        page.cur.closed = true;
        if (lines.size() > at + 1) {
            placer.place(h.withBlocks(HeadingShapes.withoutFirstLines(h.blocks(), at + 1)), items, i);
        }
        return true;
    }

    /**
     * Whether a heading of one short plain line stands right under a photo credit that ends the text above (张三摄, a
     * caption's last line), with plain text under it (or a 上接 marker over plain text): a picture's headline set
     * after its credit.
     */
    private boolean headlineUnderPictureCredit(PageItem.Heading h, List<PageItem> items, int i) {
        Piece cur = page.cur;
        if (cur == null || cur.closed || !cur.hasBody() || cur.last == null || cur.last.lineCount() != 1
                || !cur.paragraphs.get(cur.paragraphs.size() - 1).endsWith(cur.last.text()) || !BYLINES.isPictureCredit(cur.last.text())
                || h.lines().size() != 1 || !PictureItems.plainPictureHeadline(h.lines().get(0)) || h.looksLikeHeadline()) {
            return false;
        }
        int k = i + 1;
        if (k < items.size() && items.get(k) instanceof PageItem.Jump j && !j.continuesElsewhere()) {
            k++;
        }
        return k < items.size() && items.get(k) instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle();
    }

    /** A column's address for submissions (投稿邮箱：…, 电子信箱：…), printed where the column's text ends. */
    private static final Pattern SUBMISSIONS = Pattern.compile(
            "(?:(?:栏目)?(?:投稿|征稿|来稿)(?:邮箱|信箱|电话|热线|地址)|电子(?:邮箱|信箱))\\s?[：:]\\s?\\S{5,60}");
}
