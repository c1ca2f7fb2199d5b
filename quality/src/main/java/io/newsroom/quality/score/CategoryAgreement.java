package io.newsroom.quality.score;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How predicted categories agree with annotated ones, article by article: the main category right,
 * any category shared, and micro precision and recall over all the labels given. Also counts which
 * main category was given for which annotated one, to read the confusions.
 */
public final class CategoryAgreement {

    private int articles;
    private int mainRight;
    private int anyShared;
    private Counts labels = Counts.ZERO;
    private final Map<String, Integer> confusions = new TreeMap<>();

    public void add(List<String> gold, List<String> predicted) {
        articles++;
        if (!gold.isEmpty() && !predicted.isEmpty() && gold.get(0).equals(predicted.get(0))) {
            mainRight++;
        }
        long shared = predicted.stream().distinct().filter(gold::contains).count();
        if (shared > 0) {
            anyShared++;
        }
        labels = labels.plus(new Counts(shared, predicted.stream().distinct().count() - shared, gold.stream().distinct().count() - shared));
        if (!gold.isEmpty() && !predicted.isEmpty() && !gold.get(0).equals(predicted.get(0))) {
            confusions.merge(gold.get(0) + " -> " + predicted.get(0), 1, Integer::sum);
        }
    }

    public int articles() {
        return articles;
    }

    public double mainRight() {
        return articles == 0 ? 0 : (double) mainRight / articles;
    }

    public double anyShared() {
        return articles == 0 ? 0 : (double) anyShared / articles;
    }

    public Counts labels() {
        return labels;
    }

    /** "annotated -> predicted" main categories that differ, with their counts. */
    public Map<String, Integer> confusions() {
        return confusions;
    }
}
