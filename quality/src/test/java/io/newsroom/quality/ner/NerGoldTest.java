package io.newsroom.quality.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NerGoldTest {

    @Test
    void readsSentencesAndMergesSurnameAndGivenName() throws Exception {
        String bio = String.join("\n",
                "王 B-PER", "小 B-PER", "明 I-PER", "在 O", "北 B-LOC", "京 I-LOC", "大 B-ORG", "学 I-ORG", "。 O", "",
                "李 B-PER", "说 O", "北 B-LOC", "京 I-LOC", "好 O", "");
        List<BioCorpus.Sentence> sentences = BioCorpus.read(new StringReader(bio));
        assertEquals(2, sentences.size());
        assertEquals("王小明在北京大学。", sentences.get(0).text());
        assertEquals(4, sentences.get(0).spans().size());
        NerGold gold = NerGold.of(sentences);
        assertEquals(Set.of("王小明", "李"), gold.persons());
        assertEquals(Set.of("王", "小明"), gold.personParts());
        assertEquals(Set.of("北京"), gold.places());
        assertEquals(Set.of("大学"), gold.organizations());
    }

    @Test
    void anInsideTagWithoutBeginStartsASpan() {
        assertEquals(List.of(new BioCorpus.Span("LOC", 1, 3), new BioCorpus.Span("ORG", 3, 4)),
                BioCorpus.spans(List.of("O", "I-LOC", "I-LOC", "I-ORG", "O")));
    }
}
