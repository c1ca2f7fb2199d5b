package io.newsroom.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./newsroom} the way a user does, on its own data folder and ports so that it never
 * meets a stack a developer has running.
 */
final class NewsroomStack {

    /** Shifts every port, so that several checkouts can run their tests on one machine at once. */
    static final int PORT_OFFSET = Integer.getInteger("newsroom.it.portOffset", 0);
    static final int KAFKA_PORT = 19092 + PORT_OFFSET;
    static final int KAFKA_CONTROLLER_PORT = 19093 + PORT_OFFSET;
    static final int ES_PORT = 19200 + PORT_OFFSET;
    static final int ES_TRANSPORT_PORT = 19300 + PORT_OFFSET;
    static final int SEARCH_PORT = 18080 + PORT_OFFSET;
    static final int INGEST_PORT = 18081 + PORT_OFFSET;
    static final int ENRICH_PORT = 18082 + PORT_OFFSET;

    final Path root = Path.of(System.getProperty("newsroom.root", "..")).toAbsolutePath().normalize();
    final Path data;
    private final Map<String, String> extraEnv;

    NewsroomStack() {
        this("it-data", Map.of());
    }

    /** A stack on its own data folder under integration-tests/target, with extra environment (an API key...). */
    NewsroomStack(String dataFolder, Map<String, String> extraEnv) {
        this.data = root.resolve("integration-tests/target").resolve(dataFolder);
        this.extraEnv = Map.copyOf(extraEnv);
    }

    Path inbox() {
        return data.resolve("inbox");
    }

    /** Runs a newsroom command and returns its output; fails with that output when it exits non-zero. */
    String run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("newsroom").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("NEWSROOM_DATA", data.toString());
        env.put("NEWSROOM_KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("NEWSROOM_KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_CONTROLLER_PORT));
        env.put("NEWSROOM_ES_PORT", String.valueOf(ES_PORT));
        env.put("NEWSROOM_ES_TRANSPORT_PORT", String.valueOf(ES_TRANSPORT_PORT));
        env.put("NEWSROOM_SEARCH_PORT", String.valueOf(SEARCH_PORT));
        env.put("NEWSROOM_INGEST_PORT", String.valueOf(INGEST_PORT));
        env.put("NEWSROOM_ENRICH_PORT", String.valueOf(ENRICH_PORT));
        env.putAll(extraEnv);
        Path log = Files.createTempFile("newsroom-", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("./newsroom " + String.join(" ", args) + " did not finish in " + timeoutSeconds
                    + "s:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (p.exitValue() != 0) {
            throw new AssertionError("./newsroom " + String.join(" ", args) + " failed (exit " + p.exitValue() + "):\n" + out);
        }
        return out;
    }
}
