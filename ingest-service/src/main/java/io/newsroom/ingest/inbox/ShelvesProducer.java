package io.newsroom.ingest.inbox;

import java.io.IOException;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One {@link Shelves} for the watcher, the dead-letter mover and the admin endpoints: its moves are serialised. */
public class ShelvesProducer {

    @Produces
    @Singleton
    Shelves shelves(InboxConfig config) throws IOException {
        return new Shelves(config.inbox(), config.processed(), config.failed());
    }
}
