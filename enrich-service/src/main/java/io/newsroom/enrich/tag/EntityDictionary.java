package io.newsroom.enrich.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * Names whose type is known in advance: a small built-in list plus a file users extend without
 * rebuilding, named by the system property {@code newsroom.dictionary} or the environment variable
 * {@code NEWSROOM_DICTIONARY}. Lines are {@code name<TAB>person|place|organization}; {@code #} starts
 * a comment. Every name also goes into HanLP's custom dictionary so the segmenter keeps it whole.
 *
 * <p>Loaded once per JVM ({@link #shared()}); read-only afterwards, so thread-safe.
 */
final class EntityDictionary {

    static final String PROPERTY = "newsroom.dictionary";
    static final String ENVIRONMENT = "NEWSROOM_DICTIONARY";
    private static final Logger LOG = Logger.getLogger(EntityDictionary.class.getName());

    private final Map<String, EntityType> types;

    EntityDictionary(Map<String, EntityType> types) {
        this.types = Collections.unmodifiableMap(new HashMap<>(types));
    }

    /** The built-in names plus the user's file, if one is configured. */
    static EntityDictionary shared() {
        return Holder.INSTANCE;
    }

    /** The type of a known name, or null. */
    EntityType typeOf(String name) {
        return types.get(name);
    }

    int size() {
        return types.size();
    }

    /** Parses dictionary lines; malformed lines are skipped with a warning rather than failing the service. */
    static Map<String, EntityType> parse(List<String> lines, String source) {
        Map<String, EntityType> types = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            EntityType type = parts.length == 2 ? EntityType.parse(parts[1]) : null;
            if (type == null || parts[0].isBlank()) {
                LOG.warning(() -> source + ": ignored line (want name<TAB>person|place|organization): " + line);
                continue;
            }
            types.put(parts[0].strip(), type);
        }
        return types;
    }

    static Path configuredFile() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            file = System.getenv(ENVIRONMENT);
        }
        return file == null || file.isBlank() ? null : Path.of(file.strip());
    }

    static EntityDictionary load() {
        Map<String, EntityType> types = parse(Lexicon.lines("entities-zh.txt"), "built-in entities-zh.txt");
        Path file = configuredFile();
        if (file != null) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                types.putAll(parse(Lexicon.lines(reader), file.toString()));
            } catch (IOException e) {
                LOG.warning(() -> "cannot read the user dictionary " + file + ": " + e);
            }
        }
        for (Map.Entry<String, EntityType> entry : types.entrySet()) {
            if (entry.getKey().codePoints().anyMatch(Character::isIdeographic)) {
                CustomDictionary.insert(entry.getKey(), entry.getValue().hanlpNature + " 1000");
            }
        }
        return new EntityDictionary(types);
    }

    private static final class Holder {
        static final EntityDictionary INSTANCE = load();
    }
}
