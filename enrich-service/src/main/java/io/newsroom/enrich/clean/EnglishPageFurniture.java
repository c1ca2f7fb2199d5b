package io.newsroom.enrich.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture of an English paper: the date line ({@code Tuesday, March 5, 2024}), the page number ({@code Page A3},
 * {@code A3}), either alone or together, and the masthead printed in capitals over them ({@code THE DUNMORE HERALD}) or
 * before them on the same line ({@code THE DUNMORE HERALD  Tuesday, March 5, 2024  Page A3}, as a PDF's running head).
 * As for Chinese pages ({@link PageFurniture}), the date still tells when the page was published.
 */
public final class EnglishPageFurniture {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?),?\\s+";
    /** March 5, 2024 or 5 March 2024, perhaps after its weekday. */
    private static final Pattern DATE = Pattern.compile("(?:" + WEEKDAY + ")?(?:(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{4})"
            + "|(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4}))");
    private static final String PAGE = "(?:(?:Page|PAGE|Pg\\.|p\\.)\\s*[A-Z]?\\d{1,3}|[A-Z]\\d{1,2})";
    private static final String APART = "\\s*(?:[|·•—–-]\\s*)?";
    /** A date line, a page number, or both, perhaps with a section's name after the page (Page A3 | Metro). */
    private static final Pattern FURNITURE = Pattern.compile("(?:" + DATE.pattern() + "(?:" + APART + PAGE + ")?|" + PAGE
            + "(?:" + APART + DATE.pattern() + ")?)(?:" + APART + "\\p{Lu}[\\p{L} &]{1,20})?");
    /** A paper's name in capitals: two to six words. */
    private static final Pattern MASTHEAD = Pattern.compile("\\p{Lu}[\\p{Lu}'&.]*(?:\\s+\\p{Lu}[\\p{Lu}'&.]*){1,5}");
    /** The paper's name, then its date line or page number on the same line. */
    private static final Pattern MASTHEAD_LINE = Pattern.compile("(" + MASTHEAD.pattern() + ")(?:\\s*[|·•—–-]\\s*|\\s+)(?:"
            + FURNITURE.pattern() + ")");

    private EnglishPageFurniture() {
    }

    /** True when the whole line is a date line or a page number (or both), perhaps after the paper's name. */
    public static boolean isFurniture(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 100 && startsLatin(s)
                && (s.length() <= 60 && FURNITURE.matcher(s).matches() || MASTHEAD_LINE.matcher(s).matches());
    }

    /** A cheap first test: furniture opens with a Latin letter or a digit (never with Han). */
    private static boolean startsLatin(String s) {
        char c = s.charAt(0);
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** The paper's name before the date line or page number on the same line, or null. */
    public static String mastheadIn(String line) {
        Matcher m = MASTHEAD_LINE.matcher(line.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** A line that may be a paper's name: two to six words in capitals. */
    public static boolean isMasthead(String line) {
        String s = line.strip();
        return s.length() <= 40 && MASTHEAD.matcher(s).matches();
    }

    /** The date a furniture line gives, or null. */
    public static LocalDate dateIn(String line) {
        Matcher m = DATE.matcher(line);
        if (!m.find()) {
            return null;
        }
        boolean monthFirst = m.group(1) != null;
        String month = monthFirst ? m.group(1) : m.group(5);
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
        int year = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
        try {
            return LocalDate.of(year, MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)), day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
