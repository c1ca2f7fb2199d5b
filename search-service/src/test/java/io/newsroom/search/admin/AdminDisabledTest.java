package io.newsroom.search.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Without a key configured the endpoints that change data are off, and say how to turn them on. */
@QuarkusTest
@TestProfile(AdminDisabledTest.NoKey.class)
class AdminDisabledTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:1", "quarkus.elasticsearch.hosts", "127.0.0.1:1");
        }
    }

    @Test
    void everyChangeAnswers403WithHowToEnableIt() {
        given().header("X-Api-Key", "anything").post("/admin/reindex").then().statusCode(403)
                .body("error", containsString("NEWSROOM_API_KEY"));
        given().delete("/admin/articles/abc-001").then().statusCode(403);
    }
}
