package io.newsroom.enrich.tag;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;

/**
 * Lists that end by saying what their items are: 甲、乙等4个村庄, 甲、乙、丙三条铁路, 甲等大、中城市.
 * A word the segmenter read as a name inside such a list is one of those places, not a person.
 * Stateless.
 */
final class PlaceLists {

    /** Kinds of place a list's closing noun names (a word ending so counts too: 中城市). */
    private static final List<String> KINDS = List.of("村庄", "城市", "国家", "地区", "省份", "铁路", "铁路线", "公路", "航线", "河流", "城镇",
            "乡镇", "村镇", "小镇", "港口", "岛屿", "山峰", "水库", "县市");
    private static final Set<String> LIST_MARKS = ChineseTerms.wordSet("、", "等", "等等");
    private static final int REACH = 12;

    private PlaceLists() {
    }

    /**
     * Whether the item ending at {@code end} belongs to a list closed by a kind of place: from there on
     * come only other items, 、 and 等, then a count (4 个, 四 条) or a size (大、中) and the kind.
     * The list must be marked (a 、 or 等 right after some item), so that 张明 城市 is no list.
     */
    static boolean closesWithPlaces(List<Term> terms, int end) {
        boolean listed = false;
        for (int k = end + 1; k < terms.size() && k <= end + REACH; k++) {
            Term term = terms.get(k);
            String word = term.word;
            if (isKind(word)) {
                return listed;
            }
            if (LIST_MARKS.contains(word)) {
                listed = true;
                continue;
            }
            String nature = term.nature == null ? "" : term.nature.toString();
            if (nature.startsWith("w") || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u")
                    || (nature.startsWith("v") && word.length() >= 2)) {
                return false; // the sentence moves on before any kind of place is named
            }
        }
        return false;
    }

    private static boolean isKind(String word) {
        for (String kind : KINDS) {
            if (word.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }
}
