package io.newsroom.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * English news pages: real HTML pages, each copy told apart by a comment at its end so that every
 * dropped file is a new page (page ids are hashes of the bytes).
 */
final class EnglishPages {

    private final List<byte[]> pages = new ArrayList<>();

    EnglishPages(Path htmlDir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(htmlDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                pages.add(in.readAllBytes());
            }
        }
        if (pages.isEmpty()) {
            throw new IOException("no .html.gz pages in " + htmlDir);
        }
    }

    byte[] page(int i, String tag) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(pages.get(i % pages.size()));
        out.write(("\n<!-- " + tag + " -->\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
