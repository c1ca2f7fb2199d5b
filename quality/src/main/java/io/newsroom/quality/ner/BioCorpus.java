package io.newsroom.quality.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A character-per-line BIO corpus (a character, whitespace, a tag such as {@code B-PER}, {@code I-LOC}
 * or {@code O}; a blank line between sentences).
 */
public final class BioCorpus {

    /** One entity mention: type (PER, LOC, ORG...) and character offsets [start, end). */
    public record Span(String type, int start, int end) {
    }

    /** One sentence: its text and its tagged spans. */
    public record Sentence(String text, List<Span> spans) {
    }

    private BioCorpus() {
    }

    public static List<Sentence> read(Reader in) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            if (t.isEmpty()) {
                flush(text, tags, sentences);
                continue;
            }
            int cut = lastWhitespace(t);
            if (cut < 0) {
                continue;
            }
            String token = t.substring(0, cut).strip();
            String tag = t.substring(cut + 1).strip();
            text.append(token);
            // A multi-character token keeps its tag on its first character; the rest continue it.
            tags.add(tag);
            for (int k = 1; k < token.length(); k++) {
                tags.add(tag.startsWith("B-") ? "I-" + tag.substring(2) : tag);
            }
        }
        flush(text, tags, sentences);
        return sentences;
    }

    private static int lastWhitespace(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder text, List<String> tags, List<Sentence> out) {
        if (text.length() > 0) {
            out.add(new Sentence(text.toString(), spans(tags)));
        }
        text.setLength(0);
        tags.clear();
    }

    /** Spans from tags; an I- tag that does not continue a span of its type starts one. */
    public static List<Span> spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !tag.substring(2).equals(type));
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (type != null && !continues) {
                spans.add(new Span(type, start, i));
                type = null;
            }
            if (begins) {
                type = tag.substring(2);
                start = i;
            }
        }
        return spans;
    }
}
