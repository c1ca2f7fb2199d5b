package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import com.hankcs.hanlp.seg.common.Term;

/**
 * A foreign country named in full once and then by its first character alone (匈牙利 … 匈政府,
 * 哥伦比亚 … 对哥提出, 乌拉圭 … 抵达乌北部): newspapers shorten a country's name so once the reader
 * knows it. The character counts only when the segmenter left it as a word of its own, read as a
 * distinguishing word or abbreviation (b, j), and the document names a foreign place (nsf) that it
 * opens; a character among other loose characters is a piece of some other name. A major country's
 * character opening a clause before a verb (俄将, 美已) counts without the full name. Stateless.
 */
final class CountryShortNames {

    /** A short name found: paragraph, character offset in it, the character. */
    record Found(int paragraph, int start, String text) {
    }

    private CountryShortNames() {
    }

    /** The first characters of the foreign countries a document names in full (布 for 布隆迪), each once. */
    static String initials(List<List<Term>> paragraphs) {
        StringBuilder initials = new StringBuilder();
        for (List<Term> terms : paragraphs) {
            for (Term term : terms) {
                if (term.word.length() >= 2 && term.nature != null && term.nature.startsWith("nsf")
                        && ChineseTerms.isHan(term.word) && initials.indexOf(term.word.substring(0, 1)) < 0) {
                    initials.append(term.word.charAt(0));
                }
            }
        }
        return initials.toString();
    }

    /**
     * The short names in a document's segmented paragraphs; {@code inNames} marks each paragraph's characters already in a
     * name, {@code initials} is {@link #initials} of the same paragraphs (the characters a country named in full opens with).
     */
    static List<Found> in(List<List<Term>> paragraphs, List<BitSet> inNames, String initials) {
        List<Found> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Term> terms = paragraphs.get(p);
            int offset = 0;
            for (int j = 0; j < terms.size(); offset += terms.get(j).word.length(), j++) {
                Term term = terms.get(j);
                if (term.word.length() == 1 && (initials.indexOf(term.word.charAt(0)) >= 0 || opensClauseAsCountry(terms, j)) && isShortName(term)
                        && !inNames.get(p).get(offset) && !isLoose(terms, j - 1) && !isLoose(terms, j + 1)) {
                    found.add(new Found(p, offset, term.word));
                }
            }
        }
        return found;
    }

    /**
     * 俄将整顿市场, ，美已表示: a major country's one-character name opening a clause as its subject, before
     * an adverb or a verb, names the country even where the text never spells it out; 以 and 中 are
     * too often a preposition or a direction there.
     */
    private static boolean opensClauseAsCountry(List<Term> terms, int j) {
        String word = terms.get(j).word;
        if (!PlaceAbbreviations.isCountryAbbreviation(word) || "以中".contains(word) || j + 1 >= terms.size()) {
            return false;
        }
        Term next = terms.get(j + 1);
        boolean clauseHead = j == 0 || (terms.get(j - 1).nature != null && terms.get(j - 1).nature.startsWith("w"));
        return clauseHead && next.nature != null && (next.nature.startsWith("d") || next.nature.startsWith("v"))
                && ChineseTerms.isHan(next.word);
    }

    private static boolean isShortName(Term term) {
        return term.nature != null && (term.nature.toString().equals("b") || term.nature.toString().equals("j"));
    }

    /** A one-character word that is no punctuation, particle, preposition, conjunction, adverb or verb: a piece of a name spelt out. */
    private static boolean isLoose(List<Term> terms, int k) {
        if (k < 0 || k >= terms.size()) {
            return false;
        }
        Term term = terms.get(k);
        if (term.word.length() != 1 || !ChineseTerms.isHan(term.word) || term.nature == null) {
            return false;
        }
        String nature = term.nature.toString();
        return !(nature.startsWith("w") || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("d") || nature.startsWith("v")); // 里 德: a direction word may be a sound of a name too
    }
}
