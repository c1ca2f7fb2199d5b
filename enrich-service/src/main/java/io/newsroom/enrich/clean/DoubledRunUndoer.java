package io.newsroom.enrich.clean;

/**
 * Undoes bold text that PDF extraction wrote twice, run by run: {@code 积极推进耕积极推进耕地指标交易地指标交易，，}
 * becomes {@code 积极推进耕地指标交易，} and {@code 643643..2323} becomes {@code 643.23}.
 *
 * <p>What tells doubling from a legitimate repeat ({@code 谢谢谢谢}, {@code 看看}, {@code 一天天}, {@code 2020年}):
 * extraction doubles every run of a bold line, so a doubled line can be cut, from its first to its last
 * character, into pieces each written twice in a row. Ordinary text almost never can. Inside an ordinary
 * line, only a long chain of doubled pieces (at least {@link #MIN_CHAIN} characters once undone, one piece
 * of three characters or more, with Chinese in it) is taken for a bold passage; short repeats stay.
 * Spaces are not part of the pieces: extraction puts them between runs or inside them.
 */
public class DoubledRunUndoer {

    /** Shortest line that is undone when it doubles from end to end. */
    static final int MIN_WHOLE_LINE = 4;
    /** Shortest bold passage, once undone, recognised inside an ordinary line. */
    static final int MIN_CHAIN = 6;
    /** Lines longer than this are not checked end to end (they are not hard-wrapped page lines). */
    private static final int MAX_WHOLE_LINE = 400;
    /** Longest single run looked for inside a line. */
    private static final int MAX_RUN = 40;

    /** The line with doubled runs undone; the same instance when nothing was doubled. */
    public String undo(String line) {
        Compact c = Compact.of(line);
        int n = c.chars.length;
        if (n == 2 && c.chars[0] == c.chars[1] && isPunctuation(c.chars[0])) {
            // the doubled full stop a bold paragraph leaves alone on its last line
            return String.valueOf(c.chars[0]);
        }
        if (n < MIN_WHOLE_LINE) {
            return line;
        }
        if (n <= MAX_WHOLE_LINE) {
            int[] runs = wholeLineRuns(c.chars);
            if (runs != null && convincing(c.chars, runs)) {
                return rebuild(line, c, runs, 0, n);
            }
        }
        return undoChains(line, c);
    }

    /**
     * The line undone when it doubles from end to end, however short or plain ({@code 发言席发言席}, a paragraph's last
     * line {@code 定不移定不移}), as long as a piece holds two different characters ({@code 谢谢谢谢} stays); the same
     * instance otherwise. Only for a line whose place shows it is bold (next to a doubled line, or a heading's place: see
     * {@code PageLineReader}): inside a run of text such a line may be a phrase said twice (a poem's line).
     */
    public String undoBesideDoubled(String line) {
        Compact c = Compact.of(line);
        int n = c.chars.length;
        if (n < MIN_WHOLE_LINE || n > MAX_WHOLE_LINE) {
            return line;
        }
        int[] runs = wholeLineRuns(c.chars);
        if (runs == null) {
            return line;
        }
        int p = 0;
        for (int len : runs) {
            for (int k = p + 1; k < p + len; k++) {
                if (c.chars[k] != c.chars[p]) {
                    return rebuild(line, c, runs, 0, n);
                }
            }
            p += 2 * len;
        }
        return line;
    }

    private static boolean isPunctuation(char c) {
        return CharClass.isCjkPunctuation(c) || CharClass.isSharedPunctuation(c);
    }

    /** True when the whole line is doubled run by run. */
    public boolean isDoubled(String line) {
        Compact c = Compact.of(line);
        if (c.chars.length < MIN_WHOLE_LINE || c.chars.length > MAX_WHOLE_LINE) {
            return false;
        }
        int[] runs = wholeLineRuns(c.chars);
        return runs != null && convincing(c.chars, runs);
    }

    /**
     * A short line that doubles end to end may still be ordinary ({@code 家家户户}, {@code 哈哈哈哈}): it counts
     * when it is long, or a piece is three characters or more, or punctuation or digits are doubled with it, or
     * it is one word of two different characters written twice.
     */
    private static boolean convincing(char[] s, int[] runs) {
        if (s.length >= 8) {
            return true;
        }
        if (runs.length == 1 && runs[0] == 2 && s[0] != s[1] && CharClass.isIdeograph(s[0]) && CharClass.isIdeograph(s[1])) {
            // 点睛点睛 alone on its line: a bold two-character heading written twice; a word said twice (谢谢谢谢, 哈哈哈哈)
            // repeats one character, and a verb said twice (研究研究) comes with its sentence's punctuation
            return true;
        }
        int p = 0;
        for (int len : runs) {
            if (len >= 3 && runs.length >= 2) {
                return true;
            }
            for (int k = p; k < p + len; k++) {
                if (!CharClass.isIdeograph(s[k])) {
                    return runs.length >= 2;
                }
            }
            p += 2 * len;
        }
        return false;
    }

