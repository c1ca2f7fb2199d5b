package io.newsroom.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import com.hankcs.hanlp.dictionary.CustomDictionary;

/**
 * Words the segmenter must keep whole, with what they name: a built-in list of Chinese
 * institutions plus a file users extend without rebuilding, named by the system property
 * {@code newsroom.dictionary} or the environment variable {@code NEWSROOM_DICTIONARY}.
 *
 * <p>File format (UTF-8): one entry a line, {@code word<TAB>kind}, kind one of {@code person},
 * {@code place}, {@code organization} (also {@code per}, {@code loc}, {@code org}, {@code organisation})
 * or {@code word} (a plain word: kept whole, no entity); a line with no kind is a plain word. Names
 * with spaces (English) are entities only; the segmenter keeps only space-free words whole.
 * {@code #} starts a comment line. Later entries win over earlier ones and over the built-in list.
 *
 * <p>The entries go into HanLP's custom dictionary, which every HanLP segmenter in the JVM
 * consults: so the enrich service (tagging and indexed words) and the search service (query words)
 * must both install the same dictionary, once, before their first segmentation.
 * {@link WordSegmenter} does so itself; other segmenters call {@link #installed()} first.
 */
public final class UserDictionary {

    public static final String PROPERTY = "newsroom.dictionary";
    public static final String ENVIRONMENT = "NEWSROOM_DICTIONARY";
    private static final String BUILT_IN = "entities-zh.txt";
    private static final Logger LOG = Logger.getLogger(UserDictionary.class.getName());

    /** What an entry names; the HanLP part of speech keeps the segmenter's recognisers consistent with it. */
    public enum Kind {
        PERSON("nr"), PLACE("ns"), ORGANIZATION("nt"), WORD("nz");

        final String nature;

        Kind(String nature) {
            this.nature = nature;
        }

        /** The kind a dictionary line names, or null when the text names none. */
        public static Kind parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "person", "per" -> PERSON;
                case "place", "location", "loc" -> PLACE;
                case "organization", "organisation", "org" -> ORGANIZATION;
                case "word", "" -> WORD;
                default -> null;
            };
        }
    }

    private final Map<String, Kind> kinds;

    private UserDictionary(Map<String, Kind> kinds) {
        this.kinds = Collections.unmodifiableMap(kinds);
    }

    /** The dictionary of this JVM (built-in list plus the configured file), installed into the segmenter on first use. */
    public static UserDictionary installed() {
        return Holder.INSTANCE;
    }

    /** Reads the built-in list and the configured file, and inserts them into the segmenter. Used once per JVM (and by tests). */
    public static UserDictionary load() {
        Map<String, Kind> kinds = parse(ListFiles.resourceLines(UserDictionary.class, BUILT_IN), "built-in " + BUILT_IN);
        Path file = configuredFile();
        if (file != null) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                kinds.putAll(parse(ListFiles.lines(reader), file.toString()));
                LOG.info(() -> "user dictionary " + file + " loaded");
            } catch (IOException e) {
                LOG.warning(() -> "cannot read the user dictionary " + file + ": " + e);
            }
        }
        for (Map.Entry<String, Kind> entry : kinds.entrySet()) {
            // names with spaces (Jane Doe) are never one segmenter word; the frequency is high enough
            // for a word to win over the core dictionary's splits
            if (entry.getKey().chars().noneMatch(Character::isWhitespace)) {
                CustomDictionary.insert(entry.getKey(), entry.getValue().nature + " 1000");
            }
        }
        return new UserDictionary(kinds);
    }

    /** What a word names, or null when it is not in the dictionary. */
    public Kind kindOf(String word) {
        return kinds.get(word);
    }

    /** Every entry, in file order. */
    public Map<String, Kind> entries() {
        return kinds;
    }

    /** The file named by {@code -Dnewsroom.dictionary} or {@code NEWSROOM_DICTIONARY}, or null. */
    public static Path configuredFile() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            file = System.getenv(ENVIRONMENT);
        }
        return file == null || file.isBlank() ? null : Path.of(file.strip());
    }

    /** Parses dictionary lines; malformed lines are skipped with a warning rather than failing the service. */
    public static Map<String, Kind> parse(List<String> lines, String source) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            Kind kind = parts.length == 1 ? Kind.WORD : parts.length == 2 ? Kind.parse(parts[1]) : null;
            String word = parts[0].strip();
            if (kind == null || word.isEmpty()) {
                LOG.warning(() -> source + ": ignored line (want word<TAB>person|place|organization|word): " + line);
                continue;
            }
            kinds.put(word, kind);
        }
        return kinds;
    }

    private static final class Holder {
        static final UserDictionary INSTANCE = load();
    }
}
