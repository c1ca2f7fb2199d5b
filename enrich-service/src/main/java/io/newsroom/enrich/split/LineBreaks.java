package io.newsroom.enrich.split;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a word runs on across a line break ({@link WordBoundary#crosses}), each break asked about once: the rules
 * that read rows and headings ask about the same breaks again and again. One per page.
 */
final class LineBreaks {

    private final WordBoundary words;
    private final Map<Break, Boolean> answers = new HashMap<>();

    private record Break(String before, String after) {
    }

    LineBreaks(WordBoundary words) {
        this.words = words;
    }

    boolean crosses(String before, String after) {
        return answers.computeIfAbsent(new Break(before, after), k -> words.crosses(before, after));
    }
}
