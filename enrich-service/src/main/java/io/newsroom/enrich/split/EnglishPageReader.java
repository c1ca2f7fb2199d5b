package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.LineJoiner;
import io.newsroom.enrich.clean.PageLine;
import io.newsroom.enrich.clean.TitleCase;
import io.newsroom.enrich.tag.LanguageDetector;

/**
 * Splits a page of English text, as PDF extraction leaves it, into articles. English is set in words, not
 * characters, so its lines are read by their own rules:
 * <ul>
 * <li>A line ends its block (a paragraph or a heading) where a blank line follows, or where the next line's first
 *     word would have fitted on it: a column wraps a line only when the next word does not fit.</li>
 * <li>A block of three lines at most, not ending like a sentence (. , ; :), is a heading (five right over a byline:
 *     a long headline in a narrow column); {@code By Jane Doe} alone on its line is a byline.</li>
 * <li>A heading opens a new article at the head of the page, over a byline or a dateline, set apart by blank lines
 *     where paragraphs are not, or when it is a headline of six words or more on a subject the article above never
 *     spoke of at its end and hardly before, or one in title case over text on a subject the article above hardly
 *     spoke of (see {@link #headlineByWords}). Otherwise it is a section heading (or a line of a list) and stays in the
 *     text.</li>
 * </ul>
 */
final class EnglishPageReader {

    /** An article read off the page: its headline (may be null), byline (may be null), paragraphs and jump markers. */
    record Article(String headline, Byline byline, List<String> paragraphs, List<String> jumps) {
    }

