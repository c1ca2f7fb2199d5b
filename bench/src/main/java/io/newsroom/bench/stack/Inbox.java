package io.newsroom.bench.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import io.newsroom.bench.corpus.CorpusPage;

/**
 * Drops pages into the inbox the way a well-behaved producer does: written completely beside the
 * inbox first, then renamed into it, so a drop is one atomic step and costs no settle guessing.
 */
public final class Inbox {

    private final Path inbox;
    private final Path staging;

    public Inbox(Path dataDir, String run) throws IOException {
        this.inbox = dataDir.resolve("inbox");
        this.staging = dataDir.resolve("bench").resolve("staging-" + run);
        if (!Files.isDirectory(inbox)) {
            throw new IOException("no inbox at " + inbox + ": is the stack up (./newsroom up) with the same NEWSROOM_DATA?");
        }
        Files.createDirectories(staging);
    }

    /** Writes the pages beside the inbox, ready to drop. */
    public void stage(List<CorpusPage> pages) throws IOException {
        for (CorpusPage p : pages) {
            Files.write(staging.resolve(p.name()), p.bytes());
        }
    }

    public void drop(CorpusPage page) throws IOException {
        Files.move(staging.resolve(page.name()), inbox.resolve(page.name()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Files still waiting in the inbox whose names start with the prefix. */
    public long waiting(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(inbox)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
        }
    }

    /** Removes this run's staging folder and the run's files from processed/ and failed/. */
    public void cleanUp(Path dataDir, String prefix) throws IOException {
        for (Path folder : List.of(staging, dataDir.resolve("processed"), dataDir.resolve("failed"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(p -> folder.equals(staging) || p.getFileName().toString().startsWith(prefix)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.deleteIfExists(staging);
    }
}
