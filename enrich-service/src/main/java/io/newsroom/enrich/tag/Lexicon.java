package io.newsroom.enrich.tag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newsroom.text.ListFiles;

/** Reads the word lists shipped beside these classes: entries separated by white space, {@code #} starts a comment. */
final class Lexicon {

    private Lexicon() {
    }

    /** The entries of a resource, in file order, without duplicates. */
    static Set<String> words(String resource) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The non-blank, non-comment lines of a resource, stripped. */
    static List<String> lines(String resource) {
        return ListFiles.resourceLines(Lexicon.class, resource);
    }
}
