package io.newsroom.quality;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsroom.contract.Json;
import io.newsroom.quality.score.Counts;

/** Output helpers shared by the scorers: UTF-8 stdout, rounded figures, the closing JSON line. */
public final class Report {

    public static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Report() {
    }

    public static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    public static Map<String, Object> prf(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("tp", (long) c.tp());
        m.put("fp", (long) c.fp());
        m.put("fn", (long) c.fn());
        return m;
    }

    public static String pct(double x) {
        return String.format("%.1f%%", 100 * x);
    }

    /** The last line every scorer prints: its figures as one line of JSON. */
    public static void json(Map<String, Object> figures) {
        try {
            OUT.println(Json.mapper().writeValueAsString(figures));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exits with a usage text on stderr. */
    public static void usage(String text) {
        System.err.println(text);
        System.exit(2);
    }
}
