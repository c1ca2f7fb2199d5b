package io.newsroom.enrich.tag;

import static io.newsroom.enrich.tag.ChinesePersonNames.isImplausibleName;
import static io.newsroom.enrich.tag.ChinesePersonNames.isKnownName;
import static io.newsroom.enrich.tag.ChineseTerms.GENERIC_LEFT;
import static io.newsroom.enrich.tag.ChineseTerms.GENERIC_PLACES;
import static io.newsroom.enrich.tag.ChineseTerms.LEADING_NOISE;
import static io.newsroom.enrich.tag.ChineseTerms.REGIONS;
import static io.newsroom.enrich.tag.ChineseTerms.TITLES;
import static io.newsroom.enrich.tag.ChineseTerms.isHan;
import static io.newsroom.enrich.tag.ChineseTerms.isHanNumeral;
import static io.newsroom.enrich.tag.ChineseTerms.isHanOrLatin;
import static io.newsroom.enrich.tag.ChineseTerms.isNature;
import static io.newsroom.enrich.tag.ChineseTerms.join;

import static io.newsroom.enrich.tag.ChineseOrganizationNames.MAX_ORG_LENGTH;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.PLACES_KINDS_OF_BODY;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.isOrganizationAbbreviation;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.organizationSuffix;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Organisations whose names follow a fixed shape a reader knows, found by that shape rather than
 * by a generic ending: a session's congress (第九届全国人大), a world body (国际海事组织), a mission
 * abroad (中国驻美国大使馆), a numbered unit (长春市第一汽车制造厂), a publication (纽约时报), a name
 * in quotes (“抗旱保苗领导小组”), a local committee (县委, 站党委). Static and thread-safe; the
 * rules that need the user's dictionary stay in {@link ChineseOrganizationNames}.
 */
final class OrganizationNameShapes {

    private OrganizationNameShapes() {
    }

    /** Endings of newspapers' and magazines' names. */
    private static final Set<String> PUBLICATION_ENDINGS = ChineseTerms.wordSet("报", "时报", "周刊", "杂志", "月刊", "论坛报", "新闻报", "邮报", "画报");

    /** Organs that a party or parliament named right before them has: 民进 中央 (its central committee), 国会 上院. */
    private static final Set<String> ORGANS = ChineseTerms.wordSet("中央", "上院", "下院");

    /** 民进 + 中央, 国会 + 下院: the organ of an institution the segmenter knows (nt) is one body with it. */
    static boolean isOrganOfBody(List<Term> terms, int bodyEnd, int next) {
        return ORGANS.contains(terms.get(next).word) && isNature(terms.get(bodyEnd), "nt") && !terms.get(bodyEnd).word.endsWith("中央");
    }

    /**
     * 联合国 + 总部: the headquarters of an institution the segmenter knows (nt) is reported as one
     * body; a company's 总部 is only where the company sits (株洲某某燃气有限公司总部 is the company).
     */
    static boolean isHeadquartersOfBody(List<Term> terms, int bodyEnd, int next) {
        Term body = terms.get(bodyEnd);
        return terms.get(next).word.equals("总部") && isNature(body, "nt") && !isNature(body, "ntc")
                && organizationSuffix(body.word) == null;
    }

    /**
     * Start of the session's number right before a congress or committee (第二 届 + 全国人民代表大会,
     * 九届 + 全国人大), or {@code start}: the session names which one, as a reader writes it.
     */
    static int sessionBefore(List<Term> terms, int start, String name) {
        if (!(name.contains("代表大会") || name.endsWith("人大") || name.endsWith("政协") || name.endsWith("委员会") || name.endsWith("常委会"))) {
            return start;
        }
        for (int from = start - 1; from >= 0 && from >= start - 4; from--) {
            if (sessionAfter(terms, from, start) == start || (from == start - 1 && isSessionWord(terms.get(from).word))) {
                return from;
            }
        }
        return start;
    }

