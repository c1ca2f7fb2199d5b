package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files in a folder and its subfolders that are completely written: a file is settled
 * once its size and modification time have stayed the same for a while. Temporary and hidden files
 * (a download in progress, an editor's swap file) are never taken. Symbolic links are reported as
 * they are, never followed, so the inbox cannot be used to read files outside it.
 *
 * <p>The scan lists the folder every time rather than waiting for change events, so files that
 * arrived while the service was down, and files moved in (whose events some platforms never send),
 * are found all the same.
 */
public class SettledFiles {

    /** Subfolders deeper than this are not looked into (a link loop cannot arise: links are not followed). */
    static final int MAX_DEPTH = 8;

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
        Files.walkFileTree(folder, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(folder) || !ignored(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (ignored(file) || !(attrs.isRegularFile() || attrs.isSymbolicLink())) {
                    return FileVisitResult.CONTINUE;
                }
                present.add(file);
                Seen before = seen.get(file);
                long modified = attrs.lastModifiedTime().toMillis();
                if (before == null || before.size() != attrs.size() || before.modified() != modified) {
                    seen.put(file, new Seen(attrs.size(), modified, now));
                } else if (!before.since().plus(settle).isAfter(now)) {
                    settled.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException gone) {
                return FileVisitResult.CONTINUE; // deleted while listing, or unreadable: not ours to take
            }
        });
        seen.keySet().retainAll(present);
        settled.sort((a, b) -> Long.compare(seen.get(a).modified(), seen.get(b).modified()));
        return settled;
    }

    /** Forgets a file once it has been handled (moved away). */
    public void forget(Path file) {
        seen.remove(file);
    }

    /** Hidden files and folders, and the names downloaders and editors give files still being written. */
    static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".crdownload")
                || name.endsWith(".partial") || name.endsWith("~");
    }
}
