#!/usr/bin/env python3
"""Writes kibana/newsroom.ndjson: the data views, saved searches, Lens visualizations and the two
dashboards that docker compose imports into Kibana (see the README, section Kibana).

The NDJSON is what gets imported and tested; this script only keeps it readable to change:
    python3 kibana/generate.py
Queries are Lucene syntax, so each panel's query is exactly an Elasticsearch query_string query.
"""
import json
import pathlib

# Saved-object format versions: Kibana migrates objects at or above these on import.
CORE_VERSION = "8.8.0"
TYPE_VERSIONS = {"index-pattern": "8.0.0", "search": "8.0.0", "lens": "8.9.0", "dashboard": "8.9.0"}

ARTICLES = "newsroom-articles"                # news-articles by the article's date
ARTICLES_INGEST = "newsroom-articles-ingest"  # news-articles by the time the page was ingested
PIPELINE = "newsroom-pipeline"                # news-pipeline: failures and samples

objects = []


def saved(obj_type, obj_id, attributes, references=()):
    objects.append({"id": obj_id, "type": obj_type, "attributes": attributes, "references": list(references),
                    "coreMigrationVersion": CORE_VERSION, "typeMigrationVersion": TYPE_VERSIONS[obj_type],
                    "managed": False})


def data_view(obj_id, name, index, time_field, hidden=()):
    saved("index-pattern", obj_id, {
        "title": index, "name": name, "timeFieldName": time_field,
        "fields": "[]", "fieldFormatMap": "{}", "fieldAttrs": "{}", "runtimeFieldMap": "{}", "typeMeta": "{}",
        "sourceFilters": json.dumps([{"value": f} for f in hidden]),
    })


def saved_search(obj_id, title, view, columns, sort, query=""):
    saved("search", obj_id, {
        "title": title, "description": "", "columns": columns, "sort": sort, "hits": 0,
        "kibanaSavedObjectMeta": {"searchSourceJSON": json.dumps({
            "query": {"query": query, "language": "lucene"}, "filter": [], "highlightAll": True, "version": True,
            "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"})},
    }, [{"name": "kibanaSavedObjectMeta.searchSourceJSON.index", "type": "index-pattern", "id": view}])


# Lens columns (form-based data source)
def count(label):
    return {"label": label, "customLabel": True, "dataType": "number", "operationType": "count",
            "sourceField": "___records___", "isBucketed": False, "scale": "ratio", "params": {"emptyAsNull": True}}


def metric_of(operation, field, label):
    return {"label": label, "customLabel": True, "dataType": "number", "operationType": operation,
            "sourceField": field, "isBucketed": False, "scale": "ratio", "params": {"emptyAsNull": True}}


def date_histogram(field, interval="auto"):
    return {"label": field, "dataType": "date", "operationType": "date_histogram", "sourceField": field,
            "isBucketed": True, "scale": "interval",
            "params": {"interval": interval, "includeEmptyRows": True, "dropPartials": False}}


def terms(field, size, order_by, label):
    return {"label": label, "customLabel": True, "dataType": "string", "operationType": "terms", "sourceField": field,
            "isBucketed": True, "scale": "ordinal",
            "params": {"size": size, "orderBy": {"type": "column", "columnId": order_by}, "orderDirection": "desc",
                       "otherBucket": False, "missingBucket": False, "parentFormat": {"id": "terms"},
                       "include": [], "exclude": [], "includeIsRegex": False, "excludeIsRegex": False}}


def lens(obj_id, title, view, vis_type, columns, visualization, query=""):
    """columns: list of (column id suffix, column); buckets nest in this order (breakdown first), metrics last."""
    layer = obj_id + "-layer"
    cols = {f"{obj_id}-{key}": col for key, col in columns}
    for col in cols.values():  # order-by references use the short key
        order = col.get("params", {}).get("orderBy")
        if order:
            order["columnId"] = f"{obj_id}-{order['columnId']}"
    saved("lens", obj_id, {
        "title": title, "description": "", "visualizationType": vis_type,
        "state": {
            "visualization": visualization(layer, lambda key: f"{obj_id}-{key}"),
            "query": {"query": query, "language": "lucene"}, "filters": [],
            "datasourceStates": {"formBased": {"layers": {layer: {
                "columns": cols, "columnOrder": list(cols), "incompleteColumns": {}, "sampling": 1}}}},
            "internalReferences": [], "adHocDataViews": {},
        },
    }, [{"type": "index-pattern", "id": view, "name": "indexpattern-datasource-layer-" + layer}])


