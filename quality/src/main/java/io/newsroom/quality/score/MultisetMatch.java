package io.newsroom.quality.score;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Compares two bags of items: each item matches at most as many times as it occurs on both sides. */
public final class MultisetMatch {

    private MultisetMatch() {
    }

    public static <T> Counts compare(Collection<T> gold, Collection<T> predicted) {
        return compare(bag(gold), bag(predicted));
    }

    public static <T> Counts compare(Map<T, Integer> gold, Map<T, Integer> predicted) {
        double tp = 0;
        for (Map.Entry<T, Integer> e : predicted.entrySet()) {
            tp += Math.min(e.getValue(), gold.getOrDefault(e.getKey(), 0));
        }
        return new Counts(tp, total(predicted) - tp, total(gold) - tp);
    }

    public static <T> Map<T, Integer> bag(Collection<T> items) {
        Map<T, Integer> bag = new HashMap<>();
        for (T item : items) {
            bag.merge(item, 1, Integer::sum);
        }
        return bag;
    }

    private static <T> int total(Map<T, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }
}
