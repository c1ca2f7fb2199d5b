package io.newsroom.ingest.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.newsroom.contract.Ids;

/**
 * Where a file goes once its fate is known: {@code processed/} or {@code failed/} (with a
 * {@code .error} file saying why), under the same path it had in the inbox. Every move is a rename
 * on the same file system, so a file is always in exactly one folder, whatever moment a crash hits.
 */
public class Shelves {

    static final String ERROR_SUFFIX = ".error";
    static final String LOST_REASON = "the reason was not recorded: the service stopped while moving this file; "
            + "re-ingest it to try again";

    private static final Logger LOG = Logger.getLogger(Shelves.class);

    private final Path inbox;
    private final Path processed;
    private final Path failed;

    public Shelves(Path inbox, Path processed, Path failed) throws IOException {
        this.inbox = inbox;
        this.processed = processed;
        this.failed = failed;
        Files.createDirectories(inbox);
        Files.createDirectories(processed);
        Files.createDirectories(failed);
    }

    public Path inbox() {
        return inbox;
    }

    public Path processed() {
        return processed;
    }

    public Path failed() {
        return failed;
    }

    /** A file's name relative to the inbox, with '/' between folders: what the page calls its file. */
    public String nameOf(Path inboxFile) {
        return inbox.relativize(inboxFile).toString().replace(inboxFile.getFileSystem().getSeparator(), "/");
    }

    /**
     * Moves a published file to processed/. A file already there under that name is an earlier
     * drop of the same name (the same content again, or an older version): the newest replaces it,
     * as its articles replace the older ones in the index.
     */
    public synchronized Path toProcessed(Path file, String name) throws IOException {
        Path target = under(processed, name);
        Files.createDirectories(target.getParent());
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Moves a file to failed/ and writes its reason next to it. Never overwrites: a second failed
     * file of the same name gets a numbered name. The move comes first, so a crash in between leaves
     * a file without its .error, which {@link #recoverUnexplained()} explains at the next start.
     */
    public synchronized Path toFailed(Path file, String name, String reason) throws IOException {
        Path target = under(failed, name);
        Files.createDirectories(target.getParent());
        for (int i = 1; Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(errorOf(target), LinkOption.NOFOLLOW_LINKS); i++) {
            target = under(failed, name + "." + i);
        }
        Path moved = Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        writeError(moved, reason);
        return moved;
    }

    /** The .error file belonging to a file in failed/. */
    public static Path errorOf(Path failedFile) {
        return failedFile.resolveSibling(failedFile.getFileName() + ERROR_SUFFIX);
    }

    /** Writes the reason atomically: a reader never sees half of it. */
    public static void writeError(Path failedFile, String reason) throws IOException {
        Path tmp = failedFile.resolveSibling("." + failedFile.getFileName() + ERROR_SUFFIX + ".tmp");
        Files.writeString(tmp, reason + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(tmp, errorOf(failedFile), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Gives every file in failed/ that lacks one a .error, so that no failed file is left unexplained. */
    public int recoverUnexplained() throws IOException {
        int recovered = 0;
        try (Stream<Path> files = Files.walk(failed)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)).toList()) {
                String n = f.getFileName().toString();
                if (!n.endsWith(ERROR_SUFFIX) && !n.startsWith(".") && !Files.exists(errorOf(f), LinkOption.NOFOLLOW_LINKS)) {
                    writeError(f, LOST_REASON);
                    recovered++;
                }
            }
        }
        if (recovered > 0) {
            LOG.warnf("%d file(s) in failed/ had no .error (a stop during a move); explained now", recovered);
        }
        return recovered;
    }

    /** The file in processed/ under that name holding exactly that page, if there is one. */
    public Optional<Path> findProcessed(String name, String pageId) throws IOException {
        Path candidate = under(processed, name);
        return holds(candidate, pageId) ? Optional.of(candidate) : Optional.empty();
    }

    /** The file still in the inbox under that name holding exactly that page, if there is one. */
    public Optional<Path> findInInbox(String name, String pageId) throws IOException {
        Path candidate = under(inbox, name);
        return holds(candidate, pageId) ? Optional.of(candidate) : Optional.empty();
    }

    /** The files in failed/ named like that (the name itself and its numbered copies) holding that page. */
    public List<Path> findFailed(String name, String pageId) throws IOException {
        List<Path> found = new ArrayList<>();
        Path first = under(failed, name);
        if (!Files.isDirectory(first.getParent())) {
            return found;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(first.getParent(), first.getFileName() + "*")) {
            for (Path p : siblings) {
                String rest = p.getFileName().toString().substring(first.getFileName().toString().length());
                if ((rest.isEmpty() || rest.matches("\\.\\d+")) && holds(p, pageId)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** Whether the page id would be the same as a new drop of this content (same bytes). */
    public boolean sameContent(Path a, Path b) throws IOException {
        return Files.isRegularFile(a, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(b, LinkOption.NOFOLLOW_LINKS)
                && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    }

    /** A path under a folder for a relative name; refuses names that would climb out of it. */
    public static Path under(Path folder, String name) {
        Path resolved = folder.resolve(name).normalize();
        if (!resolved.startsWith(folder.normalize()) || resolved.equals(folder.normalize())) {
            throw new IllegalArgumentException("not a file name inside " + folder.getFileName() + ": " + name);
        }
        return resolved;
    }

    private static boolean holds(Path file, String pageId) throws IOException {
        if (pageId == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Ids.page(in).equals(pageId);
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
    }
}
