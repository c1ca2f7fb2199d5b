package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files in a folder that are completely written: a file is settled once its size and
 * modification time have stayed the same for a while. Temporary and hidden files (a download in
 * progress, an editor's swap file) are never taken. Symbolic links are never followed, so the inbox
 * cannot be used to read files outside it.
 */
public class SettledFiles {

    private record Seen(long size, long modified, Instant since) {
    }

    private final Duration settle;
    private final Map<Path, Seen> seen = new HashMap<>();

    public SettledFiles(Duration settle) {
        this.settle = settle;
    }

    /** The files that have not changed for the settle time, oldest first. */
    public List<Path> scan(Path folder, Instant now) throws IOException {
        List<Path> settled = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".crdownload")) {
                    continue;
                }
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException gone) {
                    continue;
                }
                if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                    continue;
                }
                present.add(file);
                Seen before = seen.get(file);
                long modified = attrs.lastModifiedTime().toMillis();
                if (before == null || before.size() != attrs.size() || before.modified() != modified) {
                    seen.put(file, new Seen(attrs.size(), modified, now));
                } else if (!before.since().plus(settle).isAfter(now)) {
                    settled.add(file);
                }
            }
        }
        seen.keySet().retainAll(present);
        settled.sort((a, b) -> Long.compare(seen.get(a).modified(), seen.get(b).modified()));
        return settled;
    }

    /** Forgets a file once it has been handled (moved away). */
    public void forget(Path file) {
        seen.remove(file);
    }
}