def xy(series, x, ys, split=None):
    def build(layer, col):
        spec = {"layerId": layer, "layerType": "data", "seriesType": series, "xAccessor": col(x),
                "accessors": [col(y) for y in ys], "yConfig": []}
        if split:
            spec["splitAccessor"] = col(split)
        on = {"x": True, "yLeft": True, "yRight": True}
        return {"legend": {"isVisible": True, "position": "right"}, "valueLabels": "hide", "fittingFunction": "None",
                "axisTitlesVisibilitySettings": on, "tickLabelsVisibilitySettings": on,
                "gridlinesVisibilitySettings": on, "preferredSeriesType": series, "layers": [spec]}
    return build


def pie(group, metric):
    return lambda layer, col: {"shape": "donut", "layers": [{
        "layerId": layer, "layerType": "data", "primaryGroups": [col(group)], "metrics": [col(metric)],
        "numberDisplay": "percent", "categoryDisplay": "default", "legendDisplay": "default", "nestedLegend": False}]}


def metric(m):
    return lambda layer, col: {"layerId": layer, "layerType": "data", "metricAccessor": col(m)}


def top(obj_id, title, field, size, view=ARTICLES):
    lens(obj_id, title, view, "lnsXY", [("x", terms(field, size, "y", title)), ("y", count("Articles"))],
         xy("bar_horizontal", "x", ["y"]))


def share(obj_id, title, field, size):
    lens(obj_id, title, ARTICLES, "lnsPie", [("g", terms(field, size, "m", title)), ("m", count("Articles"))],
         pie("g", "m"))


def dashboard(obj_id, title, description, panels, time_from, time_to, refresh_ms=None):
    """panels: list of (object type, object id, x, y, w, h) on Kibana's 48-column grid."""
    entries, references = [], []
    for n, (obj_type, ref_id, x, y, w, h) in enumerate(panels, 1):
        index = str(n)
        entries.append({"version": "8.9.0", "type": obj_type, "gridData": {"x": x, "y": y, "w": w, "h": h, "i": index},
                        "panelIndex": index, "embeddableConfig": {}, "panelRefName": "panel_" + index})
        references.append({"name": f"{index}:panel_{index}", "type": obj_type, "id": ref_id})
    saved("dashboard", obj_id, {
        "title": title, "description": description, "panelsJSON": json.dumps(entries),
        "optionsJSON": json.dumps({"useMargins": True, "syncColors": False, "syncCursor": True,
                                   "syncTooltips": False, "hidePanelTitles": False}),
        "timeRestore": True, "timeFrom": time_from, "timeTo": time_to,
        "refreshInterval": {"pause": refresh_ms is None, "value": refresh_ms or 60000},
        "kibanaSavedObjectMeta": {"searchSourceJSON": json.dumps({"query": {"query": "", "language": "lucene"}, "filter": []})},
    }, references)


# Data views. The segmented word fields are for queries only: hidden from Discover.
data_view(ARTICLES, "News articles", "news-articles", "date", hidden=["titleWords", "bodyWords"])
data_view(ARTICLES_INGEST, "News articles (by ingest time)", "news-articles", "ingestedAt", hidden=["titleWords", "bodyWords"])
data_view(PIPELINE, "News pipeline", "news-pipeline", "time")

# Content
lens("newsroom-articles-over-time", "Articles over time", ARTICLES, "lnsXY",
     [("x", date_histogram("date")), ("y", count("Articles"))], xy("bar_stacked", "x", ["y"]))
lens("newsroom-article-count", "Articles", ARTICLES, "lnsMetric", [("m", count("Articles"))], metric("m"))
lens("newsroom-page-count", "Pages", ARTICLES, "lnsMetric", [("m", metric_of("unique_count", "pageId", "Pages"))], metric("m"))
top("newsroom-top-people", "Top people", "entities.persons", 15)
top("newsroom-top-places", "Top places", "entities.places", 15)
top("newsroom-top-organizations", "Top organisations", "entities.organizations", 15)
share("newsroom-categories", "Categories", "categories", 10)
share("newsroom-languages", "Languages", "language", 5)
top("newsroom-publications", "Publications", "publication", 10)
saved_search("newsroom-article-table", "Articles", ARTICLES,
             ["title", "publication", "language", "categories", "entities.persons", "sourceFile"], [["date", "desc"]])

