package io.newsroom.search.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.DeadLetter;
import io.smallrye.common.annotation.Blocking;

/**
 * Turns every record on {@code news.deadletter} into a {@code failed} event in the pipeline index,
 * with its own consumer group so that it never competes with whoever else reads dead letters. The
 * document id is the record's topic, partition and offset, so a re-delivery overwrites. While the
 * node is away the record is retried, not skipped: its offset is committed only after the write.
 */
@ApplicationScoped
public class FailureRecorder {

    private static final Logger LOG = Logger.getLogger(FailureRecorder.class);

    @Inject
    PipelineIndex index;

    @Incoming("pipeline-deadletters")
    @Blocking
    public void record(ConsumerRecord<String, DeadLetter> record) throws InterruptedException {
        Instant received = Instant.ofEpochMilli(record.timestamp());
        ObjectNode doc = record.value() == null ? PipelineDocuments.unreadable(received)
                : PipelineDocuments.failed(record.value(), received);
        List<PipelineIndex.Entry> one = List.of(
                new PipelineIndex.Entry(record.topic() + "-" + record.partition() + "-" + record.offset(), doc));
        for (int attempt = 1;; attempt++) {
            try {
                index.write(one);
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("recording dead letter %s failed (attempt %d), retrying: %s", record.key(), attempt, e.getMessage());
                Thread.sleep(Math.min(5_000, 250L * attempt));
            }
        }
    }
}
