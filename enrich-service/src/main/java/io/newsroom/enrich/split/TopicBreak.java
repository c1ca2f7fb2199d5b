package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.text.ListFiles;

/**
 * Where untitled text starts after a paragraph break: the rest of an article begun on another page, printed with no
 * marker right after another article's text. Within one article the text after a paragraph break keeps some of the
 * people, places and things of the text before it; the paragraphs of two articles share almost none ({@link Cohesion}).
 */
final class TopicBreak {

    private TopicBreak() {
    }

    /**
     * Whether the text from this paragraph on shares next to nothing with the long text of the article before it: an
     * untitled text (the rest of an article begun on another page, printed with no marker) set right after another
     * article. Within one article the text after a paragraph break keeps some of the people, places and things of the
     * text before it; the paragraphs of two articles share almost none. Measured only where both texts are long enough
     * to tell, on a bounded window each side, so it stays linear in the page.
     */
    static boolean startsAt(Piece cur, List<String> sectionJustKept, PageItem.Paragraph p, List<PageItem> items, int i) {
        if (cur == null || cur.closed || !cur.hasBody() || p.lead() != null || p.opensArticle() || cur.group
                || p.lineCount() <= 3 && LineShapes.isParenthesised(p.text().strip())
                || p.doubled() && cur.last != null && cur.last.doubled()
                || cur.compiled && SpeechCollections.opensSpeech(p.text())) {
            // (a closing note or credit on its own, （作者为…）, （本报记者…）, signs the text above; bold text going on
            // from bold text is one article set bold throughout, whatever it turns to; each speech of a collection
            // taken down by reporters speaks of its own subject)
            return false;
        }
        if (anotherSpeaker(cur, p.text())) {
            return true;
        }
        List<String> context = new ArrayList<>();
        int length = 0;
        for (int k = cur.paragraphs.size() - 1; k >= 0 && length < TOPIC_CONTEXT; k--) {
            context.add(cur.paragraphs.get(k));
            length += cur.paragraphs.get(k).length();
        }
        // what follows a closing note is another article's
        String after = textFrom(items, i, TOPIC_AFTER, true);
        boolean enough = length >= TOPIC_MIN_BEFORE && after.length() >= TOPIC_MIN_AFTER;
        if (!enough && !(length >= DISPATCH_MIN_BEFORE && after.length() >= DISPATCH_MIN_AFTER && pastDispatchLead(cur))) {
            return false;
        }
        if (betweenSeriesSections(cur, items, i) || storyOfIntroducedFeature(cur, sectionJustKept) || inColonHeadingSeries(p, items, i)) {
            // each section of a feature headed in series speaks of its own subject (asked only where both texts are long
            // enough to tell: these look along the page's items)
            return false;
        }
        double shared = Cohesion.shared(after, TOPIC_AFTER, context);
        // (or a little more, when the article's own last paragraphs keep far more of its vocabulary than that: how
        // much one stretch of an article shares with the rest depends on how tightly it keeps to one subject)
        boolean apart = shared < TOPIC_SHARED || enough && shared < HEADLINE_LEFT_SHARED && headlineLeftBehind(cur, items, i)
                || enough && shared < TOPIC_SHARED_RELATIVE && shared < TOPIC_RATIO * ownCohesion(context);
        return apart && !keepsItsWords(context, items, i) && !takesUpHeadline(cur, after);
    }

    /**
     * Whether the text after the break takes up the article's own headline, its column label included (a third of its
     * word pairs or more, of six or more): the words a headline names are what its article speaks of, a meeting's
     * name in the label too (（某某发布会）), however little the next paragraph shares with a short lead.
     */
    private static boolean takesUpHeadline(Piece cur, String after) {
        if (cur.untitled()) {
            return false;
        }
        String headline = String.join("", cur.headline);
        return Cohesion.pairs(headline) >= HEADLINE_PAIRS
                && Cohesion.shared(headline, 100, after.substring(0, Math.min(after.length(), TOPIC_AFTER))) >= HEADLINE_TAKEN_UP;
    }

    private static final double HEADLINE_TAKEN_UP = 1 / 3.0;

