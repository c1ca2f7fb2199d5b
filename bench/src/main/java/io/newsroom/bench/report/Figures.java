package io.newsroom.bench.report;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;

/**
 * Every figure of a run, in the order measured: a table for people (section, what, value, unit)
 * and one JSON object for tools, whose keys are {@code section.name}.
 */
public final class Figures {

    private record Row(String section, String what, Object value, String unit) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> json = new LinkedHashMap<>();

    public void put(String key, String what, Object value, String unit) {
        Object v = value instanceof Double d ? round(d) : value;
        json.put(key, v);
        if (what != null) {
            rows.add(new Row(key.contains(".") ? key.substring(0, key.indexOf('.')) : key, what, v, unit));
        }
    }

    /** A figure for the JSON only. */
    public void note(String key, Object value) {
        put(key, null, value, null);
    }

    public void percentiles(String key, String what, Percentiles p) {
        put(key + ".p50Ms", what + " p50", p.p50(), "ms");
        put(key + ".p95Ms", what + " p95", p.p95(), "ms");
        put(key + ".p99Ms", what + " p99", p.p99(), "ms");
        note(key + ".maxMs", round(p.max()));
        note(key + ".meanMs", round(p.mean()));
        note(key + ".samples", p.count());
    }

    public Object get(String key) {
        return json.get(key);
    }

    public double number(String key) {
        Object v = json.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("| %-10s | %-58s | %14s |%n", "section", "figure", "value"));
        out.append(String.format("|%s|%s|%s|%n", "-".repeat(12), "-".repeat(60), "-".repeat(16)));
        for (Row r : rows) {
            String value = r.value() + (r.unit() == null || r.unit().isEmpty() ? "" : " " + r.unit());
            out.append(String.format("| %-10s | %-58s | %14s |%n", r.section(), r.what(), value));
        }
        return out.toString();
    }

    public String jsonLine() {
        ObjectNode node = Json.mapper().valueToTree(json);
        return node.toString();
    }

    public void print(PrintStream out) {
        out.print(table());
        out.println(jsonLine());
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, table() + jsonLine() + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    private static Object round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        int scale = Math.abs(d) >= 100 ? 1 : Math.abs(d) >= 1 ? 2 : 3;
        return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
