package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A real inbox on disk with the watcher wired by hand (no Quarkus): what the unit tests drive. */
final class Inbox {

    final Path root;
    final RecordingPublisher publisher = new RecordingPublisher();
    final InboxWatcher watcher = new InboxWatcher();

    Inbox(Path root, long maxFileSize) throws IOException {
        this.root = root;
        watcher.config = new InboxConfig() {
            public Path inbox() { return root.resolve("inbox"); }
            public Path processed() { return root.resolve("processed"); }
            public Path failed() { return root.resolve("failed"); }
            public Duration poll() { return Duration.ofMillis(250); }
            public Duration settle() { return Duration.ZERO; }
            public long maxFileSize() { return maxFileSize; }
            public Duration ackTimeout() { return Duration.ofSeconds(1); }
        };
        watcher.publisher = publisher;
        watcher.metrics = new SimpleMeterRegistry();
        watcher.shelves = new Shelves(root.resolve("inbox"), root.resolve("processed"), root.resolve("failed"));
        watcher.init();
    }

    Path inbox() {
        return root.resolve("inbox");
    }

    Path processed(String name) {
        return root.resolve("processed").resolve(name);
    }

    Path failed(String name) {
        return root.resolve("failed").resolve(name);
    }

    String reason(String name) throws IOException {
        return Files.readString(Shelves.errorOf(failed(name)));
    }

    /** Two scans (a file must be seen unchanged once before it is taken). */
    void scanTwice() throws IOException {
        watcher.scan();
        watcher.scan();
    }

    long filesIn(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(folder))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