    /**
     * Whether the words the text before keeps coming back to recur in the text after, and those the text after keeps
     * coming back to in the text before (three in ten of their occurrences or more, each way): one article's people, places
     * and subject, though a paragraph turns to other matters in other words (a feature's scene, a profile's next
     * episode). Two articles each repeat their own names and never the other's. ({@code context} runs backwards.)
     */
    private static boolean keepsItsWords(List<String> context, List<PageItem> items, int i) {
        String after = textFrom(items, i, REPEATED_WINDOW, true);
        after = after.substring(0, Math.min(after.length(), REPEATED_WINDOW));
        StringBuilder before = new StringBuilder();
        for (int k = 0; k < context.size() && before.length() < REPEATED_WINDOW; k++) {
            before.insert(0, context.get(k));
        }
        String tail = before.substring(Math.max(0, before.length() - REPEATED_WINDOW));
        return Cohesion.repeatedShared(after, REPEATED, tail) >= REPEATED_KEPT && Cohesion.repeatedShared(tail, REPEATED, after) >= REPEATED_KEPT;
    }

    /**
     * Whether the article so far is a titled news item opened by its dispatch's dateline and gone past its lead
     * paragraph: such an item is complete in itself and its later paragraphs keep to its lead's subject, so the text
     * after a short one that shares next to nothing with it is told on less text than elsewhere, by the plain bar
     * (right under the lead, too short alone to tell, the next paragraph may still turn to the meeting's speakers).
     */
    private static boolean pastDispatchLead(Piece cur) {
        return !cur.untitled() && cur.paragraphs.size() >= 2 && Datelines.isDispatch(cur);
    }

    /** How much text before and after a paragraph break is enough to tell, after a dispatch past its lead. */
    private static final int DISPATCH_MIN_BEFORE = 250;

    private static final int DISPATCH_MIN_AFTER = 80;

    /** How much text each side of a paragraph break is searched for the words it repeats, and how often a pair must occur to count. */
    private static final int REPEATED_WINDOW = 1500;

    private static final int REPEATED = 3;

    private static final double REPEATED_KEPT = 0.3;

    /**
     * Whether the paragraph opens with a person's bare name speaking (张三说，/ 李四指出，) who is named nowhere in the
     * text before it, right after a text whose paragraphs open, two or more of them, with another person speaking
     * (王五说，… 王五说，…): the rest of a report of one person's words, then the rest of another article, printed with
     * only a paragraph break between (two continued texts, each cut where its page began). Within one report a new
     * speaker is brought in with a post or a place first (局长张三说) or named earlier on; a paragraph or two of one
     * speaker (a meeting's talks, 甲说… 乙说…) tells nothing yet.
     */
    private static boolean anotherSpeaker(Piece cur, String text) {
        String name = speaker(text);
        if (name == null) {
            return false;
        }
        String before = null;
        int opened = 0;
        for (int k = cur.paragraphs.size() - 1; k >= 0; k--) {
            String paragraph = cur.paragraphs.get(k);
            if (paragraph.contains(name)) {
                return false;
            }
            String other = speaker(paragraph);
            if (other != null) {
                before = before == null ? other : before;
                opened += other.equals(before) ? 1 : 0;
            }
        }
        return opened >= SPEAKER_RUN && String.join("", cur.headline).indexOf(name) < 0;
    }

    /** The bare name a paragraph opens with, its speaker (张三说，/ 张三还表示，), or null. */
    private static String speaker(String text) {
        Matcher m = SPEAKER.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        return opensWithSurname(name) ? name : null;
    }

    /** Whether a name's first character or two are a Chinese surname (张三, 欧阳某某). */
    static boolean opensWithSurname(String name) {
        return SURNAMES.contains(name.substring(0, 1)) || name.length() >= 2 && SURNAMES.contains(name.substring(0, 2));
    }

    private static final Pattern SPEAKER = Pattern.compile(
            "\\s*(\\p{IsHan}{2,4}?)(?:也|还|则|又)?(?:说|指出|表示|强调|介绍|认为|坦言|透露|提出|建议|谈到|说道|解释|回忆|直言)[，：,:]");

