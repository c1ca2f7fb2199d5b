package io.newsroom.access;

import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Applies {@link ApiKeyCheck} to every request: reads are open, changes need the API key. */
public class ApiKeyFilter {

    @ConfigProperty(name = ApiKeyCheck.PROPERTY)
    Optional<String> apiKey;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        ApiKeyCheck.Refusal refusal = ApiKeyCheck.check(request.getMethod(), apiKey,
                request.getHeaderString(ApiKeyCheck.HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION));
        return refusal == null ? null
                : Response.status(refusal.status()).type(MediaType.APPLICATION_JSON).entity(Map.of("error", refusal.message())).build();
    }
}
