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

    @Test
    @SuppressWarnings("unchecked")
    void elasticsearchRunsWithSecurityAndEveryoneConnectsWithTheirOwnCredentials() throws Exception {
        String text = Files.readString(root.resolve("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(text)).get("services");
        Map<String, Object> es = env(services, "elasticsearch");
        assertEquals("true", String.valueOf(es.get("xpack.security.enabled")), "security on");
        assertTrue(String.valueOf(es.get("ELASTIC_PASSWORD")).startsWith("${ELASTIC_PASSWORD"), "the elastic password comes from .env");

        Map<String, Object> setup = services.get("es-setup");
        assertNotNull(setup, "a setup step creates the users and roles");
        String script = String.valueOf(setup.get("command"));
        assertTrue(script.contains("/_security/user/kibana_system/_password"), "sets kibana_system's password");
        assertTrue(script.contains("/_security/role/newsroom_writer") && script.contains("/_security/user/newsroom"),
                "creates the services' role and user");
        assertTrue(script.contains("news-articles*") && !script.contains("\"superuser\""), "the services' role covers our indices, no more");

        Map<String, Object> kibana = env(services, "kibana");
        assertEquals("kibana_system", kibana.get("ELASTICSEARCH_USERNAME"));
        assertTrue(String.valueOf(kibana.get("ELASTICSEARCH_PASSWORD")).startsWith("${KIBANA_PASSWORD"));
        assertEquals("service_completed_successfully", dependency(services, "kibana", "es-setup"));

        Map<String, Object> search = env(services, "search-service");
        assertEquals("newsroom", search.get("QUARKUS_ELASTICSEARCH_USERNAME"), "search-service has its own user, through Quarkus config");
        assertTrue(String.valueOf(search.get("QUARKUS_ELASTICSEARCH_PASSWORD")).startsWith("${NEWSROOM_ES_PASSWORD"));
        assertEquals("service_completed_successfully", dependency(services, "search-service", "es-setup"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSecretIsCommittedAndEveryVariableIsExplainedInEnvExample() throws Exception {
        String text = Files.readString(root.resolve("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(text)).get("services");
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            Object environment = service.getValue().get("environment");
            if (environment instanceof Map<?, ?> vars) {
                vars.forEach((k, v) -> {
                    String key = String.valueOf(k).toUpperCase(java.util.Locale.ROOT);
                    if (key.contains("PASSWORD") || key.contains("API_KEY") || key.contains("SECRET")) {
                        assertTrue(String.valueOf(v).startsWith("${"), service.getKey() + " " + k + " must come from .env, not be written here");
                    }
                });
            }
        }
        Path example = root.resolve(".env.example");
        assertTrue(Files.exists(example), ".env.example is shipped");
        String exampleText = Files.readString(example);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)[:?}-]").matcher(text);
        while (m.find()) {
            assertTrue(exampleText.contains(m.group(1) + "="), ".env.example explains " + m.group(1));
        }
        for (String line : exampleText.lines().toList()) {
            if (!line.startsWith("#") && line.contains("=")) {
                assertTrue(line.endsWith("="), ".env.example holds no actual secret: " + line);
            }
        }
        assertTrue(Files.readAllLines(root.resolve(".gitignore")).contains(".env"), ".env is never committed");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Map<String, Object>> services, String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Object dependency(Map<String, Map<String, Object>> services, String service, String on) {
        Map<String, Map<String, Object>> deps = (Map<String, Map<String, Object>>) services.get(service).get("depends_on");
        return deps == null || deps.get(on) == null ? null : deps.get(on).get("condition");
    }
}
