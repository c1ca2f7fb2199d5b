package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.contract.Entities;
import io.newsroom.enrich.pipeline.ArticleDraft;
import io.newsroom.text.ChineseScript;

/**
 * Tags an article: language, named entities, keywords, categories and a summary.
 *
 * <p>Chinese text is segmented once, paragraph by paragraph, and that segmentation feeds the
 * entity recogniser, the keyword extractor and the categorizer. English gets its own recogniser.
 * Other languages get language, keywords (where words are space-separated; Japanese by its runs of kanji
 * and katakana), categories and a summary, but no entities. Traditional Chinese is tagged through a simplified copy
 * ({@link SimplifiedCopy}) and its names come back as printed. Dictionaries load once per JVM; the tagger holds no per-article state
 * and is thread-safe.
 */
public class ArticleTagger {

    /** Languages written with spaces between words, whose keywords can be counted word by word. */
    private static final Set<String> SPACED = Set.of("en", "fr", "de", "es", "it", "pt", "nl", "id", "ru", "uk", "el", "und");

    private final LanguageDetector languages = new LanguageDetector();
    private final ChineseEntityRecognizer chineseEntities = new ChineseEntityRecognizer();
    private final EnglishEntityRecognizer englishEntities = new EnglishEntityRecognizer();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final Categorizer categorizer = new Categorizer();
    private final Summarizer summarizer = new Summarizer();

    /** The fixed taxonomy an article's categories come from (TAXONOMY.md). */
    public static List<String> taxonomy() {
        return Categorizer.taxonomy();
    }

    public Tags tag(ArticleDraft draft) {
        String body = draft.body() == null ? "" : draft.body();
        String heading = heading(draft);
        String language = languages.detect(body.isBlank() ? heading : body, draft.languageHint());
        if (language.equals("zh")) {
            return tagChinese(draft, heading, body);
        }
        Entities entities = language.equals("en")
                ? englishEntities.recognize(heading, body, draft.authors())
                : Entities.none();
        List<String> keywordList = SPACED.contains(language)
                ? keywords.latin(heading, body, entities, LanguageDetector.stopWords(language))
                : language.equals("ja") ? keywords.japanese(heading, body, LanguageDetector.stopWords("ja")) : List.of();
        List<String> categories = categorizer.categorize(words(heading), words(body));
        return new Tags(language, entities, keywordList, categories, summarizer.summarize(body, false));
    }

    private Tags tagChinese(ArticleDraft draft, String heading, String body) {
        if (!ChineseScript.isTraditional(body.isBlank() ? heading : body)) {
            return tagChinese(heading, body, draft.authors());
        }
        // the segmenter's dictionaries and our rules are simplified: tag a simplified copy, then
        // give the names, keywords and summary back as printed
        SimplifiedCopy copy = new SimplifiedCopy(heading, body, draft.authors());
        Tags tags = tagChinese(copy.heading(), copy.body(), copy.authors());
        Entities entities = new Entities(copy.printed(tags.entities().persons()), copy.printed(tags.entities().places()),
                copy.printed(tags.entities().organizations()));
        return new Tags(tags.language(), entities, copy.printed(tags.keywords()), tags.categories(), copy.printed(tags.summary()));
    }

    private Tags tagChinese(String heading, String body, List<String> bylineAuthors) {
        List<List<Term>> headingTerms = ChineseSegmenter.paragraphs(heading);
        List<List<Term>> bodyTerms = ChineseSegmenter.paragraphs(body);
        List<List<Term>> all = new ArrayList<>(headingTerms);
        all.addAll(bodyTerms);
        List<String> authors = new ArrayList<>(bylineAuthors);
        authors.addAll(BylineNames.in(body));
        Entities entities = chineseEntities.recognize(all, authors);
        List<Term> titleTerms = new ArrayList<>();
        headingTerms.forEach(titleTerms::addAll);
        List<String> keywordList = keywords.chinese(titleTerms, bodyTerms, entities);
        List<String> categories = categorizer.categorize(wordsOf(headingTerms), wordsOf(bodyTerms));
        return new Tags("zh", entities, keywordList, categories, summarizer.summarize(body, true));
    }

    /** Kicker, title and subtitle, one per line. */
    private static String heading(ArticleDraft draft) {
        StringBuilder heading = new StringBuilder();
        for (String line : new String[] {draft.kicker(), draft.title(), draft.subtitle()}) {
            if (line != null && !line.isBlank()) {
                heading.append(line.strip()).append('\n');
            }
        }
        return heading.toString();
    }

    private static List<String> wordsOf(List<List<Term>> paragraphs) {
        List<String> words = new ArrayList<>();
        for (List<Term> paragraph : paragraphs) {
            for (Term term : paragraph) {
                words.add(term.word);
            }
        }
        return words;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
