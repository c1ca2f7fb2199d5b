package io.newsroom.search.api.problem;

/** A resource that does not exist (404). */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail, null, false, false);
    }
}
