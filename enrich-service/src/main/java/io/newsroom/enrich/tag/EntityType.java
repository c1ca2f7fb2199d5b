package io.newsroom.enrich.tag;

import io.newsroom.text.UserDictionary;

/** The three kinds of names the tagger reports. */
enum EntityType {
    PERSON, PLACE, ORGANIZATION;

    /** The entity type a dictionary entry names, or null for a plain word. */
    static EntityType of(UserDictionary.Kind kind) {
        return switch (kind) {
            case PERSON -> PERSON;
            case PLACE -> PLACE;
            case ORGANIZATION -> ORGANIZATION;
            case WORD -> null;
        };
    }
}
