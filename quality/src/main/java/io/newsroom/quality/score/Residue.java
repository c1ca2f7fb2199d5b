package io.newsroom.quality.score;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout debris left in cleaned text. Each count should be zero on a well-cleaned page.
 *
 * <ul>
 * <li>doubledRuns: bold text doubled run by run: a run of three or more Han characters repeated at
 * once, a doubled Chinese punctuation mark, a doubled number ({@code 20242024}, {@code 643643..2323}).
 * Two-character repeats are not counted because Chinese repeats them legitimately (谢谢谢谢, 研究研究),
 * nor runs starting with 一 (一个领域一个领域), nor two-digit numbers (2020).
 * <li>spacesBetweenChinese: whitespace between two Chinese characters or Chinese punctuation marks.
 * <li>spacesAroundNumbers: whitespace between a digit and a Han character ({@code 2024 年}).
 * <li>lineBreaksInSentences: a single line break inside a paragraph, or a paragraph break after text
 * that does not end a sentence; short headings (at most two stacked lines of 40 characters after a finished sentence)
 * are allowed to end without punctuation.
 * </ul>
 */
public record Residue(int doubledRuns, int spacesBetweenChinese, int spacesAroundNumbers, int lineBreaksInSentences) {

    public static final Residue NONE = new Residue(0, 0, 0, 0);

    private static final String CJK = "\\p{IsHan}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f\\uff3b-\\uff40\\uff5b-\\uff65\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026\\u00b7";
    private static final Pattern DOUBLED = Pattern.compile(
            "(?!一)(\\p{IsHan}{3,})\\1"
                    + "|([，。、；：？！《》（）“”‘’])\\2"
                    + "|(?<!\\d)(\\d{3,})\\3(?!\\d)"
                    + "|(?<=\\d)\\.\\.(?=\\d)");
    private static final Pattern SPACE_CJK = Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00a0\\u3000]+(?=[" + CJK + "])");
    private static final Pattern SPACE_NUMBER = Pattern.compile(
            "(?<=\\d)[ \\t\\u00a0\\u3000]+(?=\\p{IsHan})|(?<=\\p{IsHan})[ \\t\\u00a0\\u3000]+(?=\\d)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0\\u3000]*\\n\\s*");
    /** Characters a sentence, a quotation or a bracketed remark can end with. */
    private static final String TERMINAL = "。！？…”’」』）)!?.;；:：—》】\"'";
    private static final int HEADING_MAX = 40;

    public static Residue of(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return new Residue(count(DOUBLED, text), count(SPACE_CJK, text), count(SPACE_NUMBER, text), lineBreaksInSentences(text));
    }

    /** Residue of an article: everything in the body, doubled runs in the title (phrase spaces are fine there). */
    public static Residue ofArticle(String title, String body) {
        Residue t = of(title);
        return of(body).plus(new Residue(t.doubledRuns, 0, 0, 0));
    }

    public Residue plus(Residue o) {
        return new Residue(doubledRuns + o.doubledRuns, spacesBetweenChinese + o.spacesBetweenChinese,
                spacesAroundNumbers + o.spacesAroundNumbers, lineBreaksInSentences + o.lineBreaksInSentences);
    }

    public int total() {
        return doubledRuns + spacesBetweenChinese + spacesAroundNumbers + lineBreaksInSentences;
    }

    static int lineBreaksInSentences(String text) {
        String[] paragraphs = PARAGRAPH_BREAK.split(text.strip());
        int count = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            String p = paragraphs[i].strip();
            paragraphs[i] = p;
            for (int k = 0; k < p.length(); k++) {
                if (p.charAt(k) == '\n') {
                    count++;
                }
            }
        }
        for (int i = 0; i + 1 < paragraphs.length; i++) {
            String p = paragraphs[i];
            if (p.isEmpty()) {
                continue;
            }
            char last = p.charAt(p.length() - 1);
            if ("，、,（(《“‘".indexOf(last) >= 0) {
                count++;
            } else if (TERMINAL.indexOf(last) < 0 && !headingLike(paragraphs, i)) {
                count++;
            }
        }
        return count;
    }

    /** A short line after a finished sentence, or the second line of such a heading. */
    private static boolean headingLike(String[] paragraphs, int i) {
        if (paragraphs[i].length() > HEADING_MAX) {
            return false;
        }
        if (i == 0 || endsSentence(paragraphs[i - 1])) {
            return true;
        }
        return paragraphs[i - 1].length() <= HEADING_MAX && (i == 1 || endsSentence(paragraphs[i - 2]));
    }

    private static boolean endsSentence(String p) {
        return !p.isEmpty() && TERMINAL.indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
