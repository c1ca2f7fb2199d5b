package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where, inside the text read so far as one article, the text of another article begins whose headline is set after
 * it: a page prints an article's headline under its body now and then, and when that body follows another article's
 * text with no heading between them, only the headline tells where it began. That headline talks about the paragraphs
 * from the hidden start on, and hardly about the article's own headline and the paragraphs before.
 */
final class HiddenStart {

    /** How much more of the headline the text after the start must echo than the text before it. */
    private static final double DECISIVE = 0.3;
    /** At least this much text on each side of the start. */
    private static final int MIN_BEFORE = 100;
    private static final int MIN_AFTER = 60;
    /** At least this many of the headline's word pairs found again from the start on: two may be chance. */
    private static final int MIN_ECHOED = 3;
    /** A headline this short (two-character section headings) echoes too little to tell. */
    private static final int MIN_HEADLINE = 5;

    private HiddenStart() {
    }

    /**
     * The index of the paragraph the headline's own text begins with, or -1 when no paragraph boundary splits the
     * text so that the headline clearly heads the part after it and not the article's own headline and the part
     * before, or when the text below the headline echoes it as much. Linear in the text: each paragraph is scanned
     * once.
     *
     * @param ownHeadline the headline of the article read so far
     * @param below the text under the headline, which it would head otherwise
     */
    static int find(List<String> headline, List<String> ownHeadline, List<String> paragraphs, String below) {
        return find(headline, ownHeadline, paragraphs, below, false);
    }

    /**
     * As {@link #find(List, List, List, String)}; when {@code shortest}, of the boundaries after which the text echoes as
     * much of the headline as after the best one, the last where the topic changes: where the headline's words begin,
     * not where a word pair of it first turns up by chance further up.
     */
    static int find(List<String> headline, List<String> ownHeadline, List<String> paragraphs, String below, boolean shortest) {
        return find(headline, ownHeadline, paragraphs, below, shortest, false);
    }

    /**
     * As {@link #find(List, List, List, String, boolean)}; when {@code nearBest}, the start is sought among the
     * boundaries within a pair of the best where the text changes most, for a text with no headline of its own here to
     * weigh against (the rest of an article continued from another page), whose first words may echo the headline by chance.
     */
    static int find(List<String> headline, List<String> ownHeadline, List<String> paragraphs, String below, boolean shortest,
            boolean nearBest) {
        String head = String.join("", headline);
        int n = paragraphs.size();
        if (head.strip().length() < MIN_HEADLINE || n < 2) {
            return -1;
        }
        List<String> texts = new ArrayList<>(paragraphs);
        texts.add(String.join("", ownHeadline));
        texts.add(below);
        BitSet[] hits = Cohesion.hits(head, 100, texts);
        double pairs = hits[n + 2].cardinality();
        if (pairs == 0) {
            return -1;
        }
        double underneath = hits[n + 1].cardinality() / pairs;
        // what the own headline and the paragraphs before each boundary echo, and the paragraphs after it
        BitSet[] before = new BitSet[n + 1];
        before[0] = (BitSet) hits[n].clone();
        for (int k = 0; k < n; k++) {
            before[k + 1] = (BitSet) before[k].clone();
            before[k + 1].or(hits[k]);
        }
        BitSet after = new BitSet();
        int[] echoed = new int[n];
        double[] scores = new double[n];
        int afterLength = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int total = 0;
        for (String p : paragraphs) {
            total += p.length();
        }
        for (int k = n - 1; k >= 1; k--) {
            after.or(hits[k]);
            echoed[k] = after.cardinality();
            afterLength += paragraphs.get(k).length();
            scores[k] = Double.NaN;
            if (total - afterLength < MIN_BEFORE || afterLength < MIN_AFTER) {
                continue;
            }
            double echoAfter = after.cardinality() / pairs;
            double score = echoAfter - before[k].cardinality() / pairs;
            if (echoAfter >= underneath + DECISIVE && after.cardinality() >= MIN_ECHOED) {
                scores[k] = score;
                bestScore = Math.max(bestScore, score);
            }
        }
        if (bestScore < DECISIVE) {
            return -1;
        }
        // the last boundary that echoes the headline best; or, when asked, of those that echo it best, a pair of it less
        // allowed (a common word or two of the text before may echo it by chance), the one where the text changes
        // most: where the two articles meet
        double bar = nearBest ? Math.max(DECISIVE, bestScore - 1 / pairs) : bestScore;
        int best = -1;
        double leastShared = TOPIC_SHARED;
        for (int k = n - 1; k >= 1; k--) {
            if (!nearBest && best == -1 && scores[k] >= bar) {
                best = topicChanges(paragraphs, k) ? k : -2;
            } else if (nearBest && scores[k] >= bar) {
                double shared = sharedAcross(paragraphs, k);
                if (shared < leastShared) {
                    leastShared = shared;
                    best = k;
                }
            }
        }
        if (best < 0) {
            return -1;
        }
        if (shortest) {
            int tail = 0;
            for (int k = n - 1; k > best; k--) {
                tail += paragraphs.get(k).length();
                if (echoed[k] == echoed[best] && tail >= MIN_AFTER && topicChanges(paragraphs, k)) {
                    return k;
                }
            }
        }
        return best;
    }

