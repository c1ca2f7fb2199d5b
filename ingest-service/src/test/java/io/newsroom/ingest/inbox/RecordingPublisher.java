package io.newsroom.ingest.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.newsroom.contract.RawPage;
import io.newsroom.ingest.publish.PagePublisher;

/** Stands in for the broker: records what was published, or refuses while "down". */
class RecordingPublisher extends PagePublisher {

    final List<RawPage> pages = new ArrayList<>();
    final List<String> deadLetters = new ArrayList<>();
    boolean brokerDown;

    @Override
    public CompletionStage<Void> send(RawPage page) {
        if (brokerDown) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
        }
        pages.add(page);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void deadLetter(String id, String fileName, String reason, Throwable cause, Duration timeout) {
        if (brokerDown) {
            throw new IllegalStateException("broker unreachable");
        }
        deadLetters.add(fileName + ": " + reason);
    }
}
