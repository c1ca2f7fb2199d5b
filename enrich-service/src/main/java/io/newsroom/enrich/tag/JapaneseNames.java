package io.newsroom.enrich.tag;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Japanese names, which the segmenter cuts into pieces because their given names are not Chinese
 * (松本健 太郎, 森 田武治, 小林 健 太郎): a common Japanese surname opening a run of pieces, then a given
 * name of one to three characters that ends where the sentence moves on. One piece alone is left to
 * the segmenter's own name recogniser.
 */
final class JapaneseNames {

    private static final Set<String> SURNAMES = Lexicon.words("japanese-surnames-zh.txt");
    private static final int LONGEST_SURNAME = 3;
    /** The first characters of those surnames: a run opened by any other character is no Japanese name, checked before anything is built. */
    private static final boolean[] OPENS_SURNAME = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String surname : SURNAMES) {
            if (!surname.isEmpty()) {
                OPENS_SURNAME[surname.charAt(0)] = true;
            }
        }
    }
    private static final int LONGEST_GIVEN = 3;
    /** Characters that end places and bodies, never a given name: 石川 县, 山口 市. */
    private static final String NOT_IN_GIVEN_NAME = "县市省区町村镇乡岛港湾州府都道国队党社部局厅会报的了在是和与及";

    /** One-character verbs that follow a name far more often than they end one: 森田武治 说. */
    private static final String SPEECH_VERBS = "说讲问答称指表看听到来去在是有要会";

    private JapaneseNames() {
    }

    /** Index of the last term of a Japanese name starting at term {@code from}, or -1. */
    static int end(List<Term> terms, int from) {
        String first = terms.get(from).word;
        if (first.isEmpty() || !OPENS_SURNAME[first.charAt(0)] || !ChineseTerms.isHan(first)) {
            return -1; // every surname tried below starts with the first term's first character
        }
        StringBuilder text = new StringBuilder();
        int best = -1;
        int surname = -1;
        for (int k = from; k < terms.size() && k < from + 4; k++) {
            String word = terms.get(k).word;
            if (!ChineseTerms.isHan(word) || (k > from && !isNamePiece(terms.get(k)))) {
                break;
            }
            text.append(word);
            if (surname < 0) {
                surname = surnameLength(text);
                if (surname < 0 && text.length() >= LONGEST_SURNAME) {
                    return -1;
                }
            }
            if (surname < 0) {
                continue;
            }
            int given = text.length() - surname;
            if (given > LONGEST_GIVEN) {
                break;
            }
            if (given >= 1 && k > from && endsName(terms, k + 1) && plausibleGivenName(text.substring(surname))) {
                if (given >= 2) {
                    return k; // the first two- or three-character given name that ends where the sentence goes on
                }
                best = best < 0 ? k : best; // 健 of 小林 健 生: only if no longer name ends cleanly
            }
        }
        return best;
    }

    /** A piece that can continue a name: not a title, punctuation, particle, or a verb of two or more characters (生 of 小林 健 生 can). */
    private static boolean isNamePiece(Term term) {
        String nature = term.nature == null ? "" : term.nature.toString();
        if (nature.equals("nnt") || nature.startsWith("w") || nature.startsWith("u") || nature.startsWith("p")
                || nature.startsWith("c") || nature.startsWith("d") || nature.startsWith("m") || nature.startsWith("q")
                || term.word.length() > LONGEST_GIVEN) {
            return false;
        }
        return !nature.startsWith("v") || (term.word.length() == 1 && SPEECH_VERBS.indexOf(term.word.charAt(0)) < 0);
    }

    private static int surnameLength(CharSequence text) {
        for (int length = Math.min(LONGEST_SURNAME, text.length()); length >= 2; length--) {
            if (SURNAMES.contains(text.subSequence(0, length).toString())) {
                return length;
            }
        }
        return -1;
    }

    private static boolean plausibleGivenName(String given) {
        for (int i = 0; i < given.length(); i++) {
            if (NOT_IN_GIVEN_NAME.indexOf(given.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The term at {@code next} starts the rest of the sentence: punctuation, a verb, a particle, a title, or nothing. */
    private static boolean endsName(List<Term> terms, int next) {
        if (next >= terms.size()) {
            return true;
        }
        Term term = terms.get(next);
        String nature = term.nature == null ? "" : term.nature.toString();
        return nature.startsWith("w") || nature.startsWith("v") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("u") || nature.startsWith("d") || nature.equals("nnt") || nature.equals("f")
                || term.word.equals("等");
    }
}
