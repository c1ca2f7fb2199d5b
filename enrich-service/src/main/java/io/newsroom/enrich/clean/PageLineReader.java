package io.newsroom.enrich.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads page text into {@link PageLine}s: one per printed line, blank lines noted, page furniture of a Chinese
 * ({@link PageFurniture}) or English ({@link EnglishPageFurniture}) paper dropped (its date and masthead kept for the
 * page), each line cleaned on its own. Line by line, so the cost is linear.
 */
public class PageLineReader {

    private final DoubledRunUndoer undoer = new DoubledRunUndoer();
    private final SpacingNormaliser spacing = new SpacingNormaliser();

    /**
     * A bare date (2020年5月17日, no weekday, no edition) right under a short line that ends no sentence: the date of a
     * letter, message or notice under the name of who signed it (中华人民共和国主席 张三), part of its text. A page's
     * own date line stands over the articles, not under a signature.
     */
    static boolean datesLetter(String line, List<PageLine> before) {
        if (before.isEmpty() || !PageFurniture.isBareDate(line)) {
            return false;
        }
        String above = before.get(before.size() - 1).text().strip();
        return !above.isEmpty() && above.length() <= PageFurniture.MAX_SIGNATURE_LINE && !CharClass.endsSentence(above)
                && !CharClass.isContinuing(CharClass.lastChar(above));
    }

    /** The lines of a page and what its furniture said. */
    public record Page(List<PageLine> lines, LocalDate date, String masthead) {
    }

    public Page read(String text) {
        return read(PrintedLine.of(text));
    }

