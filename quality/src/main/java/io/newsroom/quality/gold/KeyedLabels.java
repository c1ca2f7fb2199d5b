package io.newsroom.quality.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own annotation of eval articles (their categories, their language): one line per article,
 * {@code KEY<TAB>label[,label]}, KEY an eval article's file name or an HTML page's hash, the main label
 * first; lines starting with # are comments. In file order, so that the first half and the second
 * half can serve as development and held-out sets.
 */
public record KeyedLabels(Map<String, List<String>> labels) {

    public static KeyedLabels read(Path file) throws IOException {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException(file + ": not KEY<TAB>labels: " + line);
            }
            labels.put(parts[0].strip(), Arrays.stream(parts[1].split(",")).map(String::strip).toList());
        }
        return new KeyedLabels(labels);
    }

    /** Half 1 is the first half of the lines, half 2 the rest; 0 is all of them. */
    public KeyedLabels half(int half) {
        if (half == 0) {
            return this;
        }
        int middle = labels.size() / 2;
        Map<String, List<String>> part = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<String>> e : labels.entrySet()) {
            if ((i++ < middle) == (half == 1)) {
                part.put(e.getKey(), e.getValue());
            }
        }
        return new KeyedLabels(part);
    }
}
