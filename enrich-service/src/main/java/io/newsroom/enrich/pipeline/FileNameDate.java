package io.newsroom.enrich.pipeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a file's name ({@code zhuzhou-daily-2025-01-27.txt}, {@code 20250127_A01.pdf}), the
 * way archives name the pages they keep. Used only when the page itself prints no date: an issue's
 * inner pages rarely repeat the masthead's date.
 */
final class FileNameDate {

    private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private FileNameDate() {
    }

    /** The first valid date in the name, or null. */
    static LocalDate in(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = DATE.matcher(fileName);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (DateTimeException notADay) {
                // 2023-02-30: not a date, look further
            }
        }
        return null;
    }
}
