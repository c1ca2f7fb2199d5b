package io.newsroom.enrich.pipeline;

/** A page the pipeline cannot turn into articles, with a reason a person can act on. */
public class UnprocessablePageException extends Exception {

    public UnprocessablePageException(String reason) {
        super(reason);
    }

    public UnprocessablePageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
