package io.newsroom.search.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.quarkus.scheduler.Scheduled;

/**
 * Every {@code newsroom.pipeline.sample-every}: the consumer lag of each configured group per topic
 * (committed offsets against end offsets, read with the Kafka AdminClient) and the number of
 * articles and pages in the articles index, written as {@code lag} and {@code index} documents.
 * A part that cannot be measured (broker or node away) is skipped for that round and logged.
 */
@ApplicationScoped
public class PipelineSampler {

    private static final Logger LOG = Logger.getLogger(PipelineSampler.class);
    private static final long TIMEOUT_SECONDS = 5;

    @Inject
    PipelineIndex index;

    @Inject
    ElasticsearchClient client;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "newsroom.pipeline.consumer-groups")
    List<String> groups;

    @ConfigProperty(name = "newsroom.search.alias")
    String articlesAlias;

    private Admin admin;

    @Scheduled(every = "${newsroom.pipeline.sample-every}", delayed = "${newsroom.pipeline.sample-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sample() {
        Instant now = Instant.now();
        List<PipelineIndex.Entry> docs = new ArrayList<>();
        try {
            for (ConsumerLag lag : lags()) {
                docs.add(new PipelineIndex.Entry(null, PipelineDocuments.lag(now, lag)));
            }
        } catch (Exception e) {
            LOG.infof("consumer lag not sampled this round: %s", e.getMessage());
        }
        try {
            docs.add(new PipelineIndex.Entry(null, indexCounts(now)));
        } catch (Exception e) {
            LOG.infof("article count not sampled this round: %s", e.getMessage());
        }
        try {
            index.write(docs); // samples have no natural id: the node assigns one
        } catch (Exception e) {
            LOG.infof("pipeline sample not written: %s", e.getMessage());
        }
    }

    List<ConsumerLag> lags() throws Exception {
        Admin kafka = admin();
        Map<String, Map<TopicPartition, Long>> committedByGroup = new LinkedHashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.put(partition, offset.offset());
                    latest.put(partition, OffsetSpec.latest());
                }
            });
            committedByGroup.put(group, committed);
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (!latest.isEmpty()) {
            Map<TopicPartition, ListOffsetsResultInfo> infos = kafka.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            infos.forEach((partition, info) -> ends.put(partition, info.offset()));
        }
        List<ConsumerLag> lags = new ArrayList<>();
        committedByGroup.forEach((group, committed) -> lags.addAll(ConsumerLag.perTopic(group, committed, ends)));
        return lags;
    }

    private ObjectNode indexCounts(Instant now) throws IOException {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(articlesAlias).size(0)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations("pages", a -> a.cardinality(c -> c.field("pageId"))), Void.class);
            return PipelineDocuments.index(now, response.hits().total().value(),
                    response.aggregations().get("pages").cardinality().value());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return PipelineDocuments.index(now, 0, 0); // no article indexed yet: the index is not there
            }
            throw e;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "newsroom-pipeline-sampler",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
