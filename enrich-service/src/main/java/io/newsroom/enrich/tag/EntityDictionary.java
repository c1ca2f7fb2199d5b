package io.newsroom.enrich.tag;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import io.newsroom.text.UserDictionary;

/**
 * Names whose type is known in advance: the entries of the shared {@link UserDictionary} (built-in
 * list plus the file named by {@code NEWSROOM_DICTIONARY} or {@code -Dnewsroom.dictionary}) that
 * name a person, place or organisation. Plain words of that dictionary only shape segmentation.
 * Read-only, thread-safe.
 */
final class EntityDictionary {

    private final Map<String, EntityType> types;

    EntityDictionary(Map<String, EntityType> types) {
        this.types = Collections.unmodifiableMap(new HashMap<>(types));
    }

    /** The names of this JVM's user dictionary (installed into the segmenter on first use). */
    static EntityDictionary shared() {
        return Holder.INSTANCE;
    }

    /** The names of a dictionary. */
    static EntityDictionary of(UserDictionary dictionary) {
        Map<String, EntityType> types = new HashMap<>();
        dictionary.entries().forEach((word, kind) -> {
            EntityType type = EntityType.of(kind);
            if (type != null) {
                types.put(word, type);
            }
        });
        return new EntityDictionary(types);
    }

    /** The type of a known name, or null. */
    EntityType typeOf(String name) {
        return types.get(name);
    }

    int size() {
        return types.size();
    }

    private static final class Holder {
        static final EntityDictionary INSTANCE = of(UserDictionary.installed());
    }
}
