package io.newsroom.quality.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.newsroom.contract.Json;

/**
 * The gold annotation of one page file: every article on it, in page order.
 *
 * @param page the page file's name, resolved against the pages folder
 * @param sources where the articles came from (composed pages), for tracing a miss
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GoldPage(String page, String publication, List<String> sources, List<GoldArticle> articles, String note) {

    public static final String SUFFIX = ".gold.json";

    public GoldPage {
        sources = sources == null ? List.of() : List.copyOf(sources);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    private static final ObjectMapper MAPPER = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    public static GoldPage read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), GoldPage.class);
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(this) + "\n");
    }
}
