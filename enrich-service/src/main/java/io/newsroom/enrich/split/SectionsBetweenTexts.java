package io.newsroom.enrich.split;

import java.util.List;

import io.newsroom.enrich.clean.CharClass;

/**
 * Headings between two stretches of text that stay sections of the article above: numbered or bulleted, over a
 * picture item, a lead-in closed by a dash, one of a series, the next speech of a collection, a clause pair. A stage
 * of {@link HeadingPlacer}.
 */
final class SectionsBetweenTexts {

    private final PageAssembly page;
    private final HeadingPlacer placer;

    SectionsBetweenTexts(PageAssembly page, HeadingPlacer placer) {
        this.page = page;
        this.placer = placer;
    }

    /**
     * Rules that keep a heading between two stretches of text as a section of the article above: numbered or
     * bulleted, over a picture item, a lead-in closed by a dash, one of a series, the next speech of a collection, a
     * clause pair. Returns whether the heading was placed.
     */
    boolean tryPlace(PageItem.Heading h, List<PageItem> items, int i, boolean signedOff) {
        Piece cur = page.cur;
        List<String> lines = h.lines();
        PageItem next = TextAround.itemAfter(items, i);
        boolean textGoesOn = page.textGoesOn(next);
        boolean bylineFollows = TextAround.bylineFollows(next);
        if (textGoesOn && lines.size() == 1 && next instanceof PageItem.Paragraph caption && PictureItems.nextOfNumberedSet(cur, caption.text())) {
            // a line between two captions of a set of numbered pictures (图③：… / 新华社发 / 图④：…): the credit of the
            // picture above it
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        if (textGoesOn && lines.size() == 1 && brokenOffLastLine(lines.get(0), items, i)) {
            // the last two lines of a paragraph naming people (…、副省长王 / 建华参加审议。): the first, broken
            // mid-name, read as a heading over the one-line end of its sentence; no headline stands over one short
            // sentence alone
            page.lineBrokenOff = lines.get(0).strip();
            return true;
        }
        if (textGoesOn && h.bodyType() && !bylineFollows) {
            // printed no larger than the text around it, on a page whose source tells type sizes: a section heading
            cur.paragraphs.add(h.asText());
            return true;
        }
        boolean sectionJumps = next instanceof PageItem.Jump jump && jump.continuesElsewhere() && cur != null && cur.hasBody() && !cur.closed && !cur.noted;
        if ((textGoesOn || sectionJumps) && (lines.size() <= 2 && HeadingShapes.ENUMERATED.matcher(lines.get(0)).lookingAt() || HeadingShapes.BULLETED.matcher(lines.get(0)).lookingAt())) {
            // numbered or bulleted (二、 （三） ● ■) between two stretches of text, or over a 下转 marker (its section's
            // text goes on on another page): a section heading, however wide; no headline opens with a bullet or a
            // number, so it never goes back as the title of the text before nor heads the next article
            cur.paragraphs.add(h.asText());
            return true;
        }
        if (textGoesOn && lines.size() <= 2 && (!(cur.untitled() && cur.expectsHeadline) || PictureItems.standingHead(lines))
                && PictureItems.pictureItemFollows(items, i + 1)) {
            // a short heading over a caption or two closed by a photo credit (张三摄): a picture item's headline, never a
            // section of the text above, whatever that text spoke of; the credit ends the item (a picture's standing head,
            // 图片报道, is never the headline of an untitled text above that wants one, as another heading may be)
            page.forward(lines);
            return true;
        }
        if (textGoesOn && lines.size() == 1 && HeadingShapes.handsOverByDash(lines.get(0))) {
            // one line closed by a dash (正视挑战，是对发展阶段的准确把握——) with text right under it, no title: a lead-in
            // handing over to the text it opens, a section of the article, however wide; a kicker hands over so to its
            // title, which stands under it
            cur.paragraphs.add(lines.get(0));
            return true;
        }
        if (textGoesOn && (lines.stream().anyMatch(SectionHeadings::isCompanionBox) || inSectionSeries(lines, items, i) && !placer.endsDispatch(lines, items, i)
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
            // one of a series of headings that open alike (全域规划… 全程服务… 全员参与…) between stretches of text: the
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
     * Whether a heading line is a paragraph's line broken off the end of its sentence: a list of names (joined by 、)
     * ending on a word, under finished text, over one short line that ends the sentence, with a heading or nothing
     * under that line.
     */
    private boolean brokenOffLastLine(String line, List<PageItem> items, int i) {
        String l = line.strip();
        if (l.indexOf('、') < 0 || !SectionHeadings.plain(List.of(l)) || !Character.isLetter(l.charAt(l.length() - 1))
                || !CharClass.endsSentence(page.cur.paragraphs.get(page.cur.paragraphs.size() - 1).strip())) {
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
            if (item instanceof PageItem.Credit && page.cur.group || HeadingShapes.isBox(item)) {
                // in a report in parts each part is signed under its heading; a box (【记者观察】) stands inside a section
                continue;
            }
            if (item instanceof PageItem.Heading before && SectionHeadings.seriesAlike(before.lines(), lines)
                    && page.cur.paragraphs.contains(before.asText())) {
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

    /** How much of its vocabulary the text after a clause-pair heading must share with the text before. */
    private static final double SENTENCE_HEADING_COHESION = 0.05;
}
