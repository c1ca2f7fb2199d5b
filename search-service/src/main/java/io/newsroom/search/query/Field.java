package io.newsroom.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The field prefixes a query may use ({@code title:燃气}), and the index fields behind them. */
public enum Field {
    TITLE("title", null),
    BODY("body", null),
    PERSON("person", "entities.persons"),
    PLACE("place", "entities.places"),
    ORGANIZATION("organization", "entities.organizations"),
    KEYWORD("keyword", "keywords"),
    CATEGORY("category", "categories"),
    PUBLICATION("publication", "publication"),
    LANGUAGE("language", "language"),
    SOURCE("source", "sourceFile");

    /** The prefix as typed, which is also the name of the matching filter parameter. */
    public final String prefix;
    /** The keyword field matched exactly; null for the full-text fields. */
    public final String keywordField;

    Field(String prefix, String keywordField) {
        this.prefix = prefix;
        this.keywordField = keywordField;
    }

    public static Optional<Field> byPrefix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        // "organisation" is accepted too: the issue spells it both ways.
        if (p.equals("organisation")) {
            return Optional.of(ORGANIZATION);
        }
        return Arrays.stream(values()).filter(f -> f.prefix.equals(p)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(f -> f.prefix + ":").collect(Collectors.joining(" "));
    }
}
