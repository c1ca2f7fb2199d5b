package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Collections of speeches (代表委员说): one page item per speaker, each headed by who speaks and their point and signed by
 * the reporter who took it down (整理). The article assembler keeps such a collection as one article, where separate
 * short articles would each carry their own byline or column label.
 */
final class SpeechCollections {

    private SpeechCollections() {
    }

    /** A line naming someone by their role (…代表, …委员（某某大学校长）): the speaker of one part of a collection. */
    static boolean names(String line) {
        return SPEAKER.matcher(line.strip()).matches();
    }

    static final Pattern SPEAKER = Pattern.compile("[^，。：；！？]{2,30}?(?:代表|委员|院士|专家)(?:[（(][^（()）]{2,40}[）)]?)?");

    /**
     * A text opening with a speech's point over its speaker, run together (守住底线张三代表（某某省省长）…), or with who
     * tells it (某某村村民张三讲述：…): how a collection of speeches heads each one.
     */
    static boolean opensSpeech(String text) {
        return SPEECH_HEAD.matcher(text.strip()).lookingAt() || TELLER.matcher(text.strip()).lookingAt();
    }

    static final Pattern SPEECH_HEAD = Pattern.compile("[^。；！？：“”]{4,40}?(?:代表|委员)[（(][^（()）。]{2,40}[）)]"
            // or who the speaker is in full, no bracket, and the point run on with no stop between
            // (某某公司董事长张三代表守住质量底线…): a clause opening on a speaker (张三代表说，) stops within a few words
            + "|[^，。、；！？：“”（()）]{6,30}?(?:代表|委员)[^，。、；！？：“”（()）]{8}");

    /**
     * A speech's heading in a collection: two lines (three when the name wraps), who speaks and their point either way
     * up, plain: no column label, dash, box label, spaced phrases or middle dot, and no colon: a name closed by a colon
     * (张三代表：) is a kicker handing over to its title, how separate short articles are headed as often as speeches.
     */
    static boolean speechHeading(List<String> lines) {
        if (lines.size() < 2 || lines.size() > 3) {
            return false;
        }
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k).strip();
            if (l.isEmpty() || Headline.endsWithLabel(l) || Headline.isDashed(l) || SectionHeadings.isBoxLabel(l) || l.indexOf(' ') >= 0
                    || l.indexOf('·') >= 0 || CharClass.lastChar(l) == '：' || CharClass.lastChar(l) == ':') {
                return false;
            }
        }
        return true;
    }

    /**
     * A column of speeches under a title of its own (发言席, 话小康·议报告): a short title of one line over a first speech
     * that opens on its speaker, run into the words (某某省省长张三代表：…, or 某某公司董事长张三代表守住底线…). A separate
     * article under a speaker's heading carries a title of its own, never the column's name alone.
     */
    static boolean columnOfSpeeches(List<String> headline, String firstParagraph) {
        if (headline.size() != 1 || headline.get(0).replaceAll("\\s", "").length() > COLUMN_TITLE) {
            return false;
        }
        return opensOnSpeaker(firstParagraph) || opensSpeech(firstParagraph);
    }

    /** A text opening on a speaker named in full and closed by a colon (某某省省长张三代表：…). */
    static boolean opensOnSpeaker(String text) {
        return SPEAKER_CLOSED.matcher(text.strip()).lookingAt();
    }

    /** The longest title of a column of speeches, in characters (发言席, 话小康·议报告). */
    private static final int COLUMN_TITLE = 8;

    /**
     * A line naming a speaker (…代表, …委员), closed by a colon (某某市市长张三代表：) or not: in a column of speeches, who
     * speaks next.
     */
    static boolean namesSpeaker(String line) {
        String l = line.strip();
        return names(l) || SPEAKER_CLOSED.matcher(l).matches();
    }

    /** A speaker named in full and closed by a colon (某某省省长张三代表：), alone or run into their words. */
    private static final Pattern SPEAKER_CLOSED = Pattern.compile("[^，。；！？：:“”]{2,30}?(?:代表|委员)[：:]");

    /**
     * A told speech's heading: who tells it, closed by 讲述： (某某村村民张三讲述：), over the point, plain. Unlike a name
     * closed by a colon alone (张三代表：, a kicker as often), the telling says the words below are that person's, taken
     * down; still a collection's only when a credit of a speech taken down (整理) stands above it and above the next.
     */
    static boolean toldHeading(List<String> lines) {
        if (lines.size() != 2) {
            return false;
        }
        String teller = lines.get(0).strip();
        String point = lines.get(1).strip();
        return TELLER.matcher(teller).matches() && !point.isEmpty() && SectionHeadings.plain(List.of(point));
    }

    private static final Pattern TELLER = Pattern.compile("[^，。；！？：“”\\s]{4,30}讲述[：:]");

    /**
     * Whether the next heading after the text from {@code i + 1} stands under a credit of a speech taken down (整理),
     * is a speech heading of about as many lines ({@link #speechHeading}) and has text with no byline under it; a byline,
     * dateline or jump marker on the way ends the collection.
     */
    static boolean nextSpeechAlike(int lineCount, List<PageItem> items, int i) {
        boolean credited = false;
        for (int k = i + 1; k < items.size(); k++) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph p) {
                if (p.lead() != null || p.opensArticle()) {
                    return false;
                }
                credited = p.lineCount() <= 3 && Datelines.REPORTERS_CREDIT.matcher(p.text().strip()).matches() && p.text().contains("整理");
                continue;
            }
            if (item instanceof PageItem.Credit c && c.trailing()) {
                credited = c.byline().text().contains("整理");
                continue;
            }
            return item instanceof PageItem.Heading h && credited && (speechHeading(h.lines()) || toldHeading(h.lines()))
                    && Math.abs(h.lines().size() - lineCount) <= 1 && k + 1 < items.size()
                    && items.get(k + 1) instanceof PageItem.Paragraph q && q.lead() == null && !q.opensArticle();
        }
        return false;
    }
}
