package io.newsroom.search.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With a key configured: changes need it, reads do not. No broker or node needed (they point nowhere). */
@QuarkusTest
@TestProfile(AdminAccessTest.WithKey.class)
class AdminAccessTest {

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.api-key", "test-key-123", "kafka.bootstrap.servers", "127.0.0.1:1",
                    "quarkus.elasticsearch.hosts", "127.0.0.1:1");
        }
    }

    @Test
    void changesWithoutTheKeyAreRefused() {
        given().post("/admin/reindex").then().statusCode(401).body("error", containsString("X-Api-Key"));
        given().header("X-Api-Key", "test-key-12").delete("/admin/articles/abc-001").then().statusCode(401);
        given().header("Authorization", "Bearer nope").post("/admin/reindex").then().statusCode(401);
    }

    @Test
    void changesWithTheKeyGetThrough() {
        // The node is absent here, so the call itself fails: what matters is that the key let it through.
        given().header("X-Api-Key", "test-key-123").delete("/admin/articles/abc-001").then().statusCode(not(oneOf(401, 403)));
        given().header("Authorization", "Bearer test-key-123").post("/admin/reindex").then().statusCode(not(oneOf(401, 403)));
    }

    @Test
    void readsNeedNoKey() {
        given().get("/api/search?q=x").then().statusCode(not(oneOf(401, 403)));
    }
}
