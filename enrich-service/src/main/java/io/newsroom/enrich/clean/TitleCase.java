package io.newsroom.enrich.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English title case (Harbor Town Bets on the Future): how headlines are set, and what the splitter and the entity
 * recogniser both read from a line.
 */
public final class TitleCase {

    /** A word standing on its own between spaces or punctuation (not the unit of 71.6m). */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}'’\\-]*");

    /** Small words a title-case headline leaves in lower case (Bets on the Future). */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "vs", "via", "into", "onto", "over", "per", "up", "off", "so", "yet");

    private TitleCase() {
    }

    /**
     * Whether a line is in title case: after its first word, at least {@code minWords} words other than the small ones,
     * every one of them capitalised. A sentence-case line (CPD arrests six in drug investigation) capitalises only its
     * names.
     */
    public static boolean isTitleCased(String line, int minWords) {
        Matcher words = WORD.matcher(line);
        int content = 0;
        boolean first = true;
        while (words.find()) {
            String word = words.group();
            if (first) {
                first = false;
            } else if (!SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
                content++;
            }
        }
        return content >= minWords;
    }
}
