package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;
import io.newsroom.enrich.clean.JumpMarkers;

/**
 * Groups page items into articles: decides which headings are article headlines (and whether each
 * belongs to the text before it or after it) and which are section headings inside an article.
 *
 * <p>Rules, in the order they apply to a heading:
 * <ul>
 * <li>a heading followed by a byline heads the article that byline opens;</li>
 * <li>an untitled article whose text came first (it opened with a byline, or a 上接 marker closed it) takes
 *     the next headline: headlines set after their body; when two headline blocks stand together before a
 *     byline, the first (a complete block of two lines or more) goes back, the rest goes forward;</li>
 * <li>between two paragraphs, a heading is a section heading unless the text changes style across it (column
 *     width, bold), which marks the end of one article and the start of another.</li>
 * </ul>
 * A page that tells type sizes (a PDF) and sets headlines in display type is assembled by type instead: an article
 * opens at each display headline and nothing else opens one ({@link TypedPageAssembler}).
 */
class ArticleAssembler {

    private final List<Piece> pieces = new ArrayList<>();
    private Piece cur;
    /** The lines of the heading just read, when it was kept as a section heading of the current article; else null. */
    private List<String> sectionJustKept;
    /** A paragraph's line read as a heading, broken off the one-line end of its sentence right under it; else null. */
    private String lineBrokenOff;

