package io.newsroom.ingest.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Listing failed files is open; re-ingesting one needs the key and puts it back in the inbox under its first name. */
@QuarkusTest
@TestProfile(ReingestTest.WithKey.class)
class ReingestTest {

    /** Its own folder per run: a file an earlier run left in the inbox would make the re-ingest a conflict. */
    static final Path DATA = Path.of("target/reingest-test-data-" + ProcessHandle.current().pid()).toAbsolutePath();

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The broker points nowhere: a re-ingested file simply waits in the inbox.
            return Map.of("newsroom.api-key", "test-key-123", "kafka.bootstrap.servers", "127.0.0.1:1",
                    "newsroom.data-dir", DATA.toString(), "newsroom.ingest.ack-timeout", "1s");
        }
    }

    @Test
    void aFailedFileGoesBackToTheInboxWithTheKeyOnly() throws Exception {
        Path failed = Files.createDirectories(DATA.resolve("failed/2025"));
        Files.writeString(failed.resolve("A01.txt.1"), "本报讯 第二次失败的文件。\n");
        Files.writeString(failed.resolve("A01.txt.1.error"), "the broker said no\n");

        given().get("/admin/failed").then().statusCode(200).body(containsString("2025/A01.txt.1"))
                .body(containsString("the broker said no"));
        given().post("/admin/reingest?file=2025/A01.txt.1").then().statusCode(401);
        given().header("X-Api-Key", "test-key-123").post("/admin/reingest?file=../../etc/passwd").then().statusCode(400);
        given().header("X-Api-Key", "test-key-123").post("/admin/reingest?file=2025/nothing.txt").then().statusCode(404);

        given().header("X-Api-Key", "test-key-123").post("/admin/reingest?file=2025/A01.txt.1").then().statusCode(202)
                .body("inbox", org.hamcrest.Matchers.equalTo("2025/A01.txt"));
        assertTrue(Files.exists(DATA.resolve("inbox/2025/A01.txt")), "back in the inbox under its first name");
        assertFalse(Files.exists(failed.resolve("A01.txt.1")) || Files.exists(failed.resolve("A01.txt.1.error")));
    }
}
