package io.newsroom.enrich.tag;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * What the Chinese entity rules share: tests on segmented terms and characters (a part of
 * speech, a Han word, a clause boundary) and the word lists more than one kind of name needs
 * (office titles, regions, generic left parts of a body's name). Stateless and thread-safe.
 */
final class ChineseTerms {

    private ChineseTerms() {
    }

    /**
     * An unmodifiable set of words, for the membership tests the rules make on nearly every term. Backed by a HashSet,
     * not {@code Set.of}: its lookups (a mask, and the cached hashes compared before any {@code equals}) cost less than
     * {@code Set.of}'s (a division, and {@code equals} on every slot probed) on the misses most tests are; the
     * {@code Set.of} lookups were about a twentieth of all enrichment. None of these sets is iterated for an order.
     */
    static Set<String> wordSet(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    static final Set<String> REGIONS = Lexicon.words("regions-zh.txt");
    static final Set<String> TITLES = Lexicon.words("titles-zh.txt");
    /** Left parts that make an organisation ending generic: 相关部门, 企业集团, 各级政府, 农村信用社 (a class of bodies), 业余学校. */
    static final Set<String> GENERIC_LEFT = wordSet(
            "企业", "国企", "公司", "单位", "相关", "有关", "职能", "主管", "监管", "政府", "部门", "基层", "地方",
            "上级", "下级", "下属", "所属", "各级", "全体", "全部", "内部", "外部", "党政", "机关", "行政",
            "领导", "工作", "服务", "管理", "组织", "集团", "该", "本", "各", "全", "总", "分", "子", "母", "其", "此",
            "农村", "城市", "城乡", "参赛", "业余");
    /** Leading words dropped from an organisation's name: 全市 in 全市公安局 is not part of the name. */
    static final Set<String> LEADING_NOISE = wordSet(
            "全市", "全省", "全国", "全县", "全区", "我市", "我省", "我县", "我区", "本市", "该市", "各", "该", "本",
            "有关", "相关", "下属", "所属", "各级", "多家", "一家", "这家", "那家", "整个", "所有", "本报讯", "本报", "新任", "现任", "据",
            "我国", "我们", "时候", "新时期", "新一代", "大中型", "男女", "另据", "另外", "此外", "同时", "据悉",
            "部分", "广大");
    /** Words the segmenter tags as places that name a kind of place or a direction, not one place. */
    static final Set<String> GENERIC_PLACES = wordSet("西方", "东方", "街道", "开发区", "城镇", "小城镇", "农村", "城市",
            "乡村", "城区", "老城区", "郊区", "海外", "境外", "国外", "异国", "他乡", "各地", "当地", "本地", "外地");
    /** Function characters that (almost) never appear in a given name. */
    static final String NEVER_IN_GIVEN_NAME = "其未时被把将已所于也都就还又并而与及或等们个这那么什哪吗呢吧啊呀了着过的地是没不很更最太曾获在为各便称两提起来";
    /** Index of the term holding a character offset of its paragraph. */
    static int termAt(List<Term> terms, int offset) {
        int end = 0;
        for (int k = 0; k < terms.size(); k++) {
            end += terms.get(k).word.length();
            if (offset < end) {
                return k;
            }
        }
        return terms.size();
    }

    static boolean isListSeparator(Term term) {
        return term.word.equals("、") || term.word.equals("和") || term.word.equals("及") || term.word.equals("与");
    }

    static boolean isInnerConjunction(Term term) {
        return term.word.equals("与") || term.word.equals("和");
    }

    /** How many of the last terms up to {@code end} make up the ending. */
    static int countTerms(List<Term> terms, int end, String suffix) {
        int length = 0;
        int count = 0;
        for (int k = end; k >= 0 && length < suffix.length(); k--) {
            length += terms.get(k).word.length();
            count++;
        }
        return length == suffix.length() ? count : 1;
    }

    /** A word the core dictionary knows as an ordinary noun, verb or the like, not as a name or institution. */
    static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        String nature = attribute.nature[0].toString();
        return !(nature.startsWith("nt") || nature.startsWith("ns") || nature.equals("nis") || nature.equals("nz"));
    }

    /** A word the core dictionary holds, and not as a name (宿舍, 池畔, 权益). */
    static boolean isOrdinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (var nature : attribute.nature) {
            if (nature.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /** 九十, 第一, 二七: a number in Chinese characters, which can be part of a unit's name (not 2024). */
    static boolean isHanNumeral(Term term) {
        if (!isNature(term, "m") || !isHan(term.word)) {
            return false;
        }
        for (int i = 0; i < term.word.length(); i++) {
            if ("零〇一二三四五六七八九十百第".indexOf(term.word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isBoundary(Term term) {
        String nature = term.nature.toString();
        return nature.startsWith("w") || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("v") || nature.startsWith("d") || nature.equals("f") || nature.equals("r")
                || term.word.equals("等");
    }

    static boolean isNature(Term term, String prefix) {
        return term.nature != null && term.nature.startsWith(prefix);
    }

    static String join(List<Term> terms, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k <= to; k++) {
            text.append(terms.get(k).word);
        }
        return text.toString();
    }

    /**
     * Per UTF-16 unit: ideographic or a surrogate (what {@link #isHan} accepts), and that or a letter or digit (what
     * {@link #isHanOrLatin} accepts). Looked up rather than asked of {@link Character} because the entity rules test
     * nearly every word of every article, and the character-class lookups were a few percent of all enrichment.
     */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
    private static final byte HAN = 1;
    private static final byte HAN_OR_LATIN = 2;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean han = Character.isIdeographic(c) || Character.isSurrogate((char) c);
            CLASS[c] = (byte) ((han ? HAN : 0) | (han || Character.isLetterOrDigit((char) c) ? HAN_OR_LATIN : 0));
        }
    }

    static boolean isHan(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((CLASS[word.charAt(i)] & HAN) == 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isHanOrLatin(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((CLASS[word.charAt(i)] & HAN_OR_LATIN) == 0) {
                return false;
            }
        }
        return true;
    }
}
