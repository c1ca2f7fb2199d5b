package io.newsroom.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of pages staged outside the inbox, dropped into their own inbox subfolder in one go, and
 * the article ids the offline pipeline ({@code ./newsroom enrich}) finds in them: what the index
 * must hold afterwards, exactly once each.
 */
final class Batch {

    final String name;
    final List<Path> staged;
    final Set<String> pageIds = new HashSet<>();
    final Set<String> expectedIds = new HashSet<>();

    Batch(String name, List<Path> staged) throws IOException {
        this.name = name;
        this.staged = staged;
        for (Path p : staged) {
            pageIds.add(pageId(p));
        }
    }

    /** Takes the ids of the offline articles that belong to this batch's pages. */
    void expect(Map<String, List<String>> idsByPagePrefix) {
        for (String pageId : pageIds) {
            expectedIds.addAll(idsByPagePrefix.getOrDefault(pageId.substring(0, 16), List.of()));
        }
    }

    /** Moves every staged page into inbox/NAME/ (a move, as a user or a script drops files). */
    void drop(Path inbox) throws IOException {
        Path folder = inbox.resolve(name);
        Files.createDirectories(folder);
        for (Path p : staged) {
            Files.move(p, folder.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The result of comparing the index with what was expected. */
    record Outcome(int expected, int found, int duplicates, int lost, int unexpected) {
        boolean exact() {
            return found == expected && duplicates == 0 && lost == 0 && unexpected == 0;
        }
    }

    Outcome check() {
        List<Probe.Doc> docs = Probe.docsUnder(name);
        Set<String> found = docs.stream().map(Probe.Doc::id).collect(Collectors.toSet());
        // The same article twice would show as two documents for one place on one file.
        Map<String, Integer> perPlace = new HashMap<>();
        docs.forEach(d -> perPlace.merge(d.sourceFile() + "#" + d.position(), 1, Integer::sum));
        int duplicates = (docs.size() - found.size()) + perPlace.values().stream().mapToInt(n -> n - 1).sum();
        Set<String> lost = new HashSet<>(expectedIds);
        lost.removeAll(found);
        Set<String> unexpected = new HashSet<>(found);
        unexpected.removeAll(expectedIds);
        return new Outcome(expectedIds.size(), docs.size(), duplicates, lost.size(), unexpected.size());
    }

    static String pageId(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0;) {
                sha.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
