package io.newsroom.bench.ceiling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The transport ceiling: the same keyed JSON payloads the services exchange, produced with the
 * services' producer settings (acks=all, idempotence, lz4, linger 5 ms) to a scratch topic with as
 * many partitions as {@code news.pages}, and consumed back by one consumer. Timed from the first
 * send to the last record read; the scratch topic is deleted afterwards.
 */
public final class TransportCeiling {

    public record Result(int messages, long bytes, double seconds) {

        public double messagesPerSecond() {
            return messages / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** A record to send: key and JSON value. */
    public record Payload(String key, byte[] value) {
    }

    private final String bootstrap;

    public TransportCeiling(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public int partitionsOf(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    public Result run(String topic, int partitions, List<Payload> payloads) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
            try {
                return produceAndConsume(topic, partitions, payloads);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private Result produceAndConsume(String topic, int partitions, List<Payload> payloads)
            throws InterruptedException, ExecutionException, TimeoutException {
        long bytes = payloads.stream().mapToLong(p -> p.value().length).sum();
        AtomicLong received = new AtomicLong();
        AtomicLong doneAt = new AtomicLong();
        Thread consumer = new Thread(() -> consume(topic, partitions, payloads.size(), received, doneAt), "bench-consumer");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties())) {
            consumer.start();
            Thread.sleep(500); // the consumer has its partitions before the first record is sent
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>(payloads.size());
            for (Payload p : payloads) {
                sent.add(producer.send(new ProducerRecord<>(topic, p.key(), p.value())));
            }
            producer.flush();
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
            consumer.join(Duration.ofMinutes(5).toMillis());
            if (received.get() < payloads.size()) {
                consumer.interrupt();
                throw new TimeoutException("consumed " + received.get() + " of " + payloads.size() + " records");
            }
            return new Result(payloads.size(), bytes, (doneAt.get() - start) / 1e9);
        }
    }

    private void consume(String topic, int partitions, int expected, AtomicLong received, AtomicLong doneAt) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            List<TopicPartition> assigned = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                assigned.add(new TopicPartition(topic, p));
            }
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (received.get() < expected && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.value() != null) {
                        received.incrementAndGet();
                    }
                }
            }
            doneAt.set(System.nanoTime());
        }
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "67108864");
        return p;
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "67108864");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "67108864");
        return p;
    }
}