    /** How many paragraphs of the text before must open with its last speaker: one may be one side of a meeting's talks. */
    private static final int SPEAKER_RUN = 2;

    /** Chinese surnames (one or two characters), to tell a person's name from a body that speaks (会议指出). */
    private static final Set<String> SURNAMES = Set.copyOf(ListFiles
            .resourceLines(TopicBreak.class, "/io/newsroom/enrich/tag/surnames-zh.txt").stream()
            .flatMap(line -> Arrays.stream(line.split("\\s+"))).filter(w -> !w.isEmpty()).toList());

    /**
     * Whether the article's headline, echoed by its text so far (half its word pairs or more), is echoed by none of the
     * text from this paragraph on (a stretch long enough to tell, up to the next heading, credit or marker): a
     * headline names what its article is about, and an article's text keeps coming back to it, while the rest of
     * another article printed after it never does. Only a headline with words enough to echo (a few pairs at least,
     * its column label left out) is asked.
     */
    private static boolean headlineLeftBehind(Piece cur, List<PageItem> items, int i) {
        if (cur.headline.isEmpty()) {
            return false;
        }
        String headline = withoutLabels(String.join("", cur.headline));
        if (Cohesion.pairs(headline) < HEADLINE_PAIRS || Cohesion.shared(headline, 100, cur.paragraphs) < HEADLINE_ECHOED) {
            return false;
        }
        String rest = textFrom(items, i, HEADLINE_REST, false);
        return rest.length() >= HEADLINE_REST_MIN && Cohesion.shared(headline, 100, rest) == 0;
    }

    /**
     * The plain text from item {@code i} on, until a heading, an item that opens an article, or (when asked) the end of
     * a paragraph with a closing note, once it holds {@code limit} characters or more.
     */
    private static String textFrom(List<PageItem> items, int i, int limit, boolean stopAtClosingNote) {
        StringBuilder text = new StringBuilder();
        for (int k = i; k < items.size() && items.get(k) instanceof PageItem.Paragraph q && text.length() < limit; k++) {
            if (k > i && (q.lead() != null || q.opensArticle())) {
                break;
            }
            text.append(q.text());
            if (stopAtClosingNote && ClosingNote.endsWithOne(q.text())) {
                break;
            }
        }
        return text.toString();
    }

    private static final Pattern LABEL = Pattern.compile("[（(][^（()）]*[）)]");

    /** A headline's words without its bracketed column label (（人民时评）), which names the column, not the article. */
    static String withoutLabels(String headline) {
        return LABEL.matcher(headline).replaceAll("");
    }

    /** A headline of fewer content pairs echoes too little to tell (某某：/ 守边护民是本分). */
    private static final int HEADLINE_PAIRS = 6;

    private static final double HEADLINE_ECHOED = 0.5;

    private static final int HEADLINE_REST = 2000;

    private static final int HEADLINE_REST_MIN = 300;

    /** Below this share of word pairs with the text before, a text that leaves the headline behind is another article's. */
    private static final double HEADLINE_LEFT_SHARED = 0.06;

    /**
     * A short line read as a paragraph that heads a section as who over what (某县贫困户张三：开网店卖山货): one colon
     * inside it, no sentence ended or clause; returns the lengths before and after the colon, or null.
     */
    private static int[] colonHeading(PageItem.Paragraph p) {
        String t = p.text().strip();
        int colon = t.indexOf('：');
        if (p.lineCount() > 2 || colon < 4 || colon != t.lastIndexOf('：') || t.length() - colon - 1 < 4 || t.length() > COLON_HEADING
                || !LineShapes.noClause(t.replace("：", ""))) {
            return null;
        }
        return new int[] {colon, t.length() - colon - 1};
    }

    private static final int COLON_HEADING = 30;

