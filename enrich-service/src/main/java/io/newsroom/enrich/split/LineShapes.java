package io.newsroom.enrich.split;

import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * What one line of text looks like, read from its characters alone: a clause or none, phrases set apart by spaces, a
 * quotation's attribution (——张三), text in brackets, a sentence under way. Small tests the layout rules share.
 */
final class LineShapes {

    private LineShapes() {
    }

    /** No clause in it and not too long for a name with its titles: who someone is, not what happened. */
    static boolean nameLine(String s) {
        String t = s.replace(" ", "").replace("\u3000", "");
        if (t.isEmpty() || t.length() > MAX_HEADING) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if ("，。；：！？,;:!?“”".indexOf(t.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean closes(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '）' || s.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }

    /** Phrases of ideographs (quotes, book-title marks, a middle dot) set apart by single spaces, two at least. */
    static boolean spacedPhrasesAnyLength(String t) {
        String[] phrases = t.split(" ");
        if (phrases.length < 2) {
            return false;
        }
        for (String phrase : phrases) {
            if (phrase.length() < 3 || !phrase.chars().allMatch(c -> Character.isIdeographic(c) || "“”《》·".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Closed by a bracketed label of some length (a column's name, a series'), opened after the title's words. */
    static boolean longLabel(String t) {
        int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
        return open >= 6 && (t.endsWith("）") || t.endsWith(")")) && Headline.endsWithLabelOfAnyLength(t);
    }

    /**
     * Whether the line reports what someone asked, found or said (《方案》要求，… / 笔者调研发现，…): a verb of reporting
     * closing a clause, outside quotation marks. A sentence of text, never a title, whatever bracket closes it (…市、区县
     * （自治县）); a headline quotes a speaker (“我提出，…”) or hands over by a dash.
     */
    static boolean reportsSpeech(String s) {
        String t = s.strip();
        return !t.startsWith("“") && !t.startsWith("\"") && REPORTED_CLAUSE.matcher(t).find();
    }

    private static final Pattern REPORTED_CLAUSE = Pattern.compile("(?:要求|发现|指出|表示|认为|介绍|强调|提出|显示|获悉|了解到)[，,]");

    static boolean isDashed(String s) {
        return s.startsWith("——") || s.startsWith("--");
    }

    /**
     * A dash and a short name alone on a line (——编者, ——鲁迅): the signature under a quote or an editor's note,
     * body text. A subtitle after a dash says something, so it runs longer.
     */
    static boolean isAttribution(String s) {
        String t = s.strip();
        int start = t.startsWith("——") || t.startsWith("--") ? 2 : t.startsWith("—") ? 1 : -1;
        if (start < 0) {
            return false;
        }
        int n = 0;
        for (int k = start; k < t.length(); k++) {
            char c = t.charAt(k);
            if (CharClass.isIdeograph(c)) {
                n++;
            } else if (c != '·' && c != ' ') {
                return false;
            }
        }
        return n >= 2 && n <= 4;
    }

    /**
     * Two or three short phrases set apart by spaces and no punctuation between them (开辟改革新路 守护绿水青山): a
     * headline's phrases, however wide the line. Body text spaces only numbers and Latin words, and a line stretched to
     * the column spaces every character (it is marked justified).
     */
    static boolean phraseSpaced(String s) {
        String t = s.strip();
        if (t.length() > MAX_HEADING) {
            return false;
        }
        int phrases = 1;
        int run = 0;
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == ' ') {
                if (k == 0 || !CharClass.isIdeograph(t.charAt(k - 1)) && "”》）".indexOf(t.charAt(k - 1)) < 0) {
                    return false;
                }
                shortest = Math.min(shortest, run);
                run = 0;
                phrases++;
            } else if (CharClass.isIdeograph(c) || "“”《》·".indexOf(c) >= 0) {
                run++;
            } else {
                return false;
            }
        }
        shortest = Math.min(shortest, run);
        return phrases >= 2 && phrases <= 3 && shortest >= 3;
    }

    /**
     * A line that may be a headline right over a dateline: no sentence ended in it, nothing in it that runs on to the
     * next line, brackets balanced; clauses may be (a comma, a colon or an enumeration comma inside), but for a line of
     * the summary a news item prints between its headline and its dateline (■ …, ——…), which stays text.
     */
    static boolean headlineOverDateline(String s) {
        return headlineOverDateline(s, MAX_HEADING);
    }

    static boolean headlineOverDateline(String s, int max) {
        String t = s.strip();
        if (!t.isEmpty() && (SectionHeadings.isBoxLabel(t) || isDashed(t))) {
            return noClause(t);
        }
        return !t.isEmpty() && t.length() <= max && !CharClass.isContinuing(CharClass.lastChar(t)) && !unbalanced(t)
                && !startsMidSentence(t) && t.indexOf('。') < 0 && t.indexOf('；') < 0 && t.indexOf('！') < 0 && t.indexOf('？') < 0;
    }

    /** Ideographs only (and quotes, book-title marks, a middle dot): no punctuation, digit, Latin letter or space. */
    static boolean wordsOnly(String s) {
        String t = s.strip();
        if (t.length() < 4) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!CharClass.isIdeograph(c) && "“”《》·".indexOf(c) < 0) {
                return false;
            }
        }
        return !unbalanced(t) && quotesClosed(t);
    }

    /** Every quote opened is closed on the line, none closed that it did not open: a line complete in itself. */
    static boolean quotesClosed(String s) {
        int open = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '“') {
                open++;
            } else if (c == '”' && --open < 0) {
                return false;
            }
        }
        return open == 0;
    }

    /** No punctuation that separates or ends clauses, nor one that runs on to the next line. */
    static boolean noClause(String s) {
        for (int k = 0; k < s.length(); k++) {
            if ("，。；：！？、,;:!?".indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        return !s.isBlank() && !CharClass.isContinuing(CharClass.lastChar(s)) && !unbalanced(s);
    }

    /** Starts with punctuation that only follows text ({@code ，覆盖37519人}, {@code ）}). */
    static boolean startsMidSentence(String s) {
        char c = s.charAt(0);
        return "，。、；：）)》”’！？,.;:!?%".indexOf(c) >= 0;
    }

    /**
     * A line opening with a sentence's last word or two (建设。完善…): no text opens on a sentence that short, so the
     * line above ran on into it.
     */
    static boolean opensWithSentenceTail(String s) {
        return SENTENCE_TAIL.matcher(s).lookingAt();
    }

    /**
     * A line closed by a book title (《某某法（草案）》) over a line opening with a conjunction that names one more
     * thing (和以上说明，…): the sentence goes on; no text under a headline opens on 和 after a book title.
     */
    static boolean bookTitleRunsOn(String line, String below) {
        return line.strip().endsWith("》") && CONJUNCTION_OPENING.matcher(below).lookingAt();
    }

    private static final Pattern CONJUNCTION_OPENING = Pattern.compile("\\s*(?:以及|和|与|及|或)");

    private static final Pattern SENTENCE_TAIL = Pattern.compile("\\s*\\p{IsHan}{1,3}[。；！？]");

    /** A bracket or book-title mark opened and not closed, or closed and not opened: a piece of a longer text. */
    static boolean unbalanced(String s) {
        int paren = 0;
        int book = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                paren++;
            } else if (c == '）' || c == ')') {
                paren--;
            } else if (c == '《') {
                book++;
            } else if (c == '》') {
                book--;
            }
            if (paren < 0 || book < 0) {
                return true;
            }
        }
        return paren != 0 || book != 0;
    }

    /** Whether the text opens and closes with a bracket (a credit or note set on its own). */
    static boolean isParenthesised(String s) {
        return (s.startsWith("（") || s.startsWith("(")) && (s.endsWith("）") || s.endsWith(")"));
    }

    /** The most characters a heading line runs to (and a line naming someone with their titles). */
    static final int MAX_HEADING = 40;
}
