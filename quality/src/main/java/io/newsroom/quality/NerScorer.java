package io.newsroom.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.hankcs.hanlp.HanLP;

import io.newsroom.contract.Entities;
import io.newsroom.enrich.pipeline.ArticleDraft;
import io.newsroom.enrich.tag.ArticleTagger;
import io.newsroom.quality.ner.BioCorpus;
import io.newsroom.quality.ner.NerGold;
import io.newsroom.quality.score.EntityScore;

/** Scores the tagger's persons, places and organisations on a BIO corpus grouped into documents. */
public final class NerScorer {

    static final String USAGE = """
            usage: NerScorer [--bio FILE] [--sentences 12] [--skip DOCS] [--limit DOCS] [--traditional] [--errors]
              FILE defaults to SHARED/eval/ner/peoples-daily-1998.dev.bio. Consecutive sentences are
              grouped into documents of --sentences sentences (one paragraph each); ArticleTagger tags each
              document and its distinct persons, places and organisations are compared with the corpus's
              distinct PER, LOC and ORG strings. Adjacent PER spans (surname | given name) are merged into
              one gold person; a predicted person equal to only one of those parts is ignored.
              Prints micro figures (counts summed over documents) and macro ones (mean per document),
              then one closing line of JSON. --skip leaves out the first DOCS documents (with --limit: a
              development half and a held-out half). --errors lists each document's missed (-) and false (+)
              names per type, for reading the errors; it prints corpus text, so keep its output out of the repository.
              --traditional converts each document and its gold names to traditional characters first (HanLP's
              converter), to measure tagging of traditional Chinese.  SHARED is $NEWSROOM_SHARED, else ../shared, else ../../shared.""";

    private NerScorer() {
    }

    public static void main(String[] args) throws IOException {
        Args a = Args.parse(args, Set.of("bio", "sentences", "skip", "limit"), Set.of("errors", "traditional"));
        if (a == null) {
            Report.usage(USAGE);
            return;
        }
        Path bio = a.has("bio") ? Path.of(a.get("bio", "")) : SharedData.resolve("eval/ner/peoples-daily-1998.dev.bio");
        if (!Files.isRegularFile(bio)) {
            Report.usage("not found: " + bio + "\n\n" + USAGE);
            return;
        }
        int perDoc = Integer.parseInt(a.get("sentences", "12"));
        int skip = Integer.parseInt(a.get("skip", "0"));
        int limit = Integer.parseInt(a.get("limit", String.valueOf(Integer.MAX_VALUE)));
        boolean errors = a.has("errors");
        UnaryOperator<String> script = a.has("traditional") ? HanLP::convertToTraditionalChinese : UnaryOperator.identity();
        List<BioCorpus.Sentence> sentences;
        try (var reader = Files.newBufferedReader(bio, StandardCharsets.UTF_8)) {
            sentences = BioCorpus.read(reader);
        }
        ArticleTagger tagger = new ArticleTagger();
        EntityScore persons = new EntityScore();
        EntityScore places = new EntityScore();
        EntityScore orgs = new EntityScore();
        int docs = 0;
        long chars = 0;
        long started = System.nanoTime();
        for (int from = skip * perDoc; from < sentences.size() && docs < limit; from += perDoc, docs++) {
            List<BioCorpus.Sentence> doc = sentences.subList(from, Math.min(sentences.size(), from + perDoc));
            List<String> paragraphs = new ArrayList<>();
            doc.forEach(s -> paragraphs.add(s.text()));
            String body = script.apply(String.join("\n\n", paragraphs));
            chars += body.length();
            Entities found = tagger.tag(new ArticleDraft(null, null, null, List.of(), null, body, null, List.of(), null)).entities();
            NerGold gold = NerGold.of(doc).inScript(script);
            persons.add(gold.persons(), found.persons(), gold.personParts());
            places.add(gold.places(), found.places(), Set.of());
            orgs.add(gold.organizations(), found.organizations(), Set.of());
            if (errors) {
                Report.OUT.printf("doc %d%n", skip + docs);
                differences("PER", gold.persons(), found.persons(), gold.personParts());
                differences("LOC", gold.places(), found.places(), Set.of());
                differences("ORG", gold.organizations(), found.organizations(), Set.of());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Report.OUT.printf("documents %d of %d sentences each (%d sentences, %d chars, tagged in %.1f s)%n",
                docs, perDoc, sentences.size(), chars, seconds);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorer", "ner");
        json.put("documents", docs);
        json.put("sentencesPerDocument", perDoc);
        line("persons", persons, json);
        line("places", places, json);
        line("organizations", orgs, json);
        Report.json(json);
    }

    /** One line per missed (-) and false (+) name. */
    private static void differences(String type, Set<String> gold, List<String> found, Set<String> ignored) {
        Set<String> predicted = new java.util.LinkedHashSet<>();
        found.forEach(name -> predicted.add(io.newsroom.quality.score.TextNormalizer.compact(name)));
        for (String name : gold) {
            if (!predicted.contains(name)) {
                Report.OUT.printf("  %s - %s%n", type, name);
            }
        }
        for (String name : predicted) {
            if (!gold.contains(name) && !ignored.contains(name)) {
                Report.OUT.printf("  %s + %s%n", type, name);
            }
        }
    }

    static void line(String name, EntityScore s, Map<String, Object> json) {
        Report.OUT.printf("%-14s micro P %.3f R %.3f F1 %.3f | macro P %.3f R %.3f F1 %.3f (%d docs)%n", name,
                s.micro().precision(), s.micro().recall(), s.micro().f1(),
                s.macroPrecision(), s.macroRecall(), s.macroF1(), s.documents());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("micro", Report.prf(s.micro()));
        Map<String, Object> macro = new LinkedHashMap<>();
        macro.put("precision", Report.round(s.macroPrecision()));
        macro.put("recall", Report.round(s.macroRecall()));
        macro.put("f1", Report.round(s.macroF1()));
        macro.put("documents", s.documents());
        m.put("macro", macro);
        json.put(name, m);
    }
}
