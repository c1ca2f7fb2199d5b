package io.newsroom.enrich.tag;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a text as an ISO 639-1 code.
 *
 * <p>Scripts decide most languages outright: kana makes Japanese even among kanji, hangul Korean,
 * Han alone Chinese, Cyrillic Russian (Ukrainian when its own letters show), and so on. Latin-script
 * text is scored against short stop-word profiles (en, fr, de, es, it, pt, nl). A declared language
 * (HTML {@code lang}) is honoured when it is plausible for the script and not contradicted by
 * clear stop-word evidence. Text without letters gives the hint, or {@code und}. Thread-safe.
 */
public final class LanguageDetector {

    public static final String UNDETERMINED = "und";
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private static final short NOT_A_LETTER = -1;
    /** The script of each character of the basic plane that is a letter, else {@link #NOT_A_LETTER}: two lookups saved per character. */
    private static final short[] LETTER_SCRIPT = new short[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_SCRIPT[c] = Character.isLetter(c) ? (short) Character.UnicodeScript.of(c).ordinal() : NOT_A_LETTER;
        }
    }
    private static final int SAMPLE = 4000;
    private static final Map<String, Set<String>> STOP_LISTS = stopLists();
    private static final Map<String, Set<String>> PROFILES = profiles();
    private static final Map<String, Set<String>> KEYWORD_STOP_WORDS = keywordStopWords();
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = Map.of(
            Character.UnicodeScript.ARABIC, "ar",
            Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.DEVANAGARI, "hi",
            Character.UnicodeScript.GEORGIAN, "ka",
            Character.UnicodeScript.ARMENIAN, "hy");

    /** Detects the language of the text, taking the declared one when it is plausible. */
    public String detect(String text, String hint) {
        String declared = normalise(hint);
        String sample = text == null ? "" : text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        // letters counted per script in an array (this runs over the first 4000 characters of every article), then
        // put in the map in the order the scripts were first met, as counting in the map itself would have
        int[] counts = new int[SCRIPTS.length];
        java.util.List<Character.UnicodeScript> met = new java.util.ArrayList<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            int script = c <= Character.MAX_VALUE ? LETTER_SCRIPT[c] : Character.isLetter(c) ? Character.UnicodeScript.of(c).ordinal() : NOT_A_LETTER;
            if (script != NOT_A_LETTER) {
                if (counts[script]++ == 0) {
                    met.add(SCRIPTS[script]);
                }
                letters++;
            }
        }
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        for (Character.UnicodeScript script : met) {
            scripts.put(script, counts[script.ordinal()]);
        }
        if (letters == 0) {
            return declared != null ? declared : UNDETERMINED;
        }
        int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        int hangul = scripts.getOrDefault(Character.UnicodeScript.HANGUL, 0);
        int cyrillic = scripts.getOrDefault(Character.UnicodeScript.CYRILLIC, 0);
        int latin = scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        Character.UnicodeScript dominant = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();

        // Japanese mixes kanji with kana; a few kana in Chinese text (a quoted brand) do not make it Japanese
        if (kana > 0 && kana * 10 >= han + kana && (kana + han) * 2 >= letters) {
            return "ja";
        }
        if (hangul * 2 >= letters) {
            return "ko";
        }
        if (han * 2 >= letters || (han > 0 && han * 5 >= letters && dominant != Character.UnicodeScript.LATIN)) {
            return plausible(declared, "zh", "yue", "wuu") ? declared : "zh";
        }
        if (han > 0 && han * 5 >= letters) {
            return "zh"; // Chinese text with a lot of Latin (product names, URLs) is still Chinese
        }
        if (cyrillic * 2 >= letters) {
            if (plausible(declared, "ru", "uk", "bg", "sr", "mk", "be", "kk")) {
                return declared;
            }
            return sample.chars().anyMatch(c -> c == 'ї' || c == 'є' || c == 'ґ' || c == 'і') ? "uk" : "ru";
        }
        if (latin * 2 >= letters) {
            return latinLanguage(sample, declared);
        }
        String byScript = SCRIPT_LANGUAGES.get(dominant);
        if (byScript != null) {
            if ("ar".equals(byScript) && sample.chars().anyMatch(c -> c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ')) {
                return plausible(declared, "fa", "ur") ? declared : "fa";
            }
            return byScript;
        }
        return declared != null ? declared : UNDETERMINED;
    }

    private static String latinLanguage(String sample, String declared) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String language : PROFILES.keySet()) {
            scores.put(language, 0);
        }
        int words = 0;
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> profile : PROFILES.entrySet()) {
                if (profile.getValue().contains(word)) {
                    scores.merge(profile.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = "en";
        int bestScore = 0;
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        if (declared != null && isLatinLanguage(declared)) {
            int declaredScore = scores.getOrDefault(declared, 0);
            // keep the declaration unless the text clearly reads as another language
            boolean clearlyOther = bestScore >= 5 && bestScore > 3 * declaredScore && bestScore * 10 >= words;
            if (!clearlyOther) {
                return declared;
            }
        }
        return bestScore == 0 && declared != null ? declared : best;
    }

    private static boolean isLatinLanguage(String code) {
        return PROFILES.containsKey(code) || Set.of("sv", "da", "no", "nb", "fi", "pl", "cs", "sk", "hu", "ro", "tr", "id", "ms",
                "vi", "ca", "hr", "sl", "et", "lv", "lt", "sq", "sw", "tl", "eu", "gl", "af", "ga", "is").contains(code);
    }

    private static boolean plausible(String declared, String... codes) {
        if (declared == null) {
            return false;
        }
        for (String code : codes) {
            if (code.equals(declared)) {
                return true;
            }
        }
        return false;
    }

    /** {@code zh-Hans-CN} → {@code zh}; null for blank or malformed hints. */
    static String normalise(String hint) {
        if (hint == null) {
            return null;
        }
        String code = hint.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    /** Detection profiles: lines whose code ends with {@code +} only add keyword stop words. */
    private static Map<String, Set<String>> profiles() {
        Map<String, Set<String>> profiles = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> list : STOP_LISTS.entrySet()) {
            if (!list.getKey().endsWith("+")) {
                profiles.put(list.getKey(), list.getValue());
            }
        }
        return profiles;
    }

    private static Map<String, Set<String>> stopLists() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String line : Lexicon.lines("stopwords.txt")) {
            String[] words = line.split("\\s+");
            lists.put(words[0], Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words).subList(1, words.length))));
        }
        return lists;
    }

    /** Words of a Latin-script language never worth a keyword: its profile plus its extra list. */
    public static Set<String> stopWords(String language) {
        return KEYWORD_STOP_WORDS.getOrDefault(language, Set.of());
    }

    private static Map<String, Set<String>> keywordStopWords() {
        Map<String, Set<String>> merged = new HashMap<>();
        Set<String> languages = new java.util.HashSet<>(PROFILES.keySet());
        STOP_LISTS.keySet().forEach(list -> languages.add(list.replace("+", "")));
        for (String language : languages) {
            Set<String> words = new java.util.HashSet<>(PROFILES.getOrDefault(language, Set.of()));
            words.addAll(STOP_LISTS.getOrDefault(language + "+", Set.of()));
            merged.put(language, Set.copyOf(words));
        }
        return merged;
    }
}