    List<Piece> assemble(List<PageItem> items) {
        pieces.clear();
        cur = null;
        datelineAlone = null;
        staffCreditAbove = false;
        sectionJustKept = null;
        lineBrokenOff = null;
        if (items.stream().anyMatch(item -> item instanceof PageItem.Heading h && h.display())) {
            return new TypedPageAssembler().assemble(items);
        }
        List<String> pendingJumps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PageItem item = items.get(i);
            if (!(item instanceof PageItem.Paragraph)) {
                // a dateline over anything but its text stays a credit only
                datelineAlone = null;
            }
            if (item instanceof PageItem.Credit c) {
                credit(c);
            } else if (item instanceof PageItem.Jump j) {
                jump(j, items, i, pendingJumps);
            } else if (item instanceof PageItem.Heading h) {
                Piece before = cur;
                int paragraphsBefore = cur != null ? cur.paragraphs.size() : 0;
                int headlineBefore = cur != null ? cur.headline.size() : 0;
                heading(h, items, i);
                // kept as a section heading of the article above: the text under it is that section's
                sectionJustKept = cur != null && cur == before && paragraphsBefore > 0 && cur.paragraphs.size() == paragraphsBefore + 1
                        && cur.headline.size() == headlineBefore && !cur.closed && !cur.group ? h.lines() : null;
            } else if (item instanceof PageItem.Paragraph p) {
                paragraph(p, items, i);
            }
            if (!(item instanceof PageItem.Credit c && c.staffOnly())) {
                staffCreditAbove = false;
            }
            if (!(item instanceof PageItem.Heading)) {
                sectionJustKept = null;
            }
            if (!pendingJumps.isEmpty() && cur != null && !(item instanceof PageItem.Jump)) {
                cur.jumps.addAll(pendingJumps);
                pendingJumps.clear();
            }
        }
        if (!pendingJumps.isEmpty() && cur != null) {
            cur.jumps.addAll(pendingJumps);
        }
        ArticleMerges.merge(pieces);
        HeadlineRepairs.repair(pieces);
        return List.copyOf(pieces);
    }

    /**
     * A dispatch's dateline with its reporter printed on a line of its own (本报莫斯科5月15日电（记者张三）), read as a
     * credit, waiting for the paragraph it heads: it is news as printed, as when run into the text.
     */
    private String datelineAlone;

    private void credit(PageItem.Credit c) {
        if (c.staffOnly()) {
            // a staff credit (版式设计：张三): printed where a story ends, and no one's text
            staffCreditAbove = true;
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
            start();
            cur.expectsHeadline = true;
        }
        cur.credit(c.byline());
        if (Datelines.isDispatchDateline(c.byline())) {
            datelineAlone = c.byline().text();
        }
    }

    /**
     * Whether a staff credit (版式设计：张三) stands right above: printed where a story ends, so text right under it,
     * no heading between, is another article (the rest of one begun elsewhere); a heading under it may still be the
     * headline of the text above, set after its body, so only text is split off.
     */
    private boolean staffCreditAbove;

    private void paragraph(PageItem.Paragraph p, List<PageItem> items, int i) {
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
        boolean afterStaffCredit = staffCreditAbove && cur != null && cur.hasBody()
                && (p.lineCount() >= 3 || CharClass.endsSentence(p.text().strip()));
        if (staffCreditAbove && !afterStaffCredit && cur != null) {
            afterSignOff = false;
            cur.signedOff = false;
        }
        // a cartoon's verse (short rhymed lines over its 张三图 李四文 credit) under a long text: the rest of a cartoon
        // begun elsewhere, never the last lines of the article above
        boolean cartoonVerse = cur != null && cur.textParagraphs >= PictureItems.CARTOON_AFTER && !PictureItems.isVerse(cur.last) && PictureItems.versesOverCredit(items, i)
                && TextAround.textRightAbove(items, i) >= PictureItems.CARTOON_AFTER;
        List<String> heading = sectionJustKept;
        if (cur == null || cur.closed || opens || afterSignOff || afterStaffCredit || afterBoldArticle || boldArticleBegins
                || cartoonVerse || TopicBreak.startsAt(cur, sectionJustKept, p, items, i)) {
            boolean headed = heading != null && !opens && !afterSignOff && !afterStaffCredit && !afterBoldArticle && !boldArticleBegins
                    && !cartoonVerse
                    && cur != null && !cur.closed && cur.paragraphs.size() >= 2;
            if (headed) {
                // the heading right above, read as a section of the text before it, stands over text on another
                // subject: it is that text's headline
                cur.paragraphs.remove(cur.paragraphs.size() - 1);
            }
            boolean underNote = afterSignOff && cur.noted && !headed && ClosingNote.endsWithOne(cur.paragraphs.get(cur.paragraphs.size() - 1));
            start();
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
        if (datelineAlone != null) {
            lead = datelineAlone + lead;
            datelineAlone = null;
        }
        if (lineBrokenOff != null) {
            lead = lead + lineBrokenOff;
            lineBrokenOff = null;
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

    private static final BylineParser BYLINES = new BylineParser();

    /** At most this many characters of bold text, dateline and all, make a lead set in bold rather than a bold article. */
    private static final int BOLD_LEAD = 120;

    /**
     * Whether the bold text so far is only a lead: short, and opening with the dateline or credit (人民日报讯（记者…）…).
     * Papers set a report's lead in bold, and a narrow column breaks it into short pieces; a news item set bold throughout
     * runs longer than its lead.
     */
    private static boolean boldLeadOnly(Piece p) {
        return p.textLength() <= BOLD_LEAD && !p.paragraphs.isEmpty() && (p.byline != null || BYLINES.startsWithDateline(p.paragraphs.get(0)));
    }

    /**
     * Whether all a titled article holds so far is one paragraph under its headline that ends no sentence (…打好发展主动仗):
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

    /** A line of the summary over a news item: bulleted (■ 要坚持…) or dashed (——强调…). */
    /**
     * Whether the text right above the dateline opening {@code p} is a deck: a paragraph of clauses that ends no sentence
     * (…力戒形式主义、官僚主义), as the summary of a speech is printed over its dispatch. Finished text never stops so; the
     * dateline goes on the news the deck sums up rather than opening another item.
     */
    private boolean underUnfinishedDeck(PageItem.Paragraph p) {
        String opening = (p.lead() != null ? p.lead().text() : "") + p.text();
        if (cur.last == null || sectionJustKept != null || !Datelines.DISPATCH_OPENING.matcher(opening).lookingAt()) {
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

    private static boolean isDeckLine(String paragraph) {
        return DECK.matcher(paragraph.strip()).lookingAt();
    }

    private static final Pattern DECK = Pattern.compile("[■●◆▲]|——|--");

    /** One line closed by a colon right over a heading: a kicker or lead-in handing over to it. */
    private static boolean handsOver(PageItem.Paragraph p, List<PageItem> items, int i) {
        char last = CharClass.lastChar(p.text().strip());
        return p.lineCount() == 1 && (last == '：' || last == ':') && i + 1 < items.size() && items.get(i + 1) instanceof PageItem.Heading;
    }

    /** How far under a speaker's heading the text names them as a deputy or member. */
    private static final int SPEAKER_TEXT = 200;

    /** Bold paragraphs in a row that make a bold article rather than a bold lead. */
    private static final int BOLD_ARTICLE = 3;

    /** An editor's note introduces the article when it ends one of its first paragraphs of text. */
    private static final int INTRODUCED_WITHIN = 4;

    /**
     * Whether a plain heading under a 上接 marker is a section heading of the text under it: that text's first lines
     * take up its words (要有只争朝夕之劲 / “不断造福人民，要有只争朝夕之劲。”…), the text above hardly does. A headline
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
        double above = Cohesion.shared(heading, 100, cur.paragraphs);
        return below >= SECTION_ECHO && above < below / 2;
    }

    /** How much of a heading's word pairs the first characters of the text under it take up when it opens them. */
    private static final double SECTION_ECHO = 0.6;
    private static final int SECTION_ECHO_WINDOW = 120;

    private void start() {
        cur = new Piece();
        pieces.add(cur);
    }

    private void jump(PageItem.Jump j, List<PageItem> items, int i, List<String> pending) {
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
            start();
            cur.jumps.addAll(j.jumps());
        } else if (next instanceof PageItem.Heading && (cur == null || cur.hasBody() || cur.closed)) {
            // the marker heads the rest of an article begun elsewhere; a plain heading under it opens a section of it
            Piece above = cur;
            boolean secondMarker = above != null && above.hasBody() && above.continuedFromElsewhere()
                    && !sectionOfTextBelow((PageItem.Heading) next, items, i + 1);
            start();
            cur.textAbove = above;
            cur.headlineBack = secondMarker ? above : null;
            cur.jumps.addAll(j.jumps());
            cur.continuedHere = true;
        } else {
            pending.addAll(j.jumps());
        }
    }

    /**
     * Places a heading: as a section of the article above, as the headline of the text before it (set after its
     * body), or at the head of a new article. The rules run in stages, the first that places the heading wins: its own
     * lines, a 上接 marker over it, a section between stretches of text, a part of a report, a stack of headlines
     * between two texts, then what the layout and the words around it tell.
     */
    private void heading(PageItem.Heading h, List<PageItem> items, int i) {
        if (placedByItsLines(h, items, i) || placedUnderMarker(h, items, i)) {
            return;
        }
        // a credit signed the text above off: a heading after it opens another article, unless it names the next
        // speaker of a collection (张三代表（某某医院院长）), each speaker's words signed by the reporter who took them down
        boolean signedOff = cur != null && cur.signedOff && cur.hasBody();
        boolean namesSpeaker = h.lines().stream().anyMatch(SpeechCollections::names);
        boolean afterSignOff = signedOff && !namesSpeaker;
        if (cur != null) {
            cur.signedOff = false;
        }
        PageItem next = TextAround.itemAfter(items, i);
        boolean bylineFollows = bylineFollows(next);
        boolean canTakeBack = canTakeBack();
        List<String> lines = h.lines();
        boolean textGoesOn = textGoesOn(next);
        if (next instanceof PageItem.Paragraph np && np.lead() == null && !np.opensArticle() && canTakeBack && cur.expectsHeadline
                && lines.size() == 1 && !h.display() && !HeadingShapes.numbered(lines)
                && i > 0 && items.get(i - 1) instanceof PageItem.Jump marker && !marker.continuesElsewhere()
                && cur.jumps.containsAll(marker.jumps())) {
            // a 上接 marker closing an untitled text (a closing note may end it), then a one-line heading over more text:
            // the headline of the text above, set after its body with the marker between (the marker stands by the
            // headline of the article it continues), unless its words lean clearly to the text below; the text under it
            // is another article's (a section of the text below was told apart at the marker)
            place(lines, true, items, i);
            return;
        }
        if (textGoesOn && !afterSignOff && !h.opensArticle() && Datelines.announcesDocument(cur.paragraphs.get(cur.paragraphs.size() - 1))) {
            // text announcing a document (…报告摘要如下：, 全文如下：) over a heading: the document's first section
            keepAsSection(h);
            return;
        }
        if (nextBriefOfColumn(h, next)) {
            // a brief of the paper's own (本报电…) closed by its reporter's note, then a one-line heading over another
            // such brief: the next item of a column of briefs (财经短波), as the paper prints them, never an article alone
            cur.paragraphs.add(lines.get(0));
            return;
        }
        if (h.opensArticle() && cur != null && cur.hasBody()) {
            // a size above the body, or bold in the body's type and set apart from the text above (a PDF tells): a
            // brief's title, which stands over the text it heads in reading order; a section heading is set in the
            // body's type and follows its text at the leading
            forward(lines);
            return;
        }
        if (cur != null && cur.hasBody() && !cur.closed && setLikeItsHeadline(lines) && CharClass.endsSentence(cur.paragraphs.get(cur.paragraphs.size() - 1))) {
            // a kicker over a title in spaced phrases (某公司 / 某某某某 某某某某), line for line as wide as the headline of
            // the text above, after finished text: the next item of a page of items headed alike, never a section of
            // that text (an article's sections are not set like its headline)
            forward(lines);
            return;
        }
        if (keptAsSection(h, items, i, signedOff) || headsReportPart(h, items, i) || placedFromStack(h, items, i)) {
            return;
        }
        // a title closed by its column label, over its byline, is a complete headline: a line set wide under the byline
        // is the deck opening the body (…，让…感到温暖), not another title
        boolean labelledOverByline = cur != null && !cur.untitled() && cur.byline != null
                && Headline.endsWithLabel(cur.headline.get(cur.headline.size() - 1));
        if (cur != null && !cur.hasBody() && (!cur.untitled() || cur.byline != null) && !cur.closed && !bylineFollows
                && (!h.looksLikeHeadline() || labelledOverByline) && next instanceof PageItem.Paragraph) {
            // a heading right under the headline or the byline, before any text (核心阅读): the article's first
            // section heading (a headline comes above its byline, or after the body when set after it)
            cur.paragraphs.add(h.asText());
            if (!cur.untitled() && cur.byline != null) {
                cur.firstSection = lines;
            }
            return;
        }
        boolean firstPartUnsigned = !bylineFollows && (cur == null || !cur.hasBody()) && next instanceof PageItem.Paragraph np
                && np.lead() == null && !np.opensArticle();
        int partAt = bylineFollows || firstPartUnsigned ? ReportParts.firstPartHeading(lines, items, i) : 0;
        if (partAt > 0) {
            // a complete headline (labelled, or closed by its dashed subtitle) with more heading lines under it, over a
            // byline (or over the first part's text, its reporter named elsewhere), and the next heading over a byline
            // set like those lines: the report's headline, then the heading of its first part
            forward(lines.subList(0, partAt));
            cur.addPart(h, lines.subList(partAt, lines.size()), bylineFollows);
            return;
        }
        if (bylineFollows || cur == null || !cur.hasBody()) {
            // a 上接 marker printed right over the heading, under an untitled text, tells that text's headline is set
            // here, after it (the marker stands by the headline of the article it continues), even over a byline; also
            // when that text also jumped on to another page (下转 over 上接): the two markers frame the one article
            if (bylineFollows && cur != null && cur.hasBody() && !cur.untitled() && HeadlineChain.labelledBreak(lines) > 0) {
                // a title carrying its column label closes its headline: the line under it, over the byline, is the next
                // article's title; the labelled headline was set after a body the text above hides (its words did not
                // tell where, so it heads nothing here)
                forward(lines.subList(HeadlineChain.labelledBreak(lines), lines.size()));
                return;
            }
            boolean untitledText = canTakeBack || cur != null && cur.closedByJump && cur.hasBody() && cur.untitled();
            boolean markedHere = untitledText && cur.expectsHeadline && i > 0 && items.get(i - 1) instanceof PageItem.Jump j
                    && !j.continuesElsewhere();
            place(lines, markedHere, items, i);
            return;
        }
        if (!(next instanceof PageItem.Paragraph nextParagraph)) {
            place(lines, canTakeBack, items, i);
            return;
        }
        if (endsDispatch(lines, items, i)) {
            // a titled dispatch (新华社北京5月8日电…) is one news item, printed without section headings: a heading marked as
            // a headline over text after it heads the next article, whatever it speaks of (a line over a sentence's
            // short end is that sentence's start)
            forward(lines);
            return;
        }
        if (textGoesOn && !afterSignOff && !h.columnChanges() && lines.size() == 1 && cur.lastSection != null
                && HeadingShapes.speakerSection(cur.lastSection, String.join("", cur.paragraphs))
                && HeadingShapes.speakerSection(lines.get(0), TextAround.textAfter(items, i + 1, SPEAKER_TEXT))) {
            // a line naming a speaker by office and name (某某大学校长张三) over text that calls them a deputy or member
            // (张三委员), after a section headed so: the next speaker of a round-up, however wide the line is set
            cur.paragraphs.add(lines.get(0));
            cur.lastSection = lines.get(0);
            return;
        }
        if (textGoesOn && lines.size() == 1 && canTakeBack && cur.expectsHeadline && cur.textLength() <= NEWS_ITEM
                && !NUMBERED_ITEM.matcher(lines.get(0).strip()).lookingAt() && cur.paragraphs.stream().noneMatch(SectionHeadings::isKeyPointsLabel)
                && cur.byline != null && Datelines.isDispatchDateline(cur.byline)
                && Cohesion.shared(lines.get(0), 100, cur.paragraphs) > Cohesion.shared(lines.get(0), 100, TextAround.textAfter(items, i + 1, 3000))) {
            // a short text opened by its byline or dateline, untitled: a news item, printed without sections, so a line
            // after it is its headline set after it (unless its words lean clearly to the text below); a numbered line
            // (2.某某作品) is a section of a notice, and a report with a box of key points (核心阅读) has sections
            place(lines, true, items, i);
            return;
        }
        if (!cur.closed && !cur.noted && !afterSignOff && !h.looksLikeHeadline() && !h.columnChanges() && !TextAround.styleChanges(cur.last, items, i + 1)) {
            if (!startsAnotherTopic(lines, items, i + 1)) {
                // a section heading inside the article
                keepAsSection(h);
                return;
            }
        } else if (!cur.closed && !cur.noted && !afterSignOff && !h.columnChanges() && !TextAround.styleChanges(cur.last, items, i + 1)
                && plainWideSection(lines, items, i)) {
            // a plain heading set wide or in lines like a headline, between stretches of text set alike, over long
            // text that goes on with what the text before spoke of: a section of a long commentary or report
            keepAsSection(h);
            return;
        }
        place(lines, canTakeBack && cur.expectsHeadline, items, i);
    }

    /**
     * Whether a heading marked as a headline (a kicker over its title, spaced phrases, a quotation) over text of its own
     * follows a titled dispatch (新华社北京5月8日电…): a news item is printed without section headings, so the heading
     * opens the next article, even one whose own section headings open like it.
     */
    private boolean endsDispatch(List<String> lines, List<PageItem> items, int i) {
        return !cur.untitled() && Datelines.isDispatch(cur) && HeadingShapes.headlineMarked(lines) && TextAround.textAfter(items, i + 1, ITEM_TEXT).length() >= ITEM_TEXT;
    }

    /**
     * Whether a one-line heading over a brief of the paper's own follows another such brief (its heading may have run
     * into its text) closed by its reporter's name: the next item of a column of briefs.
     */
    private boolean nextBriefOfColumn(PageItem.Heading h, PageItem next) {
        return cur != null && cur.hasBody() && !cur.closed && h.lines().size() == 1 && !h.opensArticle() && !h.columnChanges()
                && REPORTER_NOTE.matcher(cur.paragraphs.get(cur.paragraphs.size() - 1)).matches()
                && next instanceof PageItem.Paragraph np && isPaperBrief(np.text())
                && cur.paragraphs.stream().anyMatch(p -> p.contains(PAPER_BRIEF));
    }

    /** A brief the paper prints in a column of briefs opens 本报电 (no place, no date: the column dates them all). */
    private static boolean isPaperBrief(String paragraph) {
        return paragraph.strip().startsWith(PAPER_BRIEF);
    }

    private static final String PAPER_BRIEF = "本报电";

    /** The reporter's name alone in brackets under a brief's last sentence: （张三）. */
    private static final Pattern REPORTER_NOTE = Pattern.compile("\\s*[（(][\\p{IsHan}·]{2,6}[）)]\\s*");

    /** Keeps a heading as a section heading of the current article; a one-line one may set the next section alike. */
    private void keepAsSection(PageItem.Heading h) {
        cur.paragraphs.add(h.asText());
        cur.lastSection = h.lines().size() == 1 ? h.lines().get(0) : null;
    }

    /** Whether a heading of two lines or more, its last in spaced phrases, is set line for line like the headline read last. */
    private boolean setLikeItsHeadline(List<String> lines) {
        List<String> above = cur.headline;
        return lines.size() >= 2 && above.size() == lines.size() && ReportParts.setAlike(above, lines)
                && LineShapes.phraseSpaced(lines.get(lines.size() - 1)) && LineShapes.phraseSpaced(above.get(above.size() - 1));
    }

    /** Whether a byline or a dateline opens the item after a heading: the heading is an article's or a part's. */
    private static boolean bylineFollows(PageItem next) {
        return next instanceof PageItem.Credit c && !c.trailing()
                || next instanceof PageItem.Paragraph p && (p.lead() != null || p.opensArticle());
    }

    /** Whether the text read last is untitled and open: a headline set after it may go back to it. */
    private boolean canTakeBack() {
        return cur != null && cur.hasBody() && cur.untitled() && !cur.closed;
    }

    /**
     * Whether plain text goes on under a heading after the text of an open article (after a closing note no section
     * heading can follow: the heading is a headline).
     */
    private boolean textGoesOn(PageItem next) {
        return cur != null && cur.hasBody() && !cur.closed && !cur.noted && next instanceof PageItem.Paragraph np
                && np.lead() == null && !np.opensArticle();
    }

    /**
     * Rules read off the heading's own lines and the text right above them: a box label, a dash or a numeral alone, a
     * letter's signature, display type, a picture's headline. Returns whether the heading was placed.
     */
    private boolean placedByItsLines(PageItem.Heading h, List<PageItem> items, int i) {
        PageItem.Heading above = SectionHeadings.withoutBoxLabel(h);
        if (above != h) {
            // the label of the box of key points (核心阅读) under a headline opens the body: the headline is placed alone
            if (above != null) {
                heading(above, items, i);
            }
            if (cur == null || cur.closed || above == null && cur.hasBody()) {
                // alone after another article's text: the box opens the next article, its headline set elsewhere
                start();
            }
            cur.paragraphs.add(h.lines().get(h.lines().size() - 1).strip());
            return true;
        }
        if (cur != null && cur.hasBody() && !cur.closed && h.lines().stream().allMatch(l -> HeadingShapes.DASHES.matcher(l.strip()).matches())) {
            // a dash alone on its line (——): the end of the sentence above, wrapped, handing over to what follows; never
            // a heading
            // (the reader undoes doubled runs, leaving one dash of the two printed: a Chinese dash is two long)
            int last = cur.paragraphs.size() - 1;
            String textAbove = cur.paragraphs.get(last);
            cur.paragraphs.set(last, textAbove + (textAbove.endsWith("—") ? "—" : "——"));
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
            heading(h.withBlocks(withoutOpener), items, i);
            if (cur == null || cur.closed) {
                start();
            }
            cur.paragraphs.add(opener);
            return true;
        }
        int signed = cur != null && cur.hasBody() && !cur.closed ? HeadingShapes.signatureEnd(h.lines()) : 0;
        if (signed > 0) {
            // who signed a letter or notice and when (中共中央 / 国务院 / 2020年5月5日), under its text: the last lines of
            // that text, never a headline; the next article's headline may stand right under them
            h.lines().subList(0, signed).forEach(l -> cur.paragraphs.add(l.strip()));
            if (signed < h.lines().size()) {
                List<String> rest = List.copyOf(h.lines().subList(signed, h.lines().size()));
                heading(h.withBlocks(List.of(rest)), items, i);
            }
            return true;
        }
        if (cur != null && cur.hasBody() && !cur.closed && SUBMISSIONS.matcher(h.lines().get(0).strip()).matches()) {
            // a column's address for submissions (投稿邮箱：…) over headline lines: printed where the column's text ends,
            // its last line, never a line of the headline under it; it signs the column off, so the heading under it is no
            // section of that text
            cur.paragraphs.add(h.lines().get(0).strip());
            cur.signedOff = true;
            if (h.lines().size() > 1) {
                heading(h.withBlocks(HeadingShapes.withoutFirstLines(h.blocks(), 1)), items, i);
            }
            return true;
        }
        if (h.display()) {
            // printed in display type (a PDF tells type sizes; section headings are set in the body's): an article's
            // headline, which stands above the text it heads in reading order
            if (cur != null && !cur.hasBody() && !cur.closed) {
                cur.headline.addAll(h.lines());
            } else {
                forward(h.lines());
            }
            return true;
        }
        if (cur != null && cur.closed && cur.headline.size() == 1 && PictureItems.CAPTION_OPENING.matcher(cur.headline.get(0)).lookingAt()
                && cur.hasBody() && cur.last != null && cur.last.lineCount() == 1 && BYLINES.isPictureCredit(cur.last.text())
                && PictureItems.plainPictureHeadline(h.lines().get(0))) {
            // a caption's first line read as a headline (5月6日，… is a sentence under way, never a headline), its credit
            // under it, then a short heading: the caption's line goes back to its text, the heading is its headline
            cur.paragraphs.set(0, cur.headline.get(0).strip() + cur.paragraphs.get(0));
            cur.headline.clear();
            cur.headline.add(h.lines().get(0).strip());
            if (h.lines().size() > 1) {
                heading(h.withBlocks(List.of(List.copyOf(h.lines().subList(1, h.lines().size())))), items, i);
            }
            return true;
        }
        if (headlineUnderPictureCredit(h, items, i)) {
            // a short heading right under a photo credit, plain text under it: the picture's headline, set after its
            // caption and credit, never a section of the text above nor the headline of the text below (a headline
            // over news has a byline, a dateline or a second line under it); that text is another article's
            String line = h.lines().get(0).strip();
            if (cur.untitled()) {
                cur.headline.add(line);
            } else {
                cur.paragraphs.add(line);
            }
            cur.closed = true;
            return true;
        }
        return false;
    }

    /**
     * Rules for a heading under a 上接 marker, or at the top of the page over numbered text: the rest of an article
     * begun on another page. Returns whether the heading was placed.
     */
    private boolean placedUnderMarker(PageItem.Heading h, List<PageItem> items, int i) {
        Piece continuedAbove = cur != null && cur.continuedHere ? cur.headlineBack : null;
        if (cur != null && cur.continuedHere && !cur.hasBody() && cur.untitled() && markedBehind(h, items, i)) {
            return true;
        }
        if (continuedAbove != null && !cur.hasBody() && cur.untitled()) {
            // no start of the marked text found inside the continued text above: the headline is that text's own, set
            // after it, as under any untitled text a 上接 marker closes
            pieces.remove(cur);
            continuedAbove.jumps.addAll(cur.jumps);
            continuedAbove.expectsHeadline = true;
            cur = continuedAbove;
            heading(h, items, i);
            return true;
        }
        if (cur != null && cur.continuedHere && !cur.hasBody() && cur.untitled()) {
            cur.continuedHere = false;
            PageItem after = TextAround.itemAfter(items, i);
            if ((!h.looksLikeHeadline() || HeadingShapes.numbered(h.lines())) && after instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle()) {
                // (a numbered heading, 二、…, however wide: no headline is numbered)
                cur.paragraphs.add(h.asText());
            } else if (after instanceof PageItem.Credit c && !c.trailing() && !h.looksLikeHeadline() && !Datelines.datedNewsFollows(cur, after)
                    && ReportParts.nextPartAlike(h, items, i)) {
                // the rest of a report in parts, begun on another page: a part's heading over its byline, the next part
                // headed alike over its own; the report's headline stands where it began
                cur.addPart(h, h.lines(), true);
            } else {
                cur.headline.addAll(h.lines());
            }
            return true;
        }
        if (cur == null && HeadingShapes.numbered(h.lines()) && i + 1 < items.size() && items.get(i + 1) instanceof PageItem.Paragraph p
                && p.lead() == null && !p.opensArticle()) {
            // a numbered heading (二、…) over text at the top of the page: the rest of an article begun elsewhere, at one
            // of its sections; no headline is numbered
            start();
            cur.paragraphs.add(h.asText());
            return true;
        }
        return false;
    }

    /**
     * Rules that keep a heading between two stretches of text as a section of the article above: numbered or
     * bulleted, over a picture item, a lead-in closed by a dash, one of a series, the next speech of a collection, a
     * clause pair. Returns whether the heading was placed.
     */
    private boolean keptAsSection(PageItem.Heading h, List<PageItem> items, int i, boolean signedOff) {
        List<String> lines = h.lines();
        PageItem next = TextAround.itemAfter(items, i);
        boolean textGoesOn = textGoesOn(next);
        boolean bylineFollows = bylineFollows(next);
        if (textGoesOn && lines.size() == 1 && next instanceof PageItem.Paragraph caption && PictureItems.nextOfNumberedSet(cur, caption.text())) {
            // a line between two captions of a set of numbered pictures (图③：… / 新华社发 / 图④：…): the credit of the
            // picture above it
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        if (textGoesOn && lines.size() == 1 && brokenOffLastLine(lines.get(0), items, i)) {
            // the last two lines of a paragraph naming people (…、国务院副总理胡 / 春华参加审议。): the first, broken
            // mid-name, read as a heading over the one-line end of its sentence; no headline stands over one short
            // sentence alone
            lineBrokenOff = lines.get(0).strip();
            return true;
        }
        if (textGoesOn && h.bodyType() && !bylineFollows) {
            // printed no larger than the text around it, on a page whose source tells type sizes: a section heading
            cur.paragraphs.add(h.asText());
            return true;
        }
        if (textGoesOn && (lines.size() <= 2 && HeadingShapes.ENUMERATED.matcher(lines.get(0)).lookingAt() || HeadingShapes.BULLETED.matcher(lines.get(0)).lookingAt())) {
            // numbered or bulleted (二、 （三） ● ■) between two stretches of text: a section heading, however wide;
            // no headline opens with a bullet or a number, so it never goes back as the title of the text before
            cur.paragraphs.add(h.asText());
            return true;
        }
        if (textGoesOn && lines.size() <= 2 && (!(cur.untitled() && cur.expectsHeadline) || PictureItems.standingHead(lines))
                && PictureItems.pictureItemFollows(items, i + 1)) {
            // a short heading over a caption or two closed by a photo credit (张三摄): a picture item's headline, never a
            // section of the text above, whatever that text spoke of; the credit ends the item (a picture's standing head,
            // 图片报道, is never the headline of an untitled text above that wants one, as another heading may be)
            forward(lines);
            return true;
        }
        if (textGoesOn && lines.size() == 1 && HeadingShapes.handsOverByDash(lines.get(0))) {
            // one line closed by a dash (直面困难，是对形势的清醒认识——) with text right under it, no title: a lead-in
            // handing over to the text it opens, a section of the article, however wide; a kicker hands over so to its
            // title, which stands under it
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        if (textGoesOn && (lines.stream().anyMatch(SectionHeadings::isCompanionBox) || inSectionSeries(lines, items, i) && !endsDispatch(lines, items, i)
                || SectionHeadings.insideSignedEssay(lines, cur.paragraphs, items, i))) {
            // a reporter's note (…（记者手记）) goes with the report above it; a heading opening like the section heading
            // before it or the next one (a short label over its deck) is one more section of the same feature; a plain
            // heading inside an essay that its author's note has not yet signed off is one of its sections
            cur.paragraphs.add(h.asText());
            return true;
        }
        if (textGoesOn && signedOff && cur.compiled && (SpeechCollections.speechHeading(lines) || SpeechCollections.toldHeading(lines))
                && (cur.lastSpeech > 0 && Math.abs(cur.lastSpeech - lines.size()) <= 1 || SpeechCollections.nextSpeechAlike(lines.size(), items, i))) {
            // under the credit of one speech taken down (整理), a plain heading of two lines (who speaks and their point,
            // either way up) over text with no byline, set like the next one, which stands under such a credit too (or
            // like the one before): the next speech of a collection, each speech signed by the reporter who took it down;
            // separate articles carry their own bylines or column labels
            cur.paragraphs.add(h.asText());
            cur.lastSpeech = lines.size();
            return true;
        }
        if (textGoesOn && signedOff && cur.introduced && lines.size() == 1 && SectionHeadings.plain(lines)
                && SectionHeadings.likeFirstStory(cur.paragraphs, lines.get(0))) {
            // in a feature an editor's note (——编者) introduced, a short plain heading under the credit that closed one
            // story, as long as the heading of the first story under the note (give or take two characters): the next
            // story the note announced
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        if (textGoesOn && signedOff && cur.compiled && lines.size() == 1 && SectionHeadings.plain(lines) && next instanceof PageItem.Paragraph np
                && np.lineCount() <= 2 && SpeechCollections.names(np.text())) {
            // under the credit of one speech taken down (整理), a point alone on its line over its speaker's name, read
            // as text where the post in its bracket wrapped after an enumeration comma (张三代表（某某省委书记、/ 省人大常委会
            // 主任）): the collection's next speech; a separate article opens on its own text, never on a name line
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        if (textGoesOn && signedOff && cur.compiled && cur.speechColumn && lines.size() <= 3 && lines.stream().anyMatch(SpeechCollections::namesSpeaker)) {
            // in a column of speeches under its title (发言席), a heading naming the next speaker (张三代表：, over or under
            // their point, or alone with the point run into the text) under the credit of one speech taken down: the
            // column's next speech; elsewhere a speaker closed by a colon as often heads an article of their own
            cur.paragraphs.add(h.asText());
            return true;
        }
        if (textGoesOn && signedOff && cur.compiled && lines.size() >= 2 && lines.size() <= 4 && !SpeechCollections.names(lines.get(0))
                && lines.stream().skip(1).anyMatch(SpeechCollections::names)) {
            // under the credit of one speaker's words, taken down by the reporter (整理), the next speaker's heading:
            // their point over who they are (王五代表（某某省省长）, wrapped where the bracket runs over), undashed, as a
            // collection heads each speech; an article's headline names its speaker over the title, as its kicker
            cur.paragraphs.add(h.asText());
            return true;
        }
        if (textGoesOn && lines.size() == 1 && (HeadingShapes.nextHeadingIs(items, i + 1, h2 -> HeadingShapes.parallel(lines.get(0), h2.lines().get(0)))
                || cur.lastSection != null && HeadingShapes.parallel(cur.lastSection, lines.get(0)))) {
            // one of a series of headings that open alike (全业相融… 全景打造… 全民参与…) between stretches of text: the
            // sections of one article, however wide; the headlines of separate articles do not rhyme so
            cur.paragraphs.add(lines.get(0));
            cur.lastSection = lines.get(0);
            return true;
        }
        if (textGoesOn && lines.size() == 1 && HeadingShapes.isSentenceHeading(lines.get(0))
                && Cohesion.shared(TextAround.textAfter(items, i + 1, 300), 300, cur.paragraphs) >= SENTENCE_HEADING_COHESION) {
            // a heading that reads as a clause pair (抢时间，关键时候顶得上) is a section heading, however
            // wide, when the text after it goes on with what the text before spoke of
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        return false;
    }

    /**
     * Rules that make a heading over a byline one part of a report in parts, all under one headline. Returns whether
     * the heading was placed.
     */
    private boolean headsReportPart(PageItem.Heading h, List<PageItem> items, int i) {
        if (staffCreditAbove) {
            // a staff credit (版式设计：张三) ends the whole story, never one part of it: a heading over a byline under it
            // heads another article
            return false;
        }
        List<String> lines = h.lines();
        PageItem next = TextAround.itemAfter(items, i);
        boolean bylineFollows = bylineFollows(next);
        if (cur != null && !cur.closed && !cur.noted && !cur.group && bylineFollows && lines.size() <= 2 && ReportParts.partShape(lines)
                && figureUnderEditorsNote(cur) && !Datelines.datedNewsFollows(cur, next)) {
            // a figure set over the first part's title (1—3月某省支出救助金4.5亿元，覆盖3.7万人 / “爱心礼包”加固底线) right
            // under the editor's note that announces the reports, read as text for the clause in it: that part's heading,
            // as each part after it is headed (a figure over its title)
            List<String> heading = new ArrayList<>();
            heading.add(cur.paragraphs.remove(cur.paragraphs.size() - 1));
            cur.textParagraphs--;
            heading.addAll(lines);
            cur.announced = true;
            cur.addPart(h, heading, true);
            return true;
        }
        if (cur != null && !cur.closed && !cur.noted && (cur.group || !cur.untitled() || SectionHeadings.endsWithEditorsNote(cur.paragraphs)) && bylineFollows && !h.looksLikeHeadline()
                && (cur.group || !Datelines.datedNewsFollows(cur, next)) && (cur.group || cur.byline == null && (!cur.hasBody() || noteSignedOff(cur))
                        || cur.textLength() <= REPORT_LEAD && ReportParts.nextPartAlike(h, items, i))) {
            // a headline with nothing under it but a lead or an editor's note (or an editor's note continued from another
            // page, its headline there), then headings each over its own byline,
            // set alike: one report in parts (福建三明 … 山东济南 …), each part signed by its reporter, all under the one
            // headline
            cur.addPart(h, lines, true);
            return true;
        }
        if (cur != null && !cur.closed && !cur.noted && !cur.group && cur.firstSection != null && bylineFollows
                && ReportParts.partShape(lines) && SectionHeadings.plain(lines) && SectionHeadings.plain(cur.firstSection)
                && ReportParts.setAlike(cur.firstSection, lines) && !Datelines.datedNewsFollows(cur, next)) {
            // a report whose text opened with a heading right under its headline and byline, then a heading set like
            // that one over a byline of its own: the report's next part, each part by its own reporter (a column of
            // reporters' notes, 记者连线); a separate article's headline is not set like the section heading above it
            cur.addPart(h, lines, true);
            return true;
        }
        if (cur != null && !cur.closed && !cur.noted && bylineFollows && ReportParts.partShape(lines)
                && (cur.group && cur.announced && Math.abs(cur.partLines - lines.size()) <= 1
                        || !cur.group && SectionHeadings.endsWithEditorsNote(cur.paragraphs) && !Datelines.datedNewsFollows(cur, next))) {
            // an editor's note (——编者) announces the reports under it: the heading over the first one's byline heads a
            // part, however wide or stacked (a figure over its title), and so does each like heading over a byline after
            // it (as many lines, give or take one: the figure may wrap); a column label or a dashed subtitle heads an article
            cur.announced = true;
            cur.addPart(h, lines, true);
            return true;
        }
        return false;
    }

    /**
     * Whether a heading line is a paragraph's line broken off the end of its sentence: a list of names (joined by 、)
     * ending on a word, under finished text, over one short line that ends the sentence, with a heading or nothing
     * under that line.
     */
    private boolean brokenOffLastLine(String line, List<PageItem> items, int i) {
        String l = line.strip();
        if (l.indexOf('、') < 0 || !SectionHeadings.plain(List.of(l)) || !Character.isLetter(l.charAt(l.length() - 1))
                || !CharClass.endsSentence(cur.paragraphs.get(cur.paragraphs.size() - 1).strip())) {
            return false;
        }
        if (!(items.get(i + 1) instanceof PageItem.Paragraph end) || end.lineCount() != 1 || end.text().strip().length() > SENTENCE_END
                || !CharClass.endsSentence(end.text().strip())) {
            return false;
        }
        return i + 2 >= items.size() || items.get(i + 2) instanceof PageItem.Heading;
    }

    /** At most this many characters end a sentence on the line under a line of names broken off as a heading. */
    private static final int SENTENCE_END = 15;

    /**
     * Whether the text so far ends with an editor's note (——编者) and one short paragraph under it, a line or two with a
     * figure in it and no sentence ended: the figure heading the first report the note announces.
     */
    private static boolean figureUnderEditorsNote(Piece p) {
        int n = p.paragraphs.size();
        if (n < 2 || p.last == null || p.last.lineCount() > 2 || !SectionHeadings.endsWithEditorsNote(p.paragraphs.subList(0, n - 1))) {
            return false;
        }
        String figure = p.paragraphs.get(n - 1).strip();
        return !CharClass.endsSentence(figure) && figure.chars().anyMatch(Character::isDigit);
    }

    /**
     * Rules for headline lines stacked between two texts: which lines go back to the text above (a headline set after
     * its body) and which head the text below. Returns whether the heading was placed.
     */
    private boolean placedFromStack(PageItem.Heading h, List<PageItem> items, int i) {
        List<String> lines = h.lines();
        PageItem next = TextAround.itemAfter(items, i);
        boolean bylineFollows = bylineFollows(next);
        boolean canTakeBack = canTakeBack();
        if (headsTextBehind(lines, items, i)) {
            return true;
        }
        List<List<String>> blocks = HeadingShapes.splitAfterSubtitles(h.blocks());
        if (cur != null && cur.closedByJump && cur.hasBody() && cur.untitled() && blocks.size() >= 2
                && (HeadingShapes.completeHeadline(blocks.get(0)) || h.blankSeparatedPage() && (blocks.get(0).size() >= 2
                        || cur.expectsHeadline || !bylineFollows))) {
            // a text that jumps to another page (下转), then a complete headline and another one stacked under it:
            // the first was set after the text it heads, the second heads what follows; on a page of blank-separated
            // lines a gap between headline lines parts two headlines, so a one-line first block also goes back when the
            // text above opened with a byline or dateline (it wants a headline) or no byline opens the text below (the
            // block under the gap heads plain text: the text above, closed by its marker, takes the first)
            giveBack(blocks.get(0));
            forward(blocks.subList(1, blocks.size()).stream().flatMap(List::stream).toList());
            return true;
        }
        if (cur != null && cur.closedByJump && cur.hasBody() && cur.untitled() && bylineFollows && lines.size() >= 2
                && (blocks.size() == 1 || !h.blankSeparatedPage())) {
            int cut = HeadlineChain.cut(lines, cur.paragraphs, TextAround.textAfter(items, i + 1, 3000));
            if (cut > 0) {
                giveBack(lines.subList(0, cut));
                if (cut < lines.size()) {
                    forward(lines.subList(cut, lines.size()));
                }
                return true;
            }
        }
        if (canTakeBack && lines.size() >= 2 && (!cur.expectsHeadline && blocks.size() == 1 && next instanceof PageItem.Paragraph
                || bylineFollows)) {
            // two labelled titles stacked (…（人民时评） over …（人民时评）): the first closes the headline of the text above,
            // also over a byline, however the lines are spaced (the byline's article wants the lines under it)
            int cut = HeadlineChain.labelledBreak(lines);
            if (cut > 0) {
                giveBack(lines.subList(0, cut));
                forward(lines.subList(cut, lines.size()));
                return true;
            }
        }
        if (canTakeBack && (cur.expectsHeadline || cur.underNote) && bylineFollows && (blocks.size() == 1 || !h.blankSeparatedPage())
                && lines.size() >= 2) {
            // headline lines stacked (in one block, or on a page without blank lines, where blocks tell nothing) between
            // a text that wants its headline (set after it) and a byline that opens the next article: the lines above
            // the break head the text before, the rest the text after; a text begun right under another's closing note
            // (（本报伦敦5月12日电）), no heading between, wants one too: a page of news items each headed after its text
            int cut = HeadlineChain.cut(lines, cur.paragraphs, TextAround.textAfter(items, i + 1, 3000));
            if (cut >= 0) {
                if (cut > 0) {
                    giveBack(lines.subList(0, cut));
                }
                if (cut < lines.size()) {
                    forward(lines.subList(cut, lines.size()));
                }
                return true;
            }
        }
        if (canTakeBack && cur.expectsHeadline && !bylineFollows && next instanceof PageItem.Paragraph
                && (blocks.size() == 1 || !h.blankSeparatedPage()) && breakBetweenTexts(lines, items, i)) {
            return true;
        }
        if (canTakeBack && blocks.size() >= 2 && (HeadingShapes.completeHeadline(blocks.get(0))
                || Headline.endsWithLabelOfAnyLength(blocks.get(0).get(blocks.get(0).size() - 1).strip()))
                && HeadlineChain.canBreak(blocks.get(0).get(blocks.get(0).size() - 1), blocks.get(1).get(0))
                && (blocks.get(1).stream().noneMatch(l -> CLAUSE_MARK.matcher(l).find()) || closedByLabel(blocks.subList(1, blocks.size())))) {
            // a complete headline (a title closed by its column label, however long, or over its dashed subtitle) set apart over
            // another headline, under untitled text: nothing of the headline below belongs to it, so it heads the text
            // above, set after its body, and the rest heads the text below (a sentence with clauses under the title is
            // its standfirst, not another headline, unless a labelled title closes it: then it is that title's kicker)
            giveBack(blocks.get(0));
            forward(blocks.subList(1, blocks.size()).stream().flatMap(List::stream).toList());
            return true;
        }
        if (canTakeBack && blocks.size() >= 2 && (blocks.get(0).size() >= 2 || cur.expectsHeadline)) {
            giveBack(blocks.get(0));
            forward(blocks.subList(1, blocks.size()).stream().flatMap(List::stream).toList());
            return true;
        }
        return false;
    }

    /** Whether the last line of these blocks is a title closed by its column label, however long: a headline complete in itself. */
    private static boolean closedByLabel(List<List<String>> blocks) {
        List<String> last = blocks.get(blocks.size() - 1);
        return Headline.endsWithLabelOfAnyLength(last.get(last.size() - 1).strip());
    }

    /** A mark that closes a clause: a line holding one is a sentence (a standfirst), not a headline. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;。]");

    /** The least text a news item prints under its headline. */
    private static final int ITEM_TEXT = 50;

    /**
     * Whether the heading at {@code i} opens like another section heading of the same run of text (see
     * {@link SectionHeadings#leadAlike}): the one before it, already taken as a section of the current article, or the
     * next one, with only text between and text after it. A byline (but a part's in a report in parts), a dateline or a
     * jump marker ends the run.
     */
    private boolean inSectionSeries(List<String> lines, List<PageItem> items, int i) {
        if (!SectionHeadings.plain(lines) && !SectionHeadings.plainSpeakerOverPoint(lines)) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph p) {
                if (p.lead() != null || p.opensArticle()) {
                    break;
                }
                continue;
            }
            if (item instanceof PageItem.Credit && cur.group || HeadingShapes.isBox(item)) {
                // in a report in parts each part is signed under its heading; a box (【记者观察】) stands inside a section
                continue;
            }
            if (item instanceof PageItem.Heading before && SectionHeadings.seriesAlike(before.lines(), lines)
                    && cur.paragraphs.contains(before.asText())) {
                return true;
            }
            break;
        }
        for (int k = i + 1; k + 1 < items.size(); k++) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph p) {
                if (HeadingShapes.endsRun(p)) {
                    return false;
                }
                continue;
            }
            if (HeadingShapes.isBox(item)) {
                continue;
            }
            return item instanceof PageItem.Heading after && SectionHeadings.seriesAlike(lines, after.lines())
                    && items.get(k + 1) instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle();
        }
        return false;
    }

    /**
     * Headline lines stacked between a text that wants its headline (set after it) and untitled text below: the
     * lines that echo the text above go back to it, the rest head the text below. Nothing goes back unless the lines
     * say so; then the caller decides as before. Returns whether lines were placed.
     */
    private boolean breakBetweenTexts(List<String> lines, List<PageItem> items, int i) {
        if (lines.size() < 2) {
            return false;
        }
        int cut = HeadlineChain.cut(lines, cur.paragraphs, TextAround.textAfter(items, i + 1, 3000));
        if (cut <= 0) {
            return false;
        }
        giveBack(lines.subList(0, cut));
        if (cut < lines.size()) {
            forward(lines.subList(cut, lines.size()));
        }
        return true;
    }

    /**
     * A headline set after its body, where that body followed the text of an article that has its headline already, no
     * heading between them: the lines that lean to the text above head the paragraphs from where their words begin
     * ({@link HiddenStart}), which leave the article they were read with; the rest head the text below. Returns whether
     * lines were placed.
     */
    private boolean headsTextBehind(List<String> lines, List<PageItem> items, int i) {
        if (cur == null || cur.untitled() || !cur.hasBody() || cur.group || cur.closed && !cur.closedByJump) {
            return false;
        }
        // a headline comes after finished text (a sentence, a credit or note in brackets), never mid-sentence
        String lastText = cur.paragraphs.get(cur.paragraphs.size() - 1).strip();
        char last = CharClass.lastChar(lastText);
        if (!CharClass.endsSentence(lastText) && last != '）' && last != ')') {
            return false;
        }
        String below = TextAround.textAfter(items, i + 1, 3000);
        int cut = HeadlineChain.cut(lines, cur.paragraphs, below);
        if (cut <= 0 || Datelines.REPORTER.matcher(lines.get(0).strip()).lookingAt()) {
            // (a byline misread as a heading, 本报记者张三李四, heads nothing)
            return false;
        }
        int start = HiddenStart.find(lines.subList(0, cut), cur.headline, cur.paragraphs, below);
        if (start < 0) {
            return false;
        }
        start = HiddenStart.splitOpening(lines.subList(0, cut), cur.paragraphs, start);
        Piece behind = new Piece();
        moveTail(cur, start, behind);
        pieces.add(behind);
        cur = behind;
        giveBack(lines.subList(0, cut));
        if (cut < lines.size()) {
            forward(lines.subList(cut, lines.size()));
        }
        return true;
    }

    /**
     * Where a heading that a 上接 marker tells is set after the text above breaks, when it stacks the next article's
     * headline under that one: on a page of blank-separated lines after its first block (lines set tight belong
     * together), else where the lines' words lean ({@link HeadlineChain}); 1 for one line.
     */
    private static int stackBreak(PageItem.Heading h, List<String> above, List<PageItem> items, int i) {
        List<String> lines = h.lines();
        if (lines.size() < 2) {
            return lines.size();
        }
        int labelled = HeadlineChain.labelledBreak(lines);
        if (labelled > 0) {
            return labelled;
        }
        List<List<String>> blocks = HeadingShapes.splitAfterSubtitles(h.blocks());
        if (h.blankSeparatedPage() && blocks.size() >= 2 && blocks.get(0).size() <= 3) {
            return blocks.get(0).size();
        }
        return HeadlineChain.cut(lines, above, TextAround.textAfter(items, i + 1, 3000));
    }

    /**
     * A 上接 marker right under the text of an article that has its headline (or of an untitled text continued from
     * another page, whose headline is printed where it began), over this heading: the marker stands by the
     * headline of a text it continues, set after that text, which followed the titled article's text with no heading
     * between them. The lines that lean to the text above head the paragraphs from where their words begin
     * ({@link HiddenStart}), which leave the article they were read with and take the marker; the rest head the text
     * below. Returns whether lines were placed.
     */
    private boolean markedBehind(PageItem.Heading h, List<PageItem> items, int i) {
        Piece above = cur.textAbove;
        cur.textAbove = null;
        if (above == null || above.untitled() && !above.continuedFromElsewhere() || !above.hasBody() || above.group
                || above.closed && !above.closedByJump) {
            return false;
        }
        List<String> lines = h.lines();
        String below = TextAround.textAfter(items, i + 1, 3000);
        int cut = stackBreak(h, above.paragraphs, items, i);
        if (cut <= 0 && lines.size() <= 3) {
            cut = lines.size();
        }
        if (cut <= 0 || Datelines.REPORTER.matcher(lines.get(0).strip()).lookingAt()) {
            return false;
        }
        int start = HiddenStart.find(lines.subList(0, cut), above.headline, above.paragraphs, below, true);
        if (start < 0) {
            return false;
        }
        start = HiddenStart.splitOpening(lines.subList(0, cut), above.paragraphs, start);
        moveTail(above, start, cur);
        cur.continuedHere = false;
        giveBack(lines.subList(0, cut));
        if (cut < lines.size()) {
            forward(lines.subList(cut, lines.size()));
        }
        return true;
    }

    /**
     * Moves the paragraphs of {@code from} from {@code start} on to the end of {@code to}, which they were read apart
     * from, and closes {@code from}; a jump (下转) printed under those paragraphs goes with them.
     */
    private static void moveTail(Piece from, int start, Piece to) {
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

    /** The longest text of a news item printed without sections. */
    private static final int NEWS_ITEM = 600;
    /** A line opening with a section's number, however it is set (二、, （三）, 2.). */
    private static final Pattern NUMBERED_ITEM = Pattern.compile(HeadingShapes.ENUMERATED.pattern() + "|\\d{1,2}\\s?[.．]");

    /** The longest lead a report in parts opens with before its first part. */
    private static final int REPORT_LEAD = 400;

    /**
     * The standing head of a picture item (图片报道) right under an untitled short caption closed by its photo credit
     * (the credit perhaps read as the heading's first line): that item's headline, set after it; the lines under the
     * label head what follows. Returns whether the heading was placed.
     */
    private boolean pictureLabelBack(PageItem.Heading h, List<PageItem> items, int i) {
        if (cur == null || !cur.hasBody() || !cur.untitled() || !PictureItems.isShort(cur)) {
            return false;
        }
        List<String> lines = h.lines();
        boolean creditInHeading = lines.size() >= 2 && (BYLINES.isPictureCredit(lines.get(0).strip())
                || PictureItems.REPORTERS_PHOTO.matcher(lines.get(0).strip()).matches());
        String lastText = cur.paragraphs.get(cur.paragraphs.size() - 1).strip();
        boolean credited = creditInHeading || cur.last != null && cur.last.lineCount() == 1 && BYLINES.isPictureCredit(lastText);
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
            cur.paragraphs.add(lines.get(0).strip());
        }
        int caption = cur.paragraphs.size() - 2;
        if (alone && caption >= 1 && PictureItems.CAPTION_OPENING.matcher(cur.paragraphs.get(caption)).lookingAt()) {
            // the caption over its credit opens as captions do (图为…, 5月4日，…) after text of its own: that text is
            // another untitled article, the picture item begins at its caption
            Piece picture = new Piece();
            moveTail(cur, caption, picture);
            pieces.add(picture);
            cur = picture;
        }
        cur.headline.add(lines.get(at).strip());
        cur.closed = true;
        if (lines.size() > at + 1) {
            heading(h.withBlocks(HeadingShapes.withoutFirstLines(h.blocks(), at + 1)), items, i);
        }
        return true;
    }

    /**
     * Whether the text so far is a note signed off by a dash (——编者): an editor's note, or a short one's end continued
     * from another page; a long text closed by a quote's source (——某某网) is a story of its own, whatever follows.
     */
    private static boolean noteSignedOff(Piece p) {
        return isAttribution(p.paragraphs.get(p.paragraphs.size() - 1))
                && (p.textLength() <= REPORT_LEAD || SectionHeadings.endsWithEditorsNote(p.paragraphs));
    }

    private static boolean isAttribution(String paragraph) {
        return LineShapes.isAttribution(paragraph);
    }


    /**
     * Puts a headline with the untitled text before it ({@code back}) or at the head of a new article. Where
     * the layout leaves that open (an untitled text before it, text after it), the headline goes with the
     * text that talks about what it says, when one of the two clearly does more than the other.
     */
    private void place(List<String> lines, boolean back, List<PageItem> items, int i) {
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

    /**
     * A one-line heading between two stretches of text set alike reads as a section heading, unless neither
     * it nor the text after it has anything to say about the text before: then it heads the next article.
     */
    private boolean startsAnotherTopic(List<String> heading, List<PageItem> items, int from) {
        if (heading.size() == 1 && (HeadingShapes.hasSibling(heading.get(0), items, from) && !TopicBreak.offTopic(cur, items, from)
                || cur.lastSection != null && HeadingShapes.siblings(cur.lastSection, heading.get(0)) && Math.abs(cur.lastSection.length() - heading.get(0).length()) <= 2)) {
            // one of a series of like headings (广州一园一景 … 北京留白增绿): the sections of one article, however
            // different the places or things each of them is about
            return false;
        }
        String after = TextAround.textAfter(items, from);
        if (after.length() < 40) {
            return false;
        }
        double text = Cohesion.shared(after, 300, cur.paragraphs);
        double head = Cohesion.shared(String.join("", heading), 100, cur.paragraphs);
        return text < SECTION_COHESION && !(head >= 0.1);
    }

    /**
     * Whether a heading that looks like a headline (wider than the column, or in three lines) is still plain (no column
     * label, dash, colon, spaced phrases or middle dot: {@link SectionHeadings#plain}) and stands over long text with no
     * byline or dateline that shares clearly more with the text before than the next article would: how long
     * commentaries and reports head their sections. A picture item's caption or a short item is too short to tell.
     */
    private boolean plainWideSection(List<String> lines, List<PageItem> items, int i) {
        if (lines.size() > 3 || !SectionHeadings.plain(lines) || !cur.hasBody()
                || !(i + 1 < items.size() && items.get(i + 1) instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle())) {
            return false;
        }
        String after = TextAround.textAfter(items, i + 1, WIDE_SECTION_AFTER);
        return after.length() >= WIDE_SECTION_AFTER && Cohesion.shared(after, 300, cur.paragraphs) >= WIDE_SECTION_COHESION;
    }

    /** How much text a wide plain heading must stand over to be a section, and how much of it the text before must share. */
    private static final int WIDE_SECTION_AFTER = 400;
    private static final double WIDE_SECTION_COHESION = 0.07;

    /**
     * Below this share of its word pairs found in the text before, the text after a plain heading is another article's.
     * A higher bar (13.5%) gained on two development seeds and lost on a third, so it stays where it was.
     */
    private static final double SECTION_COHESION = 0.09;

    /**
     * Whether a heading of one short plain line stands right under a photo credit that ends the text above (张三摄, a
     * caption's last line), with plain text under it (or a 上接 marker over plain text): a picture's headline set
     * after its credit.
     */
    private boolean headlineUnderPictureCredit(PageItem.Heading h, List<PageItem> items, int i) {
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

    /** How much of its vocabulary the text after a clause-pair heading must share with the text before. */
    private static final double SENTENCE_HEADING_COHESION = 0.05;

    /** How much more of a headline one text must echo than the other to claim it. */
    private static final double DECISIVE = 0.15;

    private void giveBack(List<String> lines) {
        cur.headline.addAll(lines);
        cur.headlineBelow = true;
        cur.closed = true;
    }

    /** A column's address for submissions (投稿邮箱：…, 电子信箱：…), printed where the column's text ends. */
    private static final Pattern SUBMISSIONS = Pattern.compile(
            "(?:(?:栏目)?(?:投稿|征稿|来稿)(?:邮箱|信箱|电话|热线|地址)|电子(?:邮箱|信箱))\\s?[：:]\\s?\\S{5,60}");

    /** The label of a picture's credit (供图：…), a fact line that closes a picture rather than opening a text. */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?:供图|制图)");

    private void forward(List<String> lines) {
        start();
        if (HeadlineRepairs.isFactLine(lines.get(0)) && !CREDIT_LABEL.matcher(lines.get(0).strip()).lookingAt()) {
            // lines of facts (时间：…, 地点：…) open the text of an article, never its headline: the article is still
            // untitled and may take a headline set after its body (a credit, 供图：…, closes a picture instead)
            lines.stream().map(String::strip).forEach(cur.paragraphs::add);
            return;
        }
        cur.headline.addAll(lines);
    }

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
