package io.newsroom.search.query;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.search.query.QueryLexer.Kind;
import io.newsroom.search.query.QueryLexer.Token;

/**
 * Reads our query language: words, "quoted phrases", AND / OR / NOT (also {@code -word}),
 * parentheses and field prefixes ({@code title:燃气}, {@code person:"聂方红"}, {@code title:(a OR b)}).
 * Words side by side must all match (AND); AND binds tighter than OR.
 *
 * <pre>
 * query := or
 * or    := and ("OR" and)*
 * and   := unary (["AND"] unary)*
 * unary := ("NOT" | "-") unary | primary
 * primary := "(" or ")" | FIELD ":" value | PHRASE | WORD
 * value := "(" or ")" | PHRASE | WORD
 * </pre>
 */
public final class QueryParser {

    /** Limits that keep a hostile query from building a huge Elasticsearch request. */
    static final int MAX_TERMS = 64;
    static final int MAX_DEPTH = 16;

    private final List<Token> tokens;
    private int pos;
    private int depth;
    private int terms;
    private boolean insideField;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The parsed query, or null when it has nothing to search for (match everything). */
    public static QueryNode parse(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        QueryParser parser = new QueryParser(QueryLexer.tokens(q));
        QueryNode node = parser.or();
        Token rest = parser.peek();
        if (rest.kind() == Kind.RPAREN) {
            throw new QuerySyntaxException(rest.column(), "')' has no matching '('");
        }
        if (rest.kind() != Kind.END) {
            throw new QuerySyntaxException(rest.column(), "unexpected " + rest.describe());
        }
        return node;
    }

    private QueryNode or() {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(and());
        while (peek().kind() == Kind.OR) {
            Token op = next();
            expectOperand(op);
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.Or(parts);
    }

    private QueryNode and() {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.AND) {
                next();
                expectOperand(t);
                parts.add(unary());
            } else if (startsOperand(t)) {
                parts.add(unary());
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.And(parts);
    }

    private QueryNode unary() {
        Token t = peek();
        if (t.kind() == Kind.NOT) {
            next();
            expectOperand(t);
            enter(t);
            QueryNode inner = unary();
            depth--;
            return new QueryNode.Not(inner);
        }
        return primary();
    }

    private QueryNode primary() {
        Token t = next();
        switch (t.kind()) {
            case WORD:
                countTerm(t);
                return new QueryNode.Term(t.text());
            case PHRASE:
                countTerm(t);
                return new QueryNode.Phrase(t.text());
            case LPAREN:
                return group(t);
            case FIELD:
                if (insideField) {
                    throw new QuerySyntaxException(t.column(), "field prefixes cannot be nested inside another field's value");
                }
                Token value = peek();
                if (value.kind() != Kind.WORD && value.kind() != Kind.PHRASE && value.kind() != Kind.LPAREN) {
                    throw new QuerySyntaxException(t.column(), t.text() + ": must be followed by a word, a \"phrase\" or (...)");
                }
                insideField = true;
                QueryNode inner = primary();
                insideField = false;
                return new QueryNode.InField(Field.byPrefix(t.text()).orElseThrow(), inner);
            case END:
                throw new QuerySyntaxException(t.column(), "the query ends where a word was expected");
            case RPAREN:
                throw new QuerySyntaxException(t.column(), "')' has no matching '('");
            default:
                throw new QuerySyntaxException(t.column(), t.text() + " must come between two terms");
        }
    }

    private QueryNode group(Token open) {
        if (peek().kind() == Kind.RPAREN) {
            throw new QuerySyntaxException(open.column(), "empty parentheses");
        }
        enter(open);
        QueryNode inner = or();
        depth--;
        if (peek().kind() != Kind.RPAREN) {
            throw new QuerySyntaxException(open.column(), "the '(' opened here is never closed");
        }
        next();
        return inner;
    }

    private void expectOperand(Token operator) {
        if (!startsOperand(peek())) {
            throw new QuerySyntaxException(operator.column(), operator.text() + " must be followed by a term, found "
                    + peek().describe());
        }
    }

    private static boolean startsOperand(Token t) {
        return switch (t.kind()) {
            case WORD, PHRASE, FIELD, LPAREN, NOT -> true;
            default -> false;
        };
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException(t.column(), "nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void countTerm(Token t) {
        if (++terms > MAX_TERMS) {
            throw new QuerySyntaxException(t.column(), "more than " + MAX_TERMS + " terms");
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }
}
