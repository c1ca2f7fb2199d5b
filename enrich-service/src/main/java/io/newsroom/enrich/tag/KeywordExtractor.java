package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.contract.Entities;

/**
 * Five to ten keywords per article, by TF-IDF: how often a word occurs in the article against how
 * common it is in general Chinese (HanLP's core dictionary frequencies stand in for document
 * frequencies; words it does not know count as rare). Candidates are nouns, proper names and
 * verbal nouns of two characters or more, never stop words; entity names the recogniser found
 * (including multi-word organisation names) are preferred, words of the title count double.
 * English uses word frequency with a stop list. Stateless and thread-safe.
 */
final class KeywordExtractor {

    static final int MAX = 10;
    static final int MIN = 5;
    private static final Set<String> STOP_ZH = Lexicon.words("stopwords-zh.txt");
    private static final Set<String> STOP_EN = LanguageDetector.stopWords("en");
    private static final double ENTITY_BOOST = 1.5;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Where a clause ends: words on either side of these are not side by side. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\[\\]\"“”‘’—–|/]+|\\s-\\s|\\n");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}'-]+");
    private static final double TITLE_BOOST = 2.0;
    /** Three katakana or more (with ー and the ・ between a foreign name's parts), or two to eight kanji. */
    private static final Pattern JAPANESE_RUN = Pattern.compile("[\\p{IsKatakana}ー・]{3,}|[\\p{IsHan}々]{2,8}");

    /** Keywords of a Chinese article from its segmented title and body. */
    List<String> chinese(List<Term> title, List<List<Term>> body, Entities entities) {
        Map<String, Double> tf = new LinkedHashMap<>();
        Set<String> nameGuesses = new HashSet<>();
        Map<String, PhraseCount> phrases = new HashMap<>();
        countChinese(title, TITLE_BOOST, tf, nameGuesses, phrases);
        for (List<Term> paragraph : body) {
            countChinese(paragraph, 1.0, tf, nameGuesses, phrases);
        }
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Double> entry : tf.entrySet()) {
            scores.put(entry.getKey(), entry.getValue() * inverseFrequency(entry.getKey()));
        }
        addRepeatedPhrases(phrases, tf, scores);
        dropRejectedNames(scores, nameGuesses, entities);
        Set<String> names = allNames(entities);
        dropNameFragments(scores, names);
        String text = joined(title, body);
        dropGluedPieces(scores, text, names, phrases);
        boostEntities(scores, entities, tf, text);
        dropCreditedSources(scores, text, entities);
        return best(scores, tf);
    }

    /** 新华社 in 新华社北京11月3日电, 新华社电 or a picture's 新华社发; 株洲日报 in 株洲日报讯 or 人民日报记者: the source crediting a report. */
    private static final Pattern CREDIT_AFTER_NAME = Pattern.compile("(?:[^，。；！？、\\s]{0,10}?\\d{1,2}日)?电|[^，。；！？、\\s]{1,6}?电|记者|讯|通讯员|特约记者|消息|客户端|评论员|发(?:$|[\\s）)])");

    /**
     * A newspaper or agency named only to credit the report (its dateline or byline) tells where the
     * report comes from, not what it is about: it stays an organisation, but is no keyword.
     */
    private static void dropCreditedSources(Map<String, Double> scores, String text, Entities entities) {
        if (entities.organizations().stream().noneMatch(scores::containsKey)) {
            return;
        }
        for (String name : entities.organizations()) {
            if (!scores.containsKey(name)) {
                continue;
            }
            boolean onlyCredits = false;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                onlyCredits = CREDIT_AFTER_NAME.matcher(text).region(at + name.length(), text.length()).lookingAt();
                if (!onlyCredits) {
                    break;
                }
            }
            if (onlyCredits) {
                scores.remove(name);
            }
        }
    }

    /**
     * Counts a run of terms: candidate words, and pairs of common nouns side by side (底线 思维,
     * 定点 帮扶), which name a topic more precisely than either word alone.
     */
    private static void countChinese(List<Term> terms, double weight, Map<String, Double> tf, Set<String> nameGuesses,
            Map<String, PhraseCount> phrases) {
        Term previous = null;
        boolean previousOpensPhrase = false;
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            if (!isChineseCandidate(term)) {
                previous = null;
                continue;
            }
            tf.merge(term.word, weight, Double::sum);
            noteNameGuess(term, nameGuesses);
            if (isCommonNoun(term)) {
                if (previous != null && previousOpensPhrase) {
                    String first = previous.word;
                    phrases.computeIfAbsent(first + term.word, p -> new PhraseCount(first, term.word)).add(weight);
                }
                // 民 法典 草案, 未 摘帽 贫困县: a lone character before the pair belongs to its first word, the pair is no phrase
                previousOpensPhrase = previous != null || k == 0 || !isLoneCharacterOfAWord(terms.get(k - 1));
                previous = term;
            } else {
                previous = null;
            }
        }
    }

    /** Particles, prepositions and conjunctions of one character stand apart; another lone character is a piece of a word. */
    private static boolean isLoneCharacterOfAWord(Term term) {
        String nature = term.nature == null ? "" : term.nature.toString();
        return term.word.length() == 1 && Character.isIdeographic(term.word.codePointAt(0))
                && !(nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("w")
                        || nature.startsWith("r") || nature.startsWith("v") || nature.startsWith("m") || nature.startsWith("q"));
    }

    /** A pair of words seen side by side: its two words, its weighted count and how often it was seen. */
    private static final class PhraseCount {
        final String first;
        final String second;
        double count;
        int seen;

        PhraseCount(String first, String second) {
            this.first = first;
            this.second = second;
        }

        void add(double weight) {
            count += weight;
            seen++;
        }
    }

    /** A phrase used twice or more ranks as its rarer word would, and covers its words in the choice. */
    private static void addRepeatedPhrases(Map<String, PhraseCount> phrases, Map<String, Double> tf, Map<String, Double> scores) {
        for (Map.Entry<String, PhraseCount> entry : phrases.entrySet()) {
            PhraseCount phrase = entry.getValue();
            if (phrase.seen < 2 || STOP_ZH.contains(entry.getKey())) {
                continue;
            }
            double idf = Math.max(inverseFrequency(phrase.first), inverseFrequency(phrase.second));
            tf.merge(entry.getKey(), phrase.count, Math::max);
            scores.merge(entry.getKey(), phrase.count * idf, Math::max);
        }
    }

    /** A common noun or verbal noun: no name, which keeps its own place among the keywords. */
    private static boolean isCommonNoun(Term term) {
        String nature = term.nature.toString();
        return nature.equals("n") || nature.equals("vn") || nature.equals("nz") || nature.startsWith("gi") || nature.equals("nnd");
    }

    /** A word the segmenter tagged as a name (person, place, organisation), by its part of speech. */
    private static void noteNameGuess(Term term, Set<String> nameGuesses) {
        String nature = term.nature.toString();
        if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt")) {
            nameGuesses.add(term.word);
        }
    }

    /**
     * A word the segmenter tagged as a name that the entity recogniser did not take for one is a
     * misreading (a piece of a phrase), no keyword; the names it did take are boosted below.
     */
    private static void dropRejectedNames(Map<String, Double> scores, Set<String> nameGuesses, Entities entities) {
        if (nameGuesses.isEmpty()) {
            return;
        }
        Set<String> confirmed = new HashSet<>(entities.persons());
        confirmed.addAll(entities.places());
        confirmed.addAll(entities.organizations());
        for (String guess : nameGuesses) {
            if (!confirmed.contains(guess)) {
                scores.remove(guess);
            }
        }
    }

    /** The article's words as the segmenter gave them, title first, a line per paragraph. */
    private static String joined(List<Term> title, List<List<Term>> body) {
        StringBuilder text = new StringBuilder();
        title.forEach(term -> text.append(term.word));
        text.append('\n');
        for (List<Term> paragraph : body) {
            paragraph.forEach(term -> text.append(term.word));
            text.append('\n');
        }
        return text.toString();
    }

    /** Characters that stand beside any word (particles, prepositions, conjunctions, measure words): no sign of a longer word. */
    private static final String FUNCTION_CHARACTERS = "的了和与及等是在为中上下里也都就将把被对从向以而或并又还要会能可不有之其让由到给于这那个各每该此着过地得所年月日";

    /**
     * 管齐 out of 多管齐下, 谭德 out of 谭德塞: a word the article writes two times or more, each time
     * with the same character glued before it (or each time after it), is a piece the segmenter cut
     * from a longer word the article keeps repeating, not a keyword of its own.
     */
    private static void dropGluedPieces(Map<String, Double> scores, String text, Set<String> names, Map<String, PhraseCount> phrases) {
        scores.keySet().removeIf(word -> !names.contains(word) && !phrases.containsKey(word) && CoreDictionary.get(word) == null
                && isGluedPiece(word, text));
    }

    private static boolean isGluedPiece(String word, String text) {
        int seen = 0;
        char before = 0;
        char after = 0;
        boolean sameBefore = true;
        boolean sameAfter = true;
        for (int at = text.indexOf(word); at >= 0 && (sameBefore || sameAfter); at = text.indexOf(word, at + word.length())) {
            char b = at > 0 ? text.charAt(at - 1) : ' ';
            int end = at + word.length();
            char a = end < text.length() ? text.charAt(end) : ' ';
            sameBefore &= seen == 0 ? isWordCharacter(b) : b == before;
            sameAfter &= seen == 0 ? isWordCharacter(a) : a == after;
            before = b;
            after = a;
            seen++;
        }
        return seen >= 2 && (sameBefore || sameAfter);
    }

    private static boolean isWordCharacter(char c) {
        return Character.isIdeographic(c) && FUNCTION_CHARACTERS.indexOf(c) < 0;
    }

    /** 方红 out of 聂方红: a piece the segmenter cut from a name is not a keyword. */
    private static void dropNameFragments(Map<String, Double> scores, Set<String> names) {
        scores.keySet().removeIf(word -> isInsideAName(word, names));
    }

    /** The names of every kind the recogniser found. */
    private static Set<String> allNames(Entities entities) {
        Set<String> names = new HashSet<>(entities.persons());
        names.addAll(entities.organizations());
        names.addAll(entities.places());
        return names;
    }

    /** A plain loop, not a stream per word: this runs for every candidate word against every name. */
    private static boolean isInsideAName(String word, Set<String> names) {
        for (String name : names) {
            if (name.length() > word.length() && name.contains(word) && !name.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** rudolph beside Mason Rudolph: a word of a name is the name, already a candidate. */
    private static void dropNameWords(Map<String, Double> scores, Entities entities) {
        List<String> names = new ArrayList<>(entities.persons());
        names.addAll(entities.organizations());
        names.addAll(entities.places());
        for (String name : names) {
            for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!name.equalsIgnoreCase(word)) {
                    scores.remove(word);
                }
            }
        }
    }

    /**
     * Keywords of a Japanese article, without a segmenter: runs of kanji (a compound noun ends where kana
     * write the grammar: 政府 in 政府は) and runs of katakana (loanwords and foreign names), counted, longer
     * runs first among equals.
     */
    List<String> japanese(String title, String body, Set<String> stopWords) {
        Map<String, Double> tf = new LinkedHashMap<>();
        countJapanese(title, TITLE_BOOST, tf, stopWords);
        countJapanese(body, 1.0, tf, stopWords);
        Map<String, Double> scores = new HashMap<>();
        tf.forEach((word, count) -> scores.put(word, count * Math.log(1 + word.length())));
        return best(scores, tf);
    }

    private static void countJapanese(String text, double weight, Map<String, Double> tf, Set<String> stopWords) {
        Matcher run = JAPANESE_RUN.matcher(text == null ? "" : text);
        while (run.find()) {
            String word = run.group().replaceAll("^・+|・+$", "");
            if (word.codePointCount(0, word.length()) >= 2 && !stopWords.contains(word)) {
                tf.merge(word, weight, Double::sum);
            }
        }
    }

    /** Keywords of an English (or other Latin-script) article. */
    List<String> latin(String title, String body, Entities entities, Set<String> stopWords) {
        Map<String, Double> tf = new LinkedHashMap<>();
        countWords(title, TITLE_BOOST, tf, stopWords);
        countWords(body, 1.0, tf, stopWords);
        tf = mergeInflections(tf);
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Double> entry : tf.entrySet()) {
            // longer words carry more meaning than short frequent ones
            scores.put(entry.getKey(), entry.getValue() * Math.log(entry.getKey().length()));
        }
        String text = WHITESPACE.matcher(title + "\n" + body).replaceAll(" ").toLowerCase(Locale.ROOT);
        Entities mentioned = mentionedIn(entities, text);
        dropNameWords(scores, mentioned);
        addRepeatedWordPairs(title, body, stopWords, mentioned, tf, scores);
        dropPastForms(scores, title);
        boostEntities(scores, mentioned, tf, text);
        return best(scores, tf);
    }

    /**
     * defeated, scored, hawks defeated: a verb's past form, alone or ending a pair, tells what happened, not
     * what the article is about, unless the title puts it forward (stabbed in a title about a stabbing).
     * Words in -eed (speed, seed) are no such forms; a pair opening with one (confirmed cases) names a thing.
     */
    private static void dropPastForms(Map<String, Double> scores, String title) {
        String titleWords = title == null ? "" : latinWords(title);
        scores.keySet().removeIf(word -> word.endsWith("ed") && !word.endsWith("eed")
                && word.length() - word.lastIndexOf(' ') > 6 && !titleWords.contains(word));
    }

    /**
     * Two words side by side in one clause, used twice or more (bubonic plague, trade talks), name a
     * topic more precisely than either alone; pairs holding a word of a name are left to the name.
     */
    private static void addRepeatedWordPairs(String title, String body, Set<String> stopWords, Entities names,
            Map<String, Double> tf, Map<String, Double> scores) {
        Map<String, Double> counts = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        countWordPairs(title, TITLE_BOOST, stopWords, counts, seen);
        countWordPairs(body, 1.0, stopWords, counts, seen);
        Set<String> nameWords = new HashSet<>();
        for (List<String> kind : List.of(names.persons(), names.places(), names.organizations())) {
            kind.forEach(name -> nameWords.addAll(List.of(name.toLowerCase(Locale.ROOT).split("\\s+"))));
        }
        for (Map.Entry<String, Double> pair : counts.entrySet()) {
            String phrase = pair.getKey();
            int space = phrase.indexOf(' ');
            if (seen.get(phrase) < 2 || nameWords.contains(phrase.substring(0, space)) || nameWords.contains(phrase.substring(space + 1))) {
                continue;
            }
            tf.put(phrase, pair.getValue());
            scores.put(phrase, pair.getValue() * Math.log(phrase.length()));
        }
    }

    private static void countWordPairs(String text, double weight, Set<String> stopWords, Map<String, Double> counts,
            Map<String, Integer> seen) {
        if (text == null) {
            return;
        }
        for (String clause : CLAUSE_BREAK.split(latinWords(text))) {
            String previous = null;
            for (String token : WORD_BREAK.split(clause)) {
                String word = stripApostrophesAndHyphens(token);
                if (word.length() < 3 || stopWords.contains(word) || STOP_EN.contains(word) || word.contains("'")) {
                    previous = null;
                    continue;
                }
                if (previous != null) {
                    String phrase = previous + " " + word;
                    counts.merge(phrase, weight, Double::sum);
                    seen.merge(phrase, 1, Integer::sum);
                }
                previous = word;
            }
        }
    }

    /**
     * The names the article's own words mention: a reporter named only in the byline wrote the
     * article and is one of its people, but not what it is about. The text is lower case, its whitespace single spaces.
     */
    static Entities mentionedIn(Entities entities, String words) {
        Predicate<String> mentioned = name -> words.contains(WHITESPACE.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT));
        return new Entities(entities.persons().stream().filter(mentioned).toList(), entities.places().stream().filter(mentioned).toList(),
                entities.organizations().stream().filter(mentioned).toList());
    }

    /**
     * approves, approved, approving: one keyword, the form the article uses most, counting them all;
     * a crude suffix stem is enough to group the forms of one word within one article.
     */
    static Map<String, Double> mergeInflections(Map<String, Double> tf) {
        Map<String, String> formOfStem = new HashMap<>();
        Map<String, Double> countOfStem = new HashMap<>();
        for (Map.Entry<String, Double> entry : tf.entrySet()) {
            String word = entry.getKey();
            String stem = stem(word);
            countOfStem.merge(stem, entry.getValue(), Double::sum);
            String form = formOfStem.get(stem);
            if (form == null || tf.get(word) > tf.get(form) || tf.get(word).equals(tf.get(form)) && word.length() < form.length()) {
                formOfStem.put(stem, word);
            }
        }
        Map<String, Double> merged = new LinkedHashMap<>();
        for (String word : tf.keySet()) {
            String stem = stem(word);
            if (formOfStem.get(stem).equals(word)) {
                merged.put(word, countOfStem.get(stem));
            }
        }
        return merged;
    }

    private static String stem(String word) {
        String stem = word;
        if (stem.length() > 5 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && (stem.endsWith("ies") || stem.endsWith("ied"))) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.length() > 4 && (stem.endsWith("ed") || stem.endsWith("es"))) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem.length() > 3 && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }

    static Set<String> englishStopWords() {
        return STOP_EN;
    }

    private static void countWords(String text, double weight, Map<String, Double> tf, Set<String> stopWords) {
        if (text == null) {
            return;
        }
        for (String word : WORD_BREAK.split(latinWords(text))) {
            String stripped = stripApostrophesAndHyphens(word);
            if (stripped.length() >= 3 && !stopWords.contains(stripped) && !STOP_EN.contains(stripped)) {
                tf.merge(stripped, weight, Double::sum);
            }
        }
    }

    /** Lower case, typographic apostrophes as plain ones, possessives dropped (swift’s is swift). */
    private static String latinWords(String text) {
        return POSSESSIVE.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("");
    }

    private static String stripApostrophesAndHyphens(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && (word.charAt(start) == '\'' || word.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (word.charAt(end - 1) == '\'' || word.charAt(end - 1) == '-')) {
            end--;
        }
        return word.substring(start, end);
    }

    /**
     * Entity names rank above common words, and among themselves by their mentions in the text (the
     * text lower-cased for Latin script), so that the names an article keeps returning to come first.
     */
    private static void boostEntities(Map<String, Double> scores, Entities entities, Map<String, Double> tf, String text) {
        List<String> names = new ArrayList<>();
        names.addAll(entities.organizations());
        names.addAll(entities.places());
        names.addAll(entities.persons());
        Set<String> places = new HashSet<>(entities.places());
        double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        for (String name : names) {
            if (name.length() < 2 || STOP_ZH.contains(name)) {
                continue;
            }
            String key = name.codePoints().anyMatch(Character::isIdeographic) ? name : name.toLowerCase(Locale.ROOT);
            double count = Math.max(Math.max(1.0, tf.getOrDefault(key, 0.0)), mentions(text, key));
            // a place named once (a dateline, a stop on a list) is where, not what: it ranks by its own weight
            double floor = places.contains(name) && count < 2 ? 0 : top * 0.3;
            double score = Math.max(scores.getOrDefault(key, 0.0), floor) * ENTITY_BOOST + count;
            scores.put(name, score);
            if (!key.equals(name)) {
                scores.remove(key);
            }
            tf.putIfAbsent(name, count);
        }
    }

    private static int mentions(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            count++;
        }
        return count;
    }

    /** The top words, none contained in another, at least {@link #MIN} when there are enough. */
    private static List<String> best(Map<String, Double> scores, Map<String, Double> tf) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> entry : ranked) {
            if (chosen.size() >= MAX || (chosen.size() >= MIN && entry.getValue() < top * 0.15)) {
                break;
            }
            String word = entry.getKey();
            boolean covered = chosen.stream().anyMatch(c -> c.contains(word));
            if (!covered) {
                // 中国农业银行 ranked below 农业银行: the full name replaces the shorter one
                chosen.removeIf(word::contains);
                chosen.add(word);
            }
        }
        return chosen;
    }

    /** The cheap tests come first (this runs for every word of every article); all must pass, so their order changes nothing. */
    private static boolean isChineseCandidate(Term term) {
        String word = term.word;
        if (word.length() < 2 || term.nature == null) {
            return false;
        }
        String nature = term.nature.toString();
        boolean noun = nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.startsWith("g");
        if (!noun || nature.equals("nnt") || nature.equals("nx") && word.length() < 3) {
            return false;
        }
        if (STOP_ZH.contains(word)) {
            return false;
        }
        if ("和与及".indexOf(word.charAt(word.length() - 1)) >= 0 && CoreDictionary.get(word) == null) {
            return false; // 党和 (政府): a conjunction glued to a word by the segmenter
        }
        return hasLetterAndNoDigit(word);
    }

    private static boolean hasLetterAndNoDigit(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Rarer words weigh more; words missing from the core dictionary are treated as rare. */
    private static double inverseFrequency(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        int frequency = attribute == null ? 0 : attribute.totalFrequency;
        // raised to 1.5: a general word (风险, 平台) needs clearly more mentions than a specific one to rank with it
        double idf = Math.log(1 + 100_000.0 / (1 + frequency));
        return idf * Math.sqrt(idf);
    }
}
