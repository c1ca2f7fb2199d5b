package io.newsroom.search.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * The pipeline index: created on first write as {@code <alias>-v1} with the explicit mapping in
 * {@code elasticsearch/news-pipeline.json}, written through its alias (as the articles index is).
 */
@ApplicationScoped
public class PipelineIndex {

    private static final Logger LOG = Logger.getLogger(PipelineIndex.class);

    @Inject
    ElasticsearchClient client;

    @ConfigProperty(name = "newsroom.pipeline.alias")
    String alias;

    private final AtomicBoolean ready = new AtomicBoolean();

    /** Creates the index and its alias unless the alias exists. Idempotent and cheap once done. */
    void ensureExists() throws IOException {
        if (ready.get()) {
            return;
        }
        synchronized (this) {
            if (ready.get()) {
                return;
            }
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = alias + "-v1";
                try (InputStream mapping = PipelineIndex.class.getResourceAsStream("/elasticsearch/news-pipeline.json")) {
                    client.indices().create(c -> c.withJson(mapping).index(index)
                            .aliases(alias, a -> a.isWriteIndex(true)));
                }
                LOG.infof("created index %s behind alias %s", index, alias);
            }
            ready.set(true);
        }
    }

    /**
     * A document and its id: a stable id makes a re-delivery overwrite; a null id lets the node
     * choose one.
     */
    record Entry(String id, ObjectNode source) {
    }

    /** Writes documents in one bulk request; throws when any of them was not written. */
    void write(List<Entry> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        ensureExists();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Entry doc : documents) {
            bulk.operations(op -> op.index(i -> i.index(alias).id(doc.id()).document(doc.source())));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    throw new IOException("pipeline document rejected: " + item.error().type() + ": " + item.error().reason());
                }
            }
        }
    }
}
