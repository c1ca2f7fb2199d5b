package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Re-cuts a name's last character the segmenter glued to the word after it, so the name rules see
 * it as a piece of the name: 孔塔 雷在 → 孔塔 雷 在, 维捷帕 申是新 → 维捷帕 申 是新, 弗 米 尔女士 →
 * 弗 米 尔 女士, 罗 克等株洲 → 罗 克 等 株洲. The text is unchanged; only the cut between terms moves.
 */
final class GluedNameEndings {

    /** Words that open a clause right after its subject's name (… 在颁奖仪式上, … 是本届政府的). */
    private static final String AFTER_NAME = "的在是等和说称也都就还又曾将已为对向把被与及";
    private static final List<String> HONORIFICS = List.of("女士", "先生", "夫人", "小姐");
    private static final java.util.Set<String> TITLES = Lexicon.words("titles-zh.txt");

    private GluedNameEndings() {
    }

    /** The terms with glued name endings cut off; the same list when there is none. */
    static List<Term> recut(List<Term> terms) {
        List<Term> out = null;
        for (int k = 0; k < terms.size(); k++) {
            List<Term> pieces = conjunctionPieces(terms.get(k));
            if (pieces == null) {
                pieces = clauseWordPieces(terms.get(k));
            }
            if (pieces == null && k > 0) {
                pieces = pieces(terms.get(k - 1), terms.get(k));
            }
            if (pieces == null) {
                if (out != null) {
                    out.add(terms.get(k));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(terms.subList(0, k));
            }
            out.addAll(pieces);
        }
        return out == null ? terms : out;
    }

    /**
     * 党 and a conjunction the segmenter glued into a "name": 人民 党和 穆斯林联盟, 在 党和 政府 的关怀下
     * (党 和). A person's name glued to 和 before a proper name (张伟和 清华大学) is left alone: cutting it
     * lost more names than it found on the held-out half of the NER set.
     */
    private static List<Term> conjunctionPieces(Term term) {
        if (term.nature == null || !term.nature.startsWith("nr") || !(term.word.equals("党和") || term.word.equals("党与"))) {
            return null;
        }
        return List.of(new Term("党", Nature.n), new Term(term.word.substring(1), Nature.cc));
    }

    /** Words that follow a sentence's subject and that the segmenter glues to a whole foreign name: 阿拉法特都. */
    private static final String GLUED_CLAUSE_WORDS = "都也就还又才说称在是将已曾等和";

    /**
     * 阿拉法特都 没有 出席: a foreign name (one the core dictionary knows, or made of sounds only), read
     * as one "name" with the adverb or verb after it, is that name and the word.
     */
    private static List<Term> clauseWordPieces(Term term) {
        String word = term.word;
        if (term.nature == null || !term.nature.startsWith("nrf") || word.length() < 4
                || GLUED_CLAUSE_WORDS.indexOf(word.charAt(word.length() - 1)) < 0 || CoreDictionary.get(word) != null) {
            return null;
        }
        String name = word.substring(0, word.length() - 1);
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        boolean known = attribute != null && attribute.nature[0].startsWith("nr");
        if (!known && (attribute != null || !TransliteratedNames.isSoundName(name))) {
            return null;
        }
        String rest = word.substring(word.length() - 1);
        return List.of(new Term(name, known ? attribute.nature[0] : Nature.nrf), new Term(rest, natureOf(rest)));
    }

    private static List<Term> pieces(Term previous, Term term) {
        String word = term.word;
        if (word.length() < 2 || word.length() > 4 || !TransliteratedNames.isSoundCharacter(word.charAt(0))) {
            return null;
        }
        // either case below needs a sound piece before, or a clause word's character after the sound: ruled out before any string is cut
        boolean soundBefore = previous.word.length() <= 3 && isSoundPiece(previous);
        if (!soundBefore && (word.length() > 3 || AFTER_NAME.indexOf(word.charAt(1)) < 0)) {
            return null;
        }
        String ending = word.substring(0, 1);
        String rest = word.substring(1);
        if (soundBefore && word.length() >= 4 && word.charAt(1) == '等' && isPlace(word.substring(2))) {
            // 罗 克等株洲: the place recogniser took a name's last sound and the 等 after it into a place
            return List.of(new Term(ending, Nature.nr), new Term("等", Nature.udeng), new Term(word.substring(2), Nature.ns));
        }
        if ((HONORIFICS.contains(rest) || (TITLES.contains(rest) && term.nature.startsWith("nr")))
                && previous.word.length() <= 3 && isSoundPiece(previous)) {
            // 弗 米 尔女士, 姆 泽 基副总统: one sound character glued to the address or title after a foreign name
            return List.of(new Term(ending, Nature.nr), new Term(rest, TITLES.contains(rest) ? Nature.nnt : Nature.n));
        }
        boolean foreignBefore = previous.nature != null && previous.nature.startsWith("nr") && previous.word.length() >= 2
                && (TransliteratedNames.isSoundName(previous.word) || previous.nature.startsWith("nrf")
                    || TransliteratedNames.isSoundWord(previous.word));
        // 瓦 杰 帕 伊称: the segmenter's own "name" of a last sound and a clause word, after single sounds
        foreignBefore |= term.nature.startsWith("nr") && previous.word.length() == 1 && TransliteratedNames.isSoundWord(previous.word);
        // 孔塔 雷在 (the segmenter's own "name" 雷在), 韦斯 特等: a clause word after a foreign name's last sound
        if (foreignBefore && rest.length() <= 2 && AFTER_NAME.indexOf(rest.charAt(0)) >= 0
                && (term.nature.startsWith("nr") || rest.length() == 1)) {
            return List.of(new Term(ending, Nature.nr), new Term(rest, natureOf(rest)));
        }
        return null;
    }

    private static boolean isPlace(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("ns");
    }

    private static boolean isSoundPiece(Term term) {
        return (term.nature != null && term.nature.startsWith("nr")) || (term.word.length() == 1 && TransliteratedNames.isSoundWord(term.word));
    }

    private static Nature natureOf(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute != null) {
            return attribute.nature[0];
        }
        CoreDictionary.Attribute head = CoreDictionary.get(word.substring(0, 1));
        return head != null ? head.nature[0] : Nature.v;
    }
}
