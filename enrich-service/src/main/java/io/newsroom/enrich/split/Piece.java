package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.enrich.clean.JumpMarkers;

/**
 * An article being assembled from page items: its headline, byline and text so far, and what the layout around it
 * has told about it (closed, continued from elsewhere, a report in parts...), which the rules ahead read.
 */
final class Piece {

    private static final BylineParser BYLINES = new BylineParser();

    final List<String> headline = new ArrayList<>();
    /** The type size of each headline line, where the page tells type sizes (a PDF); else empty. */
    final List<Float> headlineScales = new ArrayList<>();
    Byline byline;
    final List<String> authors = new ArrayList<>();
    final List<String> paragraphs = new ArrayList<>();
    final List<String> jumps = new ArrayList<>();
    boolean expectsHeadline;
    boolean closed;
    /** Closed by a jump to another page (下转), not by a headline. */
    boolean closedByJump;
    /** A report in parts: its headline stands over parts, each with a heading and a byline. */
    boolean group;
    /** A part's heading was just added: the byline under it is the part's. */
    boolean partCredit;
    /** Opened by a 上接 marker over a heading: what is continued here from another page. */
    boolean continuedHere;
    /** Opened by a 上接 marker over a heading right under this article's text: the text the marker may close. */
    Piece textAbove;
    /**
     * That text, when a 上接 marker opened it too: the heading is its headline set after it, unless it is another
     * continued text's, begun inside it ({@code markedBehind}).
     */
    Piece headlineBack;
    /** Started by a dateline in the text after another text: perhaps the second item of a report. */
    boolean openedByDateline;
    /** Its headline was set after its text (given back to it from under it). */
    boolean headlineBelow;
    /** How many of its paragraphs of text (section headings aside) were printed bold, of how many. */
    int boldParagraphs;
    int textParagraphs;
    /** A credit signed its text off (（本报记者 张三）, 本报记者张三整理) and no heading has come since. */
    boolean signedOff;
    /** That credit says the reporter took the text down (整理): one speaker's words, perhaps of a collection. */
    boolean compiled;
    /** Its text began right under another's closing note, no heading between: its headline is set after it, if anywhere. */
    boolean underNote;
    /** Its text ended with a closing note (（本报伦敦5月12日电）, （作者为…）): nothing more of it follows. */
    boolean noted;
    /** Headed by a column's title (发言席) over a first speech opening on its speaker: a column of speeches. */
    boolean speechColumn;
    /** How many lines the heading of its latest speech under a 整理 credit had (0: none yet). */
    int lastSpeech;
    /** A report in parts whose editor's note (——编者) announced its reports: its parts may be headed like headlines. */
    boolean announced;
    /**
     * Its text opened with an editor's note (——编者) in its first paragraphs: a feature the note introduces, whose
     * stories each go under a short heading of their own, about other people and places.
     */
    boolean introduced;
    /** How many lines the heading of its latest part had, in a report in parts (0: none yet). */
    int partLines;
    /** The section heading its text opened with, right under its headline and byline; null if none. */
    List<String> firstSection;
    /** Its latest section heading, when one line: the next of a series is set alike. */
    String lastSection;
    PageItem.Paragraph last;

    boolean hasBody() {
        return !paragraphs.isEmpty();
    }

    boolean untitled() {
        return headline.isEmpty();
    }

    /** How many characters its text holds so far, all paragraphs together. */
    int textLength() {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    /**
     * Opened by a 上接 marker: the rest of an article begun on another page, whose headline is printed there; a headline
     * that a second 上接 marker under its text stands by is another continued text's, set after it.
     */
    boolean continuedFromElsewhere() {
        return untitled() && jumps.stream().anyMatch(j -> !JumpMarkers.sendsOn(j));
    }

    /**
     * Makes this article a report in parts and adds the heading of its next part as text; {@code creditFollows} when
     * that part's byline comes next (it is printed with the part, as its text).
     */
    void addPart(PageItem.Heading h, List<String> heading, boolean creditFollows) {
        group = true;
        paragraphs.add(h.asText(heading));
        partCredit = creditFollows;
        partLines = heading.size();
    }

    /** A closing credit read as text (wrapped where its list of names is long): its reporters are authors still. */
    void creditClosingText(String text) {
        Byline credit = text.startsWith("（") || text.startsWith("(") ? BYLINES.parseTrailing(text) : null;
        if (credit != null) {
            credit.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
        }
    }

    void credit(Byline b) {
        if (byline == null) {
            byline = b;
        }
        b.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
    }
}
