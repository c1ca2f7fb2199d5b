package io.newsroom.search.query;

import java.util.List;

/** The parsed form of a user's query: our own small language, never handed to Elasticsearch as text. */
public sealed interface QueryNode {

    /** A bare word or run of characters: matched as words (segmented), in any field. */
    record Term(String text) implements QueryNode {
    }

    /** A quoted phrase: matched exactly, character for character. */
    record Phrase(String text) implements QueryNode {
    }

    /** {@code field:value}: the value (a term, a phrase or a group) is matched in that field only. */
    record InField(Field field, QueryNode value) implements QueryNode {
    }

    record And(List<QueryNode> parts) implements QueryNode {
    }

    record Or(List<QueryNode> parts) implements QueryNode {
    }

    record Not(QueryNode part) implements QueryNode {
    }
}
