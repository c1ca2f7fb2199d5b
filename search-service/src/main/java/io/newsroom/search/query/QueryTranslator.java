package io.newsroom.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsroom.contract.Json;
import io.newsroom.text.ChineseScript;
import io.newsroom.text.WordSegmenter;

/**
 * Turns a parsed query into an Elasticsearch query. User text only ever becomes the value of a
 * match, match_phrase or term query built here, never query_string syntax, so it cannot reach the
 * query DSL or scripts.
 *
 * <p>A word is segmented (the same segmenter as at index time, in simplified script) and matched
 * on the word fields, where BM25 ranks it; the exact character sequence in the title or body and an
 * exact entity or keyword add to the score. A phrase is matched character for character on the
 * printed text, in each script.
 */
public final class QueryTranslator {

    /** Long unspaced Chinese queries segment into many words: most, not all, must match. */
    static final String WORDS_MUST_MATCH = "3<75%";

    private final WordSegmenter segmenter;
    private final Set<String> highlightTerms = new LinkedHashSet<>();

    public QueryTranslator(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The query for the node; match_all when there is none. */
    public ObjectNode translate(QueryNode node) {
        ObjectNode q = node == null ? null : clause(node, null, true);
        return q == null ? matchAll() : q;
    }

    /** Words and phrases to mark in highlights (every script form), gathered by {@link #translate}. */
    public Set<String> highlightTerms() {
        return highlightTerms;
    }

    /** A clause, or null when the node holds nothing searchable (punctuation only). */
    private ObjectNode clause(QueryNode node, Field field, boolean positive) {
        if (node instanceof QueryNode.Term t) {
            return term(t.text(), field, positive);
        } else if (node instanceof QueryNode.Phrase p) {
            return phrase(p.text(), field, positive);
        } else if (node instanceof QueryNode.InField f) {
            return clause(f.value(), f.field(), positive);
        } else if (node instanceof QueryNode.Not n) {
            return not(clause(n.part(), field, !positive));
        } else if (node instanceof QueryNode.And a) {
            return and(a.parts(), field, positive);
        } else {
            return or(((QueryNode.Or) node).parts(), field, positive);
        }
    }

    private ObjectNode and(List<QueryNode> parts, Field field, boolean positive) {
        ObjectNode bool = Json.mapper().createObjectNode();
        ObjectNode b = bool.putObject("bool");
        int clauses = 0;
        for (QueryNode part : parts) {
            boolean negated = part instanceof QueryNode.Not;
            ObjectNode c = clause(negated ? ((QueryNode.Not) part).part() : part, field, negated != positive);
            if (c != null) {
                b.withArray(negated ? "must_not" : "must").add(c);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        if (!b.has("must")) {
            b.withArray("must").add(matchAll());
        }
        return bool;
    }

    private ObjectNode or(List<QueryNode> parts, Field field, boolean positive) {
        List<ObjectNode> clauses = new ArrayList<>();
        for (QueryNode part : parts) {
            ObjectNode c = clause(part, field, positive);
            if (c != null) {
                clauses.add(c);
            }
        }
        return anyOf(clauses);
    }

    private static ObjectNode not(ObjectNode inner) {
        if (inner == null) {
            return null;
        }
        ObjectNode bool = Json.mapper().createObjectNode();
        bool.putObject("bool").withArray("must").add(matchAll());
        bool.withObject("bool").withArray("must_not").add(inner);
        return bool;
    }

    private ObjectNode term(String text, Field field, boolean positive) {
        if (field != null && field.keywordField != null) {
            return exactValue(field.keywordField, text);
        }
        List<String> words = segmenter.words(ChineseScript.simplified(text));
        if (words.isEmpty()) {
            return null;
        }
        if (positive) {
            for (String word : words) {
                highlightTerms.addAll(ChineseScript.variants(word));
            }
        }
        List<ObjectNode> should = new ArrayList<>();
        ObjectNode wordMatch = Json.mapper().createObjectNode();
        ObjectNode mm = wordMatch.putObject("multi_match");
        mm.put("query", String.join(" ", words)).put("type", "cross_fields").put("minimum_should_match", WORDS_MUST_MATCH);
        ArrayNode fields = mm.putArray("fields");
        if (field != Field.BODY) {
            fields.add("titleWords^3");
        }
        if (field != Field.TITLE) {
            fields.add("bodyWords");
        }
        should.add(wordMatch);
        // The exact characters as typed rank closest matches first (and join the words of a name).
        if (field != Field.BODY) {
            should.add(phraseIn(List.of("title", "kicker", "subtitle"), text, 2.0));
        }
        if (field != Field.TITLE) {
            should.add(phraseIn(List.of("body"), text, 1.0));
        }
        if (field == null) {
            for (String kw : List.of("keywords", "entities.persons", "entities.places", "entities.organizations")) {
                ObjectNode exact = exactValue(kw, text);
                exact.withObject("bool").put("boost", 2.0);
                should.add(exact);
            }
        }
        return anyOf(should);
    }

    private ObjectNode phrase(String text, Field field, boolean positive) {
        if (field != null && field.keywordField != null) {
            return exactValue(field.keywordField, text);
        }
        if (positive) {
            highlightTerms.addAll(ChineseScript.variants(text));
        }
        List<String> fields = new ArrayList<>();
        if (field != Field.BODY) {
            fields.addAll(List.of("title", "kicker", "subtitle"));
        }
        if (field != Field.TITLE) {
            fields.add("body");
        }
        return phraseIn(fields, text, 1.0);
    }

    /** match_phrase of every script form of the text in each field; title-like fields weigh more. */
    private static ObjectNode phraseIn(List<String> fields, String text, double boost) {
        List<ObjectNode> should = new ArrayList<>();
        for (String form : ChineseScript.variants(text)) {
            for (String f : fields) {
                ObjectNode p = Json.mapper().createObjectNode();
                p.putObject("match_phrase").putObject(f).put("query", form).put("boost", f.equals("body") ? boost : boost * 3);
                should.add(p);
            }
        }
        return anyOf(should);
    }

    /** An exact keyword value in any script form, ignoring case (English names). */
    public static ObjectNode exactValue(String field, String value) {
        List<ObjectNode> should = new ArrayList<>();
        for (String form : ChineseScript.variants(value.strip())) {
            ObjectNode t = Json.mapper().createObjectNode();
            t.putObject("term").putObject(field).put("value", form).put("case_insensitive", true);
            should.add(t);
        }
        ObjectNode any = Json.mapper().createObjectNode();
        ArrayNode arr = any.putObject("bool").putArray("should");
        should.forEach(arr::add);
        any.withObject("bool").put("minimum_should_match", 1);
        return any;
    }

    static ObjectNode anyOf(List<ObjectNode> clauses) {
        if (clauses.isEmpty()) {
            return null;
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        ObjectNode bool = Json.mapper().createObjectNode();
        ArrayNode should = bool.putObject("bool").putArray("should");
        clauses.forEach(should::add);
        bool.withObject("bool").put("minimum_should_match", 1);
        return bool;
    }

    static ObjectNode matchAll() {
        ObjectNode all = Json.mapper().createObjectNode();
        all.putObject("match_all");
        return all;
    }
}
