package io.newsroom.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.newsroom.contract.Json;

/**
 * A question about a batch asked without fetching a document: the documents that hold one of some
 * values of a keyword field, grouped by that value (one bucket per value found), with whatever
 * sub-aggregations the caller adds. The node answers from doc values alone.
 */
final class TermGroups {

    private final ObjectNode body = Json.mapper().createObjectNode();
    private final ObjectNode groups;

    TermGroups(String field, Collection<String> values) {
        body.put("size", 0);
        ArrayNode terms = body.putObject("query").putObject("terms").putArray(field);
        values.forEach(terms::add);
        groups = body.putObject("aggs").putObject("groups");
        groups.putObject("terms").put("field", field).put("size", values.size());
    }

    /** Where the caller adds the aggregations computed within each group. */
    ObjectNode subAggregations() {
        return groups.with("aggs");
    }

    /** The groups found, one per value present in the index. */
    List<StringTermsBucket> run(ElasticsearchClient client, String index) throws IOException {
        Aggregate found = client.search(s -> s.index(index).withJson(new StringReader(body.toString())), Void.class)
                .aggregations().get("groups");
        return found == null ? List.of() : found.sterms().buckets().array();
    }
}
