package io.newsroom.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsroom.contract.Article;
import io.newsroom.contract.Json;

/**
 * A file dropped again with other content is a new version: its articles replace those of the
 * older version. A version is a page ({@code pageId}) of a source file ({@code sourceFile}, its path
 * in the inbox, so equal names in different folders are different files), and the newer version is
 * the one ingest received later ({@code ingestedAt}).
 *
 * <p>Articles travel on several partitions, so an older version's articles can arrive after the
 * newer version's (a lagging partition, a re-delivery). Hence both directions: articles of a
 * version older than one already indexed are skipped, and once a version's articles are written,
 * older versions' articles of the same file are deleted. Both steps are idempotent, so a batch
 * re-delivered after a crash redoes them safely.
 */
@ApplicationScoped
public class SourceVersions {

    private static final Logger LOG = Logger.getLogger(SourceVersions.class);

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    /** Versions of one file the check reads; more than one lives only until the newest is written. */
    private static final int MAX_VERSIONS = 10;

    /** Older-version articles found per batch; a batch holds at most a few hundred files' pages. */
    private static final int MAX_OLDER = 10_000;

    private record Version(String pageId, Instant ingestedAt) {
        boolean newerThan(Version other) {
            return !pageId.equals(other.pageId) && ingestedAt.isAfter(other.ingestedAt);
        }

        /** The newer of two versions of one file (the first when neither is newer). */
        static Version later(Version known, Version candidate) {
            return candidate.newerThan(known) ? candidate : known;
        }
    }

    /**
     * The batch after the version check: the articles to write (those of the newest known version of
     * their file), and the files of which the index also holds another version, the only ones
     * {@link #removeOlder} has to look at.
     */
    public record Checked(List<Article> current, Set<String> filesWithOtherVersions) {
    }

    /** Keeps the articles of the batch that belong to the newest known version of their file. */
    public Checked check(List<Article> batch) throws IOException {
        Map<String, List<Version>> indexed = indexedVersions(batch);
        Map<String, Version> newest = new HashMap<>();
        indexed.forEach((file, list) -> list.forEach(v -> newest.merge(file, v, Version::later)));
        for (Article a : batch) {
            version(a).ifPresent(v -> newest.merge(a.sourceFile(), v, Version::later));
        }
        List<Article> current = new ArrayList<>(batch.size());
        Set<String> withOthers = new LinkedHashSet<>();
        for (Article a : batch) {
            Version v = version(a).orElse(null);
            Version latest = v == null ? null : newest.get(a.sourceFile());
            if (latest != null && latest.newerThan(v)) {
                LOG.debugf("article %s skipped: %s has a newer version (page %s)", a.id(), a.sourceFile(), latest.pageId());
                continue;
            }
            current.add(a);
            if (v != null && indexed.getOrDefault(a.sourceFile(), List.of()).stream().anyMatch(i -> !i.pageId().equals(v.pageId()))) {
                withOthers.add(a.sourceFile());
            }
        }
        return new Checked(current, withOthers);
    }

    /**
     * Deletes the articles of versions older than the ones just written. The node we run on has no
     * delete-by-query (it lives in a module the test distribution lacks), so: find their ids, with one
     * search for all the batch's files that have other versions in the index, then one bulk delete.
     * The caller refreshes afterwards.
     */
    public void removeOlder(List<Article> written, Set<String> filesWithOtherVersions) throws IOException {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (Article a : written) {
            if (filesWithOtherVersions.contains(a.sourceFile())) {
                version(a).ifPresent(v -> versions.merge(a.sourceFile(), v, Version::later));
            }
        }
        if (versions.isEmpty()) {
            return;
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("size", MAX_OLDER);
        body.putObject("_source").putArray("includes").add("sourceFile");
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.put("minimum_should_match", 1);
        ArrayNode files = bool.putArray("filter").addObject().putObject("terms").putArray("sourceFile");
        ArrayNode olderThanWritten = bool.putArray("should");
        for (Map.Entry<String, Version> e : versions.entrySet()) {
            files.add(e.getKey());
            ObjectNode older = olderThanWritten.addObject().putObject("bool");
            ArrayNode filter = older.putArray("filter");
            filter.addObject().putObject("term").put("sourceFile", e.getKey());
            filter.addObject().putObject("range").putObject("ingestedAt").put("lt", e.getValue().ingestedAt().toString());
            older.putArray("must_not").addObject().putObject("term").put("pageId", e.getValue().pageId());
        }
        List<Hit<ObjectNode>> older = client.search(s -> s.index(index.alias()).withJson(new StringReader(body.toString())),
                ObjectNode.class).hits().hits();
        if (older.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index.alias());
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (Hit<ObjectNode> hit : older) {
            bulk.operations(op -> op.delete(d -> d.id(hit.id())));
            removed.merge(hit.source() == null ? "?" : hit.source().path("sourceFile").asText("?"), 1, Integer::sum);
        }
        client.bulk(bulk.build());
        removed.forEach((file, count) -> {
            Version now = versions.get(file);
            LOG.infof("%s: %d articles of older versions removed (now page %s)", file, count,
                    now == null ? "?" : now.pageId().substring(0, Math.min(12, now.pageId().length())));
        });
    }

    /**
     * Every version the index holds of each file in the batch, from one aggregation: no hits are
     * fetched, so the check costs the node little however many articles the files have.
     */
    private Map<String, List<Version>> indexedVersions(List<Article> batch) throws IOException {
        List<String> files = batch.stream().map(Article::sourceFile).filter(Objects::nonNull).distinct().toList();
        Map<String, List<Version>> indexed = new HashMap<>();
        if (files.isEmpty()) {
            return indexed;
        }
        // Versions written by earlier batches are visible: every batch refreshes after its writes
        // (ArticleIndexer), before its offsets are committed.
        TermGroups byFile = new TermGroups("sourceFile", files);
        ObjectNode byPage = byFile.subAggregations().putObject("versions");
        byPage.putObject("terms").put("field", "pageId").put("size", MAX_VERSIONS);
        byPage.putObject("aggs").putObject("at").putObject("max").put("field", "ingestedAt");
        for (StringTermsBucket file : byFile.run(client, index.alias())) {
            for (StringTermsBucket page : file.aggregations().get("versions").sterms().buckets().array()) {
                double at = page.aggregations().get("at").max().value();
                if (!Double.isNaN(at) && !Double.isInfinite(at)) {
                    indexed.computeIfAbsent(file.key().stringValue(), k -> new ArrayList<>())
                            .add(new Version(page.key().stringValue(), Instant.ofEpochMilli((long) at)));
                }
            }
        }
        return indexed;
    }

    private static java.util.Optional<Version> version(Article a) {
        return a.sourceFile() == null || a.pageId() == null || a.ingestedAt() == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Version(a.pageId(), a.ingestedAt()));
    }
}
