package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * One-character abbreviations of countries and regions that the text itself marks as places:
 * pairs and triples before a word about their relations (中美关系, 中日韩三国, 印巴两国, 青藏高原) or a part of
 * the area they span (京津北部, 江浙等地, as weather reports name regions),
 * a country's side or its leaders (中方, 俄总统, 日政府) and visits (访华, 驻华, 在京). A reader tags
 * each character as a place: 中美关系 is about China and the United States. Nothing else single
 * -character is ever reported, so an abbreviation needs one of these cues; a character that makes a
 * word with its neighbour (集中方, 美好, 华北, 京剧) is that word, not a place. Stateless.
 */
final class PlaceAbbreviations {

    /** Countries and continents abbreviated in pairs: 中美, 美日, 印巴, 以巴, 欧美, 中非. */
    private static final String COUNTRIES = "中美日俄英法德韩朝印巴以欧澳意越泰蒙墨菲葡荷苏非拉加西亚埃伊叙";
    /** Provinces and cities abbreviated in pairs: 京津, 沪宁, 青藏, 黄淮 (rivers), 港澳. */
    private static final String REGIONS = "京津沪渝港澳台藏青川黄淮江浙冀鲁豫晋陕甘粤闽湘鄂赣皖滇黔桂琼辽吉黑宁";
    /** Countries whose one-character name stands alone before a leader or a side: 俄总统, 美方. */
    private static final String STANDALONE = "中美日俄英法德韩朝印巴以越泰菲澳墨";
    /** Words after a pair that say it names two or three places. */
    private static final List<String> PAIR_CUES = List.of("关系", "两国", "三国", "四国", "双方", "三方", "合作", "联合", "首脑",
            "会晤", "会谈", "战略", "贸易", "经贸", "友好", "友谊", "建交", "谈判", "峰会", "对话", "之间", "边界", "边境", "协议",
            "条约", "安保", "同盟", "和谈", "冲突", "交流", "伙伴", "外长", "领导人", "元首", "高层", "两党", "两军", "联盟", "争端",
            "地区", "两地", "三地", "一带", "北部", "南部", "东部", "西部", "中部", "中南部", "等地", "高原", "铁路", "公路", "交界", "两省", "三省", "平原", "流域", "双边");
    /** Verbs of going to or being in a country: 访华, 驻美, 来京, 赴日. */
    private static final String VISIT_VERBS = "访驻赴抵离返旅留援来在进对";
    /** Abbreviations that are also prepositions or common words (以政府投入为主, 中政府): only 以方, 中方 count. */
    private static final String PREPOSITION_LIKE = "以中巴";
    /** One-character countries and cities after a visit verb (华 is China, 京 Beijing, 沪 Shanghai). */
    private static final String VISITED = "华美日俄英法德韩朝印巴泰菲澳墨京沪港"; // not 越: 越来越
    /** Leaders, governments and sides of a country: 俄总统, 日政府, 中方. */
    private static final List<String> SIDE_CUES = List.of("方", "总统", "总理", "首相", "外长", "政府", "外交部", "国防部", "议会",
            "军方", "驻华", "驻", "军");

    private static final List<String> KINDS = List.of(COUNTRIES, REGIONS);
    private static final boolean[] CANDIDATE = new boolean[Character.MAX_VALUE + 1];

    static {
        (COUNTRIES + REGIONS + VISITED + STANDALONE).chars().forEach(c -> CANDIDATE[c] = true);
    }

    private PlaceAbbreviations() {
    }

    /** A country's one-character name that can stand alone before its bodies (俄 政府, 缅 宪法委员会). */
    static boolean isCountryAbbreviation(String word) {
        return word.length() == 1 && (STANDALONE.indexOf(word.charAt(0)) >= 0 || "柬缅".indexOf(word.charAt(0)) >= 0);
    }

    /** 中, 日, 法: a country's one-character name, as pairs of countries are written (中日, 法中). */
    static boolean isCountryCharacter(String word) {
        return word.length() == 1 && COUNTRIES.indexOf(word.charAt(0)) >= 0;
    }

