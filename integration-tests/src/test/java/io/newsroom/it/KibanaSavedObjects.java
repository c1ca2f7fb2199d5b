package io.newsroom.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The saved objects in {@code kibana/newsroom.ndjson}, read the way Kibana reads them: one JSON
 * object a line, panels of dashboards and data views of Lens layers and saved searches found
 * through {@code references}. Only the parts the tests need are modelled.
 */
final class KibanaSavedObjects {

    static final String RECORDS = "___records___"; // Lens's pseudo field of the count operation

    record DataView(String id, String index, String timeField) {
    }

    record Panel(String type, String id) {
    }

    record Dashboard(String id, String title, String timeFrom, String timeTo, List<Panel> panels) {
    }

    record Column(String id, String operation, String field, boolean bucketed, JsonNode params) {
    }

    /** One data layer of a Lens visualization: its columns in Kibana's order (buckets nest in that order). */
    record LensLayer(String lensId, String title, DataView view, String query, List<Column> columns) {
        List<Column> buckets() {
            return columns.stream().filter(Column::bucketed).toList();
        }

        List<Column> metrics() {
            return columns.stream().filter(c -> !c.bucketed()).toList();
        }
    }

    record SavedSearch(String id, String title, DataView view, String query, List<String> columns, List<String> sortFields) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> byTypeAndId = new LinkedHashMap<>();

    private KibanaSavedObjects() {
    }

    /** Reads the file; fails naming the line when a line is not a saved object or an id repeats. */
    static KibanaSavedObjects load(Path ndjson) throws IOException {
        KibanaSavedObjects objects = new KibanaSavedObjects();
        List<String> lines = Files.readAllLines(ndjson, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode object;
            try {
                object = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IllegalStateException(ndjson + " line " + (i + 1) + " is not JSON: " + e.getMessage(), e);
            }
            for (String field : List.of("id", "type", "attributes", "references")) {
                if (!object.has(field)) {
                    throw new IllegalStateException(ndjson + " line " + (i + 1) + " has no " + field);
                }
            }
            if (objects.byTypeAndId.put(key(object.get("type").asText(), object.get("id").asText()), object) != null) {
                throw new IllegalStateException(ndjson + " line " + (i + 1) + " repeats " + object.get("type") + " " + object.get("id"));
            }
        }
        return objects;
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }

    List<JsonNode> all() {
        return List.copyOf(byTypeAndId.values());
    }

    List<JsonNode> ofType(String type) {
        return byTypeAndId.values().stream().filter(o -> o.get("type").asText().equals(type)).toList();
    }

    boolean contains(String type, String id) {
        return byTypeAndId.containsKey(key(type, id));
    }

    JsonNode get(String type, String id) {
        JsonNode object = byTypeAndId.get(key(type, id));
        if (object == null) {
            throw new IllegalStateException("no " + type + " with id " + id);
        }
        return object;
    }

    /** The references of every object that name an object not in the file, as "type/id of object -> type/id". */
    List<String> unresolvedReferences() {
        List<String> missing = new ArrayList<>();
        for (JsonNode object : byTypeAndId.values()) {
            for (JsonNode ref : object.get("references")) {
                if (!contains(ref.path("type").asText(), ref.path("id").asText())) {
                    missing.add(key(object.get("type").asText(), object.get("id").asText()) + " -> "
                            + key(ref.path("type").asText(), ref.path("id").asText()));
                }
            }
        }
        return missing;
    }

    /** The id the object's reference of that name points to; fails when there is none. */
    static String referenced(JsonNode object, String name) {
        for (JsonNode ref : object.get("references")) {
            if (ref.path("name").asText().equals(name)) {
                return ref.path("id").asText();
            }
        }
        throw new IllegalStateException(object.get("type").asText() + " " + object.get("id").asText() + " has no reference named " + name);
    }

    DataView dataView(String id) {
        JsonNode attributes = get("index-pattern", id).get("attributes");
        return new DataView(id, attributes.path("title").asText(), attributes.path("timeFieldName").asText(null));
    }

    List<DataView> dataViews() {
        return ofType("index-pattern").stream().map(o -> dataView(o.get("id").asText())).toList();
    }

    List<Dashboard> dashboards() throws IOException {
        List<Dashboard> dashboards = new ArrayList<>();
        for (JsonNode object : ofType("dashboard")) {
            JsonNode attributes = object.get("attributes");
            List<Panel> panels = new ArrayList<>();
            for (JsonNode panel : JSON.readTree(attributes.path("panelsJSON").asText())) {
                String refName = panel.path("panelIndex").asText() + ":" + panel.path("panelRefName").asText();
                String id = referenced(object, refName);
                for (JsonNode ref : object.get("references")) {
                    if (ref.path("name").asText().equals(refName) && !ref.path("type").asText().equals(panel.path("type").asText())) {
                        throw new IllegalStateException("panel " + refName + " of " + object.get("id") + " is a "
                                + panel.path("type") + " but its reference is a " + ref.path("type"));
                    }
                }
                panels.add(new Panel(panel.path("type").asText(), id));
            }
            dashboards.add(new Dashboard(object.get("id").asText(), attributes.path("title").asText(),
                    attributes.path("timeFrom").asText(null), attributes.path("timeTo").asText(null), panels));
        }
        return dashboards;
    }

    List<LensLayer> lensLayers(String lensId) {
        JsonNode lens = get("lens", lensId);
        JsonNode state = lens.get("attributes").get("state");
        String query = state.path("query").path("query").asText("");
        if (!query.isEmpty() && !"lucene".equals(state.path("query").path("language").asText())) {
            throw new IllegalStateException("lens " + lensId + ": queries are kept in Lucene syntax so that they are exactly query_string");
        }
        List<LensLayer> layers = new ArrayList<>();
        state.path("datasourceStates").path("formBased").path("layers").fields().forEachRemaining(layer -> {
            DataView view = dataView(referenced(lens, "indexpattern-datasource-layer-" + layer.getKey()));
            List<Column> columns = new ArrayList<>();
            for (JsonNode columnId : layer.getValue().path("columnOrder")) {
                JsonNode column = layer.getValue().path("columns").path(columnId.asText());
                if (column.isMissingNode()) {
                    throw new IllegalStateException("lens " + lensId + ": column " + columnId + " in columnOrder is not defined");
                }
                columns.add(new Column(columnId.asText(), column.path("operationType").asText(), column.path("sourceField").asText(null),
                        column.path("isBucketed").asBoolean(), column.path("params")));
            }
            layers.add(new LensLayer(lensId, lens.get("attributes").path("title").asText(), view, query, columns));
        });
        return layers;
    }

    SavedSearch savedSearch(String id) throws IOException {
        JsonNode search = get("search", id);
        JsonNode attributes = search.get("attributes");
        JsonNode source = JSON.readTree(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asText());
        DataView view = dataView(referenced(search, source.path("indexRefName").asText()));
        String query = source.path("query").path("query").asText("");
        if (!query.isEmpty() && !"lucene".equals(source.path("query").path("language").asText())) {
            throw new IllegalStateException("search " + id + ": queries are kept in Lucene syntax");
        }
        List<String> columns = new ArrayList<>();
        attributes.path("columns").forEach(c -> columns.add(c.asText()));
        List<String> sort = new ArrayList<>();
        attributes.path("sort").forEach(s -> sort.add(s.path(0).asText()));
        return new SavedSearch(id, attributes.path("title").asText(), view, query, columns, sort);
    }
}
