package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One or two categories from the fixed taxonomy (TAXONOMY.md), by counting the words of each
 * category's lexicon among the article's words; title words count three times, and the weak cue
 * words of categories-weak.txt (创新, 服务, season: common in many fields' articles) count half. The second category
 * is kept only when it scores at least half the first. An article that matches nothing is filed
 * under {@link #FALLBACK}. Stateless and thread-safe.
 */
final class Categorizer {

    static final String FALLBACK = "society";
    private static final double TITLE_WEIGHT = 3.0;
    private static final double MIN_SCORE = 2.0;
    /** A word's repetitions beyond this add nothing: one word repeated does not make a topic. */
    private static final int CAP_PER_WORD = 4;
    /** A weak cue word counts this much of a strong one. */
    private static final double WEAK_WEIGHT = 0.5;
    private static final Map<String, List<String>> LEXICON_CATEGORIES = lexicon();
    private static final Set<String> WEAK = weakWords();

    /** The taxonomy's categories, in the order of the lexicon file. */
    static List<String> taxonomy() {
        List<String> categories = new ArrayList<>();
        for (String line : Lexicon.lines("categories.txt")) {
            categories.add(line.split("\t", 2)[0]);
        }
        return categories;
    }

    /** Categories for an article given its title words and body words (already segmented or tokenised). */
    List<String> categorize(List<String> titleWords, List<String> bodyWords) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        count(titleWords, TITLE_WEIGHT, scores, seen);
        count(bodyWords, 1.0, scores, seen);
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SCORE) {
            return List.of(FALLBACK);
        }
        List<String> categories = new ArrayList<>();
        categories.add(ranked.get(0).getKey());
        if (ranked.size() > 1 && ranked.get(1).getValue() >= ranked.get(0).getValue() / 2 && ranked.get(1).getValue() >= MIN_SCORE) {
            categories.add(ranked.get(1).getKey());
        }
        return categories;
    }

    private static void count(List<String> words, double weight, Map<String, Double> scores, Map<String, Integer> seen) {
        for (String raw : words) {
            String word = raw.toLowerCase(Locale.ROOT);
            List<String> categories = LEXICON_CATEGORIES.get(word);
            if (categories == null || seen.merge(word, 1, Integer::sum) > CAP_PER_WORD) {
                continue;
            }
            double cue = WEAK.contains(word) ? weight * WEAK_WEIGHT : weight;
            for (String category : categories) {
                scores.merge(category, cue / categories.size(), Double::sum);
            }
        }
    }

    /** The weak cue words (categories-weak.txt), lower case; each is also a word of categories.txt. */
    static Set<String> weakWords() {
        Set<String> weak = new HashSet<>();
        for (String word : Lexicon.words("categories-weak.txt")) {
            weak.add(word.toLowerCase(Locale.ROOT));
        }
        return weak;
    }

    private static Map<String, List<String>> lexicon() {
        Map<String, List<String>> categoriesOf = new HashMap<>();
        for (String line : Lexicon.lines("categories.txt")) {
            String[] parts = line.split("\t", 2);
            for (String word : parts[1].split("\\s+")) {
                categoriesOf.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new ArrayList<>()).add(parts[0]);
            }
        }
        return categoriesOf;
    }
}
