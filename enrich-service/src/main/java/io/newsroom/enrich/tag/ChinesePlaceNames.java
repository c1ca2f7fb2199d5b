package io.newsroom.enrich.tag;

import static io.newsroom.enrich.tag.ChineseTerms.GENERIC_LEFT;
import static io.newsroom.enrich.tag.ChineseTerms.GENERIC_PLACES;
import static io.newsroom.enrich.tag.ChineseTerms.LEADING_NOISE;
import static io.newsroom.enrich.tag.ChineseTerms.NEVER_IN_GIVEN_NAME;
import static io.newsroom.enrich.tag.ChineseTerms.REGIONS;
import static io.newsroom.enrich.tag.ChineseTerms.TITLES;
import static io.newsroom.enrich.tag.ChineseTerms.isCommonWord;
import static io.newsroom.enrich.tag.ChineseTerms.isHan;
import static io.newsroom.enrich.tag.ChineseTerms.isListSeparator;
import static io.newsroom.enrich.tag.ChineseTerms.isNature;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The place rules of {@link ChineseEntityRecognizer}: addresses the segmenter split (青海省 称 多县),
 * areas and landmarks named after a place, villages, routes, facilities, and the generic words
 * (城市, 当地) that name a kind of place rather than one place.
 * Stateless apart from the user's {@link EntityDictionary}; thread-safe.
 */
final class ChinesePlaceNames {

    static final Set<String> PLACE_SUFFIXES = Lexicon.words("place-suffixes-zh.txt");
    /** Endings after which even a common noun makes a place (工业 + 园区 is not, 先锋 + 社区 is). */
    static final Set<String> STRONG_PLACE_SUFFIXES = ChineseTerms.wordSet("省", "县", "镇", "乡", "村", "社区", "新村", "街道", "自治州", "自治县");
    /** Kinds of place a foreign name right after them names: 城市 佐斯莫沃, 首都 卡莫纳 (a foreign city spelt in sounds). */
    static final Set<String> KINDS_OF_PLACE = ChineseTerms.wordSet("城市", "首都", "首府", "城镇", "小镇", "小城", "港口", "港市", "村庄", "山村", "海港");
    /** Endings of a county, city or state right after a foreign name (卡斯洛维县): the name is the place's. */
    static final Set<String> FOREIGN_PLACE_ENDINGS = ChineseTerms.wordSet("县", "市", "州", "郡", "镇", "村");
    /** Facilities named after a place or proper word; their full name is a place (museums and halls are organisations). */
    static final Set<String> FACILITIES = ChineseTerms.wordSet("广场", "机场", "车站", "火车站", "码头", "大桥", "公园", "体育场",
            "大街", "隧道", "水库", "大坝", "港口", "航天城", "大会堂");
    static final String GLUED_PREPOSITIONS = "从在于到向赴至往经由自和与及对把被给将让为以的同如";
    /** Kinds of place that the place recogniser glues to the words before them (其城市, 均为地市). */
    private static final Set<String> GENERIC_PLACE_TAILS = ChineseTerms.wordSet("城市", "街道", "地市", "条街", "一条街", "市县", "县市", "城镇", "乡镇", "村镇");
    private final EntityDictionary dictionary;

    ChinesePlaceNames(EntityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The place a cup read as one word is named after (甲城杯: 甲城, a place the core dictionary holds first as one), or null. */
    static String cupPlace(String word) {
        if (word.length() < 3 || word.length() > 6 || !word.endsWith("杯") || !isHan(word)) {
            return null;
        }
        String name = word.substring(0, word.length() - 1);
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        return attribute != null && attribute.nature[0].startsWith("ns") && !isNeverAPlace(name) ? name : null;
    }

    /**
     * 宋朝, 军营, 大道, 工薪阶层: words the segmenter tagged as places in this sentence that its core
     * dictionary knows, but never as a place: times (dynasties, eras), and frequent common nouns and
     * words of space. Real places it holds keep a place's sense among their others (长城, 黄河, 南极).
     */
    static boolean isNeverAPlace(String word) {
        if (ChineseTerms.TITLES.contains(word)) {
            return true; // 查尔斯 王子/ns: a title the segmenter read as a place
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || REGIONS.contains(word)) {
            return false;
        }
        String first = attribute.nature[0].toString();
        boolean common = first.equals("n") || first.equals("s");
        boolean onlyTimes = true;
        for (var nature : attribute.nature) {
            if (nature.startsWith("ns")) {
                return false;
            }
            onlyTimes &= nature.startsWith("t");
        }
        // a word seen once (银河, 大阪 as a name) says too little: only a frequent common word is never a place
        return onlyTimes || (common && attribute.totalFrequency >= 5);
    }

    /** 拉美, 中东, 月球: a world region, continent or celestial body of {@code regions-zh.txt}. */
    static boolean isWorldRegion(String word) {
        return REGIONS.contains(word);
    }

    /** A word the core dictionary knows first as a place (蒙古, 湖南). */
    static boolean isPlaceWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("ns");
    }

