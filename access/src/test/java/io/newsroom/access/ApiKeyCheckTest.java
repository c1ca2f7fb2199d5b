package io.newsroom.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ApiKeyCheckTest {

    @Test
    void readingIsOpenWithOrWithoutAKey() {
        assertNull(ApiKeyCheck.check("GET", Optional.empty(), null, null));
        assertNull(ApiKeyCheck.check("HEAD", Optional.of("k"), null, null));
    }

    @Test
    void changingIsOffWhenNoKeyIsConfiguredAndSaysHowToTurnItOn() {
        ApiKeyCheck.Refusal r = ApiKeyCheck.check("POST", Optional.empty(), "anything", null);
        assertEquals(403, r.status());
        assertTrue(r.message().contains("NEWSROOM_API_KEY"), r.message());
        assertEquals(403, ApiKeyCheck.check("DELETE", Optional.of("  "), "  ", null).status(), "a blank key is no key");
    }

    @Test
    void changingNeedsTheConfiguredKey() {
        Optional<String> key = Optional.of("s3cret-key");
        assertEquals(401, ApiKeyCheck.check("POST", key, null, null).status());
        assertEquals(401, ApiKeyCheck.check("POST", key, "s3cret-kez", null).status());
        assertEquals(401, ApiKeyCheck.check("DELETE", key, "s3cret-key-and-more", null).status());
        assertEquals(401, ApiKeyCheck.check("POST", key, null, "Basic s3cret-key").status());
        assertNull(ApiKeyCheck.check("POST", key, "s3cret-key", null));
        assertNull(ApiKeyCheck.check("delete", key, null, "Bearer s3cret-key"));
    }

    @Test
    void theRefusalNeverEchoesTheKey() {
        ApiKeyCheck.Refusal r = ApiKeyCheck.check("POST", Optional.of("s3cret-key"), "guess-123", null);
        assertTrue(!r.message().contains("s3cret-key") && !r.message().contains("guess-123"), r.message());
    }
}
