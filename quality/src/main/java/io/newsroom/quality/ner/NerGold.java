package io.newsroom.quality.ner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.newsroom.quality.score.TextNormalizer;

/**
 * The distinct entities of one document built from corpus sentences.
 *
 * <p>The 1998 People's Daily corpus tags a surname and a given name as two adjacent PER spans
 * (江 | 泽民). A reader, and our tagger, names the person once: 江泽民. So adjacent PER spans are
 * merged into one gold person. The separate parts of such a merged name are kept in
 * {@link #personParts}: a predicted person equal to a part is neither rewarded nor punished.
 */
public record NerGold(Set<String> persons, Set<String> personParts, Set<String> places, Set<String> organizations) {

    public static NerGold of(List<BioCorpus.Sentence> sentences) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        for (BioCorpus.Sentence s : sentences) {
            List<BioCorpus.Span> spans = s.spans();
            for (int i = 0; i < spans.size(); i++) {
                BioCorpus.Span span = spans.get(i);
                switch (span.type()) {
                    case "PER" -> {
                        int j = i;
                        while (j + 1 < spans.size() && spans.get(j + 1).type().equals("PER") && spans.get(j + 1).start() == spans.get(j).end()) {
                            j++;
                        }
                        add(persons, s.text().substring(span.start(), spans.get(j).end()));
                        if (j > i) {
                            for (int k = i; k <= j; k++) {
                                add(parts, s.text().substring(spans.get(k).start(), spans.get(k).end()));
                            }
                        }
                        i = j;
                    }
                    case "LOC" -> add(places, s.text().substring(span.start(), span.end()));
                    case "ORG" -> add(orgs, s.text().substring(span.start(), span.end()));
                    default -> {
                    }
                }
            }
        }
        parts.removeAll(persons);
        return new NerGold(persons, parts, places, orgs);
    }

    /** The same names written in another script (traditional characters, for a converted corpus). */
    public NerGold inScript(UnaryOperator<String> script) {
        return new NerGold(convert(persons, script), convert(personParts, script), convert(places, script), convert(organizations, script));
    }

    private static Set<String> convert(Set<String> names, UnaryOperator<String> script) {
        Set<String> converted = new LinkedHashSet<>();
        names.forEach(name -> converted.add(script.apply(name)));
        return converted;
    }

    private static void add(Set<String> set, String name) {
        String n = TextNormalizer.compact(name);
        if (!n.isEmpty()) {
            set.add(n);
        }
    }
}
