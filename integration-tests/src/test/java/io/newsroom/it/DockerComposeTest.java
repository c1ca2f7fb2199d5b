package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker engine); at least it must parse and hang together. */
class DockerComposeTest {

    private final Path root = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void composeFileParsesAndWiresTheServices() throws Exception {
        Map<String, Object> compose;
        try (Reader r = Files.newBufferedReader(root.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(r);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertNotNull(services, "services section");
        for (String name : List.of("kafka", "elasticsearch", "kibana", "ingest-service", "enrich-service", "search-service")) {
            assertTrue(services.containsKey(name), "service " + name);
        }
        assertTrue(String.valueOf(services.get("kafka").get("image")).startsWith("apache/kafka:"));
        assertTrue(String.valueOf(services.get("elasticsearch").get("image")).startsWith("docker.elastic.co/elasticsearch/elasticsearch:9."));
        assertTrue(String.valueOf(services.get("kibana").get("image")).startsWith("docker.elastic.co/kibana/kibana:9."));
        for (String service : List.of("ingest-service", "enrich-service", "search-service")) {
            Map<String, Object> build = (Map<String, Object>) services.get(service).get("build");
            assertNotNull(build, service + " is built from this repository");
            Path dockerfile = root.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
            assertTrue(Files.exists(dockerfile), "Dockerfile for " + service + ": " + dockerfile);
            Map<String, Object> env = (Map<String, Object>) services.get(service).get("environment");
            assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"), service + " talks to the kafka service");
        }
        List<String> ingestVolumes = (List<String>) services.get("ingest-service").get("volumes");
        assertTrue(ingestVolumes.stream().anyMatch(v -> v.contains("/data")), "the inbox is a bind mount");
    }
}
