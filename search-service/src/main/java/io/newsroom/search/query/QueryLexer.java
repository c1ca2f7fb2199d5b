package io.newsroom.search.query;

import java.util.ArrayList;
import java.util.List;

/** Cuts a query into tokens, each with the column (1-based) where it starts, for error messages. */
final class QueryLexer {

    enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT, END }

    record Token(Kind kind, String text, int column) {
        String describe() {
            return switch (kind) {
                case END -> "the end of the query";
                case PHRASE -> "\"" + text + "\"";
                case FIELD -> text + ":";
                default -> "'" + text + "'";
            };
        }
    }

    private final String q;
    private int i;

    private QueryLexer(String q) {
        this.q = q;
    }

    static List<Token> tokens(String q) {
        return new QueryLexer(q).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (i >= q.length()) {
                out.add(new Token(Kind.END, "", i + 1));
                return out;
            }
            char c = q.charAt(i);
            int column = i + 1;
            if (c == '(') {
                out.add(new Token(Kind.LPAREN, "(", column));
                i++;
            } else if (c == ')') {
                out.add(new Token(Kind.RPAREN, ")", column));
                i++;
            } else if ("{}[]".indexOf(c) >= 0) {
                throw new QuerySyntaxException(column, "'" + c + "' is not part of the query language (words, \"phrases\", "
                        + "AND, OR, NOT, -word, ( ), field:value); for dates use the from and to parameters");
            } else if (isQuote(c)) {
                out.add(phrase(column));
            } else if ((c == '-' || c == '!') && i + 1 < q.length() && !isSpace(q.charAt(i + 1))) {
                out.add(new Token(Kind.NOT, String.valueOf(c), column));
                i++;
            } else if (c == '+' && i + 1 < q.length() && !isSpace(q.charAt(i + 1))) {
                i++; // "+word" means the word is required, which every word already is
            } else {
                word(out, column);
            }
        }
    }

    private Token phrase(int column) {
        int start = ++i;
        while (i < q.length() && !isQuote(q.charAt(i))) {
            i++;
        }
        if (i >= q.length()) {
            throw new QuerySyntaxException(column, "the quote opened here is never closed");
        }
        String text = q.substring(start, i++).strip();
        if (text.isEmpty()) {
            throw new QuerySyntaxException(column, "empty quotes");
        }
        return new Token(Kind.PHRASE, text, column);
    }

    private void word(List<Token> out, int column) {
        int start = i;
        while (i < q.length() && !isSpace(q.charAt(i)) && "(){}[]".indexOf(q.charAt(i)) < 0 && !isQuote(q.charAt(i))) {
            if (q.charAt(i) == ':' && i > start && isFieldName(q.substring(start, i))) {
                String name = q.substring(start, i);
                Field field = Field.byPrefix(name).orElseThrow(() -> new QuerySyntaxException(column,
                        "unknown field '" + name + "'; known fields: " + Field.known()));
                i++;
                if (i >= q.length() || isSpace(q.charAt(i)) || q.charAt(i) == ')') {
                    throw new QuerySyntaxException(column, name + ": must be followed by a value (no space after the colon)");
                }
                out.add(new Token(Kind.FIELD, field.prefix, column));
                return;
            }
            i++;
        }
        String text = q.substring(start, i);
        switch (text) {
            case "AND", "&&" -> out.add(new Token(Kind.AND, text, column));
            case "OR", "||" -> out.add(new Token(Kind.OR, text, column));
            case "NOT" -> out.add(new Token(Kind.NOT, text, column));
            default -> out.add(new Token(Kind.WORD, text, column));
        }
    }

    private void skipSpace() {
        while (i < q.length() && isSpace(q.charAt(i))) {
            i++;
        }
    }

    private static boolean isFieldName(String s) {
        return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
