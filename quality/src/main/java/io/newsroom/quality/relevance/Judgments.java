package io.newsroom.quality.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged queries: for each query, the titles a reader expects, graded 2 (the article asked
 * for) or 1 (also worth seeing). Titles are compared without white space.
 */
public record Judgments(String query, Map<String, Integer> grades) {

    public static List<Judgments> read(Path file) throws IOException {
        List<Judgments> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IOException("expected query<TAB>judgments: " + line);
            }
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judged : cols[1].split(" \\| ")) {
                int colon = judged.indexOf(':');
                grades.put(normalise(judged.substring(colon + 1)), Integer.parseInt(judged.substring(0, colon).strip()));
            }
            out.add(new Judgments(cols[0], grades));
        }
        return out;
    }

    public static String normalise(String title) {
        return title == null ? "" : title.replaceAll("\\s+", "");
    }
}
