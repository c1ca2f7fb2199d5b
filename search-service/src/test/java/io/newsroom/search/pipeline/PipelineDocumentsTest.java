package io.newsroom.search.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.DeadLetter;
import io.newsroom.contract.Json;
import io.newsroom.contract.RawPage;

class PipelineDocumentsTest {

    private static final Instant FAILED_AT = Instant.parse("2025-01-27T08:00:00Z");

    @Test
    void failureEventKeepsWhatAPersonNeedsButNeverThePage() {
        RawPage page = new RawPage("p1", "big.pdf", "application/pdf", null, 4, FAILED_AT,
                "the whole page text", "%PDF".getBytes(StandardCharsets.US_ASCII));
        DeadLetter letter = new DeadLetter(DeadLetter.STAGE_ENRICH, "p1", "big.pdf", "no text layer", "java.io.IOException", FAILED_AT, page);
        ObjectNode doc = PipelineDocuments.failed(letter, Instant.EPOCH);
        assertEquals("failed", doc.path("type").asText());
        assertEquals("enrich", doc.path("stage").asText());
        assertEquals("no text layer", doc.path("reason").asText());
        assertEquals("big.pdf", doc.path("sourceFile").asText());
        assertEquals("p1", doc.path("itemId").asText());
        assertEquals(FAILED_AT.toString(), doc.path("time").asText());
        assertFalse(doc.toString().contains("the whole page text"), doc.toString());
        assertFalse(doc.has("page"));
    }

    @Test
    void failureWithoutTimeTakesTheRecordTime() {
        DeadLetter letter = new DeadLetter(DeadLetter.STAGE_INGEST, null, "x.txt", "binary", null, null, null);
        assertEquals(Instant.EPOCH.toString(), PipelineDocuments.failed(letter, Instant.EPOCH).path("time").asText());
    }

    /** The index is strict: every field a document carries must be in the mapping, or the node rejects it. */
    @Test
    void everyDocumentFieldIsMapped() throws Exception {
        JsonNode properties;
        try (InputStream in = PipelineDocumentsTest.class.getResourceAsStream("/elasticsearch/news-pipeline.json")) {
            properties = Json.mapper().readTree(in).path("mappings").path("properties");
        }
        DeadLetter full = new DeadLetter("index", "id", "f.txt", "r", "E", FAILED_AT, null);
        List<ObjectNode> docs = List.of(PipelineDocuments.failed(full, FAILED_AT), PipelineDocuments.unreadable(FAILED_AT),
                PipelineDocuments.lag(FAILED_AT, new ConsumerLag("g", "t", 3, 1)), PipelineDocuments.index(FAILED_AT, 10, 2));
        for (ObjectNode doc : docs) {
            for (Iterator<String> names = doc.fieldNames(); names.hasNext();) {
                String name = names.next();
                assertTrue(properties.has(name), "field " + name + " of " + doc + " is in news-pipeline.json");
            }
        }
    }
}
