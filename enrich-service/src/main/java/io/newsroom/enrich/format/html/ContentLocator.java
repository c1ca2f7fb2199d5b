package io.newsroom.enrich.format.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Finds the elements holding the story on a cleaned page.
 *
 * <p>Each text block earns a prose score (longer, punctuated, few links), which flows up to the
 * block's container and, fading, to a few ancestors: the element where the most prose meets wins.
 * The winner's siblings that also carry prose are taken with it, because templates often cut a story
 * into several boxes (around an ad slot, a paywall break, a lead paragraph outside the body div).
 */
public final class ContentLocator {

    /** How much of a block's score each ancestor level receives: container, parent, grandparent... */
    private static final double[] LEVEL_SHARE = {1.0, 0.95, 0.5, 0.25, 0.12};

    private final Map<Element, double[]> stats = new IdentityHashMap<>();

    private static final int SCORE = 0;
    private static final int CHARS = 1;
    private static final int LINK_CHARS = 2;
    private static final int PROSE = 3;

    /** The story's elements in page order; empty when the page holds no prose at all. */
    public List<Element> locate(Element body) {
        stats.clear();
        for (TextBlock b : BlockWalker.blocks(body)) {
            double score = proseScore(b);
            int level = 0;
            for (Element e = b.owner(); e != null; e = e.parent(), level++) {
                double[] s = stats.computeIfAbsent(e, k -> new double[4]);
                if (level < LEVEL_SHARE.length) {
                    s[SCORE] += score * LEVEL_SHARE[level];
                }
                s[PROSE] += score;
                s[CHARS] += b.text().length();
                s[LINK_CHARS] += b.linkChars();
                if (e == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> entry : stats.entrySet()) {
            double score = candidateScore(entry.getKey());
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Element> story = withSiblings(best);
        Element wrapper = outermostWrapper(best, body);
        return wrapper == best ? story : withTwinSections(wrapper, story);
    }

    /**
     * The story box's outermost wrapper that holds nothing else: sibling boxes of the story (a
     * template cutting it into sections) are siblings of that wrapper, not of the inner box.
     */
    private Element outermostWrapper(Element best, Element body) {
        Element box = best;
        while (box.parent() != null && box.parent() != body) {
            double[] inner = stats.get(box);
            double[] outer = stats.get(box.parent());
            if (outer == null || inner[CHARS] < 0.85 * outer[CHARS]) {
                break;
            }
            box = box.parent();
        }
        return box;
    }

    /** A block's worth as prose: its length, its punctuation, discounted by its links. */
    static double proseScore(TextBlock b) {
        int weight = b.weight();
        if (weight < 25) {
            return 0;
        }
        double notLinks = 1 - b.linkDensity();
        int punctuation = Math.min(TextWeight.sentencePunctuation(b.text()), 10);
        return (1 + 0.3 * punctuation + Math.min(weight, 2000) / 100.0) * notLinks * notLinks;
    }

    private double candidateScore(Element e) {
        double[] s = stats.get(e);
        if (s == null || s[SCORE] <= 0) {
            return 0;
        }
        double linkDensity = s[CHARS] == 0 ? 0 : Math.min(1, s[LINK_CHARS] / s[CHARS]);
        return s[SCORE] * ClassHints.weight(e) * (1 - linkDensity);
    }

    /**
     * The story plus the wrapper's twins: sibling boxes built from the same template (same tag, same
     * class) that carry prose too, as when a story is cut into repeated section boxes.
     */
    private List<Element> withTwinSections(Element wrapper, List<Element> story) {
        List<Element> picked = new ArrayList<>();
        double threshold = Math.max(2, stats.get(wrapper)[PROSE] * 0.25);
        for (Element sibling : wrapper.parent().children()) {
            if (sibling == wrapper) {
                picked.addAll(story);
            } else if (sibling.normalName().equals(wrapper.normalName()) && !wrapper.className().isEmpty()
                    && sibling.className().equals(wrapper.className())) {
                double[] s = stats.get(sibling);
                if (s != null && s[PROSE] >= threshold && s[LINK_CHARS] < 0.2 * s[CHARS]) {
                    picked.add(sibling);
                }
            }
        }
        return picked;
    }

    private List<Element> withSiblings(Element best) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> picked = new ArrayList<>();
        double threshold = Math.max(2, stats.get(best)[PROSE] * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == best || belongsWithStory(sibling, threshold)) {
                picked.add(sibling);
            }
        }
        return picked;
    }

    private boolean belongsWithStory(Element sibling, double threshold) {
        double[] s = stats.get(sibling);
        if (s == null || s[CHARS] == 0) {
            return false;
        }
        double linkDensity = s[LINK_CHARS] / s[CHARS];
        if (s[PROSE] * ClassHints.weight(sibling) >= threshold && linkDensity < 0.3) {
            return true;
        }
        // a lone paragraph beside the body box (a lead, a last line) joins when it reads as prose
        if (sibling.normalName().equals("p") || sibling.normalName().equals("blockquote")) {
            String text = sibling.text();
            int weight = TextWeight.of(text);
            return linkDensity < 0.25 && (weight >= 80 || (weight >= 20 && endsSentence(text)));
        }
        return false;
    }

    static boolean endsSentence(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '。' || last == '！' || last == '？'
                || last == '"' || last == '”' || last == '」';
    }
}
