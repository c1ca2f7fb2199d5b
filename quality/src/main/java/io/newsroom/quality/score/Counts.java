package io.newsroom.quality.score;

/**
 * True positives, false positives and false negatives, with the usual ratios. Doubles so that
 * normalised counts (the HTML shingle metric) fit too.
 */
public record Counts(double tp, double fp, double fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** tp / (tp + fp); 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** tp / (tp + fn); 0 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Nothing predicted and nothing to find: a case a per-document average should skip. */
    public boolean empty() {
        return tp == 0 && fp == 0 && fn == 0;
    }
}
