/**
 * What the Kibana pipeline dashboard shows, indexed into {@code news-pipeline} (mapping in
 * {@code src/main/resources/elasticsearch/news-pipeline.json}). Three kinds of documents, told apart
 * by {@code type}:
 * <ul>
 * <li>{@code failed}: one per record on {@code news.deadletter} ({@link FailureRecorder}, its own
 * consumer group): stage, reason, error type, source file, item id and time. Never the page's
 * text or bytes, which a dead letter may carry for replay.</li>
 * <li>{@code lag}: every sample ({@link PipelineSampler}, ~10 s), one per consumer group and topic:
 * how many records the group still has to read, from the Kafka AdminClient.</li>
 * <li>{@code index}: every sample, the number of articles and pages in {@code news-articles}.</li>
 * </ul>
 * Pages ingested, articles per page and the indexing rate come straight from {@code news-articles}
 * ({@code pageId}, {@code ingestedAt}, {@code indexedAt}).
 */
package io.newsroom.search.pipeline;
