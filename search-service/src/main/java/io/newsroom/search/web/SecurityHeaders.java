package io.newsroom.search.web;

import java.util.Map;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Security headers on the responses of the service, the static page included (a JAX-RS filter
 * would not see the files under META-INF/resources, which Vert.x serves directly).
 *
 * <p>The policy matches how the page is written: scripts are modules loaded from this origin,
 * styles one stylesheet, data from this origin's API, no inline script or style, no frames, no
 * third-party origin. It is part of the page, not a deployment setting, so it lives here.
 */
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /** Quarkus' own pages (/q/swagger-ui) carry inline script: they keep their own rules. */
    static final String QUARKUS_PAGES = "/q/";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            boolean ours = !rc.normalizedPath().startsWith(QUARKUS_PAGES);
            HEADERS.forEach((name, value) -> {
                if (ours || !name.equals("Content-Security-Policy")) {
                    rc.response().putHeader(name, value);
                }
            });
            rc.next();
        }, 100);
    }
}
