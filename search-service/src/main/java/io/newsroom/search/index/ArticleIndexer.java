package io.newsroom.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contract.Article;
import io.newsroom.contract.DeadLetter;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Writes batches of articles with one {@code _bulk} request each. Documents are keyed by article
 * id, so a re-delivered batch overwrites itself. The batch's offsets are committed only after the
 * write succeeded: while Elasticsearch is away the batch is retried, not skipped. A document the
 * node rejects (a mapping error) goes to the dead-letter topic with the node's reason.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class);

    @Inject
    ElasticsearchClient client;

    @Inject
    ArticleIndex index;

    @Inject
    CopyMarker copies;

    @Inject
    SourceVersions versions;

    @Inject
    @Channel("deadletter")
    MutinyEmitter<DeadLetter> deadLetters;

    @Inject
    MeterRegistry metrics;

    @Incoming("articles")
    @Blocking
    public void index(List<Article> batch) throws InterruptedException {
        List<Article> articles = new ArrayList<>(batch.size());
        for (Article a : batch) {
            if (a == null || a.id() == null) {
                deadLetter(null, "record on news.articles is not an article (cannot be read as JSON Article)");
            } else {
                articles.add(a);
            }
        }
        if (articles.isEmpty()) {
            return;
        }
        for (int attempt = 1;; attempt++) {
            try {
                write(articles);
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("bulk write of %d articles failed (attempt %d), retrying: %s", articles.size(), attempt, e.getMessage());
                Thread.sleep(Math.min(5_000, 250L * attempt));
            }
        }
    }

    private void write(List<Article> batch) throws IOException {
        index.ensureExists();
        SourceVersions.Checked checked = versions.check(batch); // a newer version of the same file wins
        List<Article> articles = checked.current();
        if (articles.isEmpty()) {
            return;
        }
        List<ObjectNode> documents = new ArrayList<>(articles.size());
        for (Article article : articles) {
            documents.add(index.document(article));
        }
        copies.markBeforeWrite(documents); // a later printing is written as a copy once, not written and then marked
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).id();
            ObjectNode document = documents.get(i);
            bulk.operations(op -> op.index(x -> x.index(index.alias()).id(id).document(document)));
        }
        BulkResponse response = client.bulk(bulk.build());
        int rejected = 0;
        if (response.errors()) {
            for (int i = 0; i < response.items().size(); i++) {
                BulkResponseItem item = response.items().get(i);
                if (item.error() == null) {
                    continue;
                }
                if (item.status() == 429 || item.status() >= 500) {
                    throw new IOException("node busy or failing: " + item.error().reason());
                }
                rejected++;
                deadLetter(articles.get(i), "rejected by Elasticsearch: " + item.error().type() + ": " + withoutPreview(item.error().reason()));
            }
        }
        versions.removeOlder(articles, checked.filesWithOtherVersions()); // before marking copies: an old version is no earlier printing of the new one
        // One refresh per batch, before its offsets are committed: the documents and deletions are
        // visible to the copy marking below and to the version check of every later batch.
        client.indices().refresh(r -> r.index(index.alias()));
        copies.mark(documents);
        metrics.counter("newsroom.search.indexed").increment(articles.size() - rejected);
        LOG.debugf("indexed %d articles (%d rejected) in %d ms", articles.size() - rejected, rejected, response.took());
    }

    /** The node quotes a slice of the offending value ("Preview of field's value: ..."): article text, kept out of logs. */
    static String withoutPreview(String reason) {
        int preview = reason == null ? -1 : reason.indexOf("Preview of field's value");
        return preview < 0 ? reason : reason.substring(0, preview).strip();
    }

    private void deadLetter(Article article, String reason) {
        LOG.warnf("article %s goes to the dead-letter topic: %s", article == null ? "?" : article.id(), reason);
        DeadLetter letter = new DeadLetter(DeadLetter.STAGE_INDEX, article == null ? null : article.id(),
                article == null ? null : article.sourceFile(), reason, null, Instant.now(), null);
        deadLetters.sendMessage(Message.of(letter).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article == null ? "unknown" : article.id()).build())).await().indefinitely();
    }
}
