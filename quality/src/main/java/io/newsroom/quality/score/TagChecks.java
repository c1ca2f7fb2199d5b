package io.newsroom.quality.score;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What issue 3 asks of every article's tags that can be checked without a gold annotation, counted
 * over a set of articles: the expected language; 5 to 10 keywords, none a stop word or a single
 * character, each found in the article; 1 or 2 categories from the taxonomy; a summary of one or two
 * sentences taken from the article. The stop list is the judge's own (given by the caller), not the
 * tagger's, so a word the tagger forgot to stop is caught.
 */
public final class TagChecks {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A sentence ends at one of these, or at a full stop followed by a space or the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?](?![”’\"」』）)])|[。！？!?][”’\"」』）)]+|\\.(?=\\s|$)");

    private final Set<String> taxonomy;
    private final Predicate<String> stopWord;

    private int articles;
    private int languageRight;
    private int keywordCountInRange;
    private long keywords;
    private long singleCharacterKeywords;
    private long stopWordKeywords;
    private long keywordsInText;
    private int categoriesValid;
    private int summaries;
    private int summariesOfOneOrTwoSentences;
    private int summariesFromText;

    public TagChecks(Set<String> taxonomy, Predicate<String> stopWord) {
        this.taxonomy = Set.copyOf(taxonomy);
        this.stopWord = stopWord;
    }

    /** Checks one article's tags against its text (title and body as the tagger was given them). */
    public void add(String expectedLanguage, String text, String language, List<String> keywordList, List<String> categories,
            String summary) {
        articles++;
        if (expectedLanguage.equals(language)) {
            languageRight++;
        }
        if (keywordList.size() >= 5 && keywordList.size() <= 10) {
            keywordCountInRange++;
        }
        String haystack = compact(text);
        for (String keyword : keywordList) {
            keywords++;
            String k = keyword.strip();
            if (k.codePointCount(0, k.length()) <= 1) {
                singleCharacterKeywords++;
            }
            if (stopWord.test(k) || stopWord.test(k.toLowerCase(Locale.ROOT))) {
                stopWordKeywords++;
            }
            if (haystack.contains(compact(k))) {
                keywordsInText++;
            }
        }
        if (!categories.isEmpty() && categories.size() <= 2 && taxonomy.containsAll(categories)) {
            categoriesValid++;
        }
        if (summary != null && !summary.isBlank()) {
            summaries++;
            int sentences = sentences(summary);
            if (sentences >= 1 && sentences <= 2) {
                summariesOfOneOrTwoSentences++;
            }
            // a summary cut short at a clause break ends with the cap's ellipsis, not the article's
            String taken = summary.endsWith("…") && !haystack.contains(compact(summary)) ? summary.substring(0, summary.length() - 1) : summary;
            if (haystack.contains(compact(taken))) {
                summariesFromText++;
            }
        }
    }

    /** Sentences in a summary: its sentence ends, and one more if its last words run on without one. */
    static int sentences(String summary) {
        String s = summary.strip();
        int ends = (int) SENTENCE_END.matcher(s).results().count();
        boolean closed = SENTENCE_END.matcher(s).results().anyMatch(m -> m.end() == s.length());
        return closed ? ends : ends + 1;
    }

    /** Lower case without whitespace: keywords and summaries are compared with the text as printed, not as wrapped. */
    private static String compact(String s) {
        return SPACES.matcher(s == null ? "" : s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public int articles() {
        return articles;
    }

    public double languageAccuracy() {
        return share(languageRight, articles);
    }

    public double keywordCountInRange() {
        return share(keywordCountInRange, articles);
    }

    public double keywordsPerArticle() {
        return articles == 0 ? 0 : (double) keywords / articles;
    }

    public double singleCharacterKeywords() {
        return share(singleCharacterKeywords, keywords);
    }

    public double stopWordKeywords() {
        return share(stopWordKeywords, keywords);
    }

    public double keywordsInText() {
        return share(keywordsInText, keywords);
    }

    public double categoriesValid() {
        return share(categoriesValid, articles);
    }

    public double withSummary() {
        return share(summaries, articles);
    }

    public double summariesOfOneOrTwoSentences() {
        return share(summariesOfOneOrTwoSentences, summaries);
    }

    public double summariesFromText() {
        return share(summariesFromText, summaries);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
