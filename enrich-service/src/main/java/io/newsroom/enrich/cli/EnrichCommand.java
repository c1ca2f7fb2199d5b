package io.newsroom.enrich.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.SerializationFeature;

import io.newsroom.contract.Article;
import io.newsroom.contract.Json;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.pipeline.EnrichPipeline;
import io.newsroom.enrich.pipeline.UnprocessablePageException;
import io.newsroom.text.RawPageReader;
import io.newsroom.text.UnreadablePageException;

/**
 * {@code ./newsroom enrich FILE|DIR...}: runs the enrich service's pipeline offline and prints one
 * JSON array of the articles found, exactly as they would be published on {@code news.articles}.
 * Files that cannot be processed are reported on stderr and make the exit code 1.
 */
public final class EnrichCommand {

    private EnrichCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: newsroom enrich FILE|DIR...");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RawPageReader reader = new RawPageReader();
        EnrichPipeline pipeline = EnrichPipeline.standard();
        List<Article> all = new ArrayList<>();
        int failures = 0;
        for (Path file : files(args)) {
            try {
                RawPage page = reader.read(file.getFileName().toString(), Files.readAllBytes(file), Instant.now());
                all.addAll(pipeline.enrich(page));
            } catch (UnreadablePageException | UnprocessablePageException e) {
                failures++;
                System.err.println(file + ": " + e.getMessage());
            }
        }
        out.println(Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        System.exit(failures == 0 ? 0 : 1);
    }

    private static List<Path> files(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.list(path)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
