package io.newsroom.search.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body: what every error of the API answers with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
