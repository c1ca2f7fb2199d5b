package io.newsroom.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.newsroom.contract.Article;
import io.newsroom.contract.Json;

/**
 * Marks the printings of one story after they are written: the earliest (by date, then arrival, then id) is the
 * story; every other printing gets {@code copy=true} and {@code copyOf=<its id>}, so search lists
 * the story once. The story's document lists where all printings appeared ({@code printings}), so
 * filtering by a paper that printed only a copy still finds the story.
 *
 * <p>This is decided after the write, over the whole group in the index, so it does not depend on
 * the order in which the printings arrive; re-delivery recomputes the same result.
 */
@ApplicationScoped
public class CopyMarker {

    /** Stories are rarely printed more often than this; beyond it the rest stay unmarked. */
    private static final int MAX_GROUP = 1_000;

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    /**
     * Before the batch is written: marks its documents that are later printings of a story the
     * index already holds, or that the batch holds more than once, so that a copy is indexed once
     * as a copy instead of being written and then rewritten by {@link #mark}. One aggregation asks
     * the earliest indexed printing of each of the batch's stories. {@link #mark} still decides,
     * after the write, over the whole group: this only saves it work.
     */
    public void markBeforeWrite(List<ObjectNode> documents) throws IOException {
        Map<String, List<ObjectNode>> batchGroups = new LinkedHashMap<>();
        for (ObjectNode doc : documents) {
            String story = story(doc);
            if (story != null) {
                batchGroups.computeIfAbsent(story, k -> new ArrayList<>()).add(doc);
            }
        }
        if (batchGroups.isEmpty()) {
            return;
        }
        TermGroups groups = new TermGroups("fingerprint", batchGroups.keySet());
        ObjectNode first = groups.subAggregations().putObject("first").putObject("top_hits");
        first.put("size", 1).put("_source", false);
        ArrayNode sort = first.putArray("sort");
        PrintingOrder.SORT.forEach(field -> sort.addObject().put(field, "asc"));
        Map<String, PrintingOrder> earliestIndexed = new HashMap<>();
        for (StringTermsBucket group : groups.run(client, index.alias())) {
            List<Hit<JsonData>> top = group.aggregations().get("first").topHits().hits().hits();
            if (!top.isEmpty()) {
                earliestIndexed.put(group.key().stringValue(), PrintingOrder.of(top.get(0).id(), top.get(0).sort()));
            }
        }
        for (Map.Entry<String, List<ObjectNode>> group : batchGroups.entrySet()) {
            PrintingOrder story = earliestIndexed.get(group.getKey());
            for (ObjectNode doc : group.getValue()) {
                PrintingOrder printing = PrintingOrder.of(doc);
                story = story == null || printing.compareTo(story) < 0 ? printing : story;
            }
            for (ObjectNode doc : group.getValue()) {
                if (!doc.path("id").asText().equals(story.id())) {
                    doc.put("copy", true);
                    doc.put("copyOf", story.id());
                }
            }
        }
    }

