package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Groups page items into articles, reading them in page order: a byline or dateline opens an article (or signs one
 * off, printed under it), text goes on with the article being read unless the layout or the words say another begins,
 * a jump marker ties an article to the page it goes on from or to, and each heading is placed by
 * {@link HeadingPlacer}: a heading followed by a byline heads the article that byline opens; an untitled article
 * whose text came first takes the next headline (headlines set after their body); between two paragraphs, a heading
 * is a section heading unless the text changes style or subject across it. Merges and headline repairs run last
 * ({@link ArticleMerges}, {@link HeadlineRepairs}).
 *
 * <p>A page that tells type sizes (a PDF) and sets headlines in display type is assembled by type instead: an article
 * opens at each display headline and nothing else opens one ({@link TypedPageAssembler}).
 */
class ArticleAssembler {

    private PageAssembly page;
    private HeadingPlacer headings;

    List<Piece> assemble(List<PageItem> items) {
        page = new PageAssembly();
        headings = new HeadingPlacer(page);
        if (items.stream().anyMatch(item -> item instanceof PageItem.Heading h && h.display())) {
            return new TypedPageAssembler().assemble(items);
        }
        List<String> pendingJumps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            if (!(item instanceof PageItem.Paragraph)) {
                // a dateline over anything but its text stays a credit only
                page.datelineAlone = null;
            }
            if (item instanceof PageItem.Credit c) {
                credit(c);
            } else if (item instanceof PageItem.Jump j) {
                jump(j, items, i, pendingJumps);
            } else if (item instanceof PageItem.Heading h) {
                Piece before = page.cur;
                int paragraphsBefore = page.cur != null ? page.cur.paragraphs.size() : 0;
                int headlineBefore = page.cur != null ? page.cur.headline.size() : 0;
                headings.place(h, items, i);
                // kept as a section heading of the article above: the text under it is that section's
                page.sectionJustKept = page.cur != null && page.cur == before && paragraphsBefore > 0
                        && page.cur.paragraphs.size() == paragraphsBefore + 1
                        && page.cur.headline.size() == headlineBefore && !page.cur.closed && !page.cur.group ? h.lines() : null;
            } else if (item instanceof PageItem.Paragraph p) {
                paragraph(p, items, i);
            }
            if (!(item instanceof PageItem.Credit c && c.staffOnly())) {
                page.staffCreditAbove = false;
            }
            if (!(item instanceof PageItem.Heading)) {
                page.sectionJustKept = null;
            }
            if (!pendingJumps.isEmpty() && page.cur != null && !(item instanceof PageItem.Jump)) {
                page.cur.jumps.addAll(pendingJumps);
                pendingJumps.clear();
            }
        }
        if (!pendingJumps.isEmpty() && page.cur != null) {
            page.cur.jumps.addAll(pendingJumps);
        }
        ArticleMerges.merge(page.pieces);
        HeadlineRepairs.repair(page.pieces);
        return List.copyOf(page.pieces);
    }

    private void credit(PageItem.Credit c) {
        Piece cur = page.cur;
        if (c.staffOnly()) {
            // a staff credit (版式设计：张三): printed where a story ends, and no one's text
            page.staffCreditAbove = true;
            if (cur != null) {
                cur.signedOff = cur.hasBody();
            }
            return;
        }
        if (c.trailing()) {
            if (cur != null) {
                cur.credit(c.byline());
                cur.signedOff = cur.hasBody();
                cur.compiled = c.byline().text().contains("整理");
            }
            return;
        }
        if (cur != null && cur.partCredit) {
            // the reporter of one part of a report in parts: printed with the part, as its text
            cur.partCredit = false;
            cur.paragraphs.add(c.byline().text());
            return;
        }
        if (cur == null || cur.hasBody() || cur.byline != null || cur.closed) {
            cur = page.start();
            cur.expectsHeadline = true;
        }
        cur.credit(c.byline());
        if (Datelines.isDispatchDateline(c.byline())) {
            page.datelineAlone = c.byline().text();
        }
    }

    private void paragraph(PageItem.Paragraph p, List<PageItem> items, int i) {
        Piece cur = page.cur;
        if (cur != null && (cur.closed && !cur.closedByJump || cur.signedOff) && p.lead() == null && !p.opensArticle()
                && PictureItems.nextOfNumberedSet(cur, p.text())) {
            // the next caption of a set of numbered pictures (图②：…) under the credit of the one before: the same item
            cur.closed = false;
            cur.signedOff = false;
        }
        // the summary lines (■ …, ——…) a news item prints between its headline and its dateline are its own
        boolean opens = p.opensArticle() && cur != null && cur.hasBody() && !cur.paragraphs.stream().allMatch(ArticleAssembler::isDeckLine)
                && !underUnfinishedDeck(p) && !standfirstOnly(cur);
        // text right under the credit that signed an article off, no heading between: another article
        // (but a line closed by a colon after a credit or closing note hands over to the headline under it, as a kicker)
        boolean afterSignOff = cur != null && (cur.signedOff || cur.noted) && !handsOver(p, items, i) && cur.hasBody();
        if (afterSignOff && !cur.noted && cur.compiled && SpeechCollections.opensSpeech(p.text())) {
            // under the credit of one speaker's words taken down (整理), the next speech's point over its speaker
            // (张三代表（某某省省长）), run into the text: the collection goes on
            afterSignOff = false;
            cur.signedOff = false;
        }
        if (afterSignOff && !cur.noted && cur.compiled && cur.speechColumn && SpeechCollections.opensOnSpeaker(p.text())) {
            // in a column of speeches (发言席), the next speaker run into their words (张三委员：…) under the credit of
            // one speech taken down
            afterSignOff = false;
            cur.signedOff = false;
        }
        if (afterSignOff && !cur.noted && SUBJECT_BIO.matcher(p.text()).lookingAt()) {
            // the short life of the person the text was taken down from (张三，1933年出生于…), printed under its credit
            afterSignOff = false;
        }
        if (cur != null) {
            cur.partCredit = false;
        }
        // an article set in bold throughout ends where regular text begins: bold never stops mid-article for good
        boolean afterBoldArticle = cur != null && !p.doubled() && cur.boldParagraphs >= BOLD_ARTICLE
                && cur.boldParagraphs == cur.textParagraphs && !boldLeadOnly(cur);
        // and one set bold throughout begins where bold text takes over from regular text for good
        boolean boldArticleBegins = cur != null && cur.hasBody() && cur.last != null && !cur.last.doubled() && boldRunFrom(items, i);
        // (text, not a headline read as text: it runs on over lines or ends a sentence)
        boolean afterStaffCredit = page.staffCreditAbove && cur != null && cur.hasBody()
                && (p.lineCount() >= 3 || CharClass.endsSentence(p.text().strip()));
        if (page.staffCreditAbove && !afterStaffCredit && cur != null) {
            afterSignOff = false;
            cur.signedOff = false;
        }
        // a cartoon's verse (short rhymed lines over its 张三图 李四文 credit) under a long text: the rest of a cartoon
        // begun elsewhere, never the last lines of the article above
        boolean cartoonVerse = cur != null && cur.textParagraphs >= PictureItems.CARTOON_AFTER && !PictureItems.isVerse(cur.last) && PictureItems.versesOverCredit(items, i)
                && TextAround.textRightAbove(items, i) >= PictureItems.CARTOON_AFTER;
        List<String> heading = page.sectionJustKept;
        if (cur == null || cur.closed || opens || afterSignOff || afterStaffCredit || afterBoldArticle || boldArticleBegins
                || cartoonVerse || TopicBreak.startsAt(cur, page.sectionJustKept, p, items, i)) {
            boolean headed = heading != null && !opens && !afterSignOff && !afterStaffCredit && !afterBoldArticle && !boldArticleBegins
                    && !cartoonVerse
                    && cur != null && !cur.closed && cur.paragraphs.size() >= 2;
            if (headed) {
                // the heading right above, read as a section of the text before it, stands over text on another
                // subject: it is that text's headline
                cur.paragraphs.remove(cur.paragraphs.size() - 1);
            }
            boolean underNote = afterSignOff && cur.noted && !headed && ClosingNote.endsWithOne(cur.paragraphs.get(cur.paragraphs.size() - 1));
            cur = page.start();
            if (headed) {
                cur.headline.addAll(heading);
            }
            cur.underNote = underNote;
            cur.expectsHeadline = p.lead() != null || p.opensArticle();
            // a dateline (…日电), with or without its reporter, not a paper's own news flag (…讯)
            cur.openedByDateline = opens && (p.lead() == null || p.lead().text().contains("电"));
        }
        if (p.lead() != null) {
            cur.credit(p.lead());
            if (cur.untitled() && !cur.hasBody()) {
                cur.expectsHeadline = true;
            }
        }
        // a leading byline stays at the head of its paragraph: the dateline is part of the news as printed
        String lead = p.lead() != null ? p.lead().text() : "";
        if (page.datelineAlone != null) {
            lead = page.datelineAlone + lead;
            page.datelineAlone = null;
        }
        if (page.lineBrokenOff != null) {
            lead = lead + page.lineBrokenOff;
            page.lineBrokenOff = null;
        }
        cur.paragraphs.add(lead + p.text());
        cur.textParagraphs++;
        if (cur.textParagraphs == 1 && SpeechCollections.columnOfSpeeches(cur.headline, p.text())) {
            cur.speechColumn = true;
        }
        if (p.doubled()) {
            cur.boldParagraphs++;
        }
        cur.last = p;
        if (cur.textParagraphs <= INTRODUCED_WITHIN && SectionHeadings.endsWithEditorsNote(cur.paragraphs)) {
            cur.introduced = true;
        }
        // (a source line, 数据来源：…, ends a sponsored report as a closing note does)
        cur.noted = ClosingNote.endsWithOne(p.text()) || ClosingNote.endsWithSource(p.text());
        cur.creditClosingText(p.text());
        if (p.lineCount() <= 3 && Datelines.REPORTERS_CREDIT.matcher(p.text().strip()).matches()) {
            // a closing credit wrapped over lines (（本报记者张三、李四、王 / 五）), read as text: it signs off as one on its own line does
            cur.signedOff = true;
            cur.compiled = p.text().contains("整理");
        }
        if (p.lineCount() == 1 && BYLINES.isPictureCredit(p.text()) && (!cur.untitled() || !cur.jumps.isEmpty())
                && (PictureItems.isShort(cur) || PictureItems.numberedSet(cur))) {
            // the credit under a picture item (a heading, a caption or two, 张三摄): the item ends there; so does the
            // short rest of one continued from another page (a 上接 marker over it), its headline printed there
            cur.closed = true;
        }
    }

    private void jump(PageItem.Jump j, List<PageItem> items, int i, List<String> pending) {
        Piece cur = page.cur;
        PageItem next = TextAround.itemAfter(items, i);
        if (j.continuesElsewhere()) {
            // the article goes on on another page: whatever text follows belongs to another article
            if (cur != null) {
                cur.jumps.addAll(j.jumps());
                cur.closedByJump = !cur.closed && cur.hasBody();
                cur.closed = cur.closed || cur.hasBody();
            } else {
                pending.addAll(j.jumps());
            }
            return;
        }
        // 上接: the marker of a continued article, printed next to its text or its headline
        if (cur != null && cur.hasBody() && cur.untitled() && !(next instanceof PageItem.Paragraph)
                && !(next instanceof PageItem.Heading h && sectionOfTextBelow(h, items, i + 1))
                && !(next instanceof PageItem.Heading && cur.continuedFromElsewhere())) {
            cur.jumps.addAll(j.jumps());
            cur.expectsHeadline = true;
        } else if (next instanceof PageItem.Paragraph && cur != null && (cur.hasBody() || cur.closed)) {
            cur = page.start();
            cur.jumps.addAll(j.jumps());
        } else if (next instanceof PageItem.Heading && (cur == null || cur.hasBody() || cur.closed)) {
            // the marker heads the rest of an article begun elsewhere; a plain heading under it opens a section of it
            Piece above = cur;
            boolean secondMarker = above != null && above.hasBody() && above.continuedFromElsewhere()
                    && !sectionOfTextBelow((PageItem.Heading) next, items, i + 1);
            cur = page.start();
            cur.textAbove = above;
            cur.headlineBack = secondMarker ? above : null;
            cur.jumps.addAll(j.jumps());
            cur.continuedHere = true;
        } else {
            pending.addAll(j.jumps());
        }
    }

    private static final BylineParser BYLINES = new BylineParser();

    /** At most this many characters of bold text, dateline and all, make a lead set in bold rather than a bold article. */
    private static final int BOLD_LEAD = 120;

    /** Bold paragraphs in a row that make a bold article rather than a bold lead. */
    private static final int BOLD_ARTICLE = 3;

    /** An editor's note introduces the article when it ends one of its first paragraphs of text. */
    private static final int INTRODUCED_WITHIN = 4;

    /**
     * Whether the bold text so far is only a lead: short, and opening with the dateline or credit (人民日报讯（记者…）…).
     * Papers set a report's lead in bold, and a narrow column breaks it into short page.pieces; a news item set bold throughout
     * runs longer than its lead.
     */
    private static boolean boldLeadOnly(Piece p) {
        return p.textLength() <= BOLD_LEAD && !p.paragraphs.isEmpty() && (p.byline != null || BYLINES.startsWithDateline(p.paragraphs.get(0)));
    }

    /**
     * Whether all a titled article holds so far is one paragraph under its headline that ends no sentence (…打好产业升级仗):
     * a standfirst summing up the news, set between the headline and the dateline; text ends its sentences, so a
     * dateline under it goes on with the same news rather than opening another item.
     */
    private static boolean standfirstOnly(Piece p) {
        if (p.untitled() || p.byline != null || p.paragraphs.size() != 1 || !p.jumps.isEmpty() || p.closed || p.noted) {
            return false;
        }
        String text = p.paragraphs.get(0).strip();
        char last = CharClass.lastChar(text);
        return text.length() >= 20 && !CharClass.endsSentence(text) && !CharClass.isContinuing(last)
                && Character.isIdeographic(last) && text.indexOf('。') >= 0;
    }

    /**
     * Whether the text right above the dateline opening {@code p} is a deck: a paragraph of clauses that ends no sentence
     * (…力戒空谈、狠抓落实), as the summary of a speech is printed over its dispatch. Finished text never stops so; the
     * dateline goes on the news the deck sums up rather than opening another item.
     */
    private boolean underUnfinishedDeck(PageItem.Paragraph p) {
        Piece cur = page.cur;
        String opening = (p.lead() != null ? p.lead().text() : "") + p.text();
        if (cur.last == null || page.sectionJustKept != null || !Datelines.DISPATCH_OPENING.matcher(opening).lookingAt()) {
            return false;
        }
        String above = cur.last.text().strip();
        return cur.paragraphs.get(cur.paragraphs.size() - 1).endsWith(above) && cur.last.lineCount() >= DECK_LINES
                && above.indexOf('，') >= 0 && Character.isLetterOrDigit(CharClass.lastChar(above))
                && cur.paragraphs.stream().noneMatch(CharClass::endsSentence);
    }

    /** The fewest lines of such a deck's last paragraph: a headline read as text runs to two or three at most. */
    private static final int DECK_LINES = 4;

    /** A note on a person's life opening with the name and the year of birth: 张三，1933年出生于…, 李四，1950年生，…. */
    private static final Pattern SUBJECT_BIO = Pattern.compile("\\s*[\\p{IsHan}·]{2,8}[，,]\\s*\\d{4}\\s*年(?:出)?生");

    /** A line of the summary over a news item: bulleted (■ 要坚持…) or dashed (——强调…). */
    private static boolean isDeckLine(String paragraph) {
        return DECK.matcher(paragraph.strip()).lookingAt();
    }

    private static final Pattern DECK = Pattern.compile("[■●◆▲]|——|--");

    /** One line closed by a colon right over a heading: a kicker or lead-in handing over to it. */
    private static boolean handsOver(PageItem.Paragraph p, List<PageItem> items, int i) {
        char last = CharClass.lastChar(p.text().strip());
        return p.lineCount() == 1 && (last == '：' || last == ':') && i + 1 < items.size() && items.get(i + 1) instanceof PageItem.Heading;
    }

    /**
     * Whether a plain heading under a 上接 marker is a section heading of the text under it: that text's first lines
     * take up its words (要有久久为功之心 / “守护一方水土，要有久久为功之心。”…), the text above hardly does. A headline
     * set after the text above echoes that text, not the next article's first lines; so the marker opens the rest of
     * an article begun elsewhere, at one of its sections.
     */
    private boolean sectionOfTextBelow(PageItem.Heading h, List<PageItem> items, int at) {
        if (h.looksLikeHeadline() || !(at + 1 < items.size() && items.get(at + 1) instanceof PageItem.Paragraph p
                && p.lead() == null && !p.opensArticle())) {
            return false;
        }
        String heading = String.join("", h.lines());
        double below = Cohesion.shared(heading, 100, p.text().substring(0, Math.min(p.text().length(), SECTION_ECHO_WINDOW)));
        double above = Cohesion.shared(heading, 100, page.cur.paragraphs);
        return below >= SECTION_ECHO && above < below / 2;
    }

    /** How much of a heading's word pairs the first characters of the text under it take up when it opens them. */
    private static final double SECTION_ECHO = 0.6;

    private static final int SECTION_ECHO_WINDOW = 120;

    /**
     * Whether the paragraphs from {@code i} on, with nothing between them, are all bold and as many as make a bold
     * article ({@link #BOLD_ARTICLE}): a bold lead is one paragraph, a bold article is bold to its end.
     */
    private static boolean boldRunFrom(List<PageItem> items, int i) {
        int bold = 0;
        for (int k = i; k < items.size() && items.get(k) instanceof PageItem.Paragraph q; k++) {
            if (!q.doubled()) {
                return false;
            }
            bold++;
        }
        return bold >= BOLD_ARTICLE;
    }
}
