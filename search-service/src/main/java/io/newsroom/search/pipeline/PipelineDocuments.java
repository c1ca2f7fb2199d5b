package io.newsroom.search.pipeline;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.DeadLetter;

/** The documents of the pipeline index (see the package description); one place for their field names. */
final class PipelineDocuments {

    static final String FAILED = "failed";
    static final String LAG = "lag";
    static final String INDEX = "index";

    private PipelineDocuments() {
    }

    /**
     * A failure event. Only what a person needs to find and act on the failure: the page a dead
     * letter may carry (its text, for PDFs its bytes) stays on the topic.
     */
    static ObjectNode failed(DeadLetter letter, Instant receivedAt) {
        ObjectNode doc = base(FAILED, letter.failedAt() != null ? letter.failedAt() : receivedAt);
        putIfPresent(doc, "stage", letter.stage());
        putIfPresent(doc, "reason", letter.reason());
        putIfPresent(doc, "errorType", letter.errorType());
        putIfPresent(doc, "sourceFile", letter.sourceFile());
        putIfPresent(doc, "itemId", letter.id());
        return doc;
    }

    /** A record on the dead-letter topic that could not be read as a dead letter is still a failure. */
    static ObjectNode unreadable(Instant receivedAt) {
        ObjectNode doc = base(FAILED, receivedAt);
        doc.put("reason", "record on the dead-letter topic is not a readable DeadLetter");
        return doc;
    }

    static ObjectNode lag(Instant time, ConsumerLag lag) {
        ObjectNode doc = base(LAG, time);
        doc.put("group", lag.group());
        doc.put("topic", lag.topic());
        doc.put("consumer", lag.group() + " / " + lag.topic());
        doc.put("lag", lag.lag());
        doc.put("partitions", lag.partitions());
        return doc;
    }

    static ObjectNode index(Instant time, long articles, long pages) {
        ObjectNode doc = base(INDEX, time);
        doc.put("articles", articles);
        doc.put("pages", pages);
        return doc;
    }

    private static ObjectNode base(String type, Instant time) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("type", type);
        doc.put("time", time.toString());
        return doc;
    }

    private static void putIfPresent(ObjectNode doc, String field, String value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