    public Page read(List<PrintedLine> printed) {
        List<PageLine> lines = new ArrayList<>();
        LocalDate date = null;
        String masthead = null;
        boolean blank = false;
        Undone[] undoneLines = undoAll(printed);
        for (int i = 0; i < printed.size(); i++) {
            PrintedLine source = printed.get(i);
            // a blank line before page furniture still separates what stands around the furniture
            blank |= source.blankBefore() && !lines.isEmpty();
            if (undoneLines[i] == null) {
                blank = !lines.isEmpty();
                continue;
            }
            String line = undoneLines[i].line();
            String undone = undoneLines[i].undone();
            boolean doubled = undoneLines[i].doubled();
            if (PageFurniture.isFurniture(undone) && !datesLetter(undone, lines)) {
                if (date == null) {
                    date = PageFurniture.dateIn(undone);
                }
                if (masthead == null) {
                    masthead = PageFurniture.masthead(undone);
                }
                if (!lines.isEmpty() && PageFurniture.isStaffCredit(undone)) {
                    // a staff credit under text is printed where a story ends: kept as its sign-off, never as text
                    lines.add(new PageLine(undone, blank, CharClass.width(undone), false, false, List.of(), source.typeScale(),
                            source.setApart(), false, true));
                }
                continue;
            }
            if (EnglishPageFurniture.isFurniture(undone)) {
                if (date == null) {
                    date = EnglishPageFurniture.dateIn(undone);
                }
                String name = EnglishPageFurniture.mastheadIn(undone);
                if (name == null && lines.size() == 1 && EnglishPageFurniture.isMasthead(lines.get(0).text())) {
                    // the paper's name in capitals over its date line
                    name = lines.remove(0).text();
                }
                if (masthead == null) {
                    masthead = name;
                }
                continue;
            }
            boolean justified = isJustified(undone);
            if (justified) {
                // spaces stretched the line to the column; they separate nothing (not even names), and where they
                // stand between every character they split numbers and Latin words too (2 0 日电, G D P)
                undone = isLetterSpaced(undone) ? undone.replace(" ", "") : spacing.normalise(undone);
            }
            JumpMarkers.Stripped stripped = JumpMarkers.strip(undone);
            String clean = stripped.text();
            // a PDF shows a justified line by where it ends, not by spaces
            lines.add(new PageLine(clean, blank, CharClass.width(clean), justified || source.full(), doubled || source.bold(),
                    stripped.jumps(), source.typeScale(), source.setApart(), source.indented(), false));
            blank = false;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).staffCredit()) {
            // a staff credit under the page's last text signs off nothing another article could take
            lines.remove(lines.size() - 1);
        }
        return new Page(lines, date, masthead);
    }

    /** A printed line (letters and digits half width) and the line with doubled runs undone. */
    private record Undone(String line, String undone, boolean doubled) {
    }

    /**
     * Each printed line with doubled runs undone (null for a blank line). A line that doubles end to end but would pass
     * for a phrase said twice (a piece of three characters written twice: 发言席发言席) is undone next to another
     * doubled line, blank lines aside (bold type doubles a passage, a heading pair, a paragraph's last line alike), or
     * where it opens something of its own ({@link #opensText}); inside a run of text (a poem's lines) it stays.
     */
    private Undone[] undoAll(List<PrintedLine> printed) {
        int n = printed.size();
        Undone[] out = new Undone[n];
        String[] beside = new String[n]; // the undone line where only a doubled neighbour makes it convincing
        for (int i = 0; i < n; i++) {
            String raw = printed.get(i).text().replace('\u3000', ' ').replace('\u00A0', ' ').strip();
            if (raw.isEmpty()) {
                continue;
            }
            String line = SpacingNormaliser.halfWidthLettersAndDigits(raw);
            String undone = undoer.undo(line);
            boolean doubled = undone != line && 2 * visible(undone) >= visible(line) - 1;
            out[i] = new Undone(line, undone, doubled);
            if (undone == line) {
                String weak = undoer.undoBesideDoubled(line);
                beside[i] = weak == line ? null : weak;
            }
        }
        boolean[] doubledOrWeak = new boolean[n];
        for (int i = 0; i < n; i++) {
            doubledOrWeak[i] = out[i] != null && (out[i].doubled() || beside[i] != null);
        }
        for (int i = 0; i < n; i++) {
            if (beside[i] == null) {
                continue;
            }
            int before = neighbour(out, i, -1);
            int after = neighbour(out, i, 1);
            if (before >= 0 && doubledOrWeak[before] || after >= 0 && doubledOrWeak[after]
                    || opensText(before < 0 ? null : out[before].undone())) {
                out[i] = new Undone(out[i].line(), beside[i], true);
            }
        }
        return out;
    }

    /**
     * Whether a line under this one opens something of its own: at the top of the page, under its furniture, or under
     * a finished sentence or a closing note. There a line written twice is a bold heading (发言席发言席), not a phrase
     * said twice inside a run of text.
     */
    private static boolean opensText(String above) {
        if (above == null || PageFurniture.isFurniture(above)) {
            return true;
        }
        char last = CharClass.lastChar(above);
        return CharClass.endsSentence(above) || last == '）' || last == ')';
    }

    /** The index of the nearest non-blank line before ({@code step} -1) or after (1) line i, or -1 when there is none. */
    private static int neighbour(Undone[] lines, int i, int step) {
        for (int k = i + step; k >= 0 && k < lines.length; k += step) {
            if (lines[k] != null) {
                return k;
            }
        }
        return -1;
    }

    /** Characters other than spaces: spaces between runs are not doubled, so only these tell a doubled line. */
    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A space after every character or two (本 报 北 京 5 月 2 0 日 电): the line was letter-spaced to the column, so no
     * space in it parts two words. Six pieces at least: a short line of spaced names (记者 王强 刘一鸣) is not one.
     */
    static boolean isLetterSpaced(String s) {
        String[] pieces = s.strip().split(" +");
        if (pieces.length < 6) {
            return false;
        }
        for (String piece : pieces) {
            if (piece.length() > 2) {
                return false;
            }
        }
        return true;
    }

    /** Spaces between most Chinese characters: the line was stretched to the column. */
    static boolean isJustified(String s) {
        int gaps = 0;
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            if (CharClass.isCjk(s.charAt(i))) {
                cjk++;
            }
            if (i > 0 && i + 1 < s.length() && s.charAt(i) == ' ' && CharClass.isCjk(s.charAt(i - 1)) && CharClass.isCjk(s.charAt(i + 1))) {
                gaps++;
            }
        }
        // names in a byline are spaced too (记者 王强 刘一鸣 李华), but only a stretched line spaces most characters
        return gaps >= 3 && gaps * 5 >= cjk * 2;
    }
}
