package io.newsroom.text;

/** A file that cannot be turned into a page, with a reason a person can act on. */
public class UnreadablePageException extends Exception {

    public UnreadablePageException(String reason) {
        super(reason);
    }
}