    /**
     * Whether the paragraph is such a heading and another one set alike (each half as long, give or take two) heads a
     * section of the same text before or after it, with nothing between that opens or ends an article: sections of
     * one report on several people, each about their own.
     */
    private static boolean inColonHeadingSeries(PageItem.Paragraph p, List<PageItem> items, int i) {
        int[] shape = colonHeading(p);
        if (shape == null) {
            // (the first text of such a section goes with its heading)
            return i > 0 && items.get(i - 1) instanceof PageItem.Paragraph q && colonHeading(q) != null && inColonHeadingSeries(q, items, i - 1);
        }
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < items.size(); k += step) {
                if (!(items.get(k) instanceof PageItem.Paragraph q) || HeadingShapes.endsRun(q)) {
                    break;
                }
                int[] other = colonHeading(q);
                if (other != null) {
                    if (Math.abs(other[0] - shape[0]) <= 2 && Math.abs(other[1] - shape[1]) <= 2) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text starts right under a short plain heading kept as a section of an article that an editor's note
     * (——编者) introduced: one of the stories the note announced, about its own people and places.
     */
    private static boolean storyOfIntroducedFeature(Piece cur, List<String> sectionJustKept) {
        return cur.introduced && sectionJustKept != null && sectionJustKept.size() == 1
                && sectionJustKept.get(0).strip().length() <= HeadingShapes.MAX_SIBLING && SectionHeadings.plain(sectionJustKept);
    }

    /**
     * Whether the paragraph at {@code i} stands inside a section (not right under its heading) of the current article whose heading and the next
     * heading after it open alike ({@link SectionHeadings#seriesAlike}), with only text between: a feature headed in a
     * series of sections (为加快工程建设出力 / 为经济运转护航) turns to other people and places in each one, so the
     * words shared across a paragraph break there tell no other article.
     */
    private static boolean betweenSeriesSections(Piece cur, List<PageItem> items, int i) {
        List<String> section = null;
        for (int k = i - 1; k >= 0; k--) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph q) {
                if (HeadingShapes.endsRun(q)) {
                    return false;
                }
                continue;
            }
            // only inside a section: text right under a heading on another subject still makes that heading its
            // headline (short titles of separate essays open alike too)
            if (k < i - 1 && item instanceof PageItem.Heading h && cur.paragraphs.contains(h.asText())) {
                section = h.lines();
            }
            break;
        }
        if (section == null) {
            return false;
        }
        for (int k = i + 1; k + 1 < items.size(); k++) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph q) {
                if (HeadingShapes.endsRun(q)) {
                    return false;
                }
                continue;
            }
            return item instanceof PageItem.Heading next && SectionHeadings.seriesAlike(section, next.lines());
        }
        return false;
    }

    /** How much the last paragraph or two of the text share with the text before them (context runs backwards). */
    private static double ownCohesion(List<String> context) {
        StringBuilder tail = new StringBuilder();
        int k = 0;
        for (; k < context.size() && tail.length() < TOPIC_AFTER; k++) {
            tail.insert(0, context.get(k));
        }
        if (k >= context.size()) {
            return Double.NaN;
        }
        double own = Cohesion.shared(tail.substring(Math.max(0, tail.length() - TOPIC_AFTER)), TOPIC_AFTER, context.subList(k, context.size()));
        return Double.isNaN(own) ? 0 : own;
    }

    private static final double TOPIC_SHARED_RELATIVE = 0.05;

    private static final double TOPIC_RATIO = 0.25;

    /** How much text before (at least, at most) and after a paragraph break the topic test weighs. */
    private static final int TOPIC_MIN_BEFORE = 300;

    private static final int TOPIC_CONTEXT = 3000;

    private static final int TOPIC_MIN_AFTER = 150;

    private static final int TOPIC_AFTER = 300;

    /** Below this share of its word pairs found in the text before, the text after is about something else. */
    private static final double TOPIC_SHARED = 0.03;

    /**
     * Whether the text after a heading shares next to nothing with the article before it, by the bar that splits an
     * untitled text off with no heading at all. Then a sibling heading further on tells nothing: it is as likely the
     * first section of the article this heading heads. (Headings that open alike, {@link SectionHeadings#leadAlike},
     * still make a series: the sections of a feature on one plant, one place after another share next to nothing.)
     */
    static boolean offTopic(Piece cur, List<PageItem> items, int from) {
        String after = TextAround.textAfter(items, from, TOPIC_AFTER);
        return after.length() >= TOPIC_MIN_AFTER && Cohesion.shared(after, TOPIC_AFTER, cur.paragraphs) < TOPIC_SHARED;
    }
}
