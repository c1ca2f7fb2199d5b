package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Entities;

class KeywordExtractorTest {

    @Test
    void formsOfOneWordAreOneKeywordInTheFormUsedMost() {
        Map<String, Double> tf = new LinkedHashMap<>();
        tf.put("approves", 1.0);
        tf.put("approved", 2.0);
        tf.put("approving", 1.0);
        tf.put("bridges", 1.0);
        tf.put("bridge", 1.0);
        tf.put("cities", 1.0);
        tf.put("city", 1.0);
        tf.put("press", 1.0);
        Map<String, Double> merged = KeywordExtractor.mergeInflections(tf);
        assertEquals(Map.of("approved", 4.0, "bridge", 2.0, "city", 2.0, "press", 1.0), merged);
    }

    @Test
    void englishKeywordsHoldNoTwoFormsOfOneWord() {
        List<String> keywords = new KeywordExtractor().latin("Council approves harbour plan",
                "The council approved the harbour plan on Tuesday. Members who approved it said the harbour needs dredging. "
                        + "The plan approves new berths and dredging of the harbour channel.",
                Entities.none(), Set.of());
        assertTrue(keywords.contains("harbour"), keywords.toString());
        assertEquals(1, keywords.stream().filter(k -> k.startsWith("approv")).count(), keywords.toString());
    }
}
