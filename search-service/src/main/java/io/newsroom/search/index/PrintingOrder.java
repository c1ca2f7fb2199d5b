package io.newsroom.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Which printing of a story came first: the earliest date, then the earliest arrival, then the
 * smallest id. The same order as {@link #SORT} asks of the node: dates in milliseconds, a missing
 * value after every present one.
 */
record PrintingOrder(String id, long date, long ingestedAt) implements Comparable<PrintingOrder> {

    /** The node's sort for this order ({@code "asc"} puts missing values last). */
    static final List<String> SORT = List.of("date", "ingestedAt", "id");

    private static final long MISSING = Long.MAX_VALUE;

    private static final Comparator<PrintingOrder> ORDER = Comparator.comparingLong(PrintingOrder::date)
            .thenComparingLong(PrintingOrder::ingestedAt).thenComparing(PrintingOrder::id);

    /** A document as search-service writes it (ArticleIndex.document). */
    static PrintingOrder of(JsonNode doc) {
        return new PrintingOrder(doc.path("id").asText(), dayMillis(doc.path("date").asText(null)),
                instantMillis(doc.path("ingestedAt").asText(null)));
    }

    /** A hit sorted by {@link #SORT}: its sort values. */
    static PrintingOrder of(String id, List<FieldValue> sortValues) {
        return new PrintingOrder(id, longAt(sortValues, 0), longAt(sortValues, 1));
    }

    @Override
    public int compareTo(PrintingOrder other) {
        return ORDER.compare(this, other);
    }

    private static long longAt(List<FieldValue> values, int i) {
        return values.size() > i && values.get(i).isLong() ? values.get(i).longValue() : MISSING;
    }

    private static long dayMillis(String day) {
        try {
            return day == null ? MISSING : LocalDate.parse(day).toEpochDay() * 86_400_000L;
        } catch (DateTimeParseException e) {
            return MISSING;
        }
    }

    private static long instantMillis(String at) {
        try {
            return at == null ? MISSING : Instant.parse(at).toEpochMilli();
        } catch (DateTimeParseException e) {
            return MISSING;
        }
    }
}
