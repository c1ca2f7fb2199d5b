package io.newsroom.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.text.WordSegmenter;

class QueryTranslatorTest {

    private final WordSegmenter segmenter = new WordSegmenter();

    @Test
    void userTextOnlyEverBecomesAValueNeverQuerySyntax() {
        String hostile = "x\" OR _exists_:id {\"script\":{\"source\":\"Runtime\"}}";
        ObjectNode q = new QueryTranslator(segmenter).translate(new QueryNode.Phrase(hostile));
        assertFalse(q.toString().contains("query_string"));
        assertFalse(q.toString().contains("\"script\":{"), "the text is a JSON string value, not structure: " + q);
        assertTrue(q.findValues("query").stream().anyMatch(v -> v.asText().equals(hostile)));
    }

    @Test
    void chineseWordsAreSegmentedInSimplifiedScriptAndPhrasesTriedInBothScripts() {
        QueryTranslator t = new QueryTranslator(segmenter);
        ObjectNode q = t.translate(QueryParser.parse("燃氣網點"));
        JsonNode words = q.findValue("multi_match");
        assertEquals("燃气 网点", words.path("query").asText(), "segmented like the index, in simplified script");
        assertTrue(q.toString().contains("燃氣網點") && q.toString().contains("燃气网点"), q.toString());
        assertTrue(t.highlightTerms().contains("燃气") && t.highlightTerms().contains("燃氣"), t.highlightTerms().toString());
    }

    @Test
    void notGoesToMustNotAndIsNotHighlighted() {
        QueryTranslator t = new QueryTranslator(segmenter);
        ObjectNode q = t.translate(QueryParser.parse("燃气 -北斗"));
        assertTrue(q.path("bool").has("must_not"), q.toString());
        assertFalse(t.highlightTerms().contains("北斗"));
    }

    @Test
    void keywordFieldsMatchExactValuesInAnyScriptIgnoringCase() {
        ObjectNode q = new QueryTranslator(segmenter).translate(QueryParser.parse("person:聶方紅"));
        assertTrue(q.toString().contains("\"entities.persons\":{\"value\":\"聂方红\",\"case_insensitive\":true}"), q.toString());
    }

    @Test
    void titlePrefixSearchesOnlyTitleFields() {
        ObjectNode q = new QueryTranslator(segmenter).translate(QueryParser.parse("title:燃气"));
        assertFalse(q.toString().contains("bodyWords") || q.toString().contains("\"body\""), q.toString());
    }

    @Test
    void nothingSearchableMatchesAll() {
        assertTrue(new QueryTranslator(segmenter).translate(QueryParser.parse("，。")).has("match_all"));
    }
}
