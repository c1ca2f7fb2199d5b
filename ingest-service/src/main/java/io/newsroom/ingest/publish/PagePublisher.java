package io.newsroom.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.newsroom.contract.DeadLetter;
import io.newsroom.contract.RawPage;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Publishes raw pages and dead letters, and waits for the broker's acknowledgement. */
@ApplicationScoped
public class PagePublisher {

    @Inject
    @Channel("pages")
    MutinyEmitter<RawPage> pages;

    @Inject
    @Channel("deadletter")
    MutinyEmitter<DeadLetter> deadLetters;

    /** Returns once the broker has the page; throws when it does not say so within the timeout. */
    public void publish(RawPage page, Duration timeout) {
        send(page).toCompletableFuture().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    /**
     * Hands the page to the producer and returns at once; the stage completes when the broker has
     * acknowledged it (or fails). Lets the caller read the next file while this one travels.
     */
    public CompletionStage<Void> send(RawPage page) {
        return pages.sendMessage(keyed(page.pageId(), page)).subscribeAsCompletionStage();
    }

    /** Records a file that could not be published; best effort, the .error file is the primary record. */
    public void deadLetter(String id, String fileName, String reason, Throwable cause, Duration timeout) {
        DeadLetter letter = new DeadLetter(DeadLetter.STAGE_INGEST, id, fileName, reason,
                cause == null ? null : cause.getClass().getName(), Instant.now(), null);
        deadLetters.sendMessage(keyed(id == null ? fileName : id, letter)).await().atMost(timeout);
    }

    private static <T> Message<T> keyed(String key, T value) {
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
