package io.newsroom.enrich.format.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;

/**
 * A JSON-LD {@code articleBody} as a check on the text found in the page: when the page text covers
 * little of what the page itself declares as its body, the extraction went wrong (a script-rendered
 * page, an odd template) and the declared body is the better answer.
 */
public final class DeclaredBody {

    /** Declared bodies shorter than this are teasers, not bodies. */
    private static final int MIN_WEIGHT = 400;
    private static final double MIN_COVERAGE = 0.5;

    private DeclaredBody() {
    }

    /** The declared body's paragraphs when they should replace the extracted ones, else null. */
    public static List<String> replacementFor(List<String> extracted, String declared) {
        if (declared == null || TextWeight.of(declared) < MIN_WEIGHT) {
            return null;
        }
        String plain = declared.indexOf('<') >= 0 ? Jsoup.parse(declared.replace("\n", "<br>")).body().wholeText() : declared;
        Set<String> declaredShingles = shingles(plain);
        Set<String> extractedShingles = shingles(String.join(" ", extracted));
        if (declaredShingles.isEmpty()) {
            return null;
        }
        int covered = 0;
        for (String s : declaredShingles) {
            if (extractedShingles.contains(s)) {
                covered++;
            }
        }
        if (covered >= MIN_COVERAGE * declaredShingles.size()) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : plain.split("\\s*\\n\\s*")) {
            String t = p.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return paragraphs;
    }

    /** Word trigrams; for CJK text, character trigrams. */
    static Set<String> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextWeight.isCjk(c)) {
                flush(word, tokens);
                tokens.add(String.valueOf(c));
            } else if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= tokens.size(); i++) {
            out.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
        }
        return out;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
