package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Bodies named in a list that says what they are: 甲、乙等本地企业, 甲、乙等单位. Companies are often
 * called by a short name with no ending (星海科创, 蓝田精工), and such a list is where a paper names
 * them; the closing noun says each item is one. An item needs a proper word (a name, place or
 * abbreviation the segmenter found, or a word it did not know) so that 钢铁、化工等企业 stays a list
 * of industries. Stateless.
 */
final class ListedOrganizations {

    /** Nouns that close a list of bodies. */
    private static final Set<String> BODIES = ChineseTerms.wordSet("企业", "公司", "单位", "机构", "厂家", "厂商", "集团", "银行", "高校", "院校", "医院");
    private static final int MAX_ITEM = 10;

    /** An item found: its first and last term. */
    record Item(int start, int end) {
    }

    private ListedOrganizations() {
    }

    /** The items of lists closed by a body noun in one paragraph's terms, skipping terms already in a name. */
    static List<Item> in(List<Term> terms, boolean[] used) {
        List<Item> items = new ArrayList<>();
        for (int k = 1; k < terms.size(); k++) {
            if (!terms.get(k).word.equals("等") || !closesWithBodies(terms, k + 1)) {
                continue;
            }
            // items run backwards from 等, separated by 、
            int end = k - 1;
            while (end >= 0) {
                int start = end;
                int length = 0;
                while (start >= 0 && isItemWord(terms.get(start)) && !used[start]
                        && length + terms.get(start).word.length() <= MAX_ITEM) {
                    length += terms.get(start).word.length();
                    start--;
                }
                start++;
                int named = start;
                if (named < end && terms.get(named).word.length() == 1 && "原前".contains(terms.get(named).word)) {
                    named++; // 原 国内 贸易部: the former body, named without 原
                }
                if (start > end || !hasProperWord(terms, start, end)) {
                    break;
                }
                boolean listed = start > 0 && terms.get(start - 1).word.equals("、");
                boolean opened = start == 0 || isOpening(terms.get(start - 1));
                if (!listed && !opened) {
                    break; // the item runs into the sentence before it: no clear left edge
                }
                items.add(new Item(named, end));
                if (!listed) {
                    break;
                }
                end = start - 2;
            }
        }
        return items;
    }

    /** After 等: at most a few words of place, size or quality (株洲 本地 优质, 一批), then a body noun. */
    private static boolean closesWithBodies(List<Term> terms, int from) {
        for (int k = from; k < terms.size() && k < from + 4; k++) {
            Term term = terms.get(k);
            if (BODIES.contains(term.word)) {
                return true;
            }
            String nature = nature(term);
            if (!(nature.startsWith("ns") || nature.startsWith("a") || nature.startsWith("b") || nature.startsWith("m")
                    || nature.startsWith("q") || nature.equals("rzs") || nature.equals("n"))) {
                return false;
            }
        }
        return false;
    }

    /** A word that can be part of an item; one-character "verbs" too, as in short names (南通 航 发: 航发 abbreviates). */
    private static boolean isItemWord(Term term) {
        String nature = nature(term);
        return ChineseTerms.isHan(term.word) && !(nature.startsWith("w") || (nature.startsWith("v") && term.word.length() > 1)
                || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u") || nature.startsWith("d")
                || nature.startsWith("r") || nature.startsWith("m") || nature.startsWith("q") || nature.startsWith("f"));
    }

    /** What stands before a list's first item: punctuation, a verb, a preposition or a conjunction. */
    private static boolean isOpening(Term term) {
        String nature = nature(term);
        return nature.startsWith("w") || nature.startsWith("v") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("u") || nature.startsWith("d");
    }

    private static boolean hasProperWord(List<Term> terms, int start, int end) {
        for (int k = start; k <= end; k++) {
            Term term = terms.get(k);
            String nature = nature(term);
            if (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt") || nature.equals("nz")
                    || nature.equals("j") || nature.equals("nx")
                    || (term.word.length() >= 2 && com.hankcs.hanlp.dictionary.CoreDictionary.get(term.word) == null)) {
                return true;
            }
        }
        return false;
    }

    private static String nature(Term term) {
        return term.nature == null ? "" : term.nature.toString();
    }
}
