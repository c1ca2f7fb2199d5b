package io.newsroom.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may change data through a service's HTTP endpoints. Reading (GET, HEAD, OPTIONS) is open;
 * every other method needs the API key configured as {@code newsroom.api-key} (environment
 * {@code NEWSROOM_API_KEY}), sent in the {@code X-Api-Key} header or as {@code Authorization: Bearer}.
 * With no key configured those endpoints are off. Plain Java, so that each service's HTTP filter
 * is only glue and the rule lives in one place.
 */
public final class ApiKeyCheck {

    public static final String HEADER = "X-Api-Key";
    public static final String PROPERTY = "newsroom.api-key";

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Why a request is refused: an HTTP status and a sentence saying what to do. */
    public record Refusal(int status, String message) {
    }

    private ApiKeyCheck() {
    }

    /** Null when the request may go on; otherwise the refusal to answer with. */
    public static Refusal check(String method, Optional<String> configuredKey, String apiKeyHeader, String authorization) {
        if (method == null || READ_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String configured = configuredKey.map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        if (configured == null) {
            return new Refusal(403, "endpoints that change data are disabled: set an API key with the environment variable "
                    + "NEWSROOM_API_KEY (or " + PROPERTY + ") and send it in the " + HEADER + " header");
        }
        String presented = apiKeyHeader;
        if (presented == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            presented = authorization.substring(7);
        }
        if (presented == null || !constantTimeEquals(configured, presented.strip())) {
            return new Refusal(401, "missing or wrong API key: send the configured key in the " + HEADER + " header");
        }
        return null;
    }

    /** Compares without leaking, through timing, how much of the key was right. */
    private static boolean constantTimeEquals(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
