package io.newsroom.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.newsroom.contract.Json;

class PrintingOrderTest {

    private static ObjectNode doc(String id, String date, String ingestedAt) {
        ObjectNode doc = Json.mapper().createObjectNode().put("id", id);
        if (date != null) {
            doc.put("date", date);
        }
        if (ingestedAt != null) {
            doc.put("ingestedAt", ingestedAt);
        }
        return doc;
    }

    @Test
    void earlierDateFirstThenEarlierArrivalThenSmallerId() {
        PrintingOrder may1Late = PrintingOrder.of(doc("b", "2024-05-01", "2024-05-03T10:00:00Z"));
        PrintingOrder may2Early = PrintingOrder.of(doc("a", "2024-05-02", "2024-05-02T08:00:00Z"));
        PrintingOrder may1Early = PrintingOrder.of(doc("c", "2024-05-01", "2024-05-02T09:00:00Z"));
        PrintingOrder may1EarlySmallerId = PrintingOrder.of(doc("a", "2024-05-01", "2024-05-02T09:00:00Z"));
        assertTrue(may1Late.compareTo(may2Early) < 0, "the printed date decides first");
        assertTrue(may1Early.compareTo(may1Late) < 0, "then the arrival");
        assertTrue(may1EarlySmallerId.compareTo(may1Early) < 0, "then the id");
    }

    @Test
    void missingValuesComeLastAsInTheNodesAscendingSort() {
        PrintingOrder dated = PrintingOrder.of(doc("z", "2030-01-01", null));
        PrintingOrder undated = PrintingOrder.of(doc("a", null, "2020-01-01T00:00:00Z"));
        assertTrue(dated.compareTo(undated) < 0);
        PrintingOrder arrived = PrintingOrder.of(doc("z", "2024-05-01", "2024-05-01T00:00:00Z"));
        PrintingOrder notArrived = PrintingOrder.of(doc("a", "2024-05-01", null));
        assertTrue(arrived.compareTo(notArrived) < 0);
    }

    @Test
    void aDocumentAndTheNodesSortValuesForItAreTheSamePrinting() {
        // The node sorts dates as epoch milliseconds and puts Long.MAX_VALUE for a missing value.
        ObjectNode written = doc("id-1", "2024-05-01", "2024-05-02T09:30:15.123456Z");
        long day = LocalDate.parse("2024-05-01").toEpochDay() * 86_400_000L;
        long at = Instant.parse("2024-05-02T09:30:15.123Z").toEpochMilli();
        PrintingOrder fromNode = PrintingOrder.of("id-1", List.of(FieldValue.of(day), FieldValue.of(at), FieldValue.of("id-1")));
        assertEquals(PrintingOrder.of(written), fromNode);
        PrintingOrder missing = PrintingOrder.of("id-2", List.of(FieldValue.of(day), FieldValue.of(Long.MAX_VALUE), FieldValue.of("id-2")));
        assertEquals(PrintingOrder.of(doc("id-2", "2024-05-01", null)), missing);
    }
}
