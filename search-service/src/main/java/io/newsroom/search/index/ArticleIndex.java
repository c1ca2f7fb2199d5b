package io.newsroom.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsroom.contract.Article;
import io.newsroom.contract.Json;
import io.newsroom.text.WordSegmenter;

/**
 * The articles index: its explicit mapping, the alias everything goes through, and the document
 * form of an article.
 *
 * <p>The node has no Chinese analyzer, so each text is indexed twice: {@code title}/{@code body}
 * with the standard analyzer (Chinese as single characters: exact phrases, highlights on the
 * original text) and {@code titleWords}/{@code bodyWords} holding the words our segmenter found,
 * space-separated, under the whitespace analyzer (word queries, ranked by word statistics).
 */
@ApplicationScoped
public class ArticleIndex {

    private static final Logger LOG = Logger.getLogger(ArticleIndex.class);

    @Inject
    ElasticsearchClient client;

    @ConfigProperty(name = "newsroom.search.alias")
    String alias;

    private final WordSegmenter segmenter = new WordSegmenter();
    private final AtomicBoolean ready = new AtomicBoolean();

    public String alias() {
        return alias;
    }

    public WordSegmenter segmenter() {
        return segmenter;
    }

    /** Creates the index and its alias unless the alias exists. Idempotent and cheap once done. */
    public void ensureExists() throws IOException {
        if (ready.get()) {
            return;
        }
        synchronized (this) {
            if (ready.get()) {
                return;
            }
            boolean exists = client.indices().existsAlias(a -> a.name(alias)).value();
            if (!exists) {
                String index = alias + "-v1";
                try (InputStream mapping = ArticleIndex.class.getResourceAsStream("/elasticsearch/news-articles.json")) {
                    client.indices().create(c -> c.withJson(mapping).index(index)
                            .aliases(alias, a -> a.isWriteIndex(true)));
                }
                LOG.infof("created index %s behind alias %s", index, alias);
            }
            ready.set(true);
        }
    }

    /** The document stored for an article: the event's fields plus the segmented word fields. */
    public ObjectNode document(Article article) {
        ObjectNode doc = Json.mapper().valueToTree(article);
        doc.put("titleWords", segmenter.segmented(String.join("\n",
                nonNull(article.kicker()), nonNull(article.title()), nonNull(article.subtitle()))));
        doc.put("bodyWords", segmenter.segmented(article.body()));
        doc.put("indexedAt", Instant.now().toString());
        return doc;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
