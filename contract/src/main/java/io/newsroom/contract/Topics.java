package io.newsroom.contract;

/**
 * The Kafka topics that connect the services. Every topic is keyed by a string id and carries
 * JSON values (see {@link Json}); the same descriptions appear in the README.
 *
 * <pre>
 * ingest-service ──news.pages──▶ enrich-service ──news.articles──▶ search-service
 *        └──────────────┴──────news.deadletter◀──────────────────────────┘
 * </pre>
 */
public final class Topics {

    /**
     * One raw page per file dropped into the inbox.
     * <ul>
     * <li>key: {@link RawPage#pageId()}, the SHA-256 of the file's bytes, so the same file dropped
     * twice is the same page and lands on the same partition;</li>
     * <li>value: {@link RawPage};</li>
     * <li>written by ingest-service, read by enrich-service.</li>
     * </ul>
     */
    public static final String PAGES = "news.pages";

    /**
     * One event per article found on a page.
     * <ul>
     * <li>key: {@link Article#id()}, derived from the page id and the article's place on the page,
     * so reprocessing a page overwrites rather than duplicates;</li>
     * <li>value: {@link Article};</li>
     * <li>written by enrich-service, read by search-service.</li>
     * </ul>
     */
    public static final String ARTICLES = "news.articles";

    /**
     * What could not be processed, with the reason. Nothing is dropped in silence.
     * <ul>
     * <li>key: the id of what failed (page id, or article id), or the file name when no id could be made;</li>
     * <li>value: {@link DeadLetter};</li>
     * <li>written by all three services, read by people and dashboards.</li>
     * </ul>
     */
    public static final String DEAD_LETTER = "news.deadletter";

    private Topics() {
    }
}
