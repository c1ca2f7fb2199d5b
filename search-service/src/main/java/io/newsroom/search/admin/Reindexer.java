package io.newsroom.search.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import io.newsroom.contract.Article;
import io.newsroom.contract.Json;
import io.newsroom.search.index.ArticleIndex;

/**
 * Rebuilds the index with the current mapping and the current derived fields: a new
 * {@code news-articles-vN+1} is created, every article is read back as the event it was and written
 * again through {@link ArticleIndex#document}, then the alias moves over in one atomic step.
 * Articles indexed meanwhile are copied once more after the switch. The old index is kept (its
 * name is in the answer) so that nothing is lost if the new one disappoints; delete it by hand.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final int PAGE = 500;

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    public record Result(String from, String to, long copied) {
    }

    public synchronized Result reindex() throws IOException {
        index.ensureExists();
        Instant started = Instant.now();
        String alias = index.alias();
        Map<String, IndexAliases> current = client.indices().getAlias(a -> a.name(alias)).aliases();
        String from = current.entrySet().stream()
                .filter(e -> current.size() == 1 || Boolean.TRUE.equals(e.getValue().aliases().get(alias).isWriteIndex()))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IOException("alias " + alias + " has several indices and no write index"));
        String to = nextName(alias, from);
        try (InputStream mapping = ArticleIndex.class.getResourceAsStream("/elasticsearch/news-articles.json")) {
            client.indices().create(c -> c.withJson(mapping).index(to));
        }
        long copied = copy(from, to, null);
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias)))
                .actions(a -> a.add(ad -> ad.index(to).alias(alias).isWriteIndex(true))));
        long caughtUp = copy(from, to, started); // written to the old index while the copy ran
        LOG.infof("reindexed %d articles from %s into %s (%d copied again after the switch)", copied, from, to, caughtUp);
        return new Result(from, to, copied);
    }

    /** news-articles-v1 → news-articles-v2; skips names that are taken. */
    private String nextName(String alias, String from) throws IOException {
        int version = 1;
        String prefix = alias + "-v";
        if (from.startsWith(prefix)) {
            try {
                version = Integer.parseInt(from.substring(prefix.length()));
            } catch (NumberFormatException e) {
                version = 1;
            }
        }
        String name;
        do {
            name = prefix + (++version);
        } while (exists(name));
        return name;
    }

    private boolean exists(String name) throws IOException {
        return client.indices().exists(e -> e.index(name)).value();
    }

    /** Copies every article (or those indexed since a moment) in pages, in id order. */
    private long copy(String from, String to, Instant since) throws IOException {
        long copied = 0;
        List<FieldValue> after = null;
        while (true) {
            ObjectNode body = Json.mapper().createObjectNode();
            body.put("size", PAGE);
            body.putArray("sort").addObject().put("id", "asc");
            if (since != null) {
                body.putObject("query").putObject("range").putObject("indexedAt").put("gte", since.toString());
            }
            List<FieldValue> searchAfter = after;
            SearchResponse<ObjectNode> page = client.search(s -> {
                s.index(from).withJson(new StringReader(body.toString()));
                return searchAfter == null ? s : s.searchAfter(searchAfter);
            }, ObjectNode.class);
            List<Hit<ObjectNode>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return copied;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(to);
            for (Hit<ObjectNode> hit : hits) {
                Article article = Json.mapper().treeToValue(hit.source(), Article.class); // derived fields fall away
                bulk.operations(op -> op.index(i -> i.id(hit.id()).document(index.document(article))));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IOException("the new index refused articles: " + response.items().stream()
                        .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
            }
            copied += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
