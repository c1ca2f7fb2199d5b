package io.newsroom.quality.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-type entity figures over documents: micro (counts added over all documents) and macro
 * (per-document precision, recall and F1 averaged over the documents where gold or prediction has
 * at least one entity of that type; an empty side scores 0 there).
 */
public final class EntityScore {

    private Counts micro = Counts.ZERO;
    private double precisionSum;
    private double recallSum;
    private double f1Sum;
    private int documents;

    /**
     * Adds one document. A gold entry {@code a|b} names one entity by any of its aliases: predicting
     * one or more of them finds it once. Predicted names in {@code ignored} count neither way.
     */
    public Counts add(Collection<String> gold, Collection<String> predicted, Collection<String> ignored) {
        List<Set<String>> entities = new ArrayList<>();
        Set<String> aliases = new HashSet<>();
        for (String entry : gold) {
            Set<String> names = normalised(Arrays.asList(entry.split("\\|")));
            if (!names.isEmpty()) {
                entities.add(names);
                aliases.addAll(names);
            }
        }
        Set<String> p = normalised(predicted);
        p.removeIf(name -> !aliases.contains(name) && ignored.contains(name));
        int tp = 0;
        for (Set<String> entity : entities) {
            if (entity.stream().anyMatch(p::contains)) {
                tp++;
            }
        }
        int fp = 0;
        for (String name : p) {
            if (!aliases.contains(name)) {
                fp++;
            }
        }
        Counts c = new Counts(tp, fp, entities.size() - tp);
        micro = micro.plus(c);
        if (!c.empty()) {
            precisionSum += c.precision();
            recallSum += c.recall();
            f1Sum += c.f1();
            documents++;
        }
        return c;
    }

    public Counts micro() {
        return micro;
    }

    public int documents() {
        return documents;
    }

    public double macroPrecision() {
        return documents == 0 ? 0 : precisionSum / documents;
    }

    public double macroRecall() {
        return documents == 0 ? 0 : recallSum / documents;
    }

    public double macroF1() {
        return documents == 0 ? 0 : f1Sum / documents;
    }

    private static Set<String> normalised(Collection<String> names) {
        return TextNormalizer.compactSet(names);
    }
}
