package io.newsroom.contract;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The value of {@link Topics#DEAD_LETTER}: something a service could not process, and why.
 *
 * @param stage which service gave up: {@code ingest}, {@code enrich} or {@code index}
 * @param id the page or article id, when one could be made
 * @param sourceFile the inbox file it came from, when known
 * @param reason a sentence a person can act on
 * @param errorType the exception class, when an exception was the cause
 * @param failedAt when it failed
 * @param page the page itself when enrichment gave up on it, so it can be replayed; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        String stage,
        String id,
        String sourceFile,
        String reason,
        String errorType,
        Instant failedAt,
        RawPage page) {

    public static final String STAGE_INGEST = "ingest";
    public static final String STAGE_ENRICH = "enrich";
    public static final String STAGE_INDEX = "index";
}