    /** Called once the written documents are searchable (the caller refreshed the index). */
    public void mark(List<ObjectNode> written) throws IOException {
        Set<String> fingerprints = new LinkedHashSet<>();
        for (ObjectNode doc : written) {
            String story = story(doc);
            if (story != null) {
                fingerprints.add(story);
            }
        }
        fingerprints = needingMarks(fingerprints);
        if (fingerprints.isEmpty()) {
            return;
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", MAX_GROUP);
        ArrayNode terms = body.putObject("query").putObject("terms").putArray("fingerprint");
        fingerprints.forEach(terms::add);
        ArrayNode sort = body.putArray("sort");
        PrintingOrder.SORT.forEach(field -> sort.addObject().put(field, "asc"));
        body.putObject("_source").putArray("includes").add("id").add("fingerprint").add("publication").add("sourceFile")
                .add("date").add("copy").add("copyOf").add("printings");
        SearchResponse<ObjectNode> found = client.search(s -> s.index(index.alias()).withJson(new StringReader(body.toString())),
                ObjectNode.class);
        Map<String, List<ObjectNode>> groups = new LinkedHashMap<>();
        for (Hit<ObjectNode> hit : found.hits().hits()) {
            groups.computeIfAbsent(hit.source().path("fingerprint").asText(), k -> new ArrayList<>()).add(hit.source());
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        int updates = 0;
        for (List<ObjectNode> group : groups.values()) {
            updates += markGroup(group, index.alias(), bulk);
        }
        if (updates > 0) {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IOException("marking copies failed: " + response.items().stream()
                        .filter(i -> i.error() != null).map(i -> i.error().reason()).findFirst().orElse("?"));
            }
        }
    }

    /** The story fingerprint of a document; null for one whose text gave none (its id stands in: "id:..."). */
    private static String story(ObjectNode doc) {
        String fp = doc.path("fingerprint").asText("");
        return fp.isEmpty() || fp.startsWith("id:") ? null : fp;
    }

    /**
     * The fingerprints whose group has to be read: printed more than once, or holding a printing
     * marked as a copy. Most stories are printed once, so one aggregation, which fetches no
     * documents, usually settles the whole batch.
     */
    private Set<String> needingMarks(Set<String> fingerprints) throws IOException {
        if (fingerprints.isEmpty()) {
            return fingerprints;
        }
        TermGroups groups = new TermGroups("fingerprint", fingerprints);
        groups.subAggregations().putObject("marked").putObject("filter").putObject("term").put("copy", true);
        Set<String> needing = new LinkedHashSet<>();
        for (StringTermsBucket group : groups.run(client, index.alias())) {
            if (group.docCount() > 1 || group.aggregations().get("marked").filter().docCount() > 0) {
                needing.add(group.key().stringValue());
            }
        }
        return needing;
    }

    /** Adds the updates one group needs (none when it is already marked); returns how many. */
    private static int markGroup(List<ObjectNode> group, String alias, BulkRequest.Builder bulk) {
        String storyId = group.get(0).path("id").asText();
        if (group.size() == 1 && !group.get(0).path("copy").asBoolean(false)) {
            return 0; // a story printed once, never marked as a copy: nothing to do
        }
        int updates = 0;
        ObjectNode printings = Json.mapper().createObjectNode();
        for (ObjectNode doc : group) {
            printings.withArray("publication").add(doc.path("publication").asText(""));
            printings.withArray("sourceFile").add(doc.path("sourceFile").asText(""));
            printings.withArray("date").add(doc.path("date").asText());
        }
        removeBlanks(printings);
        // What search shows of each other printing, so a hit lists its copies without a second request.
        ArrayNode copies = printings.putArray("copies");
        for (ObjectNode doc : group) {
            if (!doc.path("id").asText().equals(storyId)) {
                ObjectNode copy = copies.addObject();
                copy.put("id", doc.path("id").asText());
                copy.put("sourceFile", doc.path("sourceFile").asText(null));
                copy.put("publication", doc.path("publication").asText(null));
            }
        }
        for (ObjectNode doc : group) {
            String id = doc.path("id").asText();
            boolean isStory = id.equals(storyId);
            ObjectNode change = Json.mapper().createObjectNode();
            change.put("copy", !isStory);
            change.put("copyOf", storyId);
            change.set("printings", isStory && group.size() > 1 ? printings : Json.mapper().createObjectNode());
            if (!sameState(doc, change)) {
                bulk.operations(op -> op.update(u -> u.index(alias).id(id).action(a -> a.doc(change))));
                updates++;
            }
        }
        return updates;
    }

    private static void removeBlanks(ObjectNode printings) {
        printings.fields().forEachRemaining(e -> {
            ArrayNode kept = Json.mapper().createArrayNode();
            Set<String> seen = new LinkedHashSet<>();
            e.getValue().forEach(v -> {
                if (!v.asText().isEmpty() && seen.add(v.asText())) {
                    kept.add(v);
                }
            });
            e.setValue(kept);
        });
    }

    private static boolean sameState(ObjectNode doc, ObjectNode change) {
        return doc.path("copy").asBoolean(false) == change.path("copy").asBoolean()
                && Objects.equals(doc.path("copyOf").asText(null), change.path("copyOf").asText())
                && normalised(doc.path("printings")).equals(normalised(change.path("printings")));
    }

    private static JsonNode normalised(JsonNode printings) {
        return printings.isMissingNode() || printings.isNull() ? Json.mapper().createObjectNode() : printings;
    }
}
