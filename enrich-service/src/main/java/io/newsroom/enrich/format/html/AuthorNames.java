package io.newsroom.enrich.format.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Cleans author strings into person names: "By Jane Doe and John Roe, Staff Writers" is two names. */
public final class AuthorNames {

    private static final Pattern BY = Pattern.compile("(?i)^\\s*(written\\s+)?(by|from|author:?|authors:?|posted by|von|par|por)\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|、|，|和)\\s*");
    /** Job titles and agencies that follow a name in bylines. */
    private static final Set<String> NOT_NAMES = Set.of(
            "staff", "staff writer", "staff writers", "staff reporter", "reporter", "reporters", "correspondent",
            "editor", "editors", "contributor", "writer", "senior writer", "the associated press", "associated press",
            "reuters", "ap", "afp", "cnn", "bbc", "updated", "published", "more", "admin", "administrator");

    /** Words that end a byline after the name: roles and newsroom names ("Jane Doe, Staff Writer", "CNN Business"). */
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "(?i)\\s+(contributing|senior|chief|staff|special|foreign|political|business|science)?\\s*"
                    + "(writer|reporter|editor|correspondent|contributor|columnist)s?$");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i).*\\b(press|news|business|international|agency|service|magazine|media|times|post|journal|staff|team|desk)$");

    private AuthorNames() {
    }

    /** Names found in one byline or author field; empty when it holds none. */
    public static List<String> fromByline(String raw) {
        List<String> names = new ArrayList<>();
        if (raw == null) {
            return names;
        }
        String s = raw.replaceAll("\\s+", " ").strip();
        if (s.isEmpty() || s.length() > 200 || s.startsWith("http") || s.startsWith("@")) {
            return names;
        }
        s = BY.matcher(s).replaceFirst("");
        for (String part : SEPARATORS.split(s)) {
            String name = part.strip();
            int stop = name.indexOf(". ");
            if (stop > 0 && name.indexOf(' ') < stop) {
                name = name.substring(0, stop); // "Finian Cunningham. Sputnik International"
            }
            name = TRAILING_ROLE.matcher(name).replaceFirst("");
            name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
            if (ORGANISATION.matcher(name).matches()) {
                continue;
            }
            if (looksLikeName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Adds names not already present (case-insensitive). */
    public static void addAll(List<String> into, List<String> names) {
        Set<String> seen = new LinkedHashSet<>();
        for (String n : into) {
            seen.add(n.toLowerCase(Locale.ROOT));
        }
        for (String n : names) {
            if (seen.add(n.toLowerCase(Locale.ROOT))) {
                into.add(n);
            }
        }
    }

    static boolean looksLikeName(String name) {
        if (name.isEmpty() || name.length() > 60 || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (name.chars().anyMatch(c -> Character.isDigit(c) || "()[]{}<>=:/@#".indexOf(c) >= 0)) {
            return false;
        }
        if (name.matches("\\p{Lu}{1,4}") || name.matches("(?i)(ap|afp|upi|dpa)\\s.*") || name.matches(".*\\w\\.\\p{L}{2,}.*")) {
            return false; // credentials (MS, RDN), wire-service desks (AP Auto), domains (site.com)
        }
        boolean cjk = TextWeight.isCjk(name.charAt(0));
        if (cjk) {
            return name.length() >= 2 && name.length() <= 8;
        }
        // Latin-script names: one to five words, each starting with a capital letter or a particle
        String[] words = name.split(" ");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Set.of("de", "van", "von", "da", "di", "del", "la", "le", "bin", "al").contains(w)) {
                return false;
            }
        }
        return true;
    }
}
