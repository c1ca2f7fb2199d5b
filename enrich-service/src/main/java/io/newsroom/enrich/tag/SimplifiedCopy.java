package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.newsroom.text.ChineseScript;

/**
 * An article in traditional characters copied into simplified ones, character for character, so
 * that a word found in the copy is read back as printed from the same place in the original:
 * 臺北市 is found as 台北市 and reported as 臺北市.
 */
final class SimplifiedCopy {

    private final String heading;
    private final String body;
    private final List<String> authors;
    private final String printedText;
    private final String simplifiedText;

    SimplifiedCopy(String heading, String body, List<String> authors) {
        this.heading = ChineseScript.simplifiedAligned(heading);
        this.body = ChineseScript.simplifiedAligned(body);
        this.authors = authors.stream().map(ChineseScript::simplifiedAligned).toList();
        this.printedText = heading + "\n" + body + "\n" + String.join("\n", authors);
        this.simplifiedText = this.heading + "\n" + this.body + "\n" + String.join("\n", this.authors);
    }

    String heading() {
        return heading;
    }

    String body() {
        return body;
    }

    List<String> authors() {
        return authors;
    }

    /** Each word as the article prints it ({@link #printed(String)}), in order and without repeats. */
    List<String> printed(List<String> words) {
        LinkedHashSet<String> printed = new LinkedHashSet<>();
        for (String word : words) {
            printed.add(printed(word));
        }
        return new ArrayList<>(printed);
    }

    /**
     * The text as the article prints it: each longest piece the copy holds is read from the same
     * place in the original. What the copy does not hold (a name the recogniser rebuilt, the
     * summary's closing ellipsis) stays as it is.
     */
    String printed(String text) {
        StringBuilder printed = new StringBuilder(text.length());
        int from = 0;
        while (from < text.length()) {
            int to = text.length();
            int at = -1;
            while (to > from && (at = simplifiedText.indexOf(text.substring(from, to))) < 0) {
                to--;
            }
            if (at < 0) {
                printed.append(text.charAt(from++));
            } else {
                printed.append(printedText, at, at + to - from);
                from = to;
            }
        }
        return printed.toString();
    }
}
