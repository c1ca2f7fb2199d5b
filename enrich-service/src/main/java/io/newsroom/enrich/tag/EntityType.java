package io.newsroom.enrich.tag;

import java.util.Locale;

/** The three kinds of names the tagger reports. */
enum EntityType {
    PERSON("nr"), PLACE("ns"), ORGANIZATION("nt");

    /** The part-of-speech HanLP gives such a word, so its segmenter keeps dictionary names whole. */
    final String hanlpNature;

    EntityType(String hanlpNature) {
        this.hanlpNature = hanlpNature;
    }

    /** Parses {@code person}, {@code place} or {@code organization} (also {@code organisation}, {@code org}); null when unknown. */
    static EntityType parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "person", "per" -> PERSON;
            case "place", "location", "loc" -> PLACE;
            case "organization", "organisation", "org" -> ORGANIZATION;
            default -> null;
        };
    }
}
