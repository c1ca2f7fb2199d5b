package io.newsroom.quality.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The artifacts PDF text extraction leaves on a newspaper column, applied to clean text: hard
 * wrapping at a column width, spaces around numbers, letter-spaced lines, bold text doubled run by
 * run.
 */
final class Typesetter {

    /** Marks that may not start a line: they stay at the end of the line before. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’…%·";
    private static final String CJK_PUNCT = "，。、；：！？（）《》「」『』“”‘’…—·";
    private static final Pattern ASCII_RUN = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.%+]*");

    private Typesetter() {
    }

    /** Display width: a Chinese character is 1, an ASCII character half. */
    static double width(char c) {
        return c < 0x80 ? 0.5 : 1;
    }

    /** Lines of at most {@code columns} width (one more mark where a line may not start with it). */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (used + width(c) > columns && line.length() > 0 && NO_LINE_START.indexOf(c) < 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                if (c == ' ') {
                    continue;
                }
            }
            line.append(c);
            used += width(c);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Puts a space between a number or Latin word and the Han text around it, each side with probability p. */
    static String spaceNumbers(String line, double p, Random random) {
        if (p <= 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = ASCII_RUN.matcher(line);
        int last = 0;
        while (m.find()) {
            out.append(line, last, m.start());
            if (m.start() > 0 && isHan(line.charAt(m.start() - 1)) && random.nextDouble() < p) {
                out.append(' ');
            }
            out.append(m.group());
            if (m.end() < line.length() && isHan(line.charAt(m.end())) && random.nextDouble() < p) {
                out.append(' ');
            }
            last = m.end();
        }
        out.append(line.substring(last));
        return out.toString();
    }

    /** A justified short line as extraction renders it: a space after every character but punctuation. */
    static String letterSpaced(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(c);
            if (i + 1 < line.length() && c != ' ' && line.charAt(i + 1) != ' ' && CJK_PUNCT.indexOf(c) < 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Bold text as extraction renders it: every run of one kind (Han, digits, Latin, punctuation) comes
     * out twice, spaces once; a long Han run is sometimes cut in two first
     * ({@code 积极推进耕积极推进耕}, {@code 20242024}, {@code ，，}).
     */
    static String doubled(String line, Random random) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            int kind = kind(line.charAt(i));
            int j = i + 1;
            while (j < line.length() && kind(line.charAt(j)) == kind) {
                j++;
            }
            String run = line.substring(i, j);
            if (kind == SPACE) {
                out.append(run);
            } else if (kind == HAN && run.length() >= 4 && random.nextDouble() < 0.25) {
                int cut = 1 + random.nextInt(run.length() - 1);
                out.append(run, 0, cut).append(run, 0, cut).append(run, cut, run.length()).append(run, cut, run.length());
            } else {
                out.append(run).append(run);
            }
            i = j;
        }
        return out.toString();
    }

    private static final int SPACE = 0;
    private static final int HAN = 1;
    private static final int DIGIT = 2;
    private static final int LATIN = 3;
    private static final int OTHER = 4;

    private static int kind(char c) {
        if (c == ' ') {
            return SPACE;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c < 0x80 && Character.isLetter(c)) {
            return LATIN;
        }
        return Character.isLetter(c) ? HAN : OTHER;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
