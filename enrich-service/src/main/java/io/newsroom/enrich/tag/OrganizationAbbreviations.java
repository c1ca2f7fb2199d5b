package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

/**
 * A body named in full once and then by a short form of its own words (甲国航空公司 … 甲航, 星泰汽车公司 …
 * 星泰): the first characters of its first word and of a later one, or its first word alone when that
 * word is the body's own name (a proper word that names no place or person). The short form counts
 * only as a word of its own the segmenter left outside every other name, and never when the core
 * dictionary holds it as an ordinary word (上交 from 上海交通大学 is a verb). Stateless.
 */
final class OrganizationAbbreviations {

    /** A short form found: paragraph, character offset in it, the short form. */
    record Found(int paragraph, int start, String text) {
    }

    private OrganizationAbbreviations() {
    }

    /** Adds the short forms of the body named by {@code terms} from {@code start} to {@code end}. */
    static void addShortForms(List<Term> terms, int start, int end, Set<String> shortForms) {
        String first = terms.get(start).word;
        if (end <= start || !ChineseTerms.isHan(first)) {
            return;
        }
        for (int k = start + 1; k <= end; k++) {
            String later = terms.get(k).word;
            if (ChineseTerms.isHan(later)) {
                shortForms.add("" + first.charAt(0) + later.charAt(0)); // 甲国 航空公司: 甲航
            }
        }
        Term opening = terms.get(start);
        String nature = opening.nature == null ? "" : opening.nature.toString();
        String ending = ChineseOrganizationNames.organizationSuffix(terms.get(end).word);
        // a firm may bear a name that reads like a person's (华诺 汽车公司), a public body does not
        boolean company = ending != null && ChineseOrganizationNames.STRONG_OR_COMPANY.contains(ending);
        boolean proper = nature.equals("nz") || nature.equals("nrf") || nature.startsWith("nt") || nature.equals("j")
                || (company && nature.equals("nr"));
        if (proper && first.length() >= 2 && first.length() <= 4 && !ChineseTerms.isCommonWord(first)) {
            shortForms.add(first); // 星泰 汽车公司: 星泰
        }
    }

    /** Words of a document equal to a short form and outside every name found ({@code inNames}, by paragraph). */
    static List<Found> in(List<List<Term>> paragraphs, List<BitSet> inNames, Set<String> shortForms) {
        List<Found> found = new ArrayList<>();
        if (shortForms.isEmpty()) {
            return found;
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Term> terms = paragraphs.get(p);
            int offset = 0;
            for (Term term : terms) {
                String word = term.word;
                if (shortForms.contains(word) && !inNames.get(p).get(offset) && !ChineseTerms.isNature(term, "ns")
                        && !ChineseTerms.isCommonWord(word)) {
                    found.add(new Found(p, offset, word));
                }
                offset += word.length();
            }
        }
        return found;
    }
}
