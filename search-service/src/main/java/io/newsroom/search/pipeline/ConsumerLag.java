package io.newsroom.search.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;

/**
 * How far one consumer group is behind on one topic: the sum over the partitions it has committed
 * offsets for of (end offset - committed offset).
 */
record ConsumerLag(String group, String topic, long lag, int partitions) {

    /**
     * Lag per topic from a group's committed offsets and the partitions' end offsets. A partition
     * without a known end offset is left out rather than guessed; a committed offset past the end
     * (a topic recreated) counts as no lag.
     */
    static List<ConsumerLag> perTopic(String group, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> endOffsets) {
        Map<String, long[]> byTopic = new TreeMap<>();
        committed.forEach((partition, offset) -> {
            Long end = endOffsets.get(partition);
            if (offset == null || end == null) {
                return;
            }
            long[] sums = byTopic.computeIfAbsent(partition.topic(), t -> new long[2]);
            sums[0] += Math.max(0, end - offset);
            sums[1]++;
        });
        List<ConsumerLag> lags = new ArrayList<>(byTopic.size());
        byTopic.forEach((topic, sums) -> lags.add(new ConsumerLag(group, topic, sums[0], (int) sums[1])));
        return lags;
    }
}
