package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsroom.it.KibanaSavedObjects.Column;
import io.newsroom.it.KibanaSavedObjects.Dashboard;
import io.newsroom.it.KibanaSavedObjects.DataView;
import io.newsroom.it.KibanaSavedObjects.LensLayer;
import io.newsroom.it.KibanaSavedObjects.Panel;
import io.newsroom.it.KibanaSavedObjects.SavedSearch;

/**
 * Kibana cannot run here, so the saved objects are checked the way an import and the panels would
 * use them: every line parses, every reference resolves, and every field a panel, saved search or
 * data view uses exists in the committed index mapping with a type that use can work on. Their
 * queries are run on a real node by {@link KibanaDashboardsIT}.
 */
class KibanaSavedObjectsTest {

    static final Path ROOT = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();
    static final Path NDJSON = ROOT.resolve("kibana/newsroom.ndjson");
    private static final Pattern QUERY_FIELD = Pattern.compile("([A-Za-z_][\\w.]*):");
    private static final Set<String> BUCKETS_ON_ANY_AGGREGATABLE = Set.of("terms", "unique_count");

    private static KibanaSavedObjects objects;
    private static final Map<String, IndexMapping> MAPPINGS = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        objects = KibanaSavedObjects.load(NDJSON);
    }

    private static IndexMapping mapping(DataView view) {
        return MAPPINGS.computeIfAbsent(view.index(), index -> {
            try {
                return IndexMapping.of(ROOT, index);
            } catch (Exception e) {
                throw new AssertionError("data view " + view.id() + " is on " + index + ", which has no mapping resource in search-service", e);
            }
        });
    }

    @Test
    void everyObjectIsOfATypeKibanaImportsWithItsFormatVersion() {
        Set<String> types = Set.of("index-pattern", "search", "lens", "dashboard");
        for (JsonNode object : objects.all()) {
            assertTrue(types.contains(object.get("type").asText()), object.get("type").asText());
            assertTrue(object.path("typeMigrationVersion").asText().matches("\\d+\\.\\d+\\.\\d+"),
                    "object " + object.get("id") + " says which format it is in, so Kibana migrates it from there");
        }
    }

    @Test
    void everyReferenceResolves() throws Exception {
        assertEquals(List.of(), objects.unresolvedReferences());
        for (Dashboard dashboard : objects.dashboards()) {
            assertFalse(dashboard.panels().isEmpty(), dashboard.title());
            for (Panel panel : dashboard.panels()) {
                assertTrue(objects.contains(panel.type(), panel.id()), dashboard.title() + " panel " + panel);
            }
        }
    }

    @Test
    void theTwoDashboardsShowWhatTheyPromise() throws Exception {
        Map<String, List<String>> fieldsByDashboard = new HashMap<>();
        for (Dashboard dashboard : objects.dashboards()) {
            List<String> fields = new ArrayList<>();
            for (Panel panel : dashboard.panels()) {
                if (panel.type().equals("lens")) {
                    objects.lensLayers(panel.id()).forEach(l -> l.columns().forEach(c -> fields.add(l.view().index() + ":" + c.operation() + ":" + c.field())));
                } else {
                    SavedSearch search = objects.savedSearch(panel.id());
                    fields.add(search.view().index() + ":search:" + search.query());
                }
            }
            fieldsByDashboard.put(dashboard.title(), fields);
        }
        List<String> content = fieldsByDashboard.get("Newsroom: content");
        for (String wanted : List.of("news-articles:date_histogram:date", "news-articles:terms:entities.persons",
                "news-articles:terms:entities.places", "news-articles:terms:entities.organizations", "news-articles:terms:categories",
                "news-articles:terms:language", "news-articles:terms:publication", "news-articles:search:")) {
            assertTrue(content.contains(wanted), "content dashboard has " + wanted + ": " + content);
        }
        List<String> pipeline = fieldsByDashboard.get("Newsroom: pipeline");
        for (String wanted : List.of("news-articles:unique_count:pageId", "news-pipeline:count:___records___",
                "news-articles:terms:sourceFile", "news-pipeline:max:lag", "news-articles:date_histogram:indexedAt",
                "news-pipeline:search:type:failed")) {
            assertTrue(pipeline.contains(wanted), "pipeline dashboard has " + wanted + ": " + pipeline);
        }
    }

    @Test
    void dataViewTimeFieldsAreDates() {
        for (DataView view : objects.dataViews()) {
            assertEquals("date", mapping(view).type(view.timeField()).orElse("missing"),
                    "time field " + view.timeField() + " of data view " + view.id() + " in " + view.index());
        }
    }

    @Test
    void everyLensColumnUsesAFieldItsOperationCanWorkOn() throws Exception {
        for (Dashboard dashboard : objects.dashboards()) {
            for (Panel panel : dashboard.panels()) {
                if (!panel.type().equals("lens")) {
                    continue;
                }
                for (LensLayer layer : objects.lensLayers(panel.id())) {
                    IndexMapping mapping = mapping(layer.view());
                    for (Column column : layer.columns()) {
                        String where = layer.title() + " (" + panel.id() + ") column " + column.operation() + " on " + column.field()
                                + " in " + layer.view().index() + ": type " + mapping.type(String.valueOf(column.field())).orElse("missing");
                        switch (column.operation()) {
                            case "count" -> assertEquals(KibanaSavedObjects.RECORDS, column.field(), where);
                            case "date_histogram" -> assertEquals("date", mapping.type(column.field()).orElse("missing"), where);
                            case "max", "min", "average", "sum" -> assertTrue(
                                    IndexMapping.NUMERIC.contains(mapping.type(column.field()).orElse("missing")), where);
                            default -> {
                                assertTrue(BUCKETS_ON_ANY_AGGREGATABLE.contains(column.operation()), "known operation: " + where);
                                assertTrue(mapping.aggregatable(column.field()), where);
                            }
                        }
                    }
                    assertQueryFieldsExist(layer.query(), mapping, layer.title());
                    assertFalse(layer.metrics().isEmpty(), layer.title() + " has a metric");
                }
            }
        }
    }

    @Test
    void savedSearchColumnsExistAndSortFieldsSort() throws Exception {
        for (JsonNode object : objects.ofType("search")) {
            SavedSearch search = objects.savedSearch(object.get("id").asText());
            IndexMapping mapping = mapping(search.view());
            assertFalse(search.columns().isEmpty(), search.title());
            for (String column : search.columns()) {
                assertTrue(mapping.type(column).isPresent(), search.title() + " column " + column + " in " + search.view().index());
            }
            for (String sort : search.sortFields()) {
                assertTrue(mapping.aggregatable(sort), search.title() + " sorts on " + sort);
            }
            assertQueryFieldsExist(search.query(), mapping, search.title());
        }
    }

    @Test
    void dashboardsOpenOnARelativeTimeRange() throws Exception {
        for (Dashboard dashboard : objects.dashboards()) {
            // Throws unless the range is now-N<unit> .. now, which the aggregation checks rely on too.
            PanelQueries.autoInterval(dashboard.timeFrom(), dashboard.timeTo());
        }
        assertEquals("30m", PanelQueries.autoInterval("now-24h", "now"));
    }

    private static void assertQueryFieldsExist(String query, IndexMapping mapping, String panel) {
        Matcher m = QUERY_FIELD.matcher(query);
        while (m.find()) {
            assertTrue(mapping.type(m.group(1)).isPresent(), panel + " queries field " + m.group(1));
        }
    }
}
