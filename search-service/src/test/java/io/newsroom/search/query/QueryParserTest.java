package io.newsroom.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.search.query.QueryNode.And;
import io.newsroom.search.query.QueryNode.InField;
import io.newsroom.search.query.QueryNode.Not;
import io.newsroom.search.query.QueryNode.Or;
import io.newsroom.search.query.QueryNode.Phrase;
import io.newsroom.search.query.QueryNode.Term;

class QueryParserTest {

    @Test
    void wordsSideBySideMustAllMatch() {
        assertEquals(new And(List.of(new Term("燃气"), new Term("网点"))), QueryParser.parse("燃气 网点"));
        assertEquals(new Term("燃气网点"), QueryParser.parse("  燃气网点 "));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(new Or(List.of(new And(List.of(new Term("a"), new Term("b"))), new Term("c"))),
                QueryParser.parse("a AND b OR c"));
        assertEquals(new And(List.of(new Term("a"), new Or(List.of(new Term("b"), new Term("c"))))),
                QueryParser.parse("a (b OR c)"));
    }

    @Test
    void notAndMinusNegate() {
        assertEquals(new And(List.of(new Term("燃气"), new Not(new Term("北斗")))), QueryParser.parse("燃气 NOT 北斗"));
        assertEquals(new And(List.of(new Term("燃气"), new Not(new Term("北斗")))), QueryParser.parse("燃气 -北斗"));
        assertEquals(new Term("COVID-19"), QueryParser.parse("COVID-19"), "a dash inside a word is part of it");
    }

    @Test
    void phrasesInStraightOrChineseQuotes() {
        assertEquals(new Phrase("新春 祝福"), QueryParser.parse("\"新春 祝福\""));
        assertEquals(new Phrase("新春祝福"), QueryParser.parse("\u201C新春祝福\u201D"));
    }

    @Test
    void fieldPrefixesApplyToAWordPhraseOrGroup() {
        assertEquals(new InField(Field.PERSON, new Term("聂方红")), QueryParser.parse("person:聂方红"));
        assertEquals(new InField(Field.TITLE, new Phrase("river floodgates")), QueryParser.parse("Title:\"river floodgates\""));
        assertEquals(new InField(Field.TITLE, new Or(List.of(new Term("a"), new Term("b")))), QueryParser.parse("title:(a OR b)"));
        assertEquals(new InField(Field.ORGANIZATION, new Term("x")), QueryParser.parse("organisation:x"));
        assertEquals(new Term("10:30"), QueryParser.parse("10:30"), "only letters before a colon make a field");
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertNull(QueryParser.parse(""));
        assertNull(QueryParser.parse("   "));
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertError("(燃气", 1, "never closed");
        assertError("燃气 AND", 4, "AND must be followed by a term");
        assertError("a OR OR b", 3, "OR must be followed");
        assertError("a )", 3, "no matching '('");
        assertError("say \"hello", 5, "quote opened here is never closed");
        assertError("foo:bar", 1, "unknown field 'foo'");
        assertError("title: x", 1, "must be followed by a value");
        assertError("()", 1, "empty parentheses");
        assertError("OR a", 1, "must come between two terms");
        assertError("title:(person:x)", 8, "cannot be nested");
        assertError("{\"script\":1}", 1, "not part of the query language");
        assertError("date:[2020 TO 2021]", 1, "unknown field 'date'");
    }

    @Test
    void hostileSizesAreRefused() {
        assertError("(".repeat(40) + "a" + ")".repeat(40), QueryParser.MAX_DEPTH + 1, "nested more than");
        String many = "a ".repeat(QueryParser.MAX_TERMS + 1);
        assertTrue(assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(many)).getMessage().contains("more than"));
    }

    private static void assertError(String q, int column, String fragment) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(q), q);
        assertEquals(column, e.column(), q + " -> " + e.getMessage());
        assertTrue(e.getMessage().contains(fragment), q + " -> " + e.getMessage());
        assertTrue(e.getMessage().startsWith("query syntax error at column " + column), e.getMessage());
    }
}