# Pipeline
lens("newsroom-pages-ingested", "Pages ingested", ARTICLES_INGEST, "lnsMetric",
     [("m", metric_of("unique_count", "pageId", "Pages ingested"))], metric("m"))
lens("newsroom-articles-indexed", "Articles indexed", ARTICLES_INGEST, "lnsMetric", [("m", count("Articles indexed"))], metric("m"))
lens("newsroom-failed-count", "Failed", PIPELINE, "lnsMetric", [("m", count("Failures"))], metric("m"), query="type:failed")
lens("newsroom-pages-over-time", "Pages ingested over time", ARTICLES_INGEST, "lnsXY",
     [("x", date_histogram("ingestedAt")), ("y", metric_of("unique_count", "pageId", "Pages"))], xy("bar_stacked", "x", ["y"]))
lens("newsroom-indexing-rate", "Indexing rate (articles indexed per interval)", ARTICLES_INGEST, "lnsXY",
     [("x", date_histogram("indexedAt")), ("y", count("Articles indexed"))], xy("bar_stacked", "x", ["y"]))
lens("newsroom-consumer-lag", "Consumer lag (records behind, per group / topic)", PIPELINE, "lnsXY",
     [("s", terms("consumer", 10, "y", "Consumer")), ("x", date_histogram("time")), ("y", metric_of("max", "lag", "Lag"))],
     xy("line", "x", ["y"], split="s"), query="type:lag")
lens("newsroom-index-size", "Articles in the index", PIPELINE, "lnsXY",
     [("x", date_histogram("time")), ("y", metric_of("max", "articles", "Articles"))], xy("line", "x", ["y"]), query="type:index")
lens("newsroom-failures-by-stage", "Failures by stage", PIPELINE, "lnsXY",
     [("s", terms("stage", 5, "y", "Stage")), ("x", date_histogram("time")), ("y", count("Failures"))],
     xy("bar_stacked", "x", ["y"], split="s"), query="type:failed")
lens("newsroom-articles-per-page", "Articles per page", ARTICLES_INGEST, "lnsXY",
     [("x", terms("sourceFile", 20, "y", "Page (source file)")), ("y", count("Articles"))], xy("bar_horizontal", "x", ["y"]))
saved_search("newsroom-failures", "Failures", PIPELINE,
             ["stage", "sourceFile", "reason", "errorType", "itemId"], [["time", "desc"]], query="type:failed")

dashboard("newsroom-content-dashboard", "Newsroom: content",
          "What the indexed articles are about: when, who, where, which organisations, categories, languages, publications.",
          [("lens", "newsroom-articles-over-time", 0, 0, 32, 12),
           ("lens", "newsroom-article-count", 32, 0, 16, 6),
           ("lens", "newsroom-page-count", 32, 6, 16, 6),
           ("lens", "newsroom-top-people", 0, 12, 16, 15),
           ("lens", "newsroom-top-places", 16, 12, 16, 15),
           ("lens", "newsroom-top-organizations", 32, 12, 16, 15),
           ("lens", "newsroom-categories", 0, 27, 16, 12),
           ("lens", "newsroom-languages", 16, 27, 16, 12),
           ("lens", "newsroom-publications", 32, 27, 16, 12),
           ("search", "newsroom-article-table", 0, 39, 48, 20)],
          "now-5y", "now")
dashboard("newsroom-pipeline-dashboard", "Newsroom: pipeline",
          "Pages ingested, failures, articles per page, consumer lag and indexing rate. Samples every ~10 s.",
          [("lens", "newsroom-pages-ingested", 0, 0, 16, 7),
           ("lens", "newsroom-articles-indexed", 16, 0, 16, 7),
           ("lens", "newsroom-failed-count", 32, 0, 16, 7),
           ("lens", "newsroom-pages-over-time", 0, 7, 24, 12),
           ("lens", "newsroom-indexing-rate", 24, 7, 24, 12),
           ("lens", "newsroom-consumer-lag", 0, 19, 24, 12),
           ("lens", "newsroom-index-size", 24, 19, 24, 12),
           ("lens", "newsroom-failures-by-stage", 0, 31, 24, 12),
           ("lens", "newsroom-articles-per-page", 24, 31, 24, 12),
           ("search", "newsroom-failures", 0, 43, 48, 15)],
          "now-24h", "now", refresh_ms=30000)

out = pathlib.Path(__file__).with_name("newsroom.ndjson")
out.write_text("".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in objects), encoding="utf-8")
print(f"wrote {len(objects)} saved objects to {out}")
