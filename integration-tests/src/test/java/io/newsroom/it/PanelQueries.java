package io.newsroom.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.it.KibanaSavedObjects.Column;
import io.newsroom.it.KibanaSavedObjects.LensLayer;
import io.newsroom.it.KibanaSavedObjects.SavedSearch;

/**
 * The Elasticsearch request a Kibana panel amounts to, and whether its answer has something to
 * show. A Lens layer becomes its bucket aggregations nested in column order with the metrics
 * innermost, filtered by the dashboard's time range on the data view's time field and by the
 * panel's Lucene query (a query_string query); a saved search becomes the same filter with its sort.
 */
final class PanelQueries {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, String> METRICS = Map.of("unique_count", "cardinality", "max", "max", "min", "min",
            "average", "avg", "sum", "sum");
    private static final Pattern RELATIVE = Pattern.compile("now-(\\d+)([smhdwMy])");
    /** Kibana's "auto" interval aims at about 50 bars; these are the steps it rounds to, roughly. */
    private static final List<String> STEPS = List.of("1s", "5s", "10s", "30s", "1m", "5m", "10m", "30m", "1h", "3h", "12h", "1d", "7d", "30d", "365d");

    private PanelQueries() {
    }

    static ObjectNode request(LensLayer layer, String from, String to) {
        ObjectNode request = NODES.objectNode();
        request.put("size", 0);
        request.put("track_total_hits", true);
        request.set("query", filter(layer.view().timeField(), from, to, layer.query()));
        ObjectNode inner = NODES.objectNode();
        for (Column metric : layer.metrics()) {
            if (!metric.operation().equals("count")) {
                inner.set(metric.id(), metricAgg(metric));
            }
        }
        List<Column> buckets = layer.buckets();
        for (int i = buckets.size() - 1; i >= 0; i--) {
            ObjectNode agg = bucketAgg(layer, buckets.get(i), from, to);
            if (!inner.isEmpty()) {
                agg.with("aggs").setAll(inner); // next to an ordering metric the terms may carry
            }
            inner = NODES.objectNode();
            inner.set(buckets.get(i).id(), agg);
        }
        if (!inner.isEmpty()) {
            request.set("aggs", inner);
        }
        return request;
    }

    static ObjectNode request(SavedSearch search, String from, String to) {
        ObjectNode request = NODES.objectNode();
        request.put("size", 10);
        request.set("query", filter(search.view().timeField(), from, to, search.query()));
        for (String field : search.sortFields()) {
            request.withArray("sort").addObject().putObject(field).put("order", "desc");
        }
        return request;
    }

    /** Empty when the answer gives the panel something to draw; otherwise why not. */
    static Optional<String> missingData(LensLayer layer, JsonNode response) {
        if (response.path("hits").path("total").path("value").asLong() == 0) {
            return Optional.of("no document matches");
        }
        return leafWithData(layer.buckets(), 0, layer.metrics(), response.path("aggregations"))
                ? Optional.empty() : Optional.of("no bucket with data: " + response.path("aggregations"));
    }

    static Optional<String> missingData(SavedSearch search, JsonNode response) {
        JsonNode hits = response.path("hits").path("hits");
        if (hits.isEmpty()) {
            return Optional.of("no document matches");
        }
        String first = search.columns().get(0);
        JsonNode value = hits.get(0).path("_source");
        for (String part : first.split("\\.")) {
            value = value.path(part);
        }
        return value.isMissingNode() || value.isNull() ? Optional.of("first hit has no " + first + ": " + hits.get(0)) : Optional.empty();
    }

    private static boolean leafWithData(List<Column> buckets, int depth, List<Column> metrics, JsonNode aggs) {
        if (depth == buckets.size()) {
            return metrics.stream().allMatch(m -> m.operation().equals("count")
                    || (aggs.path(m.id()).has("value") && !aggs.path(m.id()).path("value").isNull()));
        }
        for (JsonNode bucket : aggs.path(buckets.get(depth).id()).path("buckets")) {
            if (bucket.path("doc_count").asLong() > 0 && leafWithData(buckets, depth + 1, metrics, bucket)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode filter(String timeField, String from, String to, String query) {
        ObjectNode bool = NODES.objectNode();
        var filters = bool.putObject("bool").putArray("filter");
        if (timeField != null) {
            filters.addObject().putObject("range").putObject(timeField).put("gte", from).put("lte", to);
        }
        if (!query.isBlank()) {
            filters.addObject().putObject("query_string").put("query", query);
        }
        return bool;
    }

    private static ObjectNode metricAgg(Column metric) {
        String type = METRICS.get(metric.operation());
        if (type == null) {
            throw new IllegalArgumentException("no aggregation known for Lens operation " + metric.operation());
        }
        ObjectNode agg = NODES.objectNode();
        agg.putObject(type).put("field", metric.field());
        return agg;
    }

    private static ObjectNode bucketAgg(LensLayer layer, Column bucket, String from, String to) {
        ObjectNode agg = NODES.objectNode();
        switch (bucket.operation()) {
            case "terms" -> {
                ObjectNode terms = agg.putObject("terms");
                terms.put("field", bucket.field());
                terms.put("size", bucket.params().path("size").asInt(10));
                String orderBy = bucket.params().path("orderBy").path("columnId").asText();
                Column order = layer.metrics().stream().filter(m -> m.id().equals(orderBy)).findFirst().orElse(null);
                String direction = bucket.params().path("orderDirection").asText("desc");
                if (order == null || order.operation().equals("count")) {
                    terms.putObject("order").put("_count", direction);
                } else {
                    // As Kibana does: the ordering metric sits directly under the terms aggregation.
                    agg.putObject("aggs").set("order", metricAgg(order));
                    terms.putObject("order").put("order", direction);
                }
            }
            case "date_histogram" -> {
                ObjectNode histogram = agg.putObject("date_histogram");
                histogram.put("field", bucket.field());
                String interval = bucket.params().path("interval").asText("auto");
                histogram.put("fixed_interval", interval.equals("auto") ? autoInterval(from, to) : interval);
            }
            default -> throw new IllegalArgumentException("no aggregation known for Lens operation " + bucket.operation());
        }
        return agg;
    }

    /** The interval Kibana's "auto" gives for a relative range such as now-24h .. now, approximately. */
    static String autoInterval(String from, String to) {
        Matcher m = RELATIVE.matcher(from);
        if (!m.matches() || !to.equals("now")) {
            throw new IllegalArgumentException("dashboard time ranges are relative (now-N<unit> .. now), not " + from + " .. " + to);
        }
        Duration range = unit(m.group(2)).multipliedBy(Long.parseLong(m.group(1)));
        Duration target = range.dividedBy(50);
        for (String step : STEPS) {
            Duration d = unit(step.substring(step.length() - 1)).multipliedBy(Long.parseLong(step.substring(0, step.length() - 1)));
            if (d.compareTo(target) >= 0) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    private static Duration unit(String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            case "w" -> Duration.ofDays(7);
            case "M" -> Duration.ofDays(30);
            case "y" -> Duration.ofDays(365);
            default -> throw new IllegalArgumentException("time unit " + unit);
        };
    }
}
