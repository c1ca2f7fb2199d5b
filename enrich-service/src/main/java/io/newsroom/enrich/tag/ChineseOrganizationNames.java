package io.newsroom.enrich.tag;

import static io.newsroom.enrich.tag.ChinesePersonNames.isImplausibleName;
import static io.newsroom.enrich.tag.ChinesePersonNames.isKnownName;
import static io.newsroom.enrich.tag.ChinesePersonNames.isOfficeTitle;
import static io.newsroom.enrich.tag.ChinesePersonNames.isPlausibleChineseName;
import static io.newsroom.enrich.tag.ChinesePersonNames.isTitle;
import static io.newsroom.enrich.tag.ChineseTerms.GENERIC_LEFT;
import static io.newsroom.enrich.tag.ChineseTerms.LEADING_NOISE;
import static io.newsroom.enrich.tag.ChineseTerms.REGIONS;
import static io.newsroom.enrich.tag.ChineseTerms.TITLES;
import static io.newsroom.enrich.tag.ChineseTerms.countTerms;
import static io.newsroom.enrich.tag.ChineseTerms.isBoundary;
import static io.newsroom.enrich.tag.ChineseTerms.isCommonWord;
import static io.newsroom.enrich.tag.ChineseTerms.isHan;
import static io.newsroom.enrich.tag.ChineseTerms.isHanNumeral;
import static io.newsroom.enrich.tag.ChineseTerms.isHanOrLatin;
import static io.newsroom.enrich.tag.ChineseTerms.isInnerConjunction;
import static io.newsroom.enrich.tag.ChineseTerms.isListSeparator;
import static io.newsroom.enrich.tag.ChineseTerms.isNature;
import static io.newsroom.enrich.tag.ChineseTerms.join;
import static io.newsroom.enrich.tag.OrganizationNameShapes.COURT_LEVELS;
import static io.newsroom.enrich.tag.OrganizationNameShapes.isCourt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The organisation rules of {@link ChineseEntityRecognizer}: where an organisation's name starts,
 * found leftwards from a recognisable ending (有限公司, 集团, 局, 委员会...) over place names and
 * proper words to its full name (株洲新奥燃气有限公司, not 新奥燃气有限公司); units named by
 * their field (港口管理局), companies' short names, ministries before an office title. Names of a
 * fixed shape (sessions, missions, numbered units, publications, quoted names, local committees)
 * are found by {@link OrganizationNameShapes}. Stateless apart from the user's
 * {@link EntityDictionary}; thread-safe.
 */
final class ChineseOrganizationNames {

