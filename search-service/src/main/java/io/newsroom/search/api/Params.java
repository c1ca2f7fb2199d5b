package io.newsroom.search.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import io.newsroom.search.api.problem.BadRequest;

/**
 * The query parameters of one request, validated: unknown names, repeats of single-valued
 * parameters, numbers out of range, bad dates and over-long values are refused with a 400 that
 * names the parameter. Values are read as text here, so a malformed number never becomes a 404.
 */
public final class Params {

    /** Longest value any parameter may have (q included): a query is words, not a document. */
    public static final int MAX_VALUE_LENGTH = 500;
    public static final int MAX_VALUES = 20;

    private final MultivaluedMap<String, String> values;

    private Params(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    /** The request's parameters, refusing any name not in {@code allowed}. */
    public static Params of(UriInfo uri, Set<String> allowed) {
        return of(uri.getQueryParameters(), allowed);
    }

    public static Params of(MultivaluedMap<String, String> values, Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequest("unknown parameter '" + cut(name) + "'; this endpoint accepts: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            List<String> vs = values.get(name);
            if (vs.size() > MAX_VALUES) {
                throw new BadRequest("parameter '" + name + "' is given more than " + MAX_VALUES + " times");
            }
            for (String v : vs) {
                if (v.length() > MAX_VALUE_LENGTH) {
                    throw new BadRequest("parameter '" + name + "' is " + v.length() + " characters long; at most "
                            + MAX_VALUE_LENGTH + " are accepted");
                }
            }
        }
        return new Params(values);
    }

    /** The single value of a parameter, stripped; null when absent or blank. */
    public String single(String name) {
        List<String> vs = values.get(name);
        if (vs == null || vs.isEmpty()) {
            return null;
        }
        if (vs.size() > 1) {
            throw new BadRequest("parameter '" + name + "' may be given only once");
        }
        String v = vs.get(0).strip();
        return v.isEmpty() ? null : v;
    }

    /** Every non-blank value of a repeatable parameter. */
    public List<String> all(String name) {
        List<String> vs = values.get(name);
        return vs == null ? List.of() : vs.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public int integer(String name, int defaultValue, int min, int max) {
        String v = single(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + cut(v) + "'");
    }

    public LocalDate date(String name) {
        String v = single(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter '" + name + "' must be a date as yyyy-MM-dd, not '" + cut(v) + "'");
        }
    }

    public String oneOf(String name, String defaultValue, Set<String> choices) {
        String v = single(name);
        if (v == null) {
            return defaultValue;
        }
        if (!choices.contains(v)) {
            throw new BadRequest("parameter '" + name + "' must be one of " + String.join(", ", new TreeSet<>(choices))
                    + ", not '" + cut(v) + "'");
        }
        return v;
    }

    /** Echoes at most a short piece of a bad value: the message stays readable whatever was sent. */
    static String cut(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