    /** Railways and highways, named after the places they join (京广铁路) or a proper name (南疆铁路). */
    private static final Set<String> ROUTES = ChineseTerms.wordSet("铁路", "铁路线", "公路", "高速公路", "高速", "运河");

    static boolean isRouteName(List<Term> terms, int j, boolean[] used) {
        if (j + 1 >= terms.size() || used[j + 1] || !ROUTES.contains(terms.get(j + 1).word)) {
            return false;
        }
        Term term = terms.get(j);
        String word = term.word;
        if (!isHan(word) || word.length() < 2 || word.length() > 4) {
            return false;
        }
        return PlaceAbbreviations.isAbbreviationPair(word) || isNature(term, "j")
                || (isNature(term, "nz") && !isCommonWord(word));
    }

    static boolean isNamedFacility(String word) {
        for (String facility : FACILITIES) {
            if (word.length() > facility.length() + 1 && word.endsWith(facility)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The world region, ocean or celestial body a word names (拉美, 亚太地区, 地球上), or the place
     * a word glued to a conjunction names (欧洲和 read as a name), else null.
     */
    private static final String[] REGION_TAILS = {"地区", "上"};

    static String regionOf(String word) {
        if (REGIONS.contains(word)) {
            return word;
        }
        for (String tail : REGION_TAILS) {
            if (word.endsWith(tail) && REGIONS.contains(word.substring(0, word.length() - tail.length()))) {
                return word.substring(0, word.length() - tail.length());
            }
        }
        if (word.length() >= 3 && "和与及".indexOf(word.charAt(word.length() - 1)) >= 0) {
            String place = word.substring(0, word.length() - 1);
            CoreDictionary.Attribute attribute = CoreDictionary.get(place);
            if (REGIONS.contains(place) || (attribute != null && attribute.nature[0].startsWith("ns"))) {
                return place;
            }
        }
        return null;
    }

    /** 荷兰 from 荷兰人, 塞尔维亚 from 塞尔维亚族: a place the core dictionary knows, before 人 or 族; else null. */
    static String demonymPlace(String word) {
        if (word.length() < 3 || !isHan(word) || (!word.endsWith("人") && !word.endsWith("族"))) {
            return null;
        }
        String place = word.substring(0, word.length() - 1);
        CoreDictionary.Attribute attribute = CoreDictionary.get(place);
        return attribute != null && attribute.nature[0].startsWith("ns") && !GENERIC_PLACES.contains(place) ? place : null;
    }

    /** Endings of settlements and counties: a word ending so, or followed by one, is a place (龙泉乡, 曲沙莱 县). */
    static final String SETTLEMENT_ENDINGS = "县镇乡村";

    /** Endings of a place that opens an address, so that what follows it is the next, smaller place. */
    private static final String ADDRESS_ENDINGS = "省市县区州旗盟镇乡";
    private static final Set<String> AUTONOMOUS_ENDINGS = ChineseTerms.wordSet("自治县", "自治州", "自治区", "自治旗", "自治乡");

    /**
     * Last term of a place the segmenter cut into pieces (or half glued to the place before) at
     * {@code j}, or -1: an ethnic group's autonomous area after its place (长阳 土家族 自治县), a place
     * before a word for its area ({@link #areaNameEnd}), a landmark after its place ({@link #landmarkEnd}), or, right
     * after a place that opens an address (a province, city, county, district, town or township),
     * two to four pieces of two to five characters in all ending with a county's, town's, township's
     * or village's ending (青海省 称 岭县, 双林镇 蔡家 兜 村, 井岭县 南 障 城镇). Addresses go from the
     * larger place to the smaller one, so the place before says what the pieces are; without it
     * (两 国新冠, 在 城镇) nothing is read.
     */
    static int splitPlaceEnd(List<Term> terms, int j, boolean[] used) {
        Term first = terms.get(j);
        if (isNature(first, "ns") && j + 2 < terms.size() && !used[j + 1] && !used[j + 2] && terms.get(j + 1).word.endsWith("族")
                && AUTONOMOUS_ENDINGS.contains(terms.get(j + 2).word)) {
            return j + 2;
        }
        if (isNature(first, "ns") && j + 1 < terms.size() && !used[j + 1] && terms.get(j + 1).word.length() > 3
                && terms.get(j + 1).word.contains("族") && AUTONOMOUS_ENDINGS.stream().anyMatch(terms.get(j + 1).word::endsWith)) {
            return j + 1;
        }
        int area = areaNameEnd(terms, j, used);
        if (area >= j) {
            return area;
        }
        int landmark = landmarkEnd(terms, j, used);
        if (landmark >= j) {
            return landmark;
        }
        char listed = listedSettlementEnding(terms, j, used);
        if (j == 0 || (!opensAddress(terms.get(j - 1)) && !endsFoundPlace(terms, j - 1, used, ADDRESS_ENDINGS) && listed == 0)) {
            return -1;
        }
        int chars = 0;
        for (int k = j; k < terms.size() && k < j + 4; k++) {
            Term term = terms.get(k);
            if (used[k] || !isHan(term.word) || isAddressBreak(term)) {
                return -1;
            }
            chars += term.word.length();
            if (chars > 5) {
                return -1;
            }
            char last = term.word.charAt(term.word.length() - 1);
            boolean ending = k > j && term.word.length() <= 2 && SETTLEMENT_ENDINGS.indexOf(last) >= 0;
            if (ending) {
                return chars >= 3 && (listed == 0 || listed == last) ? k : -1;
            }
        }
        return -1;
    }

    /** Words for the area around a place: 巴兰卡一带, 边境附近. */
    private static final Set<String> AREA_WORDS = ChineseTerms.wordSet("一带", "附近", "境内", "沿岸", "沿海", "周边", "郊区", "市区", "城区");
    /** Verbs and prepositions of going to or being in a place. */
    private static final Set<String> TO_OR_IN = ChineseTerms.wordSet("到", "在", "于", "赴", "往", "至", "抵达", "前往", "来到", "到达", "进入", "途经", "经过", "从");

    /**
     * Last term of a place named between a verb of going or being somewhere and a word for its area
     * (到 吞 武里 一带, 在 某某 附近), or -1: one to three pieces, two to four characters, none a word
     * of the sentence; the verb and the area word say it is a place, whatever the segmenter made of it.
     */
    private static int areaNameEnd(List<Term> terms, int j, boolean[] used) {
        if (j == 0 || !TO_OR_IN.contains(terms.get(j - 1).word)) {
            return -1;
        }
        int chars = 0;
        for (int k = j; k < terms.size() - 1 && k < j + 3; k++) {
            Term term = terms.get(k);
            if (used[k] || !isHan(term.word) || (isAddressBreak(term) && term.word.length() > 1) || isNature(term, "w")
                    || (term.word.length() >= 2 && CoreDictionary.get(term.word) != null && !isNature(term, "ns") && !isNature(term, "nr")
                        && !isNature(term, "nz"))) {
                return -1;
            }
            chars += term.word.length();
            if (chars > 4) {
                return -1;
            }
            if (chars >= 2 && k > j && AREA_WORDS.contains(terms.get(k + 1).word)) {
                return k;
            }
        }
        return -1;
    }

    /** Endings of landmarks: peaks, pavilions, rocks, temples, towers, caves, pools, bridges, springs, palaces. */
    private static final String LANDMARK_ENDINGS = "顶峰亭岩寺塔洞潭池桥泉宫庙阁矶";

    /**
     * Last term of a landmark named right after the place it stands in (泰山 玉 皇 顶, 琅琊山 醉 翁亭,
     * 鼓浪屿 日光岩), or -1: one to three pieces, two to four characters, ending with a landmark's
     * ending, none of them a word of the sentence. The place before says where the landmark is, as an
     * address does.
     */
    private static int landmarkEnd(List<Term> terms, int j, boolean[] used) {
        boolean afterPlace = j > 0 && ((isNature(terms.get(j - 1), "ns") && terms.get(j - 1).word.length() >= 2 && isHan(terms.get(j - 1).word)
                && !GENERIC_PLACES.contains(terms.get(j - 1).word)) || endsFoundPlace(terms, j - 1, used, LANDMARK_HOSTS)); // 琅琊 山 | 醉 翁亭
        if (!afterPlace) {
            return -1;
        }
        int chars = 0;
        for (int k = j; k < terms.size() && k < j + 3; k++) {
            Term term = terms.get(k);
            if (used[k] || !isHan(term.word) || isAddressBreak(term) || (term.word.length() >= 2 && CoreDictionary.get(term.word) != null
                    && !isNature(term, "ns") && !isNature(term, "nz"))) {
                return -1;
            }
            chars += term.word.length();
            if (chars > 4) {
                return -1;
            }
            if (chars >= 2 && LANDMARK_ENDINGS.indexOf(term.word.charAt(term.word.length() - 1)) >= 0
                    && (k > j || isNature(term, "nz"))) {
                return k;
            }
        }
        return -1;
    }

    /** Endings of the places a landmark stands in: the address's and mountains', lakes', islands'... (琅琊山). */
    private static final String LANDMARK_HOSTS = ADDRESS_ENDINGS + "村岛湾港湖江河山峡街路";

    /** 双林 镇 | 蔡家 兜 村: the place found just before ends with one of {@code endings}, on its own. */
    private static boolean endsFoundPlace(List<Term> terms, int k, boolean[] used, String endings) {
        return k >= 1 && used[k] && terms.get(k).word.length() == 1 && endings.indexOf(terms.get(k).word.charAt(0)) >= 0
                && isHan(terms.get(k - 1).word) && terms.get(k - 1).word.length() >= 2;
    }

    /**
     * The ending of the settlement listed just before {@code j} (玛岭县、| 称 岭县, 石桥 乡 和 | 古 城乡), or 0:
     * the items of a list of counties, towns or villages share their ending.
     */
    private static char listedSettlementEnding(List<Term> terms, int j, boolean[] used) {
        if (j < 2 || !isListSeparator(terms.get(j - 1))) {
            return 0;
        }
        Term item = terms.get(j - 2);
        char last = item.word.charAt(item.word.length() - 1);
        boolean place = (isNature(item, "ns") && item.word.length() >= 3) || (used[j - 2] && item.word.length() <= 2);
        return place && isHan(item.word) && SETTLEMENT_ENDINGS.indexOf(last) >= 0 ? last : 0;
    }

    private static boolean opensAddress(Term term) {
        String word = term.word;
        return word.length() >= 3 && isHan(word) && (isNature(term, "ns") || isNature(term, "nr") || isNature(term, "nz"))
                && ADDRESS_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0 && !GENERIC_PLACES.contains(word)
                && !GENERIC_PLACE_TAILS.stream().anyMatch(word::endsWith);
    }

    /** Words that end an address: punctuation, particles, prepositions, conjunctions, adverbs, pronouns, numbers, directions. */
    private static boolean isAddressBreak(Term term) {
        String nature = term.nature.toString();
        return nature.startsWith("w") || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("d") || nature.startsWith("r") || nature.startsWith("m") || nature.startsWith("q")
                || nature.equals("f") || nature.equals("t") || (term.word.length() >= 2 && nature.startsWith("v"))
                || TITLES.contains(term.word) || nature.equals("nnt");
    }

    /**
     * 龙泉乡, and 海西市 read as a name: a county, town, village or, with three characters, a city, as its
     * ending says (大 中城市 holds the word 城市, and 张伟 明市 follows a name).
     */
    static boolean isSettlementReadAsName(List<Term> terms, int j) {
        String word = terms.get(j).word;
        if (word.length() >= 3 && SETTLEMENT_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return true;
        }
        return word.length() == 3 && word.endsWith("市") && CoreDictionary.get(word.substring(1)) == null
                && (j == 0 || !isNature(terms.get(j - 1), "nr"));
    }

    boolean isVillageName(List<Term> terms, int j, boolean[] used) {
        String word = terms.get(j).word;
        if (!isHan(word)) {
            return false;
        }
        if (isSettlementReadAsName(terms, j)) {
            return true;
        }
        if (j + 1 >= terms.size() || used[j + 1] || word.length() < 2) {
            return false;
        }
        String next = terms.get(j + 1).word;
        if (next.length() == 2 && word.length() <= 3 && isNature(terms.get(j + 1), "ns") && CoreDictionary.get(next) == null
                && (SETTLEMENT_ENDINGS.indexOf(next.charAt(1)) >= 0 || next.charAt(1) == '省')) {
            return dictionary.typeOf(word) == null; // 卡瓦拉 泽省: the settlement's unknown tail, the "name" its head
        }
        return (next.equals("县") || next.equals("市")) && dictionary.typeOf(word) == null;
    }

    /**
     * 湘 + 南县, 麦 + 禾岭镇: a county, town or village whose first character the segmenter left
     * behind as a word of its own (a loose noun-like character, not a preposition or verb).
     */
    static String withCutFirstCharacter(List<Term> terms, int j, String place, boolean[] used) {
        char ending = place.charAt(place.length() - 1);
        if (j == 0 || used[j - 1] || place.length() > 3 || (SETTLEMENT_ENDINGS.indexOf(ending) < 0 && ending != '市')) {
            return place;
        }
        Term before = terms.get(j - 1);
        String nature = before.nature.toString();
        boolean loose = before.word.length() == 1 && isHan(before.word) && (nature.equals("n") || nature.equals("ng")
                || nature.equals("nr") || nature.equals("nz") || nature.equals("b") || nature.equals("j"));
        return loose && !SURNAMES_ALONE_ARE_WORDS.contains(before.word) ? before.word + place : place;
    }

    /** Single characters that are words of the sentence far more often than the head of a place name. */
    private static final Set<String> SURNAMES_ALONE_ARE_WORDS = ChineseTerms.wordSet("全", "本", "该", "各", "原", "新", "老", "大", "小", "上", "下");

    /**
     * A place the segmenter's place recogniser put together (not in its dictionary), cleaned: 从株洲
     * and 克等株洲 took neighbouring characters along and are 株洲; two unknown characters (将城,
     * 铁海) are too often noise to keep.
     */
    String recognisedPlace(String word) {
        for (int start = 1; start <= word.length() - 2; start++) {
            String tail = word.substring(start);
            if (GENERIC_PLACES.contains(tail) || GENERIC_PLACE_TAILS.contains(tail)) {
                return null; // 其城市, 全市街道, 不少城市: a kind of place with the sentence before it
            }
            CoreDictionary.Attribute attribute = CoreDictionary.get(tail);
            if (attribute != null && attribute.nature[0].startsWith("ns")
                    && (hasFunctionCharacter(word.substring(0, start)) || isRank(word.substring(0, start)))) {
                return tail; // 从株洲, 克等株洲, 第二名缅甸; 南漳县 stays whole although 漳县 is a county too
            }
        }
        if (GLUED_PREPOSITIONS.indexOf(word.charAt(0)) >= 0 && word.length() > 2) {
            return word.substring(1);
        }
        return word.length() >= 3 ? word : null;
    }

    /** 第一名, 名 (after 第一): a rank glued to the place after it, which names no place. */
    private static boolean isRank(String text) {
        if (text.indexOf('名') < 0 && text.indexOf('第') < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("第一二三四五六七八九十两名".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasFunctionCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (GLUED_PREPOSITIONS.indexOf(text.charAt(i)) >= 0 || NEVER_IN_GIVEN_NAME.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlaceStem(Term term, String next) {
        if (!PLACE_SUFFIXES.contains(next) || !isHan(term.word) || term.word.length() < 2
                || LEADING_NOISE.contains(term.word) || GENERIC_LEFT.contains(term.word)) {
            return false; // 全市 街道: the streets of the whole city, not a street named 全市
        }
        if (isNature(term, "nz") || isNature(term, "j")) {
            return true;
        }
        return isNature(term, "n") && STRONG_PLACE_SUFFIXES.contains(next);
    }
}