    /**
     * Run lengths that cut the whole of s into doubled pieces, or null. Dynamic programming over
     * positions; prefers long pieces, which is how extraction cuts runs.
     */
    static int[] wholeLineRuns(char[] s) {
        int n = s.length;
        if ((n & 1) == 1) {
            return null;
        }
        int[] back = new int[n + 1];
        java.util.Arrays.fill(back, -1);
        back[0] = 0;
        for (int i = 0; i < n; i++) {
            if (back[i] < 0) {
                continue;
            }
            for (int len = (n - i) / 2; len >= 1; len--) {
                int to = i + 2 * len;
                if (back[to] < 0 && s[i] == s[i + len] && same(s, i, i + len, len)) {
                    back[to] = len;
                }
            }
        }
        if (back[n] < 0) {
            return null;
        }
        int count = 0;
        for (int p = n; p > 0; p -= 2 * back[p]) {
            count++;
        }
        int[] runs = new int[count];
        for (int p = n, k = count - 1; p > 0; p -= 2 * back[p], k--) {
            runs[k] = back[p];
        }
        return runs;
    }

    private static boolean same(char[] s, int a, int b, int len) {
        for (int k = 0; k < len; k++) {
            if (s[a + k] != s[b + k]) {
                return false;
            }
        }
        return true;
    }

    /** Undoes long chains of doubled pieces inside an otherwise ordinary line. */
    private String undoChains(String line, Compact c) {
        char[] s = c.chars;
        int n = s.length;
        StringBuilder out = null;
        int copiedTo = 0; // original index up to which line was copied to out
        int i = 0;
        while (i < n) {
            int p = i;
            int longest = 0;
            boolean chinese = false;
            java.util.List<int[]> pieces = new java.util.ArrayList<>();
            while (p < n) {
                int len = longestDoubleAt(s, p);
                if (len == 0) {
                    break;
                }
                pieces.add(new int[] {p, len});
                longest = Math.max(longest, len);
                for (int k = p; k < p + len; k++) {
                    chinese |= CharClass.isIdeograph(s[k]);
                }
                p += 2 * len;
            }
            int once = (p - i) / 2;
            if (pieces.size() >= 1 && once >= MIN_CHAIN && longest >= 3 && chinese) {
                if (out == null) {
                    out = new StringBuilder(line.length());
                }
                out.append(line, copiedTo, c.index[i]);
                for (int[] piece : pieces) {
                    out.append(line, c.index[piece[0]], c.index[piece[0] + piece[1] - 1] + 1);
                }
                copiedTo = c.index[p - 1] + 1;
                i = p;
            } else {
                i++;
            }
        }
        if (out == null) {
            return line;
        }
        out.append(line, copiedTo, line.length());
        return out.toString();
    }

    private static int longestDoubleAt(char[] s, int i) {
        int max = Math.min(MAX_RUN, (s.length - i) / 2);
        for (int len = max; len >= 1; len--) {
            if (s[i] == s[i + len] && same(s, i, i + len, len)) {
                return len;
            }
        }
        return 0;
    }

    /** Keeps the first copy of each piece, with the spaces inside it, and one space where pieces were apart. */
    private static String rebuild(String line, Compact c, int[] runs, int from, int to) {
        StringBuilder out = new StringBuilder(line.length() / 2 + 4);
        int p = from;
        for (int len : runs) {
            int start = c.index[p];
            if (out.length() > 0 && start > 0 && Character.isWhitespace(line.charAt(start - 1))) {
                out.append(' ');
            }
            out.append(line, start, c.index[p + len - 1] + 1);
            p += 2 * len;
        }
        return out.toString();
    }

    /** The line without spaces, with each kept character's index in the original line. */
    private record Compact(char[] chars, int[] index) {
        static Compact of(String line) {
            char[] chars = new char[line.length()];
            int[] index = new int[line.length()];
            int n = 0;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (!Character.isWhitespace(ch) && ch != 0x3000) {
                    chars[n] = ch;
                    index[n++] = i;
                }
            }
            return new Compact(java.util.Arrays.copyOf(chars, n), java.util.Arrays.copyOf(index, n));
        }
    }
}
