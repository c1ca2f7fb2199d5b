package io.newsroom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Splits Chinese and English text into words, the same way at index time and at query time.
 *
 * <p>Elasticsearch's test distribution has no Chinese analyzer, so the search service indexes the
 * words this class produces with a plain whitespace analyzer. Segmentation runs paragraph by
 * paragraph: HanLP's viterbi segmenter is linear in the input, but a paragraph is the natural unit
 * and keeps memory flat on long pages. The {@link UserDictionary} is installed before the first
 * segmentation, so queries and articles are cut at the same user-defined words.
 */
public final class WordSegmenter {

    static {
        UserDictionary.installed();
    }

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableCustomDictionary(true);

    /** Words of the text, lowercased, punctuation and white space dropped. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (String paragraph : text.split("\\n+")) {
            if (paragraph.isBlank()) {
                continue;
            }
            for (Term term : segment.seg(paragraph)) {
                String word = term.word.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && hasLetterOrDigit(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The words joined by single spaces: the form the search index stores in its word fields. */
    public String segmented(String text) {
        return String.join(" ", words(text));
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
