package io.newsroom.search.api.problem;

/** A request the API refuses (400), with a message that tells the caller what to change. */
public class BadRequest extends RuntimeException {

    public BadRequest(String detail) {
        super(detail, null, false, false);
    }
}
