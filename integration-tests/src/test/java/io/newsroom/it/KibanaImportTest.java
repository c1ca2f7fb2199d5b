package io.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The compose file imports the dashboards with kibana/import.sh in a one-shot service. No Docker
 * or Kibana here: the script runs against a stand-in that answers like Kibana's status and
 * saved-objects import endpoints.
 */
class KibanaImportTest {

    private static final Path ROOT = KibanaSavedObjectsTest.ROOT;
    private static final Path SCRIPT = ROOT.resolve("kibana/import.sh");

    private HttpServer kibana;
    private final AtomicInteger statusCalls = new AtomicInteger();
    private final List<String> imports = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (kibana != null) {
            kibana.stop(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheImportScriptWithTheSavedObjectsMounted() throws Exception {
        Map<String, Object> compose;
        try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(r);
        }
        Map<String, Object> setup = ((Map<String, Map<String, Object>>) compose.get("services")).get("kibana-setup");
        assertTrue(setup != null, "a kibana-setup service");
        assertTrue(String.valueOf(setup.get("entrypoint")).contains("/kibana/import.sh"), "it runs the import script: " + setup.get("entrypoint"));
        assertTrue(((List<String>) setup.get("volumes")).contains("./kibana:/kibana:ro"), "kibana/ is mounted where the script looks");
        assertEquals("http://kibana:5601", ((Map<String, Object>) setup.get("environment")).get("KIBANA_URL"));
        assertTrue(String.valueOf(setup.get("depends_on")).contains("kibana"));
    }

    @Test
    void waitsUntilKibanaIsAvailableThenImportsTheFileWithOverwrite() throws Exception {
        startKibana(3, "{\"success\":true,\"successCount\":25,\"successResults\":[]}");
        Result result = runScript();
        assertEquals(0, result.exit(), result.output());
        assertTrue(statusCalls.get() >= 3, "polled the status until available: " + statusCalls.get());
        assertEquals(1, imports.size(), "imported once");
        String request = imports.get(0);
        assertTrue(request.startsWith("POST /api/saved_objects/_import?overwrite=true"), request.lines().findFirst().orElse(""));
        assertTrue(request.contains("kbn-xsrf"), "sends the header Kibana requires of API writes");
        assertTrue(request.contains("filename=\"newsroom.ndjson\""), "uploads the file as a multipart form field");
        String firstLine = Files.readAllLines(KibanaSavedObjectsTest.NDJSON).get(0);
        assertTrue(request.contains(firstLine), "the upload is the saved objects file");
        assertTrue(result.output().contains("imported 25 saved objects"), result.output());
    }

    @Test
    void failsWithKibanasAnswerWhenTheImportIsRejected() throws Exception {
        startKibana(0, "{\"success\":false,\"successCount\":0,\"errors\":[{\"id\":\"x\",\"error\":{\"type\":\"missing_references\"}}]}");
        Result result = runScript();
        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("missing_references"), result.output());
    }

    private void startKibana(int unavailableAnswers, String importAnswer) throws IOException {
        kibana = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        kibana.createContext("/api/status", exchange -> {
            boolean ready = statusCalls.incrementAndGet() > unavailableAnswers;
            respond(exchange, "{\"name\":\"kibana\",\"status\":{\"overall\":{\"level\":\"" + (ready ? "available" : "unavailable")
                    + "\",\"summary\":\"...\"},\"core\":{}}}");
        });
        kibana.createContext("/api/saved_objects/_import", exchange -> {
            StringBuilder request = new StringBuilder(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n");
            exchange.getRequestHeaders().forEach((name, values) -> request.append(name.toLowerCase()).append(": ").append(values).append('\n'));
            request.append(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            imports.add(request.toString());
            respond(exchange, importAnswer);
        });
        kibana.start();
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    record Result(int exit, String output) {
    }

    private Result runScript() throws Exception {
        assumeTrue(onPath("bash") && onPath("curl"), "bash and curl are needed to run the import script");
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        pb.environment().put("KIBANA_URL", "http://127.0.0.1:" + kibana.getAddress().getPort());
        pb.environment().put("KIBANA_WAIT_SECONDS", "30");
        pb.environment().put("KIBANA_POLL_SECONDS", "0.1");
        pb.environment().remove("ELASTIC_PASSWORD");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "script finished");
        return new Result(p.exitValue(), output);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
