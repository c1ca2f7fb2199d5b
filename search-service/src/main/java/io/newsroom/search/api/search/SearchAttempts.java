package io.newsroom.search.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.search.query.QueryNode;
import io.newsroom.search.query.QueryRelaxer;
import io.newsroom.search.query.QueryTranslator;
import io.newsroom.search.text.PinyinText;
import io.newsroom.text.WordSegmenter;

/**
 * The queries one search may send, in order, each only when the one before found nothing: the
 * query as written; on a first page, the query read as pinyin typed for a name or title
 * (niefanghong); and, for a plain list of words no article has all of, any of the words, ranked by
 * how many. Each is translated only when it is needed.
 */
final class SearchAttempts {

    /** One query for the node, the words to highlight, and whether it is the relaxed form. */
    record Attempt(ObjectNode query, Set<String> highlightTerms, boolean relaxed) {
    }

    private SearchAttempts() {
    }

    static List<Supplier<Attempt>> of(String q, QueryNode parsed, boolean firstPage, WordSegmenter segmenter) {
        List<Supplier<Attempt>> attempts = new ArrayList<>();
        attempts.add(() -> translated(parsed, false, segmenter));
        if (firstPage) {
            Optional<String> pinyin = PinyinText.readTyped(q);
            pinyin.ifPresent(p -> attempts.add(() -> {
                ObjectNode query = Json.mapper().createObjectNode();
                query.putObject("match_phrase").putObject("pinyin").put("query", p);
                return new Attempt(query, Set.of(), false);
            }));
        }
        QueryRelaxer.anyWord(parsed).ifPresent(relaxed -> attempts.add(() -> translated(relaxed, true, segmenter)));
        return attempts;
    }

    private static Attempt translated(QueryNode node, boolean relaxed, WordSegmenter segmenter) {
        QueryTranslator translator = new QueryTranslator(segmenter);
        ObjectNode query = translator.translate(node);
        return new Attempt(query, translator.highlightTerms(), relaxed);
    }
}