    /** 九届, 十五届: a session's number written as one word without 第. */
    private static boolean isSessionWord(String word) {
        if (word.length() < 2 || !word.endsWith("届")) {
            return false;
        }
        for (int i = 0; i < word.length() - 1; i++) {
            if ("第一二三四五六七八九十百".indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code to} when the terms from {@code from} up to it are a session's number (第 九 届, 第十届),
     * else -1: 民盟第八届中央委员会 is one body, the committee of that session.
     */
    static int sessionAfter(List<Term> terms, int from, int to) {
        if (from >= to || to - from > 4 || !terms.get(to - 1).word.endsWith("届") || !terms.get(from).word.startsWith("第")) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            String word = terms.get(k).word;
            for (int i = 0; i < word.length(); i++) {
                if ("第零〇一二三四五六七八九十百届0123456789".indexOf(word.charAt(i)) < 0) {
                    return -1;
                }
            }
        }
        return to;
    }

    /** Endings of bodies that 国际, 世界 or a continent and their field name: 国际海事组织, 世界自然基金会, 非洲水利基金. */
    private static final Set<String> INTERNATIONAL_ENDINGS = ChineseTerms.wordSet("组织", "联合会", "理事会", "委员会", "联盟", "基金会", "协会",
            "学会", "共同体", "论坛", "基金", "银行");

    /**
     * Start of a body named 国际 or 世界 and one to three field words (国际 海事 组织, 世界 旅游 组织), or -1:
     * 组织 alone is too weak an ending (党组织, 基层组织), but a field's world body is one body.
     */
    static int internationalBodyStart(List<Term> terms, int end) {
        if (end < 2) {
            return -1;
        }
        if (!INTERNATIONAL_ENDINGS.contains(terms.get(end).word)) {
            return agencyOfBodyStart(terms, end); // 联合国 环境 规划署
        }
        // the opening is looked for before it is taken for a field: 国际 and 世界 are nouns too (，国际 海事 组织)
        for (int k = end - 1; k > 0 && end - k <= 3 && isInternationalField(terms.get(k)) && !terms.get(k).word.endsWith("主义"); k--) {
            String opening = terms.get(k - 1).word;
            if (WORLD_OPENINGS.contains(opening) || REGIONS.contains(opening)) {
                // 南非 中国 非洲 工程 协会: after a place the continent is inside a longer name, found from the ending
                return k >= 2 && isNature(terms.get(k - 2), "ns") ? -1 : k - 1;
            }
        }
        return agencyOfBodyStart(terms, end);
    }

    /**
     * Start of an agency of a body the segmenter knows, named by its field (联合国 人口 基金, 联合国 粮食 及 农业
     * 组织, 联合国 艾滋病 联合 规划署), or -1: up to three field words, joined by 及 or 和 or marked 联合 (joint),
     * between the body and a world body's ending or an agency's 署.
     */
    private static int agencyOfBodyStart(List<Term> terms, int end) {
        String ending = terms.get(end).word;
        if (!INTERNATIONAL_ENDINGS.contains(ending) && !(ending.length() >= 3 && ending.endsWith("署"))) {
            return -1;
        }
        int fields = 0;
        for (int k = end - 1; k >= 0 && end - k <= 4; k--) {
            Term term = terms.get(k);
            if (isNature(term, "nt")) {
                return fields > 0 && organizationSuffix(term.word) == null ? k : -1; // 联合国, not 国务院 + 某 委员会
            }
            if (isInternationalField(term) || isNature(term, "nhd") || isNature(term, "nf")) {
                fields++;
            } else if (!term.word.equals("联合") && !(fields > 0 && (term.word.equals("及") || term.word.equals("和")))) {
                return -1;
            }
        }
        return -1;
    }

    /** Endings of bodies that two countries keep together: 中日友好协会, 葡中委员会, 中韩友协. */
    private static final Set<String> BILATERAL_ENDINGS = ChineseTerms.wordSet("协会", "委员会", "友协", "商会", "联合会", "联盟", "基金会",
            "理事会", "学会");

    /**
     * Start of a body of two countries (中 日 友好 协会, 德 中 委员会, 中国 日本 友好 协会, 中韩 友协), or -1: the two
     * countries, by one-character or full names, and up to two words of what the body is for (友好, 贸易), before an
     * association's or committee's ending. The pair opens the name and is not reported as two places there.
     */
    static int bilateralBodyStart(List<Term> terms, int end) {
        if (!BILATERAL_ENDINGS.contains(terms.get(end).word)) {
            return -1;
        }
        int k = end - 1;
        for (int fields = 0; k >= 0 && fields < 2 && !isCountry(terms.get(k))
                && (terms.get(k).word.equals("友好") || isInternationalField(terms.get(k))); fields++) {
            k--;
        }
        int start = k >= 0 && PlaceAbbreviations.isCountryPair(terms.get(k).word) ? k // 中美 商会
                : k >= 1 && isCountry(terms.get(k)) && isCountry(terms.get(k - 1)) ? k - 1 : -1;
        // 南非 中国 非洲 工程 协会: a third place before the pair opens a longer name, found from the ending
        return start > 0 && isNature(terms.get(start - 1), "ns") ? -1 : start;
    }

    /**
     * Start of a joint team of countries (中国、尼泊尔 联合 登山队, 中 日 联合 考察队, 中美 联合 调查组), or -1: two
     * or more countries, listed or paired, then 联合 and a team's, group's or delegation's word. The countries open
     * the name and are not reported as places there.
     */
    static int jointBodyStart(List<Term> terms, int end) {
        String unit = terms.get(end).word;
        if (end < 2 || unit.length() < 2 || !(unit.endsWith("队") || unit.endsWith("组") || unit.endsWith("团"))
                || !terms.get(end - 1).word.equals("联合")) {
            return -1;
        }
        int k = end - 2;
        if (PlaceAbbreviations.isCountryPair(terms.get(k).word)) {
            return k > 0 && isNature(terms.get(k - 1), "ns") ? -1 : k; // 中美 联合 调查组
        }
        int countries = 0;
        while (k >= 0 && isCountry(terms.get(k))) {
            countries++;
            if (k >= 2 && ChineseTerms.isListSeparator(terms.get(k - 1)) && isCountry(terms.get(k - 2))) {
                k -= 2; // 中国 、 尼泊尔
            } else if (k >= 1 && isCountry(terms.get(k - 1))) {
                k -= 1; // 中 日
            } else {
                break;
            }
        }
        return countries >= 2 ? k : -1;
    }

    private static boolean isCountry(Term term) {
        return PlaceAbbreviations.isCountryCharacter(term.word)
                || (isNature(term, "ns") && term.word.length() >= 2 && !GENERIC_PLACES.contains(term.word));
    }

    /** Words that open the name of a body of the world or of a continent's countries (泛美 卫生 组织). */
    private static final Set<String> WORLD_OPENINGS = ChineseTerms.wordSet("国际", "世界", "全球", "泛美", "泛非", "泛欧");

    private static boolean isInternationalField(Term term) {
        return term.word.length() >= 2 && isHan(term.word) && !GENERIC_LEFT.contains(term.word) && !LEADING_NOISE.contains(term.word)
                && (isNature(term, "n") && !isNature(term, "nr") && !isNature(term, "nnt") || isNature(term, "vn") || isNature(term, "nz")
                    || isNature(term, "an") || isNature(term, "gm") || isNature(term, "gb") || isNature(term, "gc"));
    }

    /** Endings of bodies that foreign usage names after a person or a place spelt in sounds: 某某大学, 某某基金会, 某某队. */
    private static final Set<String> FOREIGN_NAMED_ENDINGS = ChineseTerms.wordSet("大学", "学院", "研究所", "研究院", "研究中心", "基金会",
            "医院", "俱乐部", "队", "公司", "集团", "银行", "协会", "学会", "博物馆", "乐团", "交响乐团", "剧院", "出版社", "电视台", "通讯社");

    /**
     * Start of a foreign body named by a transliterated name (斯坦福 大学, 尤 文图斯 队, 摩根 斯坦利 公司), or -1: the
     * ending says what the sounds before it name, as a title says a person is named, so they are the body's name and
     * no person's. A country named right before it opens the name (美国 某某 大学), as it does for a known one.
     */
    static int soundNamedBodyStart(List<Term> terms, int end) {
        if (end == 0 || !FOREIGN_NAMED_ENDINGS.contains(terms.get(end).word)) {
            return -1;
        }
        int start = -1;
        Term before = terms.get(end - 1);
        if (isNature(before, "nrf") && before.word.length() >= 2) {
            start = end - 1; // one piece the segmenter read as a foreign name
        }
        for (int k = Math.max(0, end - 5); k < end - 1; k++) {
            if (TransliteratedNames.end(terms, k, true) == end - 1) {
                start = k; // the longest run of sounds that ends right before the ending
                break;
            }
        }
        if (start < 0) {
            return -1;
        }
        return start > 0 && isCountry(terms.get(start - 1)) && !PlaceAbbreviations.isCountryCharacter(terms.get(start - 1).word) ? start - 1 : start;
    }

    /** Missions a country keeps abroad, named by the country and where they are: 中国驻美国大使馆. */
    private static final Set<String> MISSIONS = ChineseTerms.wordSet("大使馆", "使馆", "总领事馆", "领事馆", "总领馆", "领馆", "代表团", "代表处",
            "办事处", "联络处", "部队");

    /**
     * Start of a mission named by its country, 驻 and its host (中国 驻 美国 大使馆, 中国 驻 联合国 代表团),
     * or of an army's garrison (中国人民解放军 驻 香港 部队), or -1: the whole is one body, as a reader names it, and neither place is reported on its own there.
     */
    static int missionStart(List<Term> terms, int end) {
        if (end < 3 || !MISSIONS.contains(terms.get(end).word)) {
            return -1;
        }
        Term host = terms.get(end - 1);
        if (!(isNature(host, "ns") || isNature(host, "nt")) || host.word.length() < 2 || !terms.get(end - 2).word.equals("驻")) {
            return -1;
        }
        Term country = terms.get(end - 3);
        if (terms.get(end).word.equals("部队")) {
            return isNature(country, "nt") ? end - 3 : -1; // 中国人民解放军 驻 香港 部队: an army's garrison there
        }
        return isNature(country, "ns") && country.word.length() >= 2 && !GENERIC_PLACES.contains(country.word) ? end - 3 : -1;
    }

    /**
     * Start of a unit of a place's government (日 政府 新闻局, 广东省 人民政府 办公厅, 香港特区政府 新闻处), or -1:
     * the government alone stands for its place, but an office of it is a body, named with the place. A place's
     * troops or companies after 政府 (政府 部队) are kinds, as after the place itself.
     */
    static int governmentUnitStart(List<Term> terms, int end) {
        Term unit = terms.get(end);
        if (end < 1 || !terms.get(end - 1).word.endsWith("政府") || unit.word.endsWith("政府") || PLACES_KINDS_OF_BODY.contains(unit.word)) {
            return -1;
        }
        String suffix = organizationSuffix(unit.word);
        boolean institution = (isNature(unit, "nis") || isNature(unit, "nit")) && (suffix != null || unit.word.endsWith("处")); // 新闻处
        if (!institution && !(unit.word.equals(suffix) && suffix.length() >= 2)) { // 代表团, read as a common noun
            return -1;
        }
        int start = end - 1;
        boolean placed = !ChineseOrganizationNames.GOVERNMENT.contains(terms.get(start).word); // 市政府, 香港特区政府
        while (start > 0 && (isNature(terms.get(start - 1), "ns") || PlaceAbbreviations.isCountryAbbreviation(terms.get(start - 1).word))
                && join(terms, start - 1, end).length() <= MAX_ORG_LENGTH) {
            start--;
            placed = true;
        }
        return placed ? start : -1;
    }

    /**
     * 江州日报 before 社长 is 江州日报社: the head of a newspaper is the head of its 报社, whose last
     * character the segmenter gave to the title.
     */
    static String withHeadsBody(String name, List<Term> terms, int end) {
        if (end + 1 >= terms.size()) {
            return name;
        }
        String next = terms.get(end + 1).word;
        if (next.length() != 2 || next.charAt(1) != '长' || !TITLES.contains(next)) {
            return name;
        }
        String longer = name + next.charAt(0);
        return next.charAt(0) == '社' && (name.endsWith("报") || name.endsWith("杂志")) ? longer : name;
    }

    /**
     * Start of a unit numbered within the place or body named before it (长春市 第一 汽车 制造厂,
     * 天津市 第一 中心 医院, 武汉 钢铁公司 第三 炼钢 厂), or -1: an ordinal (第一, 第 三), at most three
     * words of the unit's own name, and its ending; the place or body before the ordinal opens the
     * name, with the places before it (吉林省 长春市). Without a place or body before it, an ordinal
     * counts (全国第一家公司 is none).
     */
    static int numberedUnitStart(List<Term> terms, int end) {
        Term last = terms.get(end);
        if (end >= 2 && last.word.equals("院") && terms.get(end - 1).word.length() == 1 && isHanNumeral(terms.get(end - 1))
                && isOrganizationAbbreviation(terms.get(end - 2).word)) {
            // 甲医大 三 院: a university's hospital numbered within it, named by the university's short name (and its place: 华西 医大)
            return end > 2 && isNature(terms.get(end - 3), "ns") ? end - 3 : end - 2;
        }
        if (end < 2 || isNature(last, "nnt") || (organizationSuffix(last.word) == null && !isNature(last, "nis"))) {
            return -1;
        }
        int k = end - 1;
        int words = 0;
        while (k >= 0 && words < 3 && ordinalStart(terms, k) < 0 && isNumberedUnitWord(terms.get(k))) {
            k--;
            words++;
        }
        int ordinal = k >= 0 ? ordinalStart(terms, k) : -1;
        if (ordinal < 1) {
            return -1;
        }
        int start = ordinal;
        while (start > 0 && opensNumberedUnit(terms.get(start - 1)) && join(terms, start - 1, end).length() <= MAX_ORG_LENGTH) {
            start--;
        }
        return start < ordinal ? start : -1;
    }

    /** Index of the 第 of an ordinal ending at {@code k} (第一, 第 三, 第十二), or -1. */
    private static int ordinalStart(List<Term> terms, int k) {
        String word = terms.get(k).word;
        if (word.length() >= 2 && word.charAt(0) == '第' && isHanNumeral(terms.get(k))) {
            return k;
        }
        if (k > 0 && terms.get(k - 1).word.equals("第") && isHanNumeral(terms.get(k))) {
            return k - 1;
        }
        if (k > 0 && terms.get(k - 1).word.startsWith("第") && isHanNumeral(terms.get(k - 1)) && isHanNumeral(terms.get(k))
                && terms.get(k).word.startsWith("十")) {
            return k - 1; // 第二 十七: a two-digit ordinal cut after its first digit
        }
        return -1;
    }

    /** Levels of courts and procuratorates, which the segmenter tags as adjectives: 高级 人民法院. */
    static final Set<String> COURT_LEVELS = ChineseTerms.wordSet("高级", "中级", "基层");

    static boolean isCourt(String word) {
        return word.endsWith("法院") || word.endsWith("检察院");
    }

    /** Words naming a unit between its number and its ending: 汽车, 外国语, 炼钢, 中心, 人民. */
    private static boolean isNumberedUnitWord(Term term) {
        return COURT_LEVELS.contains(term.word) || isHan(term.word) && term.word.length() >= 2 && !TITLES.contains(term.word)
                && (isNature(term, "n") && !isNature(term, "nr") && !isNature(term, "nnt") || isNature(term, "vn") || isNature(term, "nz")
                    || isNature(term, "nis") || isNature(term, "gm"));
    }

    /** A place or body a numbered unit belongs to: 长春市, 武警, 钢铁公司 (after 武汉). */
    private static boolean opensNumberedUnit(Term term) {
        return isHan(term.word) && term.word.length() >= 2 && (isNature(term, "ns") || isNature(term, "nt")
                || (isNature(term, "nis") && organizationSuffix(term.word) != null) || isNature(term, "j"))
                && !GENERIC_PLACES.contains(term.word);
    }

    /**
     * The body a cup is named after, or null: 侨联 in 侨联杯 (an abbreviation of a body), or a sponsor's
     * name of two or three characters that the core dictionary does not hold (a cup named 青松杯 by an
     * invented firm). The name is the word's part before 杯, or the word right before a separate 杯. A
     * cup named by a place, a person or a common word (世界杯, 金杯, 中华杯) names no body, and neither
     * does one named in transliteration sounds, most often a person's trophy (戴维斯杯).
     */
    static String cupSponsor(List<Term> terms, int j) {
        String word = terms.get(j).word;
        String name;
        if (word.length() >= 3 && word.length() <= 5 && word.endsWith("杯")) {
            name = word.substring(0, word.length() - 1);
        } else if (j + 1 < terms.size() && terms.get(j + 1).word.equals("杯") && word.length() >= 2 && word.length() <= 4
                && !isNature(terms.get(j), "ns") && (!isNature(terms.get(j), "nr") || isImplausibleName(terms.get(j)))) {
            name = word; // 鑫茂 杯: the segmenter reads an unknown sponsor as a name, one no surname opens
        } else {
            return null;
        }
        if (!isHan(name)) {
            return null;
        }
        if (isOrganizationAbbreviation(name)) {
            return name;
        }
        boolean unknown = name.length() <= 3 && CoreDictionary.get(name) == null && !TransliteratedNames.isSoundWord(name)
                && ChinesePlaceNames.regionOf(name) == null;
        return unknown ? name : null;
    }

    /**
     * Start of a newspaper or magazine's name ending at {@code end}, or -1: a proper name before
     * 报, 时报, 周刊 or 杂志 (费加罗报, 纽约时报), a common noun after a place (埃及 新闻 报), or a
     * title in book marks (美国《时代》周刊). 报 alone after a common word is a verb or a report.
     */
    static int publicationStart(List<Term> terms, int end) {
        if (end == 0 || !PUBLICATION_ENDINGS.contains(terms.get(end).word)) {
            return -1;
        }
        Term before = terms.get(end - 1);
        int start = -1;
        if (before.word.equals("》")) {
            for (int k = end - 2; k >= 0 && k >= end - 8; k--) {
                if (terms.get(k).word.equals("《")) {
                    start = k;
                    break;
                }
            }
        } else if (before.word.length() >= 2 && isHan(before.word) && (isNature(before, "ns") || isNature(before, "nz")
                || (isNature(before, "nr") && !isKnownName(before.word)))) {
            return end - 1;
        } else if (end >= 2 && isNature(before, "n") && before.word.length() >= 2 && isNature(terms.get(end - 2), "ns")) {
            return end - 2;
        }
        if (start > 0 && isNature(terms.get(start - 1), "ns")) {
            start--; // 美国《时代》周刊
        }
        return start;
    }

    private static final String OPENING_QUOTES = "“「『‘";
    private static final String CLOSING_QUOTES = "”」』’";
    private static final int MAX_QUOTED = 8;

    /**
     * Start of a body's name the text sets in quotes, ending at {@code end}, or -1: a quoted name that
     * ends with an organisation's ending (“抗旱保苗领导小组”: the quotes say the whole is the name,
     * whatever its words), or a body's ending right after a quoted name (『红星』队, 澳门“晨光”合唱团,
     * with the place before it). The quotes hold no punctuation and at most a few words.
     */
    static int quotedNameStart(List<Term> terms, int end) {
        Term last = terms.get(end);
        if (isNature(last, "w") || !isHanOrLatin(last.word)) {
            return -1;
        }
        String suffix = organizationSuffix(last.word);
        if (suffix == null || GENERIC_LEFT.contains(last.word)) {
            return -1;
        }
        if (end + 1 < terms.size() && isQuote(terms.get(end + 1), CLOSING_QUOTES)) {
            int open = openingQuote(terms, end);
            // the ending alone in quotes (“中心”) is a word quoted, not a name
            return open >= 0 && open + 1 < end && !isQuotedClause(terms, open + 1, end) ? open + 1 : -1;
        }
        if (end >= 2 && last.word.equals(suffix) && isQuote(terms.get(end - 1), CLOSING_QUOTES)) {
            int open = openingQuote(terms, end - 1);
            if (open < 0 || open + 1 >= end - 1) {
                return -1;
            }
            return open > 0 && isNature(terms.get(open - 1), "ns") && terms.get(open - 1).word.length() >= 2 ? open - 1 : open;
        }
        return -1;
    }

    /**
     * “不让一棵树枯萎”: quoted words ending with a verb, or holding an adverb, a pronoun or a count, are
     * a slogan or a saying, not a body's name, whatever their last character.
     */
    private static boolean isQuotedClause(List<Term> terms, int from, int to) {
        if (isNature(terms.get(to), "v")) {
            return true;
        }
        for (int k = from; k <= to; k++) {
            Term term = terms.get(k);
            if (isNature(term, "d") || isNature(term, "r") || isNature(term, "m")) {
                return true;
            }
        }
        return false;
    }

    /** Index of the opening quote before the word before {@code close}, with only words between, or -1. */
    private static int openingQuote(List<Term> terms, int close) {
        for (int k = close - 1; k >= 0 && k >= close - MAX_QUOTED; k--) {
            Term term = terms.get(k);
            if (isQuote(term, OPENING_QUOTES)) {
                return k;
            }
            if (isNature(term, "w") || !isHanOrLatin(term.word)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isQuote(Term term, String quotes) {
        return term.word.length() == 1 && quotes.indexOf(term.word.charAt(0)) >= 0;
    }

    /**
     * Committees of the unit a text is about (县委, 纪委, 村委会; 站 党委, 厂 党委): standing alone
     * they name that one committee, as 市委 does in a city's paper. Not after a count or a
     * determiner (一级政府, 各级党委, 这些村委会) nor after 的 (全市的村委会主任), which make them kinds.
     */
    static int localCommitteeStart(List<Term> terms, int end) {
        String word = terms.get(end).word;
        if (!LOCAL_COMMITTEES.contains(word) && !UNIT_COMMITTEES.contains(word)) {
            return -1;
        }
        int start = end;
        if (end > 0 && COMMITTEE_UNITS.contains(terms.get(end - 1).word) && UNIT_COMMITTEES.contains(word)) {
            start = end - 1; // 站 党委, 厂 党委: the committee of the station, of the factory
        } else if (UNIT_COMMITTEES.contains(word)) {
            return -1; // 党委 alone is as often any unit's committee (党委书记, 党委领导) as the one in the text
        }
        if (start > 0) {
            Term before = terms.get(start - 1);
            if (isNature(before, "m") || isNature(before, "q") || isNature(before, "r") || isNature(before, "ude1")
                    || isNature(before, "b") || LEADING_NOISE.contains(before.word) || GENERIC_LEFT.contains(before.word)) {
                return -1;
            }
        }
        return start;
    }

    /** Party and village committees named by the unit they belong to, which the text leaves implicit. */
    private static final Set<String> LOCAL_COMMITTEES = ChineseTerms.wordSet("县委", "市委", "区委", "省委", "纪委", "团县委", "团市委",
            "团省委", "村委会", "居委会", "筹委会", "组委会", "镇党委", "乡党委", "村党支部", "人大常委会", "政协");
    /** Committees that need their unit written before them: 站 党委, 厂 党支部. */
    private static final Set<String> UNIT_COMMITTEES = ChineseTerms.wordSet("党委", "团委", "党总支", "党支部");
    /** One-character units that own a party committee: 站 党委, 厂 党委, 乡 党委. */
    private static final Set<String> COMMITTEE_UNITS = ChineseTerms.wordSet("站", "厂", "乡", "镇", "村", "校", "院", "局", "所", "矿", "场", "连", "营", "团", "处", "社");
}