    /**
     * As {@link #find(List, List, List, String, boolean)} with {@code shortest}, where no paragraph break will do: the
     * boundaries tried are sentence ends, for a text whose last sentence filled its line, so that its paragraph was read
     * on into the first of the text whose headline is set after it. Where the start falls inside a paragraph, that
     * paragraph is split there in {@code paragraphs}; returns the index of the paragraph that starts the headline's
     * text, or -1.
     */
    static int findBySentence(List<String> headline, List<String> ownHeadline, List<String> paragraphs, String below) {
        List<String> sentences = new ArrayList<>();
        List<int[]> at = new ArrayList<>(); // paragraph index and offset of each sentence
        for (int j = 0; j < paragraphs.size(); j++) {
            String p = paragraphs.get(j);
            int from = 0;
            for (int i = 0; i < p.length() - 1; i++) {
                if (endsSentenceAt(p, i)) {
                    sentences.add(p.substring(from, i + 1));
                    at.add(new int[] {j, from});
                    from = i + 1;
                }
            }
            sentences.add(p.substring(from));
            at.add(new int[] {j, from});
        }
        if (sentences.size() == paragraphs.size()) {
            return -1;
        }
        int start = find(headline, ownHeadline, sentences, below, true);
        if (start < 0) {
            return -1;
        }
        // the article's opening sentence takes up half its headline, column label left out: a break between sentences
        // inside a paragraph is taken only where the headline's own words open the text (a word pair or two turn up anywhere)
        BitSet[] opening = Cohesion.hits(TopicBreak.withoutLabels(String.join("", headline)), 100, List.of(sentences.get(start)));
        if (opening[0].cardinality() < MIN_ECHOED || opening[0].cardinality() * 2 < opening[1].cardinality()) {
            return -1;
        }
        int paragraph = at.get(start)[0];
        int offset = at.get(start)[1];
        if (offset == 0) {
            return paragraph;
        }
        String p = paragraphs.get(paragraph);
        paragraphs.set(paragraph, p.substring(0, offset));
        paragraphs.add(paragraph + 1, p.substring(offset));
        return paragraph + 1;
    }

    /**
     * Where inside paragraph {@code start} the headline's text begins, when that paragraph was read together from the
     * last sentences of the text before and the first of the headline's own (a sentence ending a full line hides the
     * paragraph break): its opening sentences echo none of the headline and go on with the text before, the rest holds
     * every pair of the headline the paragraph echoes. The paragraph is split there in {@code paragraphs} and the index
     * of its second part returned; else {@code start}, the list unchanged.
     */
    static int splitOpening(List<String> headline, List<String> paragraphs, int start) {
        if (start == 0) {
            return start;
        }
        String p = paragraphs.get(start);
        List<Integer> ends = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of(p));
        for (int i = 0; i < p.length() - MIN_AFTER; i++) {
            if (endsSentenceAt(p, i)) {
                ends.add(i + 1);
                texts.add(p.substring(i + 1));
            }
        }
        // the headline's pairs found in the paragraph, then in what follows each sentence's end: one table for all
        BitSet[] echoes = Cohesion.hits(String.join("", headline), 100, texts);
        BitSet echo = echoes[0];
        if (echo.isEmpty()) {
            return start;
        }
        int cut = -1;
        for (int k = 0; k < ends.size() && echoes[k + 1].equals(echo); k++) {
            cut = ends.get(k);
        }
        if (cut < 0) {
            return start;
        }
        List<String> before = new ArrayList<>();
        for (int j = start - 1, length = 0; j >= 0 && length < TOPIC_BEFORE; j--) {
            before.add(paragraphs.get(j));
            length += paragraphs.get(j).length();
        }
        if (Cohesion.sharesLessThan(p.substring(0, cut), TOPIC_AFTER, before, TOPIC_SHARED)) {
            return start;
        }
        paragraphs.set(start, p.substring(0, cut));
        paragraphs.add(start + 1, p.substring(cut));
        return start + 1;
    }

    /** Whether a sentence ends at {@code i} (not before {@code p}'s last character), not a quotation's last sentence. */
    private static boolean endsSentenceAt(String p, int i) {
        char c = p.charAt(i);
        return (c == '。' || c == '！' || c == '？') && p.charAt(i + 1) != '”';
    }

    /**
     * Whether the text from paragraph {@code k} on shares little with the text before it, as two articles do: the
     * headline alone may echo an earlier paragraph of the article it is read with.
     */
    private static boolean topicChanges(List<String> paragraphs, int k) {
        return !(sharedAcross(paragraphs, k) >= TOPIC_SHARED);
    }

    /** The share of the word pairs of the text from paragraph {@code k} on (its first stretch) found in the text before it. */
    private static double sharedAcross(List<String> paragraphs, int k) {
        StringBuilder after = new StringBuilder();
        for (int j = k; j < paragraphs.size() && after.length() < TOPIC_AFTER; j++) {
            after.append(paragraphs.get(j));
        }
        List<String> before = new ArrayList<>();
        int length = 0;
        for (int j = k - 1; j >= 0 && length < TOPIC_BEFORE; j--) {
            before.add(paragraphs.get(j));
            length += paragraphs.get(j).length();
        }
        double shared = Cohesion.shared(after.toString(), TOPIC_AFTER, before);
        return Double.isNaN(shared) ? 0 : shared;
    }

    private static final int TOPIC_AFTER = 300;
    private static final int TOPIC_BEFORE = 3000;
    /** Within one article the text after a paragraph break mostly shares more than this with the text before. */
    private static final double TOPIC_SHARED = 0.15;
}
