package io.newsroom.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsroom.contract.Article;
import io.newsroom.contract.Json;
import io.newsroom.text.ChineseScript;
import io.newsroom.search.text.PinyinText;
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

    /** Whether {@link #ensureExists} has already succeeded (then it returns at once). */
    public boolean isReady() {
        return ready.get();
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
                String index = alias + "-v2";
                try (InputStream mapping = ArticleIndex.class.getResourceAsStream("/elasticsearch/news-articles.json")) {
                    client.indices().create(c -> c.withJson(mapping).index(index)
                            .aliases(alias, a -> a.isWriteIndex(true)));
                }
                LOG.infof("created index %s behind alias %s", index, alias);
            } else {
                addNewFields();
            }
            ready.set(true);
        }
    }

    /**
     * Puts the mapping of this version on an index an earlier version created, so fields added since
     * (such as {@code printings.copies}) can be written; the node refuses only a change to an existing field.
     */
    private void addNewFields() throws IOException {
        try (InputStream file = ArticleIndex.class.getResourceAsStream("/elasticsearch/news-articles.json")) {
            String mappings = Json.mapper().readTree(file).path("mappings").toString();
            client.indices().putMapping(m -> m.index(alias).withJson(new StringReader(mappings)));
        }
    }

    /**
     * The document stored for an article: the event's fields plus fields derived for search: the
     * segmented word fields (simplified script), {@code date}, the pinyin of the title and names,
     * and the story fingerprint with its copy flag ({@link CopyMarker} sets the flag for copies).
     */
    public ObjectNode document(Article article) {
        ObjectNode doc = Json.mapper().valueToTree(article);
        String heading = String.join("\n", nonNull(article.kicker()), nonNull(article.title()), nonNull(article.subtitle()));
        doc.put("titleWords", segmenter.segmented(ChineseScript.simplified(heading)));
        doc.put("bodyWords", segmenter.segmented(ChineseScript.simplified(article.body())));
        doc.put("date", dateOf(article).toString());
        ArrayNode pinyin = doc.putArray("pinyin");
        ArrayNode pinyinCompact = doc.putArray("pinyinCompact");
        for (String name : namesAndTitle(article)) {
            String syllables = PinyinText.syllables(name);
            if (!syllables.isEmpty()) {
                pinyin.add(syllables);
                pinyinCompact.add(syllables.replace(" ", ""));
            }
        }
        String fingerprint = StoryFingerprint.of(article.body());
        doc.put("fingerprint", fingerprint == null ? "id:" + article.id() : fingerprint);
        doc.put("copy", false);
        doc.put("indexedAt", Instant.now().toString());
        return doc;
    }

    /** The day an article belongs to: the printed date when known, else the day it was picked up. */
    static LocalDate dateOf(Article article) {
        if (article.publishedDate() != null) {
            return article.publishedDate();
        }
        Instant at = article.ingestedAt() == null ? Instant.now() : article.ingestedAt();
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static List<String> namesAndTitle(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        texts.addAll(article.entities().persons());
        texts.addAll(article.entities().places());
        texts.addAll(article.entities().organizations());
        return texts;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
