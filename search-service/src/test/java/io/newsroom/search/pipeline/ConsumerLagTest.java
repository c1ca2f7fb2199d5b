package io.newsroom.search.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    private static TopicPartition tp(String topic, int partition) {
        return new TopicPartition(topic, partition);
    }

    @Test
    void lagIsSummedPerTopicOverCommittedPartitions() {
        Map<TopicPartition, Long> committed = Map.of(tp("news.pages", 0), 5L, tp("news.pages", 1), 7L, tp("news.articles", 0), 40L);
        Map<TopicPartition, Long> ends = Map.of(tp("news.pages", 0), 8L, tp("news.pages", 1), 7L, tp("news.articles", 0), 52L,
                tp("news.pages", 2), 100L);
        List<ConsumerLag> lags = ConsumerLag.perTopic("g", committed, ends);
        assertEquals(List.of(new ConsumerLag("g", "news.articles", 12, 1), new ConsumerLag("g", "news.pages", 3, 2)), lags);
    }

    @Test
    void partitionsWithoutEndOffsetAreLeftOutAndOffsetsPastTheEndCountAsNoLag() {
        Map<TopicPartition, Long> committed = Map.of(tp("t", 0), 10L, tp("t", 1), 3L);
        Map<TopicPartition, Long> ends = Map.of(tp("t", 0), 4L);
        assertEquals(List.of(new ConsumerLag("g", "t", 0, 1)), ConsumerLag.perTopic("g", committed, ends));
    }
}
