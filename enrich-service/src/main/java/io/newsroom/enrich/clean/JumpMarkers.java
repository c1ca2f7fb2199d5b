package io.newsroom.enrich.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds continuation markers ({@code ◀◀上接1版②}, {@code （下转第二版）}, {@code （转第3版）}) so they can be
 * removed from the text and kept as article metadata. A marker counts when it is bracketed, carries
 * arrows, or is the whole line: a bare {@code 转2版} inside a sentence is left alone.
 * The patterns are linear: fixed alternatives and bounded character classes, no nested quantifiers.
 */
public final class JumpMarkers {

    private static final String CORE = "(?:上接|下转|接上|转下|接|转)(?:自|至|到)?\\s?第?\\s?[A-Za-z]?\\s?[0-9一二三四五六七八九十]{1,3}\\s?(?:版|页|面)\\s?[①-⑳]?";
    private static final Pattern BRACKETED = Pattern.compile("[◀▶◁▷►◄]*\\s?[（(【\\[]\\s?(" + CORE + ")\\s?[)）】\\]]\\s?[◀▶◁▷►◄]*");
    private static final Pattern ARROW_BEFORE = Pattern.compile("[◀▶◁▷►◄]{1,3}\\s?(" + CORE + ")");
    private static final Pattern ARROW_AFTER = Pattern.compile("(" + CORE + ")\\s?[◀▶◁▷►◄]{1,3}");
    private static final Pattern WHOLE = Pattern.compile("\\s*(" + CORE + ")\\s*");

    private JumpMarkers() {
    }

    /** Whether a marker sends the text on to another page (下转第二版, 转3版) rather than bringing it from one (上接). */
    public static boolean sendsOn(String marker) {
        return marker.startsWith("下转") || marker.startsWith("转");
    }

    /** A line with its markers taken out. */
    public record Stripped(String text, List<String> jumps) {

        /** True when the markers were all there was on the line. */
        public boolean onlyMarkers() {
            return !jumps.isEmpty() && text.isBlank();
        }

        /** True when one of the markers says the article goes on elsewhere (下转). */
        public boolean continuesElsewhere() {
            return jumps.stream().anyMatch(JumpMarkers::sendsOn);
        }
    }

    public static Stripped strip(String line) {
        if (line.indexOf('接') < 0 && line.indexOf('转') < 0) {
            return new Stripped(line, List.of());
        }
        Matcher whole = WHOLE.matcher(line);
        if (whole.matches()) {
            return new Stripped("", List.of(compact(whole.group(1))));
        }
        List<String> jumps = new ArrayList<>();
        String text = remove(BRACKETED, line, jumps);
        text = remove(ARROW_BEFORE, text, jumps);
        text = remove(ARROW_AFTER, text, jumps);
        return jumps.isEmpty() ? new Stripped(line, List.of()) : new Stripped(text.strip(), jumps);
    }

    private static String remove(Pattern p, String s, List<String> jumps) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int last = 0;
        do {
            out.append(s, last, m.start());
            jumps.add(compact(m.group(1)));
            last = m.end();
        } while (m.find());
        out.append(s, last, s.length());
        return out.toString();
    }

    private static String compact(String s) {
        return s.replace(" ", "").strip();
    }
}
