package io.newsroom.search.api.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroom.search.api.Params;
import io.newsroom.search.api.problem.BadRequest;
import io.newsroom.search.query.Field;

/** The validated parameters of {@code GET /api/search}. */
public record SearchParams(String q, Map<Field, List<String>> filters, LocalDate from, LocalDate to, Sort sort, int size,
        int page, Cursor cursor) {

    public enum Sort { relevance, date }

    public static final int MAX_SIZE = 100;
    /** Elasticsearch's result window: deeper than this, page with the cursor. */
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 500;

    /** Filters are named like the field prefixes: {@code person=聂方红} is {@code person:聂方红}. */
    public static final Set<String> NAMES;

    static {
        Set<String> names = new LinkedHashSet<>(List.of("q", "from", "to", "sort", "size", "page", "cursor"));
        for (Field f : Field.values()) {
            if (f.keywordField != null) {
                names.add(f.prefix);
            }
        }
        NAMES = Set.copyOf(names);
    }

    public static SearchParams from(Params params) {
        String q = params.single("q");
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadRequest("q is " + q.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are accepted");
        }
        Map<Field, List<String>> filters = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            if (f.keywordField != null && !params.all(f.prefix).isEmpty()) {
                filters.put(f, params.all(f.prefix));
            }
        }
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from (" + from + ") is after to (" + to + ")");
        }
        Sort sort = Sort.valueOf(params.oneOf("sort", "relevance", Set.of("relevance", "date")));
        int size = params.integer("size", 10, 1, MAX_SIZE);
        int page = params.integer("page", 1, 1, MAX_WINDOW);
        if ((long) page * size > MAX_WINDOW) {
            throw new BadRequest("page " + page + " of size " + size + " goes past result " + MAX_WINDOW
                    + "; to read further, follow the cursor given in \"next\"");
        }
        String cursorText = params.single("cursor");
        Cursor cursor = cursorText == null ? null : Cursor.decode(cursorText, sort);
        return new SearchParams(q == null ? "" : q, filters, from, to, sort, size, page, cursor);
    }
}