    /** 中美, 日中: two countries' one-character names written as one word. */
    static boolean isCountryPair(String word) {
        return word.length() == 2 && COUNTRIES.indexOf(word.charAt(0)) >= 0 && COUNTRIES.indexOf(word.charAt(1)) >= 0
                && word.charAt(0) != word.charAt(1);
    }

    /** 京沪, 宝成: two one-character place abbreviations, as a railway or road between them is named. */
    static boolean isAbbreviationPair(String word) {
        return word.length() == 2 && CANDIDATE[word.charAt(0)] && CANDIDATE[word.charAt(1)] && word.charAt(0) != word.charAt(1);
    }

    /** A place abbreviation in a paragraph: where it is, the character, and the pair it is part of (or itself). */
    record Found(int start, String text, String run) {
    }

    /** The abbreviations in a text, segmented here (for tests and callers without terms). */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        for (List<Term> paragraph : ChineseSegmenter.paragraphs(text)) {
            found.addAll(in(paragraph));
        }
        return found;
    }

    /** The abbreviations in one segmented paragraph, each character of a pair reported on its own. */
    static List<Found> in(List<Term> terms) {
        return in(terms, "");
    }

    /**
     * The same, where {@code named} holds the first characters of the foreign countries the document
     * names in full (布 for 布隆迪): such a character counts in a pair before a word about relations
     * (卢中两国, 哈中关系), as newspapers shorten a country once named, never in a pair without that cue.
     */
    static List<Found> in(List<Term> terms, String named) {
        StringBuilder joined = new StringBuilder();
        BitSet boundaries = new BitSet();
        BitSet inPlaceNames = new BitSet(); // characters of a longer place name the segmenter read: 巴 in 巴基斯坦
        BitSet functionWords = new BitSet(); // one-character prepositions, directions and the like: 以 in 比赛中以2∶3
        for (Term term : terms) {
            boundaries.set(joined.length());
            if (term.word.length() >= 3 && term.nature != null && term.nature.startsWith("ns")) {
                inPlaceNames.set(joined.length(), joined.length() + term.word.length());
            }
            if (term.word.length() == 1 && term.nature != null && "pcduf".indexOf(term.nature.toString().charAt(0)) >= 0) {
                functionWords.set(joined.length());
            }
            joined.append(term.word);
        }
        boundaries.set(joined.length());
        String text = joined.toString();
        List<Found> found = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((!CANDIDATE[c] && named.indexOf(c) < 0) || inPlaceNames.get(i)) {
                continue; // most characters can be no abbreviation: one table lookup each
            }
            int run = runLength(text, i);
            int namedRun = run >= 2 || named.isEmpty() ? run : runLength(text, i, COUNTRIES + named);
            if (namedRun > run && pairCueAt(text, i + namedRun) && !gluedBefore(text, i)
                    && !isPlaceWord(text.substring(i, i + namedRun))) {
                for (int k = i; k < i + namedRun; k++) {
                    found.add(new Found(k, String.valueOf(text.charAt(k)), text.substring(i, i + namedRun)));
                }
                i += namedRun - 1;
            } else if (run >= 2 && pairCueAt(text, i + run) && !gluedBefore(text, i) && !isPlaceWord(text.substring(i, i + run))) {
                for (int k = i; k < i + run; k++) {
                    found.add(new Found(k, String.valueOf(text.charAt(k)), text.substring(i, i + run)));
                }
                i += run - 1;
            } else if (run >= 2 && !hasAny(functionWords, i, i + run) && isFreePair(text, i, run, boundaries)) {
                for (int k = i; k < i + run; k++) {
                    found.add(new Found(k, String.valueOf(text.charAt(k)), text.substring(i, i + run)));
                }
                i += run - 1;
            } else if (VISITED.indexOf(c) >= 0 && i > 0 && VISIT_VERBS.indexOf(text.charAt(i - 1)) >= 0
                    && !gluedBefore(text, i - 1) && !gluedAfter(text, i)) {
                found.add(new Found(i, String.valueOf(c), String.valueOf(c)));
            } else if (STANDALONE.indexOf(c) >= 0 && sideCue(text, i + 1) != null && !gluedBefore(text, i)
                    && (sideCue(text, i + 1).equals("方") || PREPOSITION_LIKE.indexOf(c) < 0)) {
                found.add(new Found(i, String.valueOf(c), c + sideCue(text, i + 1))); // 韩方 is no person either
            }
        }
        return found;
    }

    /**
     * 中美 and 美中 without a word about relations after them (中美选手同台, 美中建设性伙伴): two
     * countries when the segmenter kept the pair as its own words (not 过程中 美方, 亚美尼亚) and the
     * core dictionary has no other sense for it (美德 is virtue, 中西 Chinese and Western).
     */
    private static boolean isFreePair(String text, int i, int run, BitSet boundaries) {
        String pair = text.substring(i, i + run);
        for (int k = i; k < i + run; k++) {
            if (COUNTRIES.indexOf(text.charAt(k)) < 0) {
                return false;
            }
            if (k + 1 < i + run && isWord(text, k, 2)) {
                return false; // 过程 中美 德: two of the characters make a word with its own sense (美德)
            }
        }
        return boundaries.get(i) && boundaries.get(i + run) && CoreDictionary.get(pair) == null
                && !gluedBefore(text, i) && !isWord(text, i - 2, 3) && !gluedAfter(text, i + run - 1);
    }

    /** 比赛中 以 2∶3: a pair without a cue counts only if the segmenter read none of its characters as a function word. */
    private static boolean hasAny(BitSet set, int from, int to) {
        int next = set.nextSetBit(from);
        return next >= 0 && next < to;
    }

    /** How many abbreviations of one kind (countries or regions) start at {@code i}, up to three. */
    private static int runLength(String text, int i) {
        for (String kind : KINDS) {
            int run = runLength(text, i, kind);
            if (run > 0) {
                return run;
            }
        }
        return 0;
    }

    private static int runLength(String text, int i, String kind) {
        int k = i;
        while (k < text.length() && k - i < 3 && kind.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k - i >= 2 && distinct(text, i, k) ? k - i : 0;
    }

    private static boolean distinct(String text, int from, int to) {
        for (int a = from; a < to; a++) {
            for (int b = a + 1; b < to; b++) {
                if (text.charAt(a) == text.charAt(b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** 西亚, 中东, 拉美: a region's own name, which the segmenter or the region list reports whole. */
    private static boolean isPlaceWord(String word) {
        if (ChinesePlaceNames.isWorldRegion(word)) {
            return true; // 拉美地区 is Latin America, not 拉 and 美
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("ns");
    }

    private static String sideCue(String text, int from) {
        for (String cue : SIDE_CUES) {
            if (text.startsWith(cue, from)) {
                // 中方案, 日方面: the cue is the start of another word
                return cue.length() == 1 && isWord(text, from, 2) ? null : cue;
            }
        }
        return null;
    }

    /** First characters of the {@link #PAIR_CUES}: most places open none, so most tests end on one lookup. */
    private static final boolean[] OPENS_PAIR_CUE = new boolean[Character.MAX_VALUE + 1];

    static {
        PAIR_CUES.forEach(cue -> OPENS_PAIR_CUE[cue.charAt(0)] = true);
    }

    /** Whether a pair cue starts at {@code from} (no cue is empty, so none starts at the end of the text). */
    private static boolean pairCueAt(String text, int from) {
        return from < text.length() && OPENS_PAIR_CUE[text.charAt(from)] && startsWithAny(text, from, PAIR_CUES);
    }

    private static boolean startsWithAny(String text, int from, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    /** The character before {@code i} and the one at {@code i} make a word (集中, 完美). */
    private static boolean gluedBefore(String text, int i) {
        return i > 0 && isWord(text, i - 1, 2);
    }

    /** The character at {@code i} opens a longer word (美好, 华北, 京剧, 华盛顿). */
    private static boolean gluedAfter(String text, int i) {
        return isWord(text, i, 2) || isWord(text, i, 3);
    }

    private static boolean isWord(String text, int from, int length) {
        if (from < 0 || from + length > text.length()) {
            return false;
        }
        String word = text.substring(from, from + length);
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isIdeographic(word.charAt(k))) {
                return false;
            }
        }
        return CoreDictionary.get(word) != null;
    }
}