    private static final List<String> ORG_SUFFIXES = longestFirst(Lexicon.words("org-suffixes-zh.txt"));
    private static final Set<String> SUFFIX_SET = ChineseTerms.wordSet(ORG_SUFFIXES.toArray(String[]::new));
    private static final int LONGEST_SUFFIX = ORG_SUFFIXES.get(0).length();
    /** The last characters of the endings: a word ending with any other character has none, found without building a string. */
    private static final boolean[] ENDS_SUFFIX = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String suffix : ORG_SUFFIXES) {
            ENDS_SUFFIX[suffix.charAt(suffix.length() - 1)] = true;
        }
    }

    /** Working bodies named after their task: 协调委员会, 护林防火领导小组. */
    private static final Set<String> COMMITTEE_ENDINGS = ChineseTerms.wordSet("委员会", "领导小组", "工作组", "指挥部", "办公室", "小组");
    /** Endings of associations, which are named after their members (律师协会, 志愿者协会). */
    private static final Set<String> ASSOCIATION_ENDINGS = ChineseTerms.wordSet("协会", "学会", "联合会", "工会", "商会", "联谊会", "促进会", "研究会");
    /** Words that make the institution after them a state's own: 国家 文物局, 中央 编译局. */
    private static final Set<String> NATIONAL_PREFIXES = ChineseTerms.wordSet("国家", "中央");
    private static final Set<String> ADMIN_PREFIX = ChineseTerms.wordSet("市", "省", "县", "区", "州", "镇", "乡", "中", "国");
    static final int MAX_ORG_LENGTH = 20;
    /** Bodies a place alone does not name: 美国公司 are American companies, 西藏部队 the troops stationed there. */
    static final Set<String> PLACES_KINDS_OF_BODY = ChineseTerms.wordSet("公司", "部队", "企业", "军队");
    /** Endings of companies, which may be named after a person (卡萨诺公司). */
    static final Set<String> STRONG_OR_COMPANY = ChineseTerms.wordSet("公司", "有限公司", "集团", "集团公司", "股份有限公司");
    private final EntityDictionary dictionary;

    ChineseOrganizationNames(EntityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * Endings that make a name of whatever precedes them, even a common noun or characters the
     * segmenter took for verbs: 物流集团, 株洲城发集团 (城 发 集团), 投资有限公司. 公司 alone is not
     * one of them: 保险公司 and 燃气公司 are kinds of company.
     */
    private static final Set<String> STRONG_SUFFIXES = ChineseTerms.wordSet("集团", "有限公司", "有限责任公司", "股份有限公司", "实业");
    /**
     * Industry words that end a company's short name (星途航空, 华联瓷业, 中车株洲电机) when what
     * precedes them is a proper word, never a common noun (民用航空, 现代物流 stay common words).
     */
    private static final Set<String> INDUSTRY_ENDINGS = Lexicon.words("industry-endings-zh.txt");
    private static final Set<String> WEAK_SUFFIXES = ChineseTerms.wordSet("公司", "分公司", "子公司", "中心", "服务中心", "研究中心",
            "组织", "政府", "人民政府", "办公室", "办公厅", "部队", "控股", "实验室", "工厂", "电厂", "球队", "代表队", "支队", "大队", "中队");
    /** Units numbered within a place: 八十七中学, 第一医院, 三中队. */
    private static final Set<String> NUMBERED_UNITS = ChineseTerms.wordSet("中学", "小学", "医院", "人民医院", "中队", "支队", "大队", "总队",
            "分局", "工程局", "研究所", "幼儿园", "职业中学");
    /** A country's teams and delegations: 中国女队, 日本代表团; the word alone is a kind of body. */
    private static final Set<String> TEAMS = ChineseTerms.wordSet("女队", "男队", "球队", "国家队", "代表团", "代表队", "女篮", "男篮",
            "女排", "男排", "女足", "男足", "青年队", "集训队");
    /** Last characters of organisation endings that abbreviations keep: 院 (科学院), 部, 委, 行 (银行), 协, 联, 大 (大学), 党... */
    private static final String ABBREVIATED_ENDINGS = "院部委行协联大党社局署盟办厂司军";
    /** Abbreviations of kinds of body, not of one body: 部委 (ministries and commissions), 两院, 夜大; and of ranks: 冠亚军. */
    private static final Set<String> GENERIC_ABBREVIATIONS = ChineseTerms.wordSet("部委", "两院", "夜大", "函大", "电大", "高校", "央企", "国企", "外企", "民企",
            "冠亚军", "亚季军");
    private static final String NUMERALS = "一二三四五六七八九十两几多百千万第";
    static final Set<String> GOVERNMENT = ChineseTerms.wordSet("政府", "人民政府");
    /**
     * 民革、民盟、民建、民进, 财政部、人民银行和海关总署: a word listed between two bodies, or after two bodies at
     * the list's end, is a body too, when it is a noun or abbreviation of two to six characters that
     * names no kind of body (企业, 部门, 高校) and no place. A list names things of one kind.
     */
    static boolean isListedBody(List<Term> terms, int k, boolean[] opensBody, boolean[] endsBody) {
        Term term = terms.get(k);
        String word = term.word;
        String nature = term.nature == null ? "" : term.nature.toString();
        if (word.length() < 2 || word.length() > 6 || !isHan(word) || !(nature.equals("n") || nature.equals("nis") || nature.equals("nz")
                || nature.equals("j") || nature.equals("nt")) || GENERIC_LEFT.contains(word) || GENERIC_ABBREVIATIONS.contains(word)
                || isGenericOrganizationWord(word) || GOVERNMENT.contains(word) || word.endsWith("们")) {
            return false;
        }
        boolean bodyBefore = k >= 2 && isListSeparator(terms.get(k - 1)) && endsBody[k - 2];
        boolean bodyAfter = k + 2 < terms.size() && isListSeparator(terms.get(k + 1)) && opensBody[k + 2];
        if (bodyBefore && bodyAfter) {
            return true;
        }
        // the last item: two bodies listed before it, and the list ends after it
        boolean listEnds = k + 1 >= terms.size() || isBoundary(terms.get(k + 1)) || isNature(terms.get(k + 1), "nnt");
        if (bodyBefore && listEnds && terms.get(k - 1).word.length() == 1) {
            for (int b = k - 3; b >= 1; b--) {
                if (opensBody[b] || endsBody[b]) {
                    return isListSeparator(terms.get(b + 1)) && endsBody[b] && b + 1 < k - 2 && opensBody[b + 2];
                }
            }
        }
        return false;
    }

    /**
     * 甲国和乙国队, 甲国、乙国女队: places listed before a place's team share its team word, so each names a
     * team. Returns the first term of the place listed right before the team opening at {@code teamStart}
     * (joined by 和, 与, 及 or 、), or -1; the team must end with a team's word (队, 女队, 代表团).
     */
    static int listedTeamBefore(List<Term> terms, int teamStart, int teamEnd, boolean[] used) {
        String ending = terms.get(teamEnd).word;
        if (!(ending.equals("队") || TEAMS.contains(ending)) || teamStart < 2 || !isNature(terms.get(teamStart), "ns")) {
            return -1;
        }
        Term joint = terms.get(teamStart - 1);
        Term place = terms.get(teamStart - 2);
        return isListSeparator(joint) && !used[teamStart - 2] && isNature(place, "ns") && place.word.length() >= 2 && !REGIONS.contains(place.word)
                ? teamStart - 2 : -1;
    }

    /** 三国 女篮, 四国 男排: a count of countries before a team's word, which the segmenter may read as a place; neither a place nor a team. */
    static boolean isCountedTeams(List<Term> terms, int k) {
        String word = terms.get(k).word;
        return k + 1 < terms.size() && TEAMS.contains(terms.get(k + 1).word) && word.length() == 2 && word.charAt(1) == '国'
                && "两二三四五六七八九十几多".indexOf(word.charAt(0)) >= 0;
    }

    /** Index of the first word of an organisation ending at {@code end}, or -1. */
    int organizationStart(List<Term> terms, int end) {
        Term last = terms.get(end);
        String word = last.word;
        boolean taggedOrganization = isNature(last, "nt") || dictionary.typeOf(word) == EntityType.ORGANIZATION
                || isOrganizationAbbreviation(last);
        if (word.equals("党") && end > 0 && (isNature(terms.get(end - 1), "nr") || isNature(terms.get(end - 1), "t"))) {
            return -1; // 邓小平 党..., 新时期 党...: a person or a time before 党 is the sentence, not a party's name
        }
        if (word.equals("办公室") && end > 0 && isNature(terms.get(end - 1), "nr") && !isNature(terms.get(end - 1), "nrf")
                && (isKnownName(terms.get(end - 1).word) || isPlausibleChineseName(terms.get(end - 1).word))) {
            return -1; // 来到 王立新 办公室: a person's office, where the person is named
        }
        if (isNature(last, "nnt") || word.endsWith("干部")) {
            return -1; // 领导干部, 女干部, 总经理: a role, however it ends
        }
        if (word.length() >= 2 && word.endsWith("部") && "东南西北中".indexOf(word.charAt(word.length() - 2)) >= 0) {
            return -1; // 西北部, 东南部: a part of a region, not a ministry
        }
        if (TEAMS.contains(word) && end > 0 && REGIONS.contains(terms.get(end - 1).word)) {
            return -1; // 南美 球队, 非洲 球队: a continent's teams are many teams, and the continent a place
        }
        if (end > 0 && isCountedTeams(terms, end - 1)) {
            return -1; // 三国 女篮: teams of several countries, counted, none named
        }
        if (TEAMS.contains(word) && end > 0 && isNature(terms.get(end - 1), "ns") && terms.get(end - 1).word.length() >= 2) {
            return end - 1; // 越南 女队, 中国 代表团: a country's team or delegation
        }
        if (TEAMS.contains(word) && end > 1 && isFieldWord(terms.get(end - 1)) && isNature(terms.get(end - 2), "ns")
                && terms.get(end - 2).word.length() >= 2 && !REGIONS.contains(terms.get(end - 2).word)) {
            // 北京 围棋 女队, 星河 北京 围棋 女队: a place's team in a sport, with the sponsor named before the place
            return end > 2 && isNature(terms.get(end - 3), "nz") && terms.get(end - 3).word.length() >= 2 ? end - 3 : end - 2;
        }
        if (TEAMS.contains(word) && end > 1 && terms.get(end - 1).word.equals("国家") && isNature(terms.get(end - 2), "ns")
                && terms.get(end - 2).word.length() >= 2) {
            return end - 2; // 中国 国家 女篮: the country's national team
        }
        if ((word.equals("大学") || word.equals("学院")) && end > 1 && terms.get(end - 1).word.equals("立")
                && isNature(terms.get(end - 2), "ns") && terms.get(end - 2).word.endsWith("州")) {
            return end - 2; // 俄亥俄州 立 大学: a state university, named by its state
        }
        if (isNature(last, "nit") && word.length() >= 3 && end + 1 < terms.size() && isOfficeTitle(terms.get(end + 1))
                && organizationSuffix(word) == null) {
            return end; // 物理系 教授: a school's department before the office of someone in it is that one body
        }
        String suffix = taggedOrganization ? null : organizationSuffix(word);
        int start = end;
        // endings cut into pieces end with a piece that is an ending itself (有限 责任 公司)
        int split = taggedOrganization || suffix == null ? -1 : multiWordSuffixStart(terms, end);
        if (split >= 0) {
            // an ending the segmenter cut into pieces: 有限 责任 公司
            start = split;
            suffix = join(terms, start, end);
            word = suffix;
        } else if (!taggedOrganization && suffix == null) {
            return -1;
        } else if (suffix != null && suffix.length() == 1 && word.length() == 2 && isCommonWord(word)) {
            return -1; // 干部, 总部, 全部: ordinary words that happen to end like an organisation
        }
        if (suffix != null && suffix.length() == 1 && word.length() > 2 && endsWithVerb(word)) {
            return -1; // 战略部署, 统筹布局: the ending's character closes a verb (部署, 布局), not a body's name
        }
        // 规划署, 处理厂, 营业厅: kinds of body, a name only with a name before them (联合国水资源规划署)
        boolean kindOfBody = suffix != null && suffix.length() == 1 && word.length() > 2 && isCommonWord(word);
        if (!taggedOrganization && end + 1 < terms.size() && !isBoundary(terms.get(end + 1)) && gluesToNext(word, terms.get(end + 1))) {
            return -1; // 住建部 门: the ending's last character belongs to the next word (部门)
        }
        int length = word.length();
        boolean strong = suffix != null && STRONG_SUFFIXES.contains(suffix);
        boolean reachedPlace = false;
        boolean company = suffix != null && STRONG_OR_COMPANY.contains(suffix);
        while (start > 0) {
            Term previous = terms.get(start - 1);
            if (company && start >= 2 && start < end && previous.word.equals("—") && isProperWord(terms.get(start))
                    && isProperWord(terms.get(start - 2)) && length + terms.get(start - 2).word.length() + 1 <= MAX_ORG_LENGTH) {
                // 甲乙—丙丁 集团: two names joined by a dash name one firm, as merged or partner firms are named
                length += terms.get(start - 2).word.length() + 1;
                start -= 2;
                continue;
            }
            if (reachedPlace && !isProperWord(previous)) {
                // a place opens the name (株洲新奥燃气有限公司) unless a proper word comes first (大唐华银株洲电厂);
                // common words before it belong to the sentence (发展 株洲日报)
                break;
            }
            if (isNature(previous, "nr") && start >= 2 && isTitle(terms.get(start - 2))) {
                break; // 司令 巴克 海军少将: a name right after a title is the title holder's, not the start of a body's name
            }
            if (isNature(previous, "nr") && previous.word.length() >= 3 && "和与及".indexOf(previous.word.charAt(previous.word.length() - 1)) >= 0) {
                break; // 王铁和 大连 队: a name glued to the conjunction before a body ends the sentence's part, not the body's name
            }
            int next = isNamePart(previous) && !isGenericOrganizationWord(previous.word) ? start - 1 : unknownWordStart(terms, start, strong);
            if (next < 0 && start == end && isNature(previous, "nrf") && previous.word.length() >= 2 && STRONG_OR_COMPANY.contains(word)) {
                next = start - 1; // 卡萨诺 公司: a company named after a person, as foreign companies often are
            }
            if (next < 0 && start == end && COMMITTEE_ENDINGS.contains(word) && isNature(previous, "v") && previous.word.length() == 2
                    && start >= 2 && isNamePart(terms.get(start - 2))) {
                next = start - 1; // 工作 协调 委员会: a committee is named after what it does
            }
            if (next < 0 && start == end && suffix != null && ASSOCIATION_ENDINGS.contains(suffix) && isNature(previous, "nnt")
                    && previous.word.length() >= 2 && !previous.word.startsWith("副")) {
                next = start - 1; // 志愿者 协会, 律师 协会: an association is named after its members
            }
            if (next < 0 && start < end && PlaceAbbreviations.isCountryAbbreviation(previous.word)
                    && (start == 1 || isNature(terms.get(start - 2), "w"))) {
                next = start - 1; // 缅 宪法委员会 at the head of a clause: the country's one-character name opens the body's
            }
            if (next < 0 && start == end && start >= 2 && NUMBERED_UNITS.contains(word) && isHanNumeral(previous)
                    && isNature(terms.get(start - 2), "ns")) {
                next = start - 1; // 北京 九十 中学, 武警 一 总队: units numbered within their place
            }
            if (next < 0 && start >= 2 && start < end && suffix != null && isNamingOrBureauSuffix(suffix)
                    && isInnerConjunction(terms.get(start - 1)) && isNamePart(terms.get(start - 2))
                    && organizationSuffix(terms.get(start - 2).word) == null) {
                next = start - 2; // 中国企业改革与发展研究会: 与 joins two subjects inside one name
            }
            if (next < 0 && start == end && suffix != null && TASK_BODY_ENDINGS.contains(suffix)) {
                next = taskRunOpener(terms, start); // 国家 卫生 健康 委员会, 某省 中西医 结合 医院: what the body does names it
            }
            if (next < 0 && start == end && COURT_LEVELS.contains(previous.word) && isCourt(word)) {
                next = start - 1; // 北京市 高级 人民法院: the court's level is part of its name
            }
            if (next < 0 && start == end && REGIONAL_DIRECTIONS.contains(previous.word) && isInstitution(word)
                    && (start == 1 || !isNamePart(terms.get(start - 2)))) {
                next = start - 1; // 东南 大学: a region named by its direction names the institution serving it, and opens its name
            }
            if (next < 0 && start >= 2 && suffix != null && (isNamingSuffix(suffix) || (isNature(last, "nis") && !WEAK_SUFFIXES.contains(suffix)))
                    && isNature(previous, "v") && previous.word.length() == 2 && isHan(previous.word)
                    && (NATIONAL_PREFIXES.contains(terms.get(start - 2).word) || isNature(terms.get(start - 2), "nt"))) {
                next = start - 1; // 中央 编译 出版社: a state's or a body's unit named by what it does
            }
            if (next < 0) {
                break;
            }
            int added = join(terms, next, start - 1).length();
            if (length + added > MAX_ORG_LENGTH) {
                break;
            }
            length += added;
            start = next;
            reachedPlace |= isNature(terms.get(start), "ns");
        }
        if (taggedOrganization) {
            return start < end || isMostlyOrganization(word) ? start : -1;
        }
        // 中共中央政治局: one dictionary word opened by the party or state it belongs to
        boolean openedByBody = start == end && opensWithBody(word);
        if (kindOfBody && start == end && !isStateDepartment(last) && !openedByBody) {
            return -1;
        }
        // a word with its own stem before the ending: 人大常委会 and 住建局 name something, 子公司 and 干部 do not
        String stem = word.substring(0, word.length() - suffix.length());
        if (GENERIC_LEFT.contains(stem) && (start == end || stem.length() == 1)) {
            return -1; // 子公司, 集团公司, 总部: a kind of organisation, not one; 临川家政服务社 is one
        }
        boolean stemNamed = stem.length() >= 2 && !GENERIC_LEFT.contains(stem)
                && !(isNature(last, "nis") && isCommonWord(stem)) // 保险公司, 航空公司: a kind of institution
                && (isNature(last, "nz") || isNature(last, "ns") || CoreDictionary.get(word) == null);
        if (start == end && !stem.isEmpty()) {
            return stemNamed || isStateDepartment(last) || openedByBody ? start : -1;
        }
        if (stemNamed) {
            return start;
        }
        if (start < end && isNamingSuffix(suffix)) {
            boolean allGeneric = true;
            for (int k = start; k < end - countTerms(terms, end, suffix) + 1; k++) {
                allGeneric &= GENERIC_LEFT.contains(terms.get(k).word);
            }
            return allGeneric ? -1 : start;
        }
        if (start < end && isStateDepartment(last) && fieldRunStart(terms, end) == start) {
            return start; // 对外贸易 经济 合作部: a ministry's full name, made of the fields it covers
        }
        int suffixStart = end - countTerms(terms, end, suffix) + 1;
        if (start == suffixStart) {
            return -1; // the ending alone (公司, 政府) names nothing
        }
        if (start == suffixStart - 1 && PLACES_KINDS_OF_BODY.contains(last.word) && isNature(terms.get(start), "ns")) {
            return -1; // 美国 公司, 西藏 部队: a place's companies or troops, a kind of body, not one
        }
        return hasProperLeftPart(terms, start, suffixStart, suffix) ? start : -1;
    }

    /**
     * Start of a run of single characters before {@code end} that together make a word the
     * segmenter did not know (新 奥 in 株洲新奥燃气有限公司), or -1. A run after a number is a
     * date's tail (7 日 电), not a name.
     */
    private static int unknownWordStart(List<Term> terms, int end, boolean strongSuffix) {
        int start = end;
        while (start > 0 && end - start < 4 && isLooseCharacter(terms.get(start - 1), strongSuffix)) {
            start--;
        }
        if (end - start < 2) {
            return -1;
        }
        if (start > 0) {
            Term before = terms.get(start - 1);
            if (isNature(before, "m") || isNature(before, "t") || isNature(before, "q")) {
                return -1;
            }
        }
        return start;
    }

    private static boolean isLooseCharacter(Term term, boolean strongSuffix) {
        if (term.word.length() != 1 || !isHan(term.word)) {
            return false;
        }
        String nature = term.nature.toString();
        if (strongSuffix && (nature.equals("v") || nature.equals("vg") || nature.equals("vn"))) {
            return true; // 城 发 集团, 产 投 集团: abbreviations the segmenter read as verbs
        }
        return nature.equals("a") || nature.equals("b") || nature.equals("ng") || nature.equals("nz") || nature.equals("n")
                || nature.equals("j") || nature.equals("nr") || nature.startsWith("ns");
    }

    /** Whether the word's last two characters are a frequent word the core dictionary holds first as a verb (部署, 住院). */
    private static boolean endsWithVerb(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word.substring(word.length() - 2));
        return attribute != null && attribute.totalFrequency >= 10 && attribute.nature[0].toString().startsWith("v");
    }

    private static boolean gluesToNext(String word, Term next) {
        if (next.word.length() != 1 || !isHan(next.word)) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word.charAt(word.length() - 1) + next.word);
        return attribute != null && attribute.totalFrequency >= 10;
    }

    /**
     * Endings after which even common nouns make a name: 残疾人联合会, 工商银行, 物流集团. Not the
     * one-character ones, nor words naming a kind of body (公司, 中心, 政府, 办公室): 保险公司 and
     * 服务中心 are kinds, not names.
     */
    private static boolean isNamingSuffix(String suffix) {
        return STRONG_SUFFIXES.contains(suffix) || (suffix.length() >= 2 && !WEAK_SUFFIXES.contains(suffix));
    }

    /** A naming ending, or a bureau's, department's or agency's (局, 厅, 署), which a government body's fields name. */
    private static boolean isNamingOrBureauSuffix(String suffix) {
        return isNamingSuffix(suffix) || (suffix.length() == 1 && "局署厅".contains(suffix));
    }

    /** 子公司, 集团, 公司: a kind of body, which cannot be the inside of another body's name. */
    static boolean isGenericOrganizationWord(String word) {
        String suffix = organizationSuffix(word);
        return suffix != null && (word.equals(suffix) || GENERIC_LEFT.contains(word.substring(0, word.length() - suffix.length())));
    }

    private static boolean isProperWord(Term term) {
        return isNature(term, "ns") || isNature(term, "nt") || isNature(term, "j") || isNature(term, "nz")
                || (isNature(term, "nr") && !isNature(term, "nrf")) || isOrganizationWord(term.word);
    }

    /** 中共 (tagged n here, an abbreviation in the dictionary), 共青团: bodies that can open another body's name. */
    private static boolean isOrganizationWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || word.length() < 2) {
            return false;
        }
        for (var nature : attribute.nature) {
            if (nature.toString().equals("j") || nature.startsWith("nt") || nature.toString().equals("nis")) {
                return !GENERIC_LEFT.contains(word) && organizationSuffix(word) == null || isOrganizationAbbreviation(word);
            }
        }
        return false;
    }

    /** Working units named by the field they manage, study or report on: 体育管理中心, 港口管理局, 地质研究所. */
    private static final Set<String> FIELD_UNITS = ChineseTerms.wordSet("管理局", "管理中心", "新闻中心", "研究所", "研究中心", "研究院", "出版社",
            "管理处", "联络小组", "领导小组", "工作组", "办公室", "委员会", "新闻局", "情报局", "调查局", "统计局", "计算中心", "信息中心");
    /**
     * Every ending of a unit's word shorter than the word ("" and 组, 小组, 联络小组's 络小组...): the unit's word can be in
     * two pieces only when the last piece is one, which spares building the joined word for every other term.
     */
    private static final Set<String> FIELD_UNIT_TAILS = ChineseTerms.wordSet(FIELD_UNITS.stream()
            .flatMap(unit -> java.util.stream.IntStream.range(1, unit.length() + 1).mapToObj(unit::substring))
            .distinct().toArray(String[]::new));

    /**
     * Start of a unit named by its field (体育 管理中心, 港口 管理局, 技术 联络 小组), or -1: one or two
     * nouns of two or more characters right before the unit's word, opening their clause (after
     * punctuation, a preposition, 的, a determiner or a time), so that the sentence's own nouns stay out.
     */
    int fieldBodyStart(List<Term> terms, int end) {
        Term last = terms.get(end);
        String unit = last.word;
        int start = end;
        if (!FIELD_UNITS.contains(unit)) {
            if (end == 0 || !FIELD_UNIT_TAILS.contains(unit) || !FIELD_UNITS.contains(terms.get(end - 1).word + unit)) {
                return -1;
            }
            start = end - 1; // 联络 小组: the unit's word in two pieces
        }
        int fields = 0;
        while (start > 0 && fields < 2 && isFieldWord(terms.get(start - 1))) {
            start--;
            fields++;
        }
        if (fields == 0 && start == end) {
            return -1;
        }
        if (start > 0) {
            Term before = terms.get(start - 1);
            boolean opens = isNature(before, "w") || isNature(before, "p") || isNature(before, "ude1") || isNature(before, "r")
                    || isNature(before, "t") || isNature(before, "c") || isNature(before, "v") || isNature(before, "ns") || isNature(before, "nt");
            if (!opens) {
                return -1;
            }
        }
        return fields == 0 ? -1 : start;
    }

    private boolean isFieldWord(Term term) {
        String nature = term.nature.toString();
        return (nature.equals("n") || nature.equals("nz") || nature.equals("vn") || nature.equals("nis") || nature.equals("gm")
                || nature.equals("nnd") || nature.equals("nhd")) && term.word.length() >= 2 && isHan(term.word)
                && !GENERIC_LEFT.contains(term.word) && !LEADING_NOISE.contains(term.word) && dictionary.typeOf(term.word) == null;
    }

    /** Endings of the state's and places' bodies named by their task (not a school's: 视频 连线 学校 is how it teaches). */
    private static final Set<String> TASK_BODY_ENDINGS = ChineseTerms.wordSet("委员会", "领导小组", "工作组", "局", "总局", "署", "厅",
            "医院", "研究院", "研究所", "研究会", "协会", "学会", "联合会", "基金会", "联盟");
    /** Tags of the words of a body's task (卫生 健康, 证券 监督管理, 粮食 和 物资 储备): fields, activities and their qualities. */
    private static final Set<String> TASK_NATURES = ChineseTerms.wordSet("n", "nz", "nf", "nis", "vn", "v", "vl", "a", "an", "gm", "gg", "gb", "gc");

    /**
     * Index of the state, party organ, place or body that opens a body named by its task right before the ending at
     * {@code end} (国家 市场 监督管理 总局, 中国 证券 监督管理 委员会, 某省 中西医 结合 医院, 国家 粮食 和 物资 储备 局),
     * or -1. The task is two to five words of two to four characters, fields and activities and their qualities, 和
     * or 与 joining two of them, opened by a field (not a verb or an adverb of the sentence: 中国 坚决 支持 委员会 names
     * no body); it must hold an activity or quality or a conjunction, which the plain leftward walk does not cross.
     */
    private int taskRunOpener(List<Term> terms, int end) {
        int k = end - 1;
        int words = 0;
        int characters = 0;
        boolean crossed = false;
        while (k >= 0 && words < 5 && characters <= 12) {
            Term term = terms.get(k);
            if (opensTaskBody(term)) {
                break;
            }
            if (isTaskWord(term)) {
                crossed |= !(isNature(term, "n") || isNature(term, "nz") || isNature(term, "nf"));
                words++;
                characters += term.word.length();
                k--;
            } else if (isInnerConjunction(term) && words > 0 && k >= 1 && isTaskWord(terms.get(k - 1))) {
                crossed = true;
                k--;
            } else {
                break;
            }
        }
        if (k < 0 || words < 2 || !crossed || characters > 12) {
            return -1;
        }
        Term first = terms.get(k + 1);
        if (!(isNature(first, "n") || isNature(first, "nz") || isNature(first, "nf") || isNature(first, "an") || isNature(first, "vn"))
                || GENERIC_LEFT.contains(first.word)) {
            return -1;
        }
        return opensTaskBody(terms.get(k)) ? k : -1;
    }

    /** 国家, 中央, a body the segmenter knows, a place or an administrative level (市, 县): whose body a task names. */
    private static boolean opensTaskBody(Term term) {
        String word = term.word;
        return NATIONAL_PREFIXES.contains(word) || isNature(term, "nt") || (word.length() == 1 && "省市县区州".contains(word))
                || (isNature(term, "ns") && word.length() >= 2 && !ChineseTerms.GENERIC_PLACES.contains(word));
    }

    private boolean isTaskWord(Term term) {
        String word = term.word;
        return word.length() >= 2 && word.length() <= 4 && isHan(word) && TASK_NATURES.contains(term.nature.toString())
                && !LEADING_NOISE.contains(word) && !TITLES.contains(word) && dictionary.typeOf(word) == null && organizationSuffix(word) == null;
    }

    /** One-character units the segmenter leaves apart from the word that names them: 矿渣 厂, 货币 局, 爆破 班. */
    private static final String SPLIT_UNITS = "厂局队班团部";

    /**
     * Start of a unit named by one common noun the segmenter cut off its one-character ending (矿渣 厂, 法律 部,
     * 货币 局, 爆破 班, 海狮 队), or -1. The segmenter joins the kinds it knows (水泥厂, 生产队), so a
     * noun left apart from the ending names one unit; the noun must open its clause (after
     * punctuation, a preposition, a conjunction, a verb or a direction), not follow a determiner or a
     * count (这支 机防 队 is a kind the text points at, 两 个 队 a count).
     */
    int splitUnitStart(List<Term> terms, int end) {
        Term unit = terms.get(end);
        if (end == 0 || unit.word.length() != 1 || SPLIT_UNITS.indexOf(unit.word.charAt(0)) < 0
                || !(isNature(unit, "n") || isNature(unit, "q") || isNature(unit, "ng"))) {
            return -1;
        }
        Term named = terms.get(end - 1);
        String nature = named.nature.toString();
        if (!(nature.equals("n") || nature.equals("vn") || nature.equals("nz")) || named.word.length() < 2 || named.word.length() > 3
                || !isHan(named.word) || GENERIC_LEFT.contains(named.word) || LEADING_NOISE.contains(named.word)
                || dictionary.typeOf(named.word) != null || CoreDictionary.get(named.word + unit.word) != null) {
            return -1;
        }
        if (end - 1 > 0) {
            Term before = terms.get(end - 2);
            boolean opens = isNature(before, "w") || isNature(before, "p") || isNature(before, "c") || isNature(before, "v")
                    || isNature(before, "f");
            if (!opens) {
                return -1;
            }
        }
        return end - 1;
    }

    /**
     * Start of an institute's short name (兰州 地质 所, 中国科学院 化学 所), or -1: a field noun and 所, which the
     * segmenter reads as the particle, after the place or body the institute belongs to. Before a verb 所 is the
     * particle (北京 所 做的).
     */
    int instituteShortNameStart(List<Term> terms, int end) {
        if (end < 2 || !terms.get(end).word.equals("所") || !isFieldWord(terms.get(end - 1)) || isNature(terms.get(end - 1), "nis")) {
            return -1;
        }
        if (end + 1 < terms.size() && isNature(terms.get(end + 1), "v")) {
            return -1;
        }
        Term owner = terms.get(end - 2);
        return (isNature(owner, "ns") || isNature(owner, "nt") || isOrganizationAbbreviation(owner)) && owner.word.length() >= 2 ? end - 2 : -1;
    }

    /** Start of a company's short name ending with an industry word at {@code end}, or -1. */
    int companyShortNameStart(List<Term> terms, int end) {
        if (end == 0 || !INDUSTRY_ENDINGS.contains(terms.get(end).word)) {
            return -1;
        }
        Term before = terms.get(end - 1);
        String nature = before.nature.toString();
        boolean proper = before.word.length() >= 2 && isHan(before.word) && CoreDictionary.get(before.word) == null
                && (nature.equals("nz") || nature.equals("nr") || nature.equals("j") || nature.startsWith("ns"));
        if (proper) {
            int start = end - 1;
            if (start > 0 && isNature(terms.get(start - 1), "ns")) {
                start--; // 株洲 + 兴隆 + 新材
            }
            return start;
        }
        int loose = unknownWordStart(terms, end, false);
        return loose >= 0 && end - loose == 2 ? loose : -1;
    }

    /** First term of an ending spread over the last two or three terms, or -1. */
    private static int multiWordSuffixStart(List<Term> terms, int end) {
        StringBuilder text = new StringBuilder(terms.get(end).word);
        for (int k = end - 1; k >= Math.max(0, end - 2); k--) {
            text.insert(0, terms.get(k).word);
            if (SUFFIX_SET.contains(text.toString())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isOrganizationAbbreviation(Term term) {
        return (isNature(term, "j") || isNature(term, "n")) && isOrganizationAbbreviation(term.word);
    }

    /**
     * An abbreviation the core dictionary knows (nature j) that keeps the last character of an
     * organisation's ending: 中科院 (科学院), 中组部 (组织部), 世行 (银行), 作协 (作家协会), 北大
     * (大学), 社民党. Abbreviations of other things (港澳, 两会) end otherwise.
     */
    static boolean isOrganizationAbbreviation(String word) {
        if (word.length() < 2 || word.length() > 4 || !isHan(word)
                || ABBREVIATED_ENDINGS.indexOf(word.charAt(word.length() - 1)) < 0
                || NUMERALS.indexOf(word.charAt(0)) >= 0 || TITLES.contains(word) || GENERIC_ABBREVIATIONS.contains(word)) {
            return false; // 十五大 names a congress, 常委 a role
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        boolean abbreviation = false;
        for (var nature : attribute.nature) {
            abbreviation |= nature.toString().equals("j");
            if (nature.startsWith("ns") || nature.startsWith("nr")) {
                return false;
            }
        }
        return abbreviation;
    }

    /** 现代 is sometimes tagged as a company; a word whose usual sense is not an organisation is not taken alone. */
    private boolean isMostlyOrganization(String word) {
        if (dictionary.typeOf(word) == EntityType.ORGANIZATION || isOrganizationAbbreviation(word)) {
            return true;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        // 世界银行 is a rare common noun to the core dictionary: a long word tagged as an institution is one
        return attribute == null || attribute.nature[0].startsWith("nt") || word.length() >= 4;
    }

    /** 芬兰 before 农林 部长 or 财政部长: the place opens the ministry's name and is not reported on its own there. */
    boolean opensMinistryName(List<Term> terms, int j, boolean[] used) {
        if (j + 1 < terms.size() && isTitle(terms.get(j + 1)) && ministryOfTitle(terms.get(j + 1).word) != null) {
            return true;
        }
        for (int title = j + 2; title < terms.size() && title <= j + 6; title++) {
            if (HEAD_OF_BODY.contains(terms.get(title).word)) {
                String ministry = ministryBeforeTitle(terms, title, used);
                // 韩国 产业 资源 部长: the fields start right after the place
                return ministry != null && ministry.length() - 1 == join(terms, j + 1, title - 1).length();
            }
        }
        return false;
    }

    /**
     * 内政部, 民政厅, 宣传部: a three-character word the segmenter tags as an institution, ending in
     * 部, 厅 or 署 after a field of work, names one department (a reader tags 内政部 in 内政部发言人说).
     */
    private static boolean isStateDepartment(Term term) {
        String word = term.word;
        if (!isNature(term, "nis") || word.length() != 3 || "部厅署".indexOf(word.charAt(2)) < 0) {
            return false;
        }
        String stem = word.substring(0, 2);
        if (word.charAt(2) == '厅') {
            CoreDictionary.Attribute attribute = CoreDictionary.get(stem);
            if (attribute == null || !attribute.nature[0].toString().equals("n")) {
                return false; // 营业厅, 展览厅: a hall for doing something, not a provincial department (民政厅)
            }
        }
        return !GENERIC_LEFT.contains(stem) && !LEADING_NOISE.contains(stem) && "东南西北中".indexOf(stem.charAt(1)) < 0;
    }

    /** 医院, 研究所, 办公厅: a word the segmenter tags as an institution that is an ending itself (not 总部, 子公司). */
    /** Units inside a body, named by their field: 物理系, 执法大队, 信息中心, 外事办公室. */
    private static final Set<String> INNER_UNITS = ChineseTerms.wordSet("系", "研究所", "研究室", "研究中心", "中心", "大队", "支队", "中队", "处",
            "办公室", "学院", "医院", "实验室", "工作组", "小组", "委员会", "分会");

    /**
     * Last term of a unit right after its body, named by one or two field words (nouns of two or more
     * characters, no kind of body, place or person) and a unit's word, or -1: 执法 大队, 物理 系,
     * 计算机 中心. The body before it says whose unit it is.
     */
    int fieldUnitEnd(List<Term> terms, int from, boolean[] used) {
        for (int k = from; k < terms.size() && k < from + 3; k++) {
            Term term = terms.get(k);
            if (used[k]) {
                return -1;
            }
            if (k > from && INNER_UNITS.contains(term.word)) {
                return k;
            }
            if (!isFieldWord(term) || isNature(term, "nis")) {
                return -1;
            }
        }
        return -1;
    }

    static boolean isUnitOfBody(Term term) {
        String suffix = organizationSuffix(term.word);
        if (!isNature(term, "nis") || suffix == null || GOVERNMENT.contains(term.word)) {
            return false;
        }
        return term.word.equals(suffix) ? suffix.length() >= 2 : !GENERIC_LEFT.contains(term.word.substring(0, term.word.length() - suffix.length()));
    }

    /** The words before the ending must name something: 物流集团 and 株洲市住建局 do, 企业集团 and 相关部门 do not. */
    private boolean hasProperLeftPart(List<Term> terms, int start, int end, String suffix) {
        boolean allGeneric = true;
        boolean proper = false;
        for (int k = start; k < end; k++) {
            Term term = terms.get(k);
            if (!GENERIC_LEFT.contains(term.word)) {
                allGeneric = false;
            }
            if (isNature(term, "ns") || isNature(term, "nz") || isNature(term, "nt") || isNature(term, "nr")
                    || isNature(term, "j") || isNature(term, "nx") || isNature(term, "nf") || dictionary.typeOf(term.word) != null) {
                proper = true;
            }
        }
        if (allGeneric) {
            return false;
        }
        if (proper) {
            return true;
        }
        // only common nouns before the ending (保险公司, 工作队): a name only when an administrative
        // prefix says whose it is (市 + 住建 + 局)
        return (end - start >= 2 && ADMIN_PREFIX.contains(terms.get(start).word))
                || (NATIONAL_PREFIXES.contains(terms.get(start).word)
                    && (isNature(terms.get(end), "nis") || (suffix.length() == 1 && "署局部委院社办厅".contains(suffix))));
    }

    static int skipLeadingNoise(List<Term> terms, int start, int end) {
        if (start + 1 == end && terms.get(start).word.equals("全国") && isNationalFederation(terms.get(end).word)) {
            return start; // 全国 青联, 全国 友协: the national federation's own name
        }
        String suffix = organizationSuffix(terms.get(end).word);
        boolean strong = suffix != null && STRONG_SUFFIXES.contains(suffix);
        while (start < end && (LEADING_NOISE.contains(terms.get(start).word) || isSentenceWord(terms.get(start), strong)
                || (suffix != null && isImplausibleName(terms.get(start)))
                || (start > 0 && isNature(terms.get(start - 1), "m") && terms.get(start).word.length() == 1)
                || isRankOrCount(terms.get(start)) || isVerbBeforeKnownBody(terms, start))) {
            // 一级 政府, 第一名 缅甸男队: a rank or count before a body is the sentence's
            // 两 国 中央银行: a single character after a number counts things, it names nothing
            start++;
        }
        return start;
    }

    /**
     * 要求/n 世卫组织/nt: a word the core dictionary holds first as a verb, though tagged a noun here, right
     * before a body the segmenter knows whole is the sentence's verb acting on that body.
     */
    private static boolean isVerbBeforeKnownBody(List<Term> terms, int start) {
        if (start + 1 >= terms.size() || !isNature(terms.get(start + 1), "nt") || terms.get(start).word.length() < 2) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(terms.get(start).word);
        return attribute != null && attribute.nature[0].startsWith("v") && !attribute.nature[0].equals("vn");
    }

    /** Determiners of many: a body after them is each body of a kind (各级 党委, 各 新闻单位), not one named. */
    private static final Set<String> PLURAL_DETERMINERS = ChineseTerms.wordSet("各", "各级", "各地", "各类", "各个", "各种", "多家", "所有", "许多", "不少", "一些");

    /**
     * Whether the body from {@code start} to {@code end} is a kind, not a name: it follows a determiner of
     * many (各级 计生协会), or the word before its ending is an adjective in 性 (全国性 日报, 综合性 大学).
     */
    static boolean isKindOfBody(List<Term> terms, int start, int end) {
        if (start > 0 && PLURAL_DETERMINERS.contains(terms.get(start - 1).word)) {
            return true;
        }
        String before = end > start ? terms.get(end - 1).word : "";
        return before.length() >= 3 && before.endsWith("性");
    }

    /** 青联, 学联, 友协: a federation's or association's two-character abbreviation. */
    private static boolean isNationalFederation(String word) {
        return word.length() == 2 && isHan(word) && (word.charAt(1) == '联' || word.charAt(1) == '协');
    }

    /** 一级, 第一名, 五国: a rank or a count (written in Chinese numerals) before a body, not part of its name. */
    private static boolean isRankOrCount(Term term) {
        String word = term.word;
        if (word.isEmpty() || NUMERALS.indexOf(word.charAt(0)) < 0 || isNature(term, "ns") || isNature(term, "nt") || isNature(term, "nz")) {
            return false;
        }
        return isNature(term, "m") || isNature(term, "b") || (word.length() == 2 && "级名国类代批".indexOf(word.charAt(1)) >= 0);
    }

    /**
     * Words of the sentence a name was read into (刚 出 医院, 向 各 参赛队, 整个 海军, 宣传 党中央): adverbs,
     * prepositions, particles, pronouns, times and verbs, except the single characters a strong
     * ending makes part of a name (城 发 集团).
     */
    private static boolean isSentenceWord(Term term, boolean strongSuffix) {
        String nature = term.nature.toString();
        if (nature.startsWith("v")) {
            return !(strongSuffix && term.word.length() == 1);
        }
        return nature.startsWith("d") || nature.startsWith("p") || nature.startsWith("u") || nature.startsWith("c")
                || nature.startsWith("r") || nature.equals("t") || (nature.equals("f") && !REGIONAL_DIRECTIONS.contains(term.word))
                || term.word.equals("各");
    }

    /** The longest organisation ending the word ends with, or null; a few set lookups, no scan of the list. */
    static String organizationSuffix(String word) {
        if (word.isEmpty() || !ENDS_SUFFIX[word.charAt(word.length() - 1)]) {
            return null;
        }
        for (int length = Math.min(word.length(), LONGEST_SUFFIX); length >= 1; length--) {
            String tail = word.substring(word.length() - length);
            if (SUFFIX_SET.contains(tail)) {
                return tail;
            }
        }
        return null;
    }

    /** Words that can be part of a name before its ending: places, proper and common nouns, abbreviations. */
    private static boolean isNamePart(Term term) {
        if (!isHanOrLatin(term.word) || TITLES.contains(term.word) || isNature(term, "nnt")) {
            return false;
        }
        String nature = term.nature.toString();
        if (term.word.length() == 1 && isHan(term.word)) {
            // a stray character (日 电 国务院) is not part of a name, an administrative prefix (市 住建 局) is
            return ADMIN_PREFIX.contains(term.word) || nature.startsWith("ns") || nature.equals("j") || nature.startsWith("nt");
        }
        return nature.startsWith("ns") || nature.startsWith("nt") || nature.equals("nr") || nature.equals("nz")
                || nature.equals("n") || nature.equals("vn") || nature.equals("j") || nature.equals("nis")
                || nature.equals("nx") || nature.startsWith("g") || nature.equals("nf") || nature.equals("nh")
                || nature.equals("nmc") || nature.equals("s") || nature.equals("b") || nature.equals("nnd");
    }

    /** Titles of heads that keep the first character of their body's ending: 部长 of a 部, 局长 of a 局. */
    private static final Set<String> HEAD_OF_BODY = ChineseTerms.wordSet("部长", "局长", "厅长", "署长");

    /**
     * 农林部 from 农林 部长: the body whose head the title names, when the word before the title is
     * a field of government (a noun of two or more characters, not a generic or sentence word), or null.
     */
    String ministryBeforeTitle(List<Term> terms, int j, boolean[] used) {
        Term title = terms.get(j);
        if (j == 0 || !HEAD_OF_BODY.contains(title.word) || used[j - 1]) {
            return null;
        }
        int fields = fieldRunStart(terms, j);
        if (fields >= 0 && fields < j - 1 && !used[fields]) {
            // 产业 资源 部长, 农业 和 土地 开发 部长: the ministry named by all the fields before the title
            return join(terms, fields, j - 1) + title.word.charAt(0);
        }
        Term field = terms.get(j - 1);
        String nature = field.nature.toString();
        boolean noun = nature.equals("n") || nature.equals("nz") || nature.equals("j"); // not 代理 (vn) 部长
        if (!noun || field.word.length() < 2 || field.word.length() > 4 || !isHan(field.word)
                || GENERIC_LEFT.contains(field.word) || LEADING_NOISE.contains(field.word) || dictionary.typeOf(field.word) != null) {
            return null;
        }
        return field.word + title.word.charAt(0);
    }

    /**
     * Start of a run of two or more field words right before {@code end} (对外贸易 经济, 农业 和 土地
     * 开发) that opens its clause, or -1. Field words are nouns of two to four characters, the last
     * may be an activity (开发); 和 or 与 may join two of them. The clause must begin there (after
     * punctuation, a verb, a preposition, a place or a title) so that the sentence's own nouns are not
     * taken into the name.
     */
    private int fieldRunStart(List<Term> terms, int end) {
        int start = end;
        int fields = 0;
        int characters = 0;
        while (start > 0) {
            Term previous = terms.get(start - 1);
            boolean activity = start == end && isNature(previous, "vn");
            if (isFieldNoun(previous) || (activity && previous.word.length() == 2)) {
                fields++;
            } else if (isInnerConjunction(previous) && fields > 0 && start >= 2 && isFieldNoun(terms.get(start - 2))) {
                // 农业 和 土地: the conjunction joins two fields inside the name
            } else {
                break;
            }
            characters += previous.word.length();
            start--;
        }
        if (fields < 2 || characters > 12 || !isFieldNoun(terms.get(start))) {
            return -1;
        }
        if (start > 0) {
            Term before = terms.get(start - 1);
            boolean opensClause = (isBoundary(before) && !isNature(before, "vn")) || isNature(before, "ns")
                    || isNature(before, "nnt") || isNature(before, "b"); // not 发展 农村 经济: the sentence's own nouns
            if (!opensClause) {
                return -1;
            }
        }
        return start;
    }

    private boolean isFieldNoun(Term term) {
        String nature = term.nature.toString();
        return (nature.equals("n") || nature.equals("nz")) && term.word.length() >= 2 && term.word.length() <= 4
                && isHan(term.word) && !GENERIC_LEFT.contains(term.word) && !LEADING_NOISE.contains(term.word)
                && dictionary.typeOf(term.word) == null;
    }

    /** 财政部 from 财政部长, 国家统计局 from 国家统计局长; null for 部长, 副部长 and other titles. */
    static String ministryOfTitle(String title) {
        if (title.length() < 4 || "副总前原代".indexOf(title.charAt(0)) >= 0) {
            return null;
        }
        for (String ending : List.of("部长", "局长", "厅长", "署长")) {
            if (title.endsWith(ending)) {
                return title.substring(0, title.length() - 1);
            }
        }
        return null;
    }

    /** Directions that name a region of a country (东南, 西北), and with it the universities and bureaux serving it. */
    private static final Set<String> REGIONAL_DIRECTIONS = ChineseTerms.wordSet("东南", "西南", "东北", "西北");

    /** 中共中央政治局, 国务院办公厅: a body the core dictionary holds as one word, opened by the body it belongs to. */
    private static boolean opensWithBody(String word) {
        if (word.length() < 5) {
            return false; // 会展中心: a short word's first half is too often a field, not a body
        }
        for (int length = 2; length <= 3; length++) {
            String head = word.substring(0, length);
            CoreDictionary.Attribute attribute = CoreDictionary.get(head);
            if (attribute != null && (attribute.nature[0].startsWith("nt") || isOrganizationWord(head))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInstitution(String word) {
        return word.endsWith("大学") || word.endsWith("学院") || word.endsWith("医院") || word.endsWith("局");
    }

    private static List<String> longestFirst(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
