package io.newsroom.search.query;

import java.util.Optional;

/**
 * The fallback for a list of words no article has all of: any of them, ranked by how many and how
 * rare ("marathon winner" still finds the marathon report that says "won"). Only a plain list of
 * words and phrases is relaxed; a query with operators or fields means exactly what it says.
 */
public final class QueryRelaxer {

    private QueryRelaxer() {
    }

    public static Optional<QueryNode> anyWord(QueryNode node) {
        if (!(node instanceof QueryNode.And and)) {
            return Optional.empty();
        }
        boolean plain = and.parts().stream().allMatch(p -> p instanceof QueryNode.Term || p instanceof QueryNode.Phrase);
        return plain ? Optional.of(new QueryNode.Or(and.parts())) : Optional.empty();
    }
}
