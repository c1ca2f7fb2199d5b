package io.newsroom.search.query;

/** A query the parser cannot read; the message names the column (1-based) and what was expected. */
public class QuerySyntaxException extends RuntimeException {

    private final int column;

    public QuerySyntaxException(int column, String problem) {
        super("query syntax error at column " + column + ": " + problem);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
