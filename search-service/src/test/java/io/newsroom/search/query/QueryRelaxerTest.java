package io.newsroom.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryRelaxerTest {

    @Test
    void aPlainListOfWordsRelaxesToAnyOfThem() {
        assertEquals(new QueryNode.Or(List.of(new QueryNode.Term("marathon"), new QueryNode.Term("winner"))),
                QueryRelaxer.anyWord(QueryParser.parse("marathon winner")).orElseThrow());
    }

    @Test
    void operatorsFieldsAndSingleWordsMeanExactlyWhatTheySay() {
        assertTrue(QueryRelaxer.anyWord(QueryParser.parse("bus -fares")).isEmpty());
        assertTrue(QueryRelaxer.anyWord(QueryParser.parse("title:bus fares")).isEmpty());
        assertTrue(QueryRelaxer.anyWord(QueryParser.parse("a AND (b OR c)")).isEmpty());
        assertTrue(QueryRelaxer.anyWord(QueryParser.parse("marathon")).isEmpty());
    }
}