    /** Under this share of the words below a heading found in the article above, the heading may open another article. */
    static final double SAME_TOPIC = 0.15;
    /**
     * How many of the last words of the article above a heading's words are weighed against: a long article's words
     * drift (a feature opening on a cafe's apple pies, a thousand words on ferries before the next headline).
     */
    private static final int WORDS_ABOVE = 800;
    /** How many words under a heading are compared with the article above. */
    private static final int WORDS_BELOW = 120;
    /** How many words under a headline take up at least one of its words. */
    private static final int WORDS_ECHOING = 60;
    private static final int MIN_HEADLINE_WORDS = 6;
    /** Share of a headline's own words the article above may have used: a long article uses many words. */
    private static final double USED_ABOVE = 0.25;
    /** Blank lines before half the lines or more: the page sets one after every line (paragraphs run several lines). */
    private static final double BLANK_EVERY_LINE = 0.5;
    /** A line opening like a list's item (1. / Q: / – / [2] / July 22) or carrying a price or a score. */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d+[.)]|[QA]:|[–—(\\[<\"“•*-])|\\$\\d|\\d+-\\d+$"
            + "|^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d");
    private static final int MAX_HEADING_LINES = 3;
    private static final int MAX_HEADING_CHARS = 200;
    /** A headline over a byline, set in a narrow column, runs to more lines than a heading in the text. */
    private static final int MAX_HEADLINE_LINES = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Set<String> STOP_WORDS = LanguageDetector.stopWords("en");

    private final BylineParser bylines;

    EnglishPageReader(BylineParser bylines) {
        this.bylines = bylines;
    }

    /** Whether the page is written in Latin letters, not Han: three in four letters or more. */
    static boolean isLatinPage(List<PageLine> lines) {
        long latin = 0;
        long han = 0;
        for (PageLine line : lines) {
            for (int k = 0; k < line.text().length(); k++) {
                char c = line.text().charAt(k);
                if (Character.isIdeographic(c)) {
                    han++;
                } else if (c < 0x250 && Character.isLetter(c)) {
                    latin++;
                }
            }
        }
        return latin > 0 && latin >= 3 * han;
    }

    /** The articles of a page whose furniture {@link io.newsroom.enrich.clean.PageLineReader} took out already. */
    List<Article> read(List<PageLine> lines) {
        List<Block> blocks = blocks(lines);
        boolean blanksSetApart = blanksSetApart(blocks);
        List<Article> articles = new ArrayList<>();
        Draft current = null;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.jumps != null) {
                if (current != null) {
                    current.jumps.addAll(block.jumps);
                }
                continue;
            }
            Byline byline = block.byline;
            if (byline != null) {
                if (current == null || !current.paragraphs.isEmpty() || current.byline != null) {
                    current = open(articles, current, null);
                }
                current.byline = byline;
            } else if (isHeading(block) || overByline(blocks, b) && isHeading(block, MAX_HEADLINE_LINES)) {
                String heading = block.text();
                if (current != null && current.paragraphs.isEmpty() && current.headline != null) {
                    current.paragraphs.add(heading); // a line under the headline: a dateline, a label, a list's first item
                } else if (current == null || current.paragraphs.isEmpty() || overByline(blocks, b) || overDateline(blocks, b)
                        || blanksSetApart && setApart(blocks, b) || headlineByWords(current.paragraphs, heading, blocks, b)) {
                    current = open(articles, current, heading);
                } else {
                    current.paragraphs.add(heading);
                }
            } else {
                if (current == null) {
                    current = open(articles, null, null);
                }
                current.paragraphs.add(block.text());
            }
        }
        if (current != null) {
            articles.add(current.article());
        }
        return articles;
    }

    private static Draft open(List<Article> articles, Draft current, String headline) {
        if (current != null && (!current.paragraphs.isEmpty() || current.headline != null || current.byline != null)) {
            articles.add(current.article());
        }
        Draft d = new Draft();
        d.headline = headline;
        return d;
    }

    /** {@code By Jane Doe}, {@code By Jane Doe and Al Roe}: By and each name capitalised (not a line of text: by email.). */
    private Byline byline(String line) {
        String s = line.strip();
        return BYLINE.matcher(s).matches() ? bylines.parseStandalone(s) : null;
    }

    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|da|del|bin|al))*";
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY)\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*");

    private static boolean overByline(List<Block> blocks, int b) {
        return b + 1 < blocks.size() && blocks.get(b + 1).byline != null;
    }

    /** Over text that opens with a dispatch's dateline (WASHINGTON —, DUNMORE, Ohio (AP) —): a news item's headline. */
    private static boolean overDateline(List<Block> blocks, int b) {
        return b + 1 < blocks.size() && blocks.get(b + 1).lines != null && DATELINE.matcher(blocks.get(b + 1).text()).lookingAt();
    }

    /** A place in capitals, perhaps its state or country and the agency, then a dash, opening a dispatch. */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'-]{2,}(?:,\\s*\\p{Lu}[\\p{L}.' ]*)?(?:\\s*\\([\\p{L}. ]+\\))?\\s*(?:—|–|--|-)\\s");

    /**
     * Whether blank lines on this page set things apart rather than part every paragraph: fewer than half of its
     * paragraphs that follow another paragraph follow a blank line. There a heading with a blank line above and below
     * is a headline.
     */
    private static boolean blanksSetApart(List<Block> blocks) {
        int paragraphAfterParagraph = 0;
        int blank = 0;
        boolean anyBlank = false;
        for (int b = 1; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Block above = blocks.get(b - 1);
            anyBlank |= block.blankBefore;
            if (block.jumps == null && above.jumps == null && !isHeading(block) && !isHeading(above)) {
                paragraphAfterParagraph++;
                blank += block.blankBefore ? 1 : 0;
            }
        }
        return anyBlank && 2 * blank < paragraphAfterParagraph;
    }

    private static boolean setApart(List<Block> blocks, int b) {
        int under = overByline(blocks, b) ? b + 2 : b + 1;
        return blocks.get(b).blankBefore && under < blocks.size() && blocks.get(under).blankBefore;
    }

    /** A short block that does not end like a sentence or a clause, and does not open in lower case. */
    static boolean isHeading(Block block) {
        return isHeading(block, MAX_HEADING_LINES);
    }

    private static boolean isHeading(Block block, int maxLines) {
        String text = block.text();
        if (block.lines.size() > maxLines || text.length() > MAX_HEADING_CHARS || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        String end = text.replaceAll("[\"”’')\\]]+$", "");
        char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
        return ".,;:".indexOf(last) < 0;
    }

    /**
     * Whether a heading after text opens another article by its words: a headline of six words or more, a quarter of
     * whose content words at most the article above used, none in its last {@value #WORDS_BELOW} words, some of which
     * the text right under it takes up, over text that shares under {@value #SAME_TOPIC} of its words with the article
     * above (its last {@value #WORDS_ABOVE} words, both times); a headline in title case over text (see
     * {@link #titleCasedOverText}) may be shorter, and its words may appear right above it. A numbered or bulleted
     * line, a question or answer of an interview (Q:, A:), a price or a score, or a date opening a line is an
     * item of a list, never a headline.
     */
    private static boolean headlineByWords(List<String> above, String heading, List<Block> blocks, int b) {
        boolean titled = titleCasedOverText(heading, blocks, b);
        if (heading.split("\\s+").length < MIN_HEADLINE_WORDS && !titled || LIST_ITEM.matcher(heading).find()) {
            return false;
        }
        Set<String> before = lastWords(above, WORDS_ABOVE);
        Set<String> own = words(heading, Integer.MAX_VALUE);
        long usedAbove = own.stream().filter(before::contains).count();
        if (usedAbove > USED_ABOVE * own.size() || !titled && own.stream().anyMatch(lastWords(above, WORDS_BELOW)::contains)) {
            return false; // the article above spoke of it, or of its words right before it
        }
        StringBuilder below = new StringBuilder();
        for (int k = b + 1; k < blocks.size() && below.length() < 8 * WORDS_BELOW; k++) {
            if (blocks.get(k).jumps == null) {
                below.append(blocks.get(k).text()).append(' ');
            }
        }
        Set<String> near = words(below.toString(), WORDS_ECHOING);
        Set<String> after = words(below.toString(), WORDS_BELOW);
        if (after.size() < 10 || before.size() < 10 || !titled && own.stream().noneMatch(near::contains)) {
            return false; // too little text on one side to tell, or a heading the text under it does not take up
        }
        long shared = after.stream().filter(before::contains).count();
        return shared < SAME_TOPIC * after.size();
    }

    /**
     * A heading in title case (Royal Visit Ends in Row: every word but the small ones capitalised, two or more after
     * the first) right over a paragraph of text. Text never sets a line so, a list's item or a section heading seldom:
     * such a heading is a headline however short, and its story may open without taking up its words.
     */
    private static boolean titleCasedOverText(String heading, List<Block> blocks, int b) {
        return TitleCase.isTitleCased(heading, 2) && b + 1 < blocks.size() && blocks.get(b + 1).lines != null
                && !isHeading(blocks.get(b + 1));
    }

    /** The distinct content words of the last paragraphs, as many as it takes to read {@code limit} words. */
    private static Set<String> lastWords(List<String> paragraphs, int limit) {
        Set<String> words = new HashSet<>();
        int read = 0;
        for (int k = paragraphs.size() - 1; k >= 0 && read < limit; k--) {
            read += paragraphs.get(k).split("\\s+").length;
            words.addAll(words(paragraphs.get(k), Integer.MAX_VALUE));
        }
        return words;
    }

    /** The distinct content words of the text, lower-cased, up to {@code limit} words read. */
    private static Set<String> words(String text, int limit) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        int read = 0;
        while (m.find() && read < limit) {
            read++;
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Lines grouped into blocks: a block ends at a blank line, before a byline or a dateline, or where the next word
     * would have fitted. A last line that ends no sentence under one that does is a headline of its own (see
     * {@link #headlineLine}) over a byline or dateline, or wherever the page sets no blank line apart.
     */
    private List<Block> blocks(List<PageLine> lines) {
        int column = column(lines);
        // a page that sets a blank line after every line tells nothing by them
        long text = lines.stream().filter(l -> !l.text().isEmpty()).count();
        long blanks = lines.stream().filter(l -> !l.text().isEmpty() && l.blankBefore()).count();
        boolean blanksTell = blanks < BLANK_EVERY_LINE * text;
        boolean noGaps = !blanksTell || blanks == 0; // no blank line sets a headline apart from the text above
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.isJumpOnly()) {
                blocks.add(new Block(null, line.jumps(), false, null));
                current = null;
                continue;
            }
            if (line.text().isEmpty()) {
                continue;
            }
            Byline byline = byline(line.text());
            boolean opensItem = byline != null || DATELINE.matcher(line.text()).lookingAt();
            boolean blankBefore = blanksTell && line.blankBefore();
            boolean ends = current == null || opensItem || blankBefore
                    || endedEarly(current.lines.get(current.lines.size() - 1), line.text(), column);
            if (current != null && (opensItem && !blankBefore || ends && noGaps) && current.lines.size() >= 2
                    && headlineLine(current.lines)) {
                // the block's last line, under a finished sentence, is the headline the column ran on into: a byline or
                // dateline opens under it, or, where no blank line sets a headline apart, the block ends with it
                String headline = current.lines.remove(current.lines.size() - 1);
                current = new Block(new ArrayList<>(List.of(headline)), null, false, null);
                blocks.add(current);
            }
            if (ends) {
                current = new Block(new ArrayList<>(), null, blankBefore, byline);
                blocks.add(current);
            }
            current.lines.add(line.text());
            if (byline != null) {
                current = null; // a byline stands on its own line, whatever the column's width
                continue;
            }
            if (!line.jumps().isEmpty()) {
                blocks.add(new Block(null, line.jumps(), false, null));
                current = null;
            }
        }
        return blocks;
    }

    /** The block's last line ends no sentence and the line above it does: a headline run on under its text. */
    private static boolean headlineLine(List<String> lines) {
        String last = lines.get(lines.size() - 1);
        String above = lines.get(lines.size() - 2);
        return !endsSentence(last) && endsSentence(above) && !Character.isLowerCase(last.charAt(0));
    }

    private static boolean endsSentence(String line) {
        String end = line.strip().replaceAll("[\"”’')\\]]+$", "");
        return !end.isEmpty() && ".!?".indexOf(end.charAt(end.length() - 1)) >= 0;
    }

    /**
     * The line was broken before the column was full: the next line's first word would have fitted on it. A word
     * broken by a hyphen (inter- / national) goes on.
     */
    private static boolean endedEarly(String line, String next, int column) {
        if (line.length() >= 2 && line.endsWith("-") && Character.isLetter(line.charAt(line.length() - 2))) {
            return false;
        }
        int space = next.indexOf(' ');
        String firstWord = space < 0 ? next : next.substring(0, space);
        return line.length() + 1 + firstWord.length() <= column;
    }

    /** The column's width in characters: the second longest line (one stray wide line is no column). */
    private static int column(List<PageLine> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).filter(n -> n > 0).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[Math.max(0, lengths.length - 2)];
    }

    /**
     * Lines that belong together, or the jump markers of a line (then {@code lines} is null); {@code byline} is the
     * byline a line of its own reads as, else null.
     */
    record Block(List<String> lines, List<String> jumps, boolean blankBefore, Byline byline) {

        String text() {
            StringBuilder b = new StringBuilder();
            for (String line : lines) {
                LineJoiner.append(b, line);
            }
            return b.toString();
        }
    }

    private static final class Draft {
        String headline;
        Byline byline;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> jumps = new ArrayList<>();

        Article article() {
            return new Article(headline, byline, List.copyOf(paragraphs), List.copyOf(jumps));
        }
    }
}
