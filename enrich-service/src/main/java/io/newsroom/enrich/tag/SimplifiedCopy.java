package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.text.PrintedScript;

/**
 * An article in traditional characters copied into simplified ones, character for character, so
 * that what is found in the copy is read back as printed from the same place in the original:
 * 臺北市 is found as 台北市 and reported as 臺北市.
 */
final class SimplifiedCopy {

    private final PrintedScript script;
    private final String heading;
    private final String body;
    private final List<String> authors;

    SimplifiedCopy(String heading, String body, List<String> authors) {
        List<String> pieces = new ArrayList<>(List.of(heading, body));
        pieces.addAll(authors);
        script = PrintedScript.of(pieces);
        List<String> copies = script.simplifiedPieces();
        this.heading = copies.get(0);
        this.body = copies.get(1);
        this.authors = copies.subList(2, copies.size());
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

    /** The text as the article prints it ({@link PrintedScript#printed(String)}). */
    String printed(String text) {
        return script.printed(text);
    }

    /** Each piece as the article prints it, in order and without repeats. */
    List<String> printed(List<String> texts) {
        return script.printed(texts);
    }
}
