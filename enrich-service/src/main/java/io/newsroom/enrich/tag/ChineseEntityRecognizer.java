package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.contract.Entities;

/**
 * People, places and organisations in Chinese text, from HanLP's segmentation plus what the text
 * itself says:
 * <ul>
 *   <li>organisations end with a recognisable word (有限公司, 集团, 局, 委员会...) and are extended
 *       leftwards over place names and proper words to their full name;</li>
 *   <li>places are HanLP's place names, joined with a following administrative ending (石峰 + 区);</li>
 *   <li>people are HanLP's names that start with a common surname, names right after a title
 *       (市委副书记何恩广), and the byline's authors;</li>
 *   <li>the {@link EntityDictionary} overrides all of it.</li>
 * </ul>
 * Names inside an organisation's name (株洲 in 株洲新奥燃气有限公司) are not reported separately.
 * Stateless and thread-safe.
 */
final class ChineseEntityRecognizer {

    private static final Set<String> SURNAMES = Lexicon.words("surnames-zh.txt");
    /**
     * Surnames past the 300 most frequent (the list is in order of frequency): 国, 党, 战, 智, 云...
     * are far more often the first character of a word (国潮, 党风, 战疫) than of a person's name.
     */
    private static final Set<String> RARE_SURNAMES = surnamesAfterRank(300);
    private static final Set<String> REGIONS = Lexicon.words("regions-zh.txt");
    private static final Set<String> TITLES = Lexicon.words("titles-zh.txt");
    private static final List<String> ORG_SUFFIXES = longestFirst(Lexicon.words("org-suffixes-zh.txt"));
    private static final Set<String> SUFFIX_SET = Set.copyOf(ORG_SUFFIXES);
    private static final int LONGEST_SUFFIX = ORG_SUFFIXES.get(0).length();
    /** The last characters of the endings: a word ending with any other character has none, found without building a string. */
    private static final boolean[] ENDS_SUFFIX = new boolean[Character.MAX_VALUE + 1];

    static {
        for (String suffix : ORG_SUFFIXES) {
            ENDS_SUFFIX[suffix.charAt(suffix.length() - 1)] = true;
        }
    }
    private static final Set<String> PLACE_SUFFIXES = Lexicon.words("place-suffixes-zh.txt");
    /** Endings after which even a common noun makes a place (工业 + 园区 is not, 先锋 + 社区 is). */
    private static final Set<String> STRONG_PLACE_SUFFIXES = Set.of("省", "县", "镇", "乡", "村", "社区", "新村", "街道", "自治州", "自治县");
    /** Left parts that make an organisation ending generic: 相关部门, 企业集团, 各级政府, 农村信用社 (a class of bodies), 业余学校. */
    private static final Set<String> GENERIC_LEFT = Set.of(
            "企业", "国企", "公司", "单位", "相关", "有关", "职能", "主管", "监管", "政府", "部门", "基层", "地方",
            "上级", "下级", "下属", "所属", "各级", "全体", "全部", "内部", "外部", "党政", "机关", "行政",
            "领导", "工作", "服务", "管理", "组织", "集团", "该", "本", "各", "全", "总", "分", "子", "母", "其", "此",
            "农村", "城市", "城乡", "参赛", "业余");
    /** Leading words dropped from an organisation's name: 全市 in 全市公安局 is not part of the name. */
    private static final Set<String> LEADING_NOISE = Set.of(
            "全市", "全省", "全国", "全县", "全区", "我市", "我省", "我县", "我区", "本市", "该市", "各", "该", "本",
            "有关", "相关", "下属", "所属", "各级", "多家", "一家", "这家", "那家", "整个", "所有", "本报讯", "本报", "新任", "现任", "据",
            "我国", "我们", "时候", "新时期", "新一代", "大中型", "男女");
    /** Working bodies named after their task: 协调委员会, 救灾领导小组. */
    private static final Set<String> COMMITTEE_ENDINGS = Set.of("委员会", "领导小组", "工作组", "指挥部", "办公室", "小组");
    /** Endings of associations, which are named after their members (律师协会, 志愿者协会). */
    private static final Set<String> ASSOCIATION_ENDINGS = Set.of("协会", "学会", "联合会", "工会", "商会", "联谊会", "促进会", "研究会");
    /** Words that make the institution after them a state's own: 国家 测绘局, 中央 编译局. */
    private static final Set<String> NATIONAL_PREFIXES = Set.of("国家", "中央");
    private static final Set<String> ADMIN_PREFIX = Set.of("市", "省", "县", "区", "州", "镇", "乡", "中", "国");
    private static final int MAX_ORG_LENGTH = 20;
    /** Bodies a place alone does not name: 美国公司 are American companies, 西藏部队 the troops stationed there. */
    private static final Set<String> PLACES_KINDS_OF_BODY = Set.of("公司", "部队", "企业", "军队");
    /** Endings of companies, which may be named after a person (卡萨诺公司). */
    private static final Set<String> STRONG_OR_COMPANY = Set.of("公司", "有限公司", "集团", "集团公司", "股份有限公司");
    /** Kinds of place a foreign name right after them names: 城市 佐斯莫沃, 首都 卡莫纳 (a foreign city spelt in sounds). */
    private static final Set<String> KINDS_OF_PLACE = Set.of("城市", "首都", "首府", "城镇", "小镇", "小城", "港口", "港市", "村庄", "山村", "海港");
    /** Endings of a county, city or state right after a foreign name (莱克伍德县): the name is the place's. */
    private static final Set<String> FOREIGN_PLACE_ENDINGS = Set.of("县", "市", "州", "郡", "镇", "村");
    /**
     * Endings that make a name of whatever precedes them, even a common noun or characters the
     * segmenter took for verbs: 物流集团, 株洲城发集团 (城 发 集团), 投资有限公司. 公司 alone is not
     * one of them: 保险公司 and 燃气公司 are kinds of company.
     */
    private static final Set<String> STRONG_SUFFIXES = Set.of("集团", "有限公司", "有限责任公司", "股份有限公司", "实业");
    /**
     * Industry words that end a company's short name (星途航空, 华联瓷业, 中车株洲电机) when what
     * precedes them is a proper word, never a common noun (民用航空, 现代物流 stay common words).
     */
    private static final Set<String> INDUSTRY_ENDINGS = Lexicon.words("industry-endings-zh.txt");
    private static final Set<String> WEAK_SUFFIXES = Set.of("公司", "分公司", "子公司", "中心", "服务中心", "研究中心",
            "组织", "政府", "人民政府", "办公室", "办公厅", "部队", "控股", "实验室", "工厂", "电厂", "球队", "代表队", "支队", "大队", "中队");
    /** Words the segmenter tags as places that name a kind of place or a direction, not one place. */
    private static final Set<String> GENERIC_PLACES = Set.of("西方", "东方", "街道", "开发区", "城镇", "小城镇", "农村", "城市",
            "乡村", "城区", "老城区", "郊区", "海外", "境外", "国外", "异国", "他乡", "各地", "当地", "本地", "外地");
    /** Endings of newspapers' and magazines' names. */
    private static final Set<String> PUBLICATION_ENDINGS = Set.of("报", "时报", "周刊", "杂志", "月刊", "论坛报", "新闻报", "邮报", "画报");
    /** Units numbered within a place: 九十中学, 第一医院, 三中队. */
    private static final Set<String> NUMBERED_UNITS = Set.of("中学", "小学", "医院", "人民医院", "中队", "支队", "大队", "总队",
            "分局", "工程局", "研究所", "幼儿园", "职业中学");
    /** A country's teams and delegations: 中国女队, 日本代表团; the word alone is a kind of body. */
    private static final Set<String> TEAMS = Set.of("女队", "男队", "球队", "国家队", "代表团", "代表队", "女篮", "男篮",
            "女排", "男排", "女足", "男足", "青年队", "集训队");
    /** Honorific endings: 李先生 is a way of addressing someone, not a name. */
    private static final List<String> HONORIFIC_ENDINGS = List.of("先生", "女士", "小姐", "老师", "同志", "师傅");
    /** Single verbs and adverbs that follow a two-character name far more often than they end a three-character one. */
    private static final String NOT_THIRD_CHARACTER = "来去说讲问答看听走跑到做写想笑哭坐站住请叫让给送带拿买卖吃喝打找帮用把曾则却便即亦已正先首";
    /** Function characters that (almost) never appear in a given name. */
    private static final String NEVER_IN_GIVEN_NAME = "其未时被把将已所于也都就还又并而与及或等们个这那么什哪吗呢吧啊呀了着过的地是没不很更最太曾获在为各便称两提起来";
    /** Words that follow a person's name (陈毅同志, 彭真夫妇), unlike the industry words after a company's (星途航空). */
    private static final Set<String> ADDRESS_AFTER_NAME = Set.of("同志", "夫妇", "夫人", "先生", "女士", "老人", "一家", "父子",
            "母子", "父女", "母女", "兄弟", "姐妹", "本人", "等人", "烈士", "同学", "老师", "师傅", "大夫", "医生", "教授");
    /** Characters that end words for a part or side of something (湖畔, 山顶, 残部, 分组) or a tower or temple (雷峰塔), never a given name. */
    private static final String PLACE_PART_ENDINGS = "畔顶处部组区村庄港塔寺庙";
    /** Dynasties, whose name before 朝 or 末 makes a time (汉代, 清末), not a surname and given name. */
    private static final String DYNASTIES = "夏商周秦汉晋隋唐宋元明清辽金";
    /** Characters that end a sentence's verb phrase, not a three-character name (智造再, 关键一 are not people). */
    private static final String NOT_NAME_END = "再也都就又还了着过的地得之前后内外";
    /** Ways of addressing or referring to someone after a surname: 金教授, 李大娘, 王某, 胡老 are not names. */
    private static final Set<String> ADDRESS_AFTER_SURNAME = Set.of("某", "某某", "老", "总", "大娘", "大爷", "大妈", "大叔",
            "大姐", "大哥", "阿姨", "奶奶", "爷爷", "婆婆", "老汉", "家", "氏", "姓");
    /**
     * Surnames that are far more often function words (和, 向, 于, 都...): a name starting with one
     * needs more evidence, since 和群众, 向我们 and 都占 are the sentence, not a person.
     */
    /** Last characters of organisation endings that abbreviations keep: 院 (科学院), 部, 委, 行 (银行), 协, 联, 大 (大学), 党... */
    private static final String ABBREVIATED_ENDINGS = "院部委行协联大党社局署盟办厂司军";
    /** Abbreviations of kinds of body, not of one body: 部委 (ministries and commissions), 两院, 夜大. */
    private static final Set<String> GENERIC_ABBREVIATIONS = Set.of("部委", "两院", "夜大", "函大", "电大", "高校", "央企", "国企", "外企", "民企");
    private static final String NUMERALS = "一二三四五六七八九十两几多百千万第";
    /** Facilities named after a place or proper word; their full name is a place (museums and halls are organisations). */
    private static final Set<String> FACILITIES = Set.of("广场", "机场", "车站", "火车站", "码头", "大桥", "公园", "体育场",
            "大街", "隧道", "水库", "大坝", "港口", "航天城", "大会堂");
    /** Surnames that are also measure words or numbers: after a number they count (3 张, 11 万种, 300 余户: more than 300). */
    private static final String COUNTED_SURNAMES = "万张包支条双对门户千百余米";
    private static final String FUNCTION_WORD_SURNAMES = "和向于都应那时从把对在为及与";
    private static final String GLUED_PREPOSITIONS = "从在于到向赴至往经由自和与及对把被给将让为以的同如";
    /** Kinds of place that the place recogniser glues to the words before them (其城市, 都是地市). */
    private static final Set<String> GENERIC_PLACE_TAILS = Set.of("城市", "街道", "地市", "条街", "一条街", "市县", "县市", "城镇", "乡镇", "村镇");
    private static final Set<String> GOVERNMENT = Set.of("政府", "人民政府");
    /** Characters that end a word, not a given name: 那是, 余人 and 曾在 are not people. */
    private static final String NOT_GIVEN_NAME = "是在有人能应可也为出对上下和与的了都就还又将从向被把给让等们个时里中之说要会到以而及或由后前内外";
    /** Doctrines named after people: 邓小平理论, 毛泽东思想, 马克思主义. */
    private static final List<String> DOCTRINES = List.of("理论", "思想", "主义", "精神");

    private final EntityDictionary dictionary;

    ChineseEntityRecognizer(EntityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    ChineseEntityRecognizer() {
        this(EntityDictionary.shared());
    }

    /** Entities of segmented paragraphs ({@link ChineseSegmenter#paragraphs}); authors come first. */
    Entities recognize(List<List<Term>> paragraphs, List<String> authors) {
        EntityCollector found = new EntityCollector();
        List<String> people = new ArrayList<>();
        for (String author : authors) {
            if (author != null && author.codePoints().anyMatch(Character::isLetter) && organizationSuffix(author) == null) {
                found.add(EntityType.PERSON, author, -1); // 本报编辑部 signs as a body, not a person
                people.add(author.strip());
            }
        }
        Set<String> pairs = new java.util.HashSet<>();
        List<java.util.BitSet> namesByParagraph = new ArrayList<>();
        String namedCountries = CountryShortNames.initials(paragraphs);
        for (int p = 0; p < paragraphs.size(); p++) {
            java.util.BitSet inNames = scan(paragraphs.get(p), (long) p << 20, found);
            for (BylineNames.Dated reporter : BylineNames.inDatelines(join(paragraphs.get(p), 0, paragraphs.get(p).size() - 1))) {
                if (!isOrdinaryWord(reporter.name())) { // 本报记者调查报道: a word, not a reporter
                    found.add(EntityType.PERSON, reporter.name(), ((long) p << 20) + termAt(paragraphs.get(p), reporter.start()));
                }
            }
            namesByParagraph.add(inNames);
            for (PlaceAbbreviations.Found abbreviation : PlaceAbbreviations.in(paragraphs.get(p), namedCountries)) {
                if (inNames.get(abbreviation.start())) {
                    continue; // 华 in 英国驻华使馆 is part of the organisation's name, 埃 in 拉埃女士 of a person's
                }
                found.addAbbreviatedPlace(abbreviation.text(), ((long) p << 20) + abbreviation.start());
                pairs.add(abbreviation.run());
            }
        }
        for (CountryShortNames.Found shortName : CountryShortNames.in(paragraphs, namesByParagraph)) {
            found.addAbbreviatedPlace(shortName.text(), ((long) shortName.paragraph() << 20) + shortName.start()); // 匈牙利 … 匈政府
        }
        Entities entities = withoutPairs(found.entities(), pairs);
        return people.isEmpty() ? entities : withoutRunsIntoAuthors(entities, people);
    }

    /** Index of the term holding a character offset of its paragraph. */
    private static int termAt(List<Term> terms, int offset) {
        int end = 0;
        for (int k = 0; k < terms.size(); k++) {
            end += terms.get(k).word.length();
            if (offset < end) {
                return k;
            }
        }
        return terms.size();
    }

    /** 印巴 and 韩美 read as names or places by the segmenter are two countries, reported one by one. */
    private static Entities withoutPairs(Entities entities, Set<String> pairs) {
        if (pairs.isEmpty()) {
            return entities;
        }
        return new Entities(entities.persons().stream().filter(name -> !pairs.contains(name)).toList(),
                entities.places().stream().filter(name -> name.length() == 1 || !pairs.contains(name)).toList(),
                entities.organizations());
    }

    /**
     * 周蒿邹家 from a byline printed 周蒿邹家虎: a "name" holding an author's name and more is two
     * names the segmenter ran together, and the authors are already listed.
     */
    private static Entities withoutRunsIntoAuthors(Entities entities, List<String> authors) {
        List<String> persons = new ArrayList<>();
        for (String person : entities.persons()) {
            boolean runsIn = false;
            for (String author : authors) {
                runsIn |= person.length() > author.length() && person.contains(author);
            }
            if (!runsIn) {
                persons.add(person);
            }
        }
        return new Entities(persons, entities.places(), entities.organizations());
    }

    /** An organisation found in a paragraph: its first term and its name. */
    private record Span(int start, int end, String name) {
    }

    /** Adds the entities of one paragraph; returns the characters inside organisation names and foreign names. */
    private java.util.BitSet scan(List<Term> segmented, long base, EntityCollector found) {
        List<Term> terms = GluedNameEndings.recut(segmented); // 孔波 雷在: a name's last character back on its own
        int n = terms.size();
        boolean[] used = new boolean[n];
        EntityType[] knownTypes = new EntityType[n]; // looked up once, read by both passes
        for (int j = 0; j < n; j++) {
            knownTypes[j] = dictionary.typeOf(terms.get(j).word);
        }
        List<Span> organizations = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            EntityType known = knownTypes[j];
            if (known != null && known != EntityType.ORGANIZATION) {
                continue; // a dictionary person or place is never the end of an organisation
            }
            int start = quotedNameStart(terms, j);
            boolean quoted = start >= 0;
            if (start < 0) {
                start = numberedUnitStart(terms, j);
            }
            if (start < 0) {
                start = organizationStart(terms, j);
            }
            if (start < 0) {
                start = fieldBodyStart(terms, j);
            }
            if (start < 0) {
                start = companyShortNameStart(terms, j);
            }
            if (start < 0) {
                start = publicationStart(terms, j);
            }
            if (start < 0) {
                start = localCommitteeStart(terms, j);
            }
            if (start < 0) {
                start = splitUnitStart(terms, j);
            }
            if (start >= 0 && (GOVERNMENT.contains(terms.get(j).word) || (terms.get(j).word.endsWith("政府") && (start == j || terms.get(j).word.length() <= 3)))) {
                // 美国政府, 株洲市政府, 金大中新政府: the government of a place is reported as the place it governs
                continue;
            }
            if (start >= 0) {
                int named = start;
                start = quoted ? start : skipLeadingNoise(terms, start, j); // the quotes, not the words, bound a quoted name
                if (start == j && named < j && isGenericOrganizationWord(terms.get(j).word)) {
                    continue; // 刚出 医院: only the sentence stood before the kind of body
                }
                String name = join(terms, start, j);
                Term first = terms.get(start);
                if (isNature(first, "ns") && first.word.length() > 2 && GLUED_PREPOSITIONS.indexOf(first.word.charAt(0)) >= 0
                        && CoreDictionary.get(first.word) == null) { // 从株洲 glued, 以色列 a country
                    name = name.substring(1);
                } else if (isNature(first, "ns") && CoreDictionary.get(first.word) == null) {
                    String place = recognisedPlace(first.word); // 第一名的印尼 read as one place: 印尼
                    if (place != null && place.length() < first.word.length() && first.word.endsWith(place)) {
                        name = name.substring(first.word.length() - place.length());
                    }
                }
                // 联合国 inside 联合国环境规划署, found first as a name of its own: the longer name replaces it
                while (!organizations.isEmpty() && organizations.get(organizations.size() - 1).start() >= start) {
                    organizations.remove(organizations.size() - 1);
                }
                Span previous = organizations.isEmpty() ? null : organizations.get(organizations.size() - 1);
                int session = previous == null ? -1 : sessionAfter(terms, previous.end() + 1, start);
                // 甲大学和乙师范大学: a name whose first word took the sentence's 和 along opens a body of its own
                boolean opensOwnName = name.length() < join(terms, start, j).length();
                if (previous != null && previous.end() == start - 1 && !opensOwnName && name.length() + previous.name().length() <= MAX_ORG_LENGTH + 6) {
                    // 耶鲁大学 + 公共卫生学院, 训练团 + 政治处: a unit of the body named just before it
                    organizations.set(organizations.size() - 1, new Span(previous.start(), j, previous.name() + name));
                } else if (session >= 0) {
                    // 民盟 第八届 中央委员会: the body of one session of the party or congress named just before it
                    organizations.set(organizations.size() - 1,
                            new Span(previous.start(), j, previous.name() + join(terms, previous.end() + 1, start - 1) + name));
                    for (int k = previous.end() + 1; k < start; k++) {
                        used[k] = true;
                    }
                } else {
                    organizations.add(new Span(start, j, withHeadsBody(name, terms, j)));
                }
                for (int k = start; k <= j; k++) {
                    used[k] = true;
                }
            }
        }
        boolean[] opensBody = new boolean[n + 1];
        boolean[] endsBody = new boolean[n + 1];
        for (int i = 0; i < organizations.size(); i++) {
            Span organization = organizations.get(i);
            int next = organization.end() + 1;
            if (next < n && !used[next] && (isUnitOfBody(terms.get(next)) || isHeadquartersOfBody(terms, organization.end(), next)
                    || isOrganOfBody(terms, organization.end(), next))) {
                // 科隆大学 + 医院, 国务院 + 办公厅: a unit right after the body it belongs to
                organization = new Span(organization.start(), next, organization.name() + terms.get(next).word);
                used[next] = true;
            }
            int unit = fieldUnitEnd(terms, organization.end() + 1, used);
            if (unit > 0) {
                // 市环境保护局 + 执法 大队, 清华大学 + 物理 系: a unit named by its field right after its body
                organization = new Span(organization.start(), unit, organization.name() + join(terms, organization.end() + 1, unit));
                for (int k = organization.start(); k <= unit; k++) {
                    used[k] = true;
                }
            }
            found.add(EntityType.ORGANIZATION, organization.name(), base + organization.start());
            opensBody[organization.start()] = true;
            endsBody[organization.end()] = true;
        }
        for (int k = 0; k < n; k++) {
            if (!used[k] && knownTypes[k] == null && isListedBody(terms, k, opensBody, endsBody)) {
                found.add(EntityType.ORGANIZATION, terms.get(k).word, base + k); // 民革、民盟、民建、民进: listed among bodies
                used[k] = true;
            }
        }
        for (ListedOrganizations.Item item : ListedOrganizations.in(terms, used)) {
            found.add(EntityType.ORGANIZATION, join(terms, item.start(), item.end()), base + item.start()); // 甲、乙等本地企业
            for (int k = item.start(); k <= item.end(); k++) {
                used[k] = true;
            }
        }
        java.util.BitSet inNames = new java.util.BitSet();
        for (int j = 0, offset = 0; j < n; offset += terms.get(j).word.length(), j++) {
            if (used[j]) {
                inNames.set(offset, offset + terms.get(j).word.length());
            }
        }
        for (int j = 0; j < n; j++) {
            if (used[j]) {
                continue;
            }
            Term term = terms.get(j);
            String word = term.word;
            EntityType known = knownTypes[j];
            int foreignEnd = known == null ? JapaneseNames.end(terms, j) : -1;
            if (foreignEnd < 0 && known == null) {
                foreignEnd = TransliteratedNames.end(terms, j, j > 0 && isTitle(terms.get(j - 1)));
            }
            if (foreignEnd < 0 && known == null) {
                foreignEnd = TransliteratedNames.endBeforeAddress(terms, j);
            }
            if (foreignEnd < 0 && known == null) {
                foreignEnd = TransliteratedNames.endBeforeSpeech(terms, j); // 里 德 说: the speaker opening a clause
            }
            if (foreignEnd < 0 && known == null) {
                int end = TransliteratedNames.end(terms, j, true);
                // 马 · 莱 万 多 夫 斯 基 副教授: the office after a foreign name marks it as a title before it does
                foreignEnd = end >= 0 && end + 1 < n && isOfficeTitle(terms.get(end + 1)) && join(terms, j, end).length() >= 3 ? end : -1;
            }
            if (foreignEnd >= 0 && foreignEnd + 1 < n && !used[foreignEnd + 1] && FOREIGN_PLACE_ENDINGS.contains(terms.get(foreignEnd + 1).word)) {
                found.add(EntityType.PLACE, join(terms, j, foreignEnd + 1), base + j); // 莱 克 伍德 县: a county, not a person
                for (int k = j + 1; k <= foreignEnd + 1; k++) {
                    used[k] = true;
                }
                j = foreignEnd + 1;
                continue;
            }
            if (foreignEnd >= 0 && j > 0 && KINDS_OF_PLACE.contains(terms.get(j - 1).word)) {
                found.add(EntityType.PLACE, join(terms, j, foreignEnd), base + j); // 城市 佐 斯 莫 沃: the city named, not a person
                for (int k = j + 1; k <= foreignEnd; k++) {
                    used[k] = true;
                }
                j = foreignEnd;
                continue;
            }
            if (foreignEnd >= 0) {
                found.add(personOrListedPlace(terms, foreignEnd), join(terms, j, foreignEnd), base + j);
                int offset = join(terms, 0, j - 1).length();
                inNames.set(offset, offset + join(terms, j, foreignEnd).length());
                for (int k = j + 1; k <= foreignEnd; k++) {
                    used[k] = true;
                }
                j = foreignEnd;
                continue;
            }
            int splitPlaceEnd = known == null ? splitPlaceEnd(terms, j, used) : -1;
            if (splitPlaceEnd >= j) {
                // 青海省 称 多县, 双林镇 蔡家 兜 村, 长阳 土家族 自治县: the next step of an address, whatever the segmenter made of it
                found.add(EntityType.PLACE, join(terms, j, splitPlaceEnd), base + j);
                int offset = join(terms, 0, j - 1).length();
                inNames.set(offset, offset + join(terms, j, splitPlaceEnd).length());
                for (int k = j + 1; k <= splitPlaceEnd; k++) {
                    used[k] = true;
                }
                j = splitPlaceEnd;
                continue;
            }
            if (known == null && isRouteName(terms, j, used)) {
                // 京沪 铁路, 西康 铁路: a railway or highway named by the places it joins is a place, one name
                found.add(EntityType.PLACE, word + terms.get(j + 1).word, base + j);
                int offset = join(terms, 0, j - 1).length();
                inNames.set(offset, offset + word.length() + terms.get(j + 1).word.length());
                used[j + 1] = true;
                j++;
                continue;
            }
            if (known != null) {
                found.add(known, word, base + j);
            } else if (regionOf(word) != null) {
                found.add(EntityType.PLACE, regionOf(word), base + j); // 拉美, 亚太地区, 月球, 欧洲和
            } else if (isNature(term, "nrf") || isNature(term, "nrj")) {
                boolean ordinary = isOrdinaryWord(word) && !(j > 0 && isTitle(terms.get(j - 1)))
                        && !(j + 1 < n && (isOfficeTitle(terms.get(j + 1)) || ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word)));
                if (word.length() >= 4 && word.endsWith("派")) {
                    word = word.substring(0, word.length() - 1); // 克林顿派: the faction of the person named
                }
                if (word.length() >= 2 && !ordinary) { // 桑塔纳, 托拉斯: a borrowed word, not a person
                    found.add(EntityType.PERSON, word, base + j);
                }
            } else if (isNature(term, "nr") && !isKnownName(word) && isVillageName(terms, j, used)) {
                // 龙泉乡, 曲麻莱 县: a "name" ending with, or followed by, a settlement's ending is that settlement
                String place = word.length() >= 3 && SETTLEMENT_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0
                        ? word : word + terms.get(j + 1).word;
                if (!place.equals(word)) {
                    used[j + 1] = true;
                }
                found.add(EntityType.PLACE, place, base + j);
            } else if (isNature(term, "nr")) {
                String name = completedName(terms, j, used);
                if (name != null) {
                    found.add(personOrListedPlace(terms, name.length() > word.length() ? j + 1 : j), name, base + j);
                }
            } else if (j + 1 < n && !used[j + 1] && (isSurnamePiece(term) || isUncountedSurname(terms, j)) && isNature(terms.get(j + 1), "nr")
                    && !isNature(terms.get(j + 1), "nrf") && terms.get(j + 1).word.length() == 2
                    && isPlausibleChineseName(word + terms.get(j + 1).word)) {
                // 梅 方权: the segmenter split the surname off a three-character name
                found.add(EntityType.PERSON, word + terms.get(j + 1).word, base + j);
                used[j + 1] = true;
            } else if (j + 1 < n && !used[j + 1] && surnameBeforeWholeWord(terms, j)) {
                // 蒋 天才 的: a lone surname the segmenter could only call a proper-noun piece, and the word after it closing a name
                found.add(EntityType.PERSON, word + terms.get(j + 1).word, base + j);
                used[j + 1] = true;
            } else if (isSurnamePiece(term) && oneCharacterBeforeTitle(terms, j, used) && isPlausibleChineseName(word + terms.get(j + 1).word)
                    && (j == 0 || !isHan(terms.get(j - 1).word) || terms.get(j - 1).word.length() > 1 || isBoundary(terms.get(j - 1)))) {
                // 吴 真 校长: a two-character name in single characters, told by the office that follows it
                found.add(EntityType.PERSON, word + terms.get(j + 1).word, base + j);
                used[j + 1] = true;
            } else if (singleCharacterName(terms, j, used) != null) {
                // 叶 钊 颖, 邵 炜 刚: a surname and two rare characters the segmenter left one by one
                found.add(EntityType.PERSON, singleCharacterName(terms, j, used), base + j);
                used[j + 1] = true;
                used[j + 2] = true;
            } else if (isNameReadAsNoun(term) && j + 1 < n && !used[j + 1]
                    && (isOfficeTitle(terms.get(j + 1)) || ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word))) {
                found.add(EntityType.PERSON, word, base + j); // 吕军 副总裁: a name the segmenter took for a noun, told by the office after it
            } else if (demonymPlace(word) != null) {
                found.add(EntityType.PLACE, demonymPlace(word), base + j); // 荷兰人, 塞尔维亚族: the people of a place name it
            } else if (word.length() >= 4 && doctrineOf(word) != null) {
                found.add(EntityType.PERSON, doctrineOf(word), base + j);
            } else if ((isNature(term, "ns") || isNature(term, "nz")) && word.length() >= 2 && j + 1 < n && !used[j + 1]
                    && FACILITIES.contains(terms.get(j + 1).word)) {
                // 德黑兰 + 机场, 朝阳 + 体育场: a named facility is where things happen
                found.add(EntityType.PLACE, word + terms.get(j + 1).word, base + j);
                used[j + 1] = true;
            } else if (isNature(term, "nz") && isNamedFacility(word)) {
                found.add(EntityType.PLACE, word, base + j); // 天安门广场, one word to the segmenter
            } else if (isNature(term, "ns") && CoreDictionary.get(word) == null) {
                String place = recognisedPlace(word);
                if (place != null && place.equals(word) && j + 1 < n && !used[j + 1] && STRONG_PLACE_SUFFIXES.contains(terms.get(j + 1).word)) {
                    place = word + terms.get(j + 1).word; // 小河口 镇
                    used[j + 1] = true;
                }
                if (place == null && word.length() == 2 && isHan(word)
                        && SETTLEMENT_ENDINGS.indexOf(word.charAt(1)) >= 0 && !withCutFirstCharacter(terms, j, word, used).equals(word)) {
                    place = word; // 玛 多县, 古都 河村: two unknown characters are a settlement when its first character was cut off
                }
                if (place != null && !GENERIC_PLACES.contains(place)) {
                    found.add(EntityType.PLACE, withCutFirstCharacter(terms, j, place, used), base + j);
                }
            } else if (isNature(term, "ns")) {
                if (j + 1 < n && !used[j + 1] && PLACE_SUFFIXES.contains(terms.get(j + 1).word)) {
                    found.add(EntityType.PLACE, word + terms.get(j + 1).word, base + j);
                    used[j + 1] = true;
                } else if (word.length() >= 2 && !GENERIC_PLACES.contains(word) && !opensMinistryName(terms, j, used)
                        && !isNeverAPlace(word)) {
                    found.add(EntityType.PLACE, withCutFirstCharacter(terms, j, word, used), base + j);
                }
            } else if (j + 1 < n && !used[j + 1] && isPlaceStem(term, terms.get(j + 1).word)) {
                found.add(EntityType.PLACE, word + terms.get(j + 1).word, base + j);
                used[j + 1] = true;
            }
            String ministry = ministryOfTitle(word);
            String splitMinistry = ministry == null && !used[j] ? ministryBeforeTitle(terms, j, used) : null;
            if (splitMinistry != null) {
                // 芬兰 农林 部长, 司法 部长: the segmenter cut the ministry's name off the minister's title
                int first = j - 1;
                for (int chars = splitMinistry.length() - 1 - terms.get(first).word.length(); chars > 0; chars -= terms.get(first).word.length()) {
                    first--; // the fields before the last one (产业 资源 部长)
                }
                boolean placeBefore = first > 0 && !used[first - 1] && isNature(terms.get(first - 1), "ns");
                found.add(EntityType.ORGANIZATION, placeBefore ? terms.get(first - 1).word + splitMinistry : splitMinistry, base + first);
                for (int k = first; k < j; k++) {
                    used[k] = true;
                }
            }
            if (ministry != null && isTitle(term)) {
                // 外交部长, 美国 财政部长: the minister's title names the ministry
                boolean placeBefore = j > 0 && !used[j - 1] && isNature(terms.get(j - 1), "ns");
                found.add(EntityType.ORGANIZATION, placeBefore ? terms.get(j - 1).word + ministry : ministry, base + j);
            }
            if (isTitle(term)) {
                String name = nameAfterTitle(terms, j + 1, used);
                if (name != null) {
                    found.add(EntityType.PERSON, name, base + j + 1);
                }
            }
        }
        return inNames;
    }

    /**
     * 民革、民盟、民建、民进, 财政部、人民银行和海关总署: a word listed between two bodies, or after two bodies at
     * the list's end, is a body too, when it is a noun or abbreviation of two to six characters that
     * names no kind of body (企业, 部门, 高校) and no place. A list names things of one kind.
     */
    private static boolean isListedBody(List<Term> terms, int k, boolean[] opensBody, boolean[] endsBody) {
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

    private static boolean isListSeparator(Term term) {
        return term.word.equals("、") || term.word.equals("和") || term.word.equals("及") || term.word.equals("与");
    }

    /** 甲、乙两条铁路线, 甲等4个村庄: a "name" in a list closed by a kind of place is one of those places. */
    private static EntityType personOrListedPlace(List<Term> terms, int end) {
        return PlaceLists.closesWithPlaces(terms, end) ? EntityType.PLACE : EntityType.PERSON;
    }

    /** Organs that a party or parliament named right before them has: 民进 中央 (its central committee), 国会 上院. */
    private static final Set<String> ORGANS = Set.of("中央", "上院", "下院");

    /** 民进 + 中央, 国会 + 下院: the organ of an institution the segmenter knows (nt) is one body with it. */
    private static boolean isOrganOfBody(List<Term> terms, int bodyEnd, int next) {
        return ORGANS.contains(terms.get(next).word) && isNature(terms.get(bodyEnd), "nt") && !terms.get(bodyEnd).word.endsWith("中央");
    }

    /**
     * 联合国 + 总部: the headquarters of an institution the segmenter knows (nt) is reported as one
     * body; a company's 总部 is only where the company sits (株洲某某燃气有限公司总部 is the company).
     */
    private static boolean isHeadquartersOfBody(List<Term> terms, int bodyEnd, int next) {
        Term body = terms.get(bodyEnd);
        return terms.get(next).word.equals("总部") && isNature(body, "nt") && !isNature(body, "ntc")
                && organizationSuffix(body.word) == null;
    }

    /**
     * {@code to} when the terms from {@code from} up to it are a session's number (第 九 届, 第十届),
     * else -1: 民盟第八届中央委员会 is one body, the committee of that session.
     */
    private static int sessionAfter(List<Term> terms, int from, int to) {
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

    /**
     * 澳门日报 before 社长 is 澳门日报社: the head of a newspaper is the head of its 报社, whose last
     * character the segmenter gave to the title.
     */
    private static String withHeadsBody(String name, List<Term> terms, int end) {
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
    private static int numberedUnitStart(List<Term> terms, int end) {
        Term last = terms.get(end);
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
        return -1;
    }

    /** Words naming a unit between its number and its ending: 汽车, 外国语, 炼钢, 中心, 人民. */
    private static boolean isNumberedUnitWord(Term term) {
        return isHan(term.word) && term.word.length() >= 2 && !TITLES.contains(term.word)
                && (isNature(term, "n") && !isNature(term, "nr") && !isNature(term, "nnt") || isNature(term, "vn") || isNature(term, "nz")
                    || isNature(term, "nis") || isNature(term, "gm"));
    }

    /** A place or body a numbered unit belongs to: 长春市, 武警, 钢铁公司 (after 武汉). */
    private static boolean opensNumberedUnit(Term term) {
        return isHan(term.word) && term.word.length() >= 2 && (isNature(term, "ns") || isNature(term, "nt")
                || (isNature(term, "nis") && organizationSuffix(term.word) != null) || isNature(term, "j"))
                && !GENERIC_PLACES.contains(term.word);
    }

    /** Index of the first word of an organisation ending at {@code end}, or -1. */
    private int organizationStart(List<Term> terms, int end) {
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
        if (TEAMS.contains(word) && end > 0 && isNature(terms.get(end - 1), "ns") && terms.get(end - 1).word.length() >= 2) {
            return end - 1; // 印尼 女队, 中国 代表团: a country's team or delegation
        }
        if (TEAMS.contains(word) && end > 1 && terms.get(end - 1).word.equals("国家") && isNature(terms.get(end - 2), "ns")
                && terms.get(end - 2).word.length() >= 2) {
            return end - 2; // 中国 国家 女篮: the country's national team
        }
        if ((word.equals("大学") || word.equals("学院")) && end > 1 && terms.get(end - 1).word.equals("立")
                && isNature(terms.get(end - 2), "ns") && terms.get(end - 2).word.endsWith("州")) {
            return end - 2; // 密执安州 立 大学: a state university, named by its state
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
        // 规划署, 处理厂, 营业厅: kinds of body, a name only with a name before them (联合国环境规划署)
        boolean kindOfBody = suffix != null && suffix.length() == 1 && word.length() > 2 && isCommonWord(word);
        if (!taggedOrganization && end + 1 < terms.size() && !isBoundary(terms.get(end + 1)) && gluesToNext(word, terms.get(end + 1))) {
            return -1; // 住建部 门: the ending's last character belongs to the next word (部门)
        }
        int length = word.length();
        boolean strong = suffix != null && STRONG_SUFFIXES.contains(suffix);
        boolean reachedPlace = false;
        while (start > 0) {
            Term previous = terms.get(start - 1);
            if (reachedPlace && !isProperWord(previous)) {
                // a place opens the name (株洲新奥燃气有限公司) unless a proper word comes first (大唐华银株洲电厂);
                // common words before it belong to the sentence (发展 株洲日报)
                break;
            }
            if (isNature(previous, "nr") && start >= 2 && isTitle(terms.get(start - 2))) {
                break; // 司令 巴克 海军少将: a name right after a title is the title holder's, not the start of a body's name
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
                next = start - 1; // 柬 宪法委员会 at the head of a clause: the country's one-character name opens the body's
            }
            if (next < 0 && start == end && start >= 2 && NUMBERED_UNITS.contains(word) && isHanNumeral(previous)
                    && isNature(terms.get(start - 2), "ns")) {
                next = start - 1; // 北京 九十 中学, 武警 一 总队: units numbered within their place
            }
            if (next < 0 && start >= 2 && start < end && suffix != null && isNamingSuffix(suffix)
                    && isInnerConjunction(terms.get(start - 1)) && isNamePart(terms.get(start - 2))
                    && organizationSuffix(terms.get(start - 2).word) == null) {
                next = start - 2; // 中国企业改革与发展研究会: 与 joins two subjects inside one name
            }
            if (next < 0 && start == end && REGIONAL_DIRECTIONS.contains(previous.word) && isInstitution(word)
                    && (start == 1 || !isNamePart(terms.get(start - 2)))) {
                next = start - 1; // 东南 大学: a region named by its direction names the institution serving it, and opens its name
            }
            if (next < 0 && start >= 2 && suffix != null && (isNamingSuffix(suffix) || (isNature(last, "nis") && !WEAK_SUFFIXES.contains(suffix)))
                    && isNature(previous, "v") && previous.word.length() == 2 && isHan(previous.word)
                    && (NATIONAL_PREFIXES.contains(terms.get(start - 2).word) || isNature(terms.get(start - 2), "nt"))) {
                next = start - 1; // 中央 编译 出版社, 联合国 艾滋病 联合 计划署: a state's or a body's unit named by what it does
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
            return -1; // 子公司, 集团公司, 总部: a kind of organisation, not one; 安庆家庭服务社 is one
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

    /** 子公司, 集团, 公司: a kind of body, which cannot be the inside of another body's name. */
    private static boolean isGenericOrganizationWord(String word) {
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

    private static boolean isInnerConjunction(Term term) {
        return term.word.equals("与") || term.word.equals("和");
    }

    /**
     * Start of a newspaper or magazine's name ending at {@code end}, or -1: a proper name before
     * 报, 时报, 周刊 or 杂志 (费加罗报, 纽约时报), a common noun after a place (埃及 金字塔 报), or a
     * title in book marks (美国《时代》周刊). 报 alone after a common word is a verb or a report.
     */
    private static int publicationStart(List<Term> terms, int end) {
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

    /** Working units named by the field they manage, study or report on: 体育管理中心, 港口管理局, 地质研究所. */
    private static final Set<String> FIELD_UNITS = Set.of("管理局", "管理中心", "新闻中心", "研究所", "研究中心", "研究院", "出版社",
            "管理处", "联络小组", "领导小组", "工作组", "办公室", "委员会", "新闻局", "情报局", "调查局", "统计局", "计算中心", "信息中心");

    /**
     * Start of a unit named by its field (体育 管理中心, 港口 管理局, 技术 联络 小组), or -1: one or two
     * nouns of two or more characters right before the unit's word, opening their clause (after
     * punctuation, a preposition, 的, a determiner or a time), so that the sentence's own nouns stay out.
     */
    private int fieldBodyStart(List<Term> terms, int end) {
        Term last = terms.get(end);
        String unit = last.word;
        int start = end;
        if (!FIELD_UNITS.contains(unit)) {
            if (end == 0 || !FIELD_UNITS.contains(terms.get(end - 1).word + unit)) {
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

    private static final String OPENING_QUOTES = "“「『‘";
    private static final String CLOSING_QUOTES = "”」』’";
    private static final int MAX_QUOTED = 8;

    /**
     * Start of a body's name the text sets in quotes, ending at {@code end}, or -1: a quoted name that
     * ends with an organisation's ending (“抗旱保苗领导小组”: the quotes say the whole is the name,
     * whatever its words), or a body's ending right after a quoted name (『红星』队, 澳门“晨光”合唱团,
     * with the place before it). The quotes hold no punctuation and at most a few words.
     */
    private static int quotedNameStart(List<Term> terms, int end) {
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
     * “不让一个人掉队”: quoted words ending with a verb, or holding an adverb, a pronoun or a count, are
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
     * determiner (一级党委, 各级党委, 这些村委会) nor after 的 (全省的县委书记), which make them kinds.
     */
    private static int localCommitteeStart(List<Term> terms, int end) {
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

    /**
     * 宋朝, 军营, 大道, 工薪阶层: words the segmenter tagged as places in this sentence that its core
     * dictionary knows, but never as a place: times (dynasties, eras), and frequent common nouns and
     * words of space. Real places it holds keep a place's sense among their others (长城, 黄河, 南极).
     */
    private static boolean isNeverAPlace(String word) {
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
    private static boolean isPlaceWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("ns");
    }

    /** Railways and highways, named after the places they join (京沪铁路) or a proper name (西康铁路). */
    private static final Set<String> ROUTES = Set.of("铁路", "铁路线", "公路", "高速公路", "高速", "运河");

    private static boolean isRouteName(List<Term> terms, int j, boolean[] used) {
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

    /** Party and village committees named by the unit they belong to, which the text leaves implicit. */
    private static final Set<String> LOCAL_COMMITTEES = Set.of("县委", "市委", "区委", "省委", "纪委", "团县委", "团市委",
            "团省委", "村委会", "居委会", "筹委会", "组委会", "镇党委", "乡党委", "村党支部", "人大常委会", "政协");
    /** Committees that need their unit written before them: 站 党委, 厂 党支部. */
    private static final Set<String> UNIT_COMMITTEES = Set.of("党委", "团委", "党总支", "党支部");
    /** One-character units that own a party committee: 站 党委, 厂 党委, 乡 党委. */
    private static final Set<String> COMMITTEE_UNITS = Set.of("站", "厂", "乡", "镇", "村", "校", "院", "局", "所", "矿", "场", "连", "营", "团", "处", "社");

    /** One-character units the segmenter leaves apart from the word that names them: 矿渣 厂, 货币 局, 爆破 班. */
    private static final String SPLIT_UNITS = "厂局队班团部";

    /**
     * Start of a unit named by one common noun the segmenter cut off its one-character ending (矿渣 厂, 法律 部,
     * 货币 局, 爆破 班, 海狮 队), or -1. The segmenter joins the kinds it knows (水泥厂, 生产队), so a
     * noun left apart from the ending names one unit; the noun must open its clause (after
     * punctuation, a preposition, a conjunction, a verb or a direction), not follow a determiner or a
     * count (这支 机防 队 is a kind the text points at, 两 个 队 a count).
     */
    private int splitUnitStart(List<Term> terms, int end) {
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

    /** Start of a company's short name ending with an industry word at {@code end}, or -1. */
    private int companyShortNameStart(List<Term> terms, int end) {
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

    /** How many of the last terms up to {@code end} make up the ending. */
    private static int countTerms(List<Term> terms, int end, String suffix) {
        int length = 0;
        int count = 0;
        for (int k = end; k >= 0 && length < suffix.length(); k--) {
            length += terms.get(k).word.length();
            count++;
        }
        return length == suffix.length() ? count : 1;
    }

    /** A word the core dictionary knows as an ordinary noun, verb or the like, not as a name or institution. */
    private static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        String nature = attribute.nature[0].toString();
        return !(nature.startsWith("nt") || nature.startsWith("ns") || nature.equals("nis") || nature.equals("nz"));
    }

    private static boolean isNamedFacility(String word) {
        for (String facility : FACILITIES) {
            if (word.length() > facility.length() + 1 && word.endsWith(facility)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrganizationAbbreviation(Term term) {
        return (isNature(term, "j") || isNature(term, "n")) && isOrganizationAbbreviation(term.word);
    }

    /**
     * An abbreviation the core dictionary knows (nature j) that keeps the last character of an
     * organisation's ending: 中科院 (科学院), 中组部 (组织部), 世行 (银行), 作协 (作家协会), 北大
     * (大学), 社民党. Abbreviations of other things (港澳, 两会) end otherwise.
     */
    private static boolean isOrganizationAbbreviation(String word) {
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

    /**
     * The person a name-tagged word stands for, completed when the segmenter cut a third character
     * off (陈伊 玲), or null when the word is not a plausible name.
     */
    private String completedName(List<Term> terms, int j, boolean[] used) {
        String word = terms.get(j).word;
        if (endsWithConjunction(word) && j + 1 < terms.size() && isNature(terms.get(j + 1), "nr")
                && !isKnownName(word) && isPlausibleChineseName(word.substring(0, 2))) {
            word = word.substring(0, 2); // 严立和 李培明: the conjunction between two names, glued to the first
        }
        boolean known = isKnownName(word);
        boolean afterTitle = j > 0 && isTitle(terms.get(j - 1));
        if (!known && word.length() == 2 && j + 1 < terms.size() && isSetPhrase(word + terms.get(j + 1).word)) {
            return null; // 以武养 武: the phrase's last character was cut off, neither piece is a name
        }
        if (!known && !afterTitle && surnameGluedToWordBefore(terms, j)) {
            return null; // 如 何利 用, 两 国新冠: the "surname" ends the word before it
        }
        if (!known && !afterTitle && FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0 && j > 0 && isSubjectWord(terms.get(j - 1))) {
            return null; // 企业 都加足 马力, 我们 对华: after the sentence's subject the character is its adverb or preposition
        }
        boolean cutLastCharacter = !known && !isPlausibleChineseName(word)
                && (oneCharacterBeforeTitle(terms, j, used) || lastCharacterBeforeVerb(terms, j, used));
        boolean beforeTitle = j + 1 < terms.size() && isOfficeTitle(terms.get(j + 1)) || cutLastCharacter;
        if (!known && !isPlausibleChineseName(word) && !((afterTitle || beforeTitle) && looksLikeNameAfterTitle(word))
                && !TransliteratedNames.isSoundName(word)
                && !(nameCueAround(terms, j) && isSurnameAndGivenName(word)) && !listedAmongNames(terms, j)) {
            // right after a title (副校长龚荣之, 副部长萨伯斯) or right before an office (素拉外长) a word read as a name is one;
            // so is a surname and given name before 同志 or 夫妇, or among names listed with 、 (赵明之同志, 许达、江之等)
            return null;
        }
        if (!known && !afterTitle && !beforeTitle && RARE_SURNAMES.contains(word.substring(0, 1)) && !nameCueAround(terms, j)
                && !TransliteratedNames.isSoundName(word)) {
            return null; // 国潮, 战训, 智造: a rare surname needs a title, an office or an address to open a name
        }
        if (!known && !afterTitle && !beforeTitle && word.length() == 3 && isPlaceWord(word.substring(0, 2))) {
            return null; // 蒙古史, 湖南人: a place and a character after it, not a surname and a given name
        }
        if (!known && word.length() >= 3 && word.endsWith("记") && j + 1 < terms.size() && terms.get(j + 1).word.equals("》")) {
            return null; // 《小石潭记》: a work named as the record (记) of a place ends its title, no given name ends in 记 there
        }
        if (!known && !afterTitle && !beforeTitle && listedWithCommonNoun(terms, j, used)) {
            return null; // 笔记 文录、家谱: a list names things of one kind, and its neighbour is a common noun
        }
        if (!known && word.endsWith("一") && j + 1 < terms.size() && isReduplicated(terms.get(j + 1).word)) {
            return null; // 路一 天天: 一天天, 一步步 count on; the 一 is not the end of a given name
        }
        if (cutLastCharacter) {
            used[j + 1] = true; // 素坤 猜 副总理: the name's last character cut off before the office
            return word + terms.get(j + 1).word;
        }
        if (!known && j > 0 && COUNTED_SURNAMES.indexOf(word.charAt(0)) >= 0 && (isNature(terms.get(j - 1), "m")
                || (j > 1 && "多余几".contains(terms.get(j - 1).word) && isNature(terms.get(j - 2), "m")))) {
            return null; // 3 张卫星图片, 11 万种, 八百多 米高: a number counts things, the "surname" is its measure word
        }
        for (String ending : HONORIFIC_ENDINGS) {
            if (word.endsWith(ending)) {
                return null;
            }
        }
        boolean afterJoinedName = j > 0 && endsWithConjunction(terms.get(j - 1).word);
        if (!known && j > 0 && isNature(terms.get(j - 1), "nr") && !afterTitle && !afterJoinedName) {
            return null; // 清皓 普众: two name-like pieces in a row are a company's name, not two people
        }
        if (!known && !afterTitle && j + 1 < terms.size() && word.length() == 2 && isCommonNounAfter(terms.get(j + 1))
                && !ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word)) {
            return null; // 星途 航空, 文旅 赛事: part of a longer name or phrase, not a person
        }
        if (!known && word.length() == 2 && lastCharacterBeforePreposition(terms, j, used)) {
            used[j + 1] = true;
            return word + terms.get(j + 1).word;
        }
        String gluedToDe = known || afterJoinedName ? null : lastCharacterGluedToDe(terms, j, used);
        if (gluedToDe != null) {
            used[j + 1] = true; // the 的 after it is not a name; nothing else reads the adverb
            return word + gluedToDe;
        }
        if (word.length() == 2 && j + 1 < terms.size() && !used[j + 1]) {
            Term next = terms.get(j + 1);
            boolean endsThere = j + 2 == terms.size() || isBoundary(terms.get(j + 2)) || isTitle(terms.get(j + 2));
            String nextNature = next.nature.toString();
            boolean nameCharacter = (!isBoundary(next) || "东南西北".contains(next.word))
                    && !nextNature.equals("n") && !nextNature.startsWith("v");
            // 罗豪 才, 陈希 同, 臧海 传: a given name's last character the segmenter read as a word of its own
            boolean cutCharacter = !nextNature.equals("n") && !isNature(next, "w") && !isNature(next, "u")
                    && next.word.length() == 1 && NOT_THIRD_CHARACTER.indexOf(next.word.charAt(0)) < 0
                    && isPlausibleChineseName(word + next.word)
                    && !(isCommonVerb(next) && j + 2 < terms.size() && isTitle(terms.get(j + 2))); // 王明 任 市长
            if (next.word.length() == 1 && isHan(next.word) && (nameCharacter || cutCharacter) && !isNature(next, "m") && !isNature(next, "q")
                    && NOT_GIVEN_NAME.indexOf(next.word.charAt(0)) < 0 && !known
                    && (endsThere || ((isNature(next, "nr") || isNature(next, "ng")) && isPlausibleChineseName(word + next.word)))) {
                // 梁伟 棠 八段: a character the segmenter took for a rare morpheme (ng) ends the name too
                // 陈嘉 庚 故乡: a character the segmenter itself took for part of a name goes with it
                used[j + 1] = true;
                return word + next.word;
            }
        }
        return word;
    }

    /**
     * 梁立 起 从: a single character the segmenter read as a directional complement (起, 进, 回) right after
     * a name and right before a preposition. A complement follows a verb, never a bare name, and no verb
     * phrase ends before 从 or 在: the character is the name's last.
     */
    private static boolean lastCharacterBeforePreposition(List<Term> terms, int j, boolean[] used) {
        if (j + 2 >= terms.size() || used[j + 1]) {
            return false;
        }
        Term next = terms.get(j + 1);
        return next.word.length() == 1 && isHan(next.word) && next.nature.toString().equals("vf") && isNature(terms.get(j + 2), "p")
                && NOT_GIVEN_NAME.indexOf(next.word.charAt(0)) < 0 && NOT_THIRD_CHARACTER.indexOf(next.word.charAt(0)) < 0
                && isSurnameAndGivenName(terms.get(j).word) && !isOrdinaryWord(terms.get(j).word + next.word);
    }

    /**
     * 赵致 真的 人: a name, then 真的 (an adverb) before a noun, which no adverb modifies; the character
     * before 的 is the name's last, and 的 ties the name to the noun. Returns that character, or null.
     */
    private static String lastCharacterGluedToDe(List<Term> terms, int j, boolean[] used) {
        String word = terms.get(j).word;
        if (word.length() != 2 || j + 2 >= terms.size() || used[j + 1]) {
            return null;
        }
        Term next = terms.get(j + 1);
        Term after = terms.get(j + 2);
        if (next.word.length() != 2 || next.word.charAt(1) != '的' || !isNature(next, "d") || !isHan(after.word)
                || !(after.nature.toString().equals("n") || isNature(after, "vn"))) {
            return null;
        }
        String last = next.word.substring(0, 1);
        return NOT_GIVEN_NAME.contains(last) || !isPlausibleChineseName(word + last) ? null : last;
    }

    /**
     * A noun the core dictionary does not hold (it came from a word list, as X军 for an army does) that
     * reads as a surname and a given name; a name when an office or address follows it.
     */
    private static boolean isNameReadAsNoun(Term term) {
        return isNature(term, "n") && term.nature.toString().equals("n") && term.word.length() >= 2 && term.word.length() <= 3
                && isHan(term.word) && CoreDictionary.get(term.word) == null && isPlausibleChineseName(term.word);
    }

    /** Roles that name a group a person belongs to, not an office held: 李明 代表 is 李明 acting, 王 职工 is no name. */
    private static final Set<String> GROUP_TITLES = Set.of("党员", "老党员", "劳模", "村民", "居民", "职工", "干部", "领导", "市领导",
            "代表", "委员", "队员", "选手", "运动员", "专家", "学者", "记者", "通讯员", "编辑", "同志", "先生", "女士", "老师");

    /** An office or rank that follows the name of who holds it (素拉 外长, 吴真 校长); not a word for a group (代表, 职工). */
    private static boolean isOfficeTitle(Term term) {
        return isTitle(term) && term.word.length() >= 2 && !GROUP_TITLES.contains(term.word);
    }

    /** 素坤 猜 副总理: one character, not a function word nor 副 or 总, between a name piece and an office. */
    private static boolean oneCharacterBeforeTitle(List<Term> terms, int j, boolean[] used) {
        if (j + 2 >= terms.size() || used[j + 1] || !isOfficeTitle(terms.get(j + 2))) {
            return false;
        }
        Term next = terms.get(j + 1);
        return next.word.length() == 1 && isHan(next.word) && !isNature(next, "w") && !isNature(next, "u") && !isNature(next, "m")
                && !isNature(next, "q") && !isNature(next, "p") && !isNature(next, "c") && !isNature(next, "f")
                && "副总原前代正".indexOf(next.word.charAt(0)) < 0 && NOT_GIVEN_NAME.indexOf(next.word.charAt(0)) < 0
                && NEVER_IN_GIVEN_NAME.indexOf(next.word.charAt(0)) < 0 && !isCommonVerb(next);
    }

    /** A noun or pronoun that can be the subject before an adverb or preposition (企业, 他们), not a title. */
    private static boolean isSubjectWord(Term term) {
        String nature = term.nature.toString();
        return (nature.equals("n") || nature.startsWith("r")) && !isTitle(term) && isHan(term.word);
    }

    /**
     * 如 何利 (如何利用), 两 国新冠: a one-character word before the name that makes a common word
     * with the name's first character; the name recogniser took a character of that word for a surname.
     */
    private static boolean surnameGluedToWordBefore(List<Term> terms, int j) {
        if (j == 0) {
            return false;
        }
        Term before = terms.get(j - 1);
        if (before.word.length() != 1 || !isHan(before.word) || isNature(before, "w")) {
            return false;
        }
        CoreDictionary.Attribute glued = CoreDictionary.get(before.word + terms.get(j).word.charAt(0));
        return glued != null && glued.totalFrequency >= 20 && !glued.nature[0].startsWith("nr");
    }

    /**
     * 陈和 生 说: a two-character piece that is no name on its own (和 rarely ends a given name) and a
     * single character after it that makes a plausible three-character name, right before a verb or
     * punctuation: the segmenter cut the name's last character off.
     */
    private static boolean lastCharacterBeforeVerb(List<Term> terms, int j, boolean[] used) {
        String word = terms.get(j).word;
        if (word.length() != 2 || j + 2 >= terms.size() || used[j + 1]) {
            return false;
        }
        Term next = terms.get(j + 1);
        Term after = terms.get(j + 2);
        return next.word.length() == 1 && isHan(next.word) && !isNature(next, "w") && !isNature(next, "u") && !isNature(next, "m")
                && !isNature(next, "q") && !isNature(next, "p") && !isNature(next, "c") && !isNature(next, "f") && !isNature(next, "r")
                && NOT_THIRD_CHARACTER.indexOf(next.word.charAt(0)) < 0 && NEVER_IN_GIVEN_NAME.indexOf(next.word.charAt(0)) < 0
                && (isNature(after, "v") || isNature(after, "w")) && isPlausibleChineseName(word + next.word);
    }

    /** Words for a person's tomb or former home (某某 故居): the words before them name that person. */
    private static final Set<String> REMAINS_OF_A_PERSON = Set.of("墓", "墓地", "故居", "陵", "陵园", "纪念馆", "铜像", "塑像", "遗像", "遗体");

    /**
     * 蒋/nz 天才/n 的, 袁/nz 步兵 本人: a surname left alone and tagged nz (the segmenter found no word
     * for the character, so it guessed a proper-noun piece), then a two-character noun that ends where
     * a name would end (的, punctuation, a verb, an office, 本人): the noun is the given name, read as a
     * word. Not after a name piece (a foreign name's sounds) nor a stray character, and not before a
     * word of place (阮 家门 前: the family's door).
     */
    private static boolean surnameBeforeWholeWord(List<Term> terms, int j) {
        Term term = terms.get(j);
        if (!isSurnamePiece(term) || j + 1 >= terms.size()) {
            return false;
        }
        String own = term.nature.toString();
        if (!own.equals("nz") && !(own.equals("ng") && isNature(terms.get(j + 1), "nz"))) {
            return false; // 李/ng 香香/nz: a rare morpheme before a proper-noun piece is a surname too
        }
        if (j > 0) {
            Term before = terms.get(j - 1);
            if (isNature(before, "nr") || (before.word.length() == 1 && isHan(before.word) && !isBoundary(before))) {
                return false;
            }
        }
        Term next = terms.get(j + 1);
        String nature = next.nature.toString();
        boolean noun = nature.startsWith("n") && !nature.startsWith("nt") && !nature.equals("nis") && !nature.equals("nnt")
                && !nature.startsWith("nrf") && !nature.equals("nx");
        if (next.word.length() != 2 || !isHan(next.word) || !noun) {
            return false;
        }
        boolean closes = j + 2 == terms.size();
        if (!closes) {
            Term after = terms.get(j + 2);
            closes = (isBoundary(after) && !isNature(after, "f")) || isOfficeTitle(after) || ADDRESS_AFTER_NAME.contains(after.word)
                    || after.word.equals("本人") || REMAINS_OF_A_PERSON.contains(after.word); // 俞 某园 墓: a person's tomb
        }
        return closes && isSurnameAndGivenName(term.word + next.word);
    }

    /** 任, 兼, 陪 before an office are the sentence's verbs (王明 任 市长); a rare "verb" (猜) is more likely a cut sound. */
    private static boolean isCommonVerb(Term term) {
        if (!isNature(term, "v")) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(term.word);
        return attribute == null || attribute.totalFrequency >= 10;
    }

    /** 赵明之 同志, 吴真 夫妇, or one of names listed with 、 (许达、江之等): the words around say a person is named. */
    private boolean nameCueAround(List<Term> terms, int j) {
        if (j + 1 < terms.size() && ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word)) {
            return true;
        }
        int verb = j + 1 < terms.size() && terms.get(j + 1).word.length() == 1 && isHan(terms.get(j + 1).word) ? j + 2 : j + 1;
        if ((speaks(terms, j + 1) || speaks(terms, verb)) && (j == 0 || isNature(terms.get(j - 1), "w"))) {
            return true; // ，郅振国说: the speaker opening a clause before a verb of saying
        }
        boolean nameBefore = listedAfterName(terms, j);
        boolean nameAfter = j + 2 < terms.size() && terms.get(j + 1).word.equals("、") && isListedName(terms.get(j + 2));
        return nameBefore || nameAfter;
    }

    private static boolean speaks(List<Term> terms, int k) {
        return k < terms.size() && TransliteratedNames.isSpeechVerb(terms.get(k).word);
    }

    private static boolean isListedName(Term term) {
        return isNature(term, "nr") && (isKnownName(term.word) || isPlausibleChineseName(term.word));
    }

    /**
     * A surname and a one- or two-character given name without function characters (赵明之, 江之),
     * for words the context marks as names: the checks on a given name's last character, which keep
     * 余人 and 关键一 out, are what the context replaces.
     */
    private static boolean isSurnameAndGivenName(String word) {
        if (word.length() < 2 || word.length() > 3 || !isHan(word) || !startsWithSurname(word)
                || FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0 || ADDRESS_AFTER_SURNAME.contains(word.substring(1))
                || TITLES.contains(word.substring(1)) || isOrdinaryWord(word)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (NEVER_IN_GIVEN_NAME.indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** 刘长和: a three-character "name" whose last character is the 和 or 与 before another name. */
    private static boolean endsWithConjunction(String word) {
        return word.length() == 3 && "和与".indexOf(word.charAt(2)) >= 0;
    }

    /**
     * A word read as a name right after a title, without a Chinese surname (萨伯斯, 龚荣之): still not
     * an ordinary word (社员 权益, 教师 宿舍) nor the sentence going on (球员 都曾).
     */
    private static boolean looksLikeNameAfterTitle(String word) {
        if (!isHan(word) || word.length() < 2 || word.length() > 5 || FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0
                || word.endsWith("某") || ADDRESS_AFTER_SURNAME.contains(word.substring(1))) {
            return false; // 职工 王某: a person kept anonymous has no name to tag
        }
        for (int i = 1; i < word.length(); i++) {
            if (NEVER_IN_GIVEN_NAME.indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return !isOrdinaryWord(word);
    }

    /** A word the core dictionary holds, and not as a name (宿舍, 池畔, 权益). */
    private static boolean isOrdinaryWord(String word) {
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

    private static boolean isCommonNounAfter(Term next) {
        String nature = next.nature.toString();
        return next.word.length() >= 2 && (nature.equals("n") || nature.equals("nz") || nature.equals("nis") || nature.equals("vn"))
                && "一二三四五六七八九十".indexOf(next.word.charAt(0)) < 0; // 郑弘 九段: a rank after a name
    }

    /**
     * A three-character name printed as three one-character words: a surname, then two characters
     * that are not function words, at least one of which the segmenter tagged as a rare morpheme or
     * name part (g, ng, nz, nr), standing between words that are not single characters.
     */
    private static String singleCharacterName(List<Term> terms, int j, boolean[] used) {
        if (j + 2 >= terms.size() || used[j + 1] || used[j + 2] || !isSurnamePiece(terms.get(j))
                || (j > 0 && terms.get(j - 1).word.length() == 1 && isHan(terms.get(j - 1).word))
                || (j + 3 < terms.size() && terms.get(j + 3).word.length() == 1 && isHan(terms.get(j + 3).word)
                    && !isNature(terms.get(j + 3), "w") && !isNature(terms.get(j + 3), "u"))) {
            return null;
        }
        boolean rare = false;
        for (int k = j + 1; k <= j + 2; k++) {
            Term piece = terms.get(k);
            if (piece.word.length() != 1 || !isHan(piece.word) || NEVER_IN_GIVEN_NAME.indexOf(piece.word.charAt(0)) >= 0
                    || isNature(piece, "m") || isNature(piece, "q") || isNature(piece, "p") || isNature(piece, "c")
                    || isNature(piece, "u") || isNature(piece, "w") || isNature(piece, "f")) {
                return null;
            }
            String nature = piece.nature.toString();
            rare |= nature.equals("g") || nature.equals("ng") || nature.equals("nz") || nature.startsWith("nr");
        }
        String name = terms.get(j).word + terms.get(j + 1).word + terms.get(j + 2).word;
        return rare && isPlausibleChineseName(name) ? name : null;
    }

    /** 芬兰 before 农林 部长 or 财政部长: the place opens the ministry's name and is not reported on its own there. */
    private boolean opensMinistryName(List<Term> terms, int j, boolean[] used) {
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
     * The world region, ocean or celestial body a word names (拉美, 亚太地区, 地球上), or the place
     * a word glued to a conjunction names (欧洲和 read as a name), else null.
     */
    private static String regionOf(String word) {
        if (REGIONS.contains(word)) {
            return word;
        }
        for (String tail : List.of("地区", "上")) {
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
    private static String demonymPlace(String word) {
        if (word.length() < 3 || !isHan(word) || (!word.endsWith("人") && !word.endsWith("族"))) {
            return null;
        }
        String place = word.substring(0, word.length() - 1);
        CoreDictionary.Attribute attribute = CoreDictionary.get(place);
        return attribute != null && attribute.nature[0].startsWith("ns") && !GENERIC_PLACES.contains(place) ? place : null;
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
    private static final Set<String> INNER_UNITS = Set.of("系", "研究所", "研究室", "研究中心", "中心", "大队", "支队", "中队", "处",
            "办公室", "学院", "医院", "实验室", "工作组", "小组", "委员会", "分会");

    /**
     * Last term of a unit right after its body, named by one or two field words (nouns of two or more
     * characters, no kind of body, place or person) and a unit's word, or -1: 执法 大队, 物理 系,
     * 计算机 中心. The body before it says whose unit it is.
     */
    private int fieldUnitEnd(List<Term> terms, int from, boolean[] used) {
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

    private static boolean isUnitOfBody(Term term) {
        String suffix = organizationSuffix(term.word);
        if (!isNature(term, "nis") || suffix == null || GOVERNMENT.contains(term.word)) {
            return false;
        }
        return term.word.equals(suffix) ? suffix.length() >= 2 : !GENERIC_LEFT.contains(term.word.substring(0, term.word.length() - suffix.length()));
    }

    /** Endings of settlements and counties: a word ending so, or followed by one, is a place (龙泉乡, 曲麻莱 县). */
    private static final String SETTLEMENT_ENDINGS = "县镇乡村";

    /** Endings of a place that opens an address, so that what follows it is the next, smaller place. */
    private static final String ADDRESS_ENDINGS = "省市县区州旗盟镇乡";
    private static final Set<String> AUTONOMOUS_ENDINGS = Set.of("自治县", "自治州", "自治区", "自治旗", "自治乡");

    /**
     * Last term of a place the segmenter cut into pieces (or half glued to the place before) at
     * {@code j}, or -1: an ethnic group's autonomous area after its place (长阳 土家族 自治县), a place
     * before a word for its area ({@link #areaNameEnd}), a landmark after its place ({@link #landmarkEnd}), or, right
     * after a place that opens an address (a province, city, county, district, town or township),
     * two to four pieces of two to five characters in all ending with a county's, town's, township's
     * or village's ending (青海省 称 多县, 双林镇 蔡家 兜 村, 井陉县 南 障 城镇). Addresses go from the
     * larger place to the smaller one, so the place before says what the pieces are; without it
     * (两 国新冠, 在 城镇) nothing is read.
     */
    private static int splitPlaceEnd(List<Term> terms, int j, boolean[] used) {
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

    /** Words for the area around a place: 吞武里一带, 边境附近. */
    private static final Set<String> AREA_WORDS = Set.of("一带", "附近", "境内", "沿岸", "沿海", "周边", "郊区", "市区", "城区");
    /** Verbs and prepositions of going to or being in a place. */
    private static final Set<String> TO_OR_IN = Set.of("到", "在", "于", "赴", "往", "至", "抵达", "前往", "来到", "到达", "进入", "途经", "经过", "从");

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
     * The ending of the settlement listed just before {@code j} (玛多县、| 称 多县, 石桥 乡 和 | 古 城乡), or 0:
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

    private boolean isVillageName(List<Term> terms, int j, boolean[] used) {
        String word = terms.get(j).word;
        if (!isHan(word)) {
            return false;
        }
        if (word.length() >= 3 && SETTLEMENT_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0) {
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
     * 衡 + 南县, 麦 + 禾营镇: a county, town or village whose first character the segmenter left
     * behind as a word of its own (a loose noun-like character, not a preposition or verb).
     */
    private static String withCutFirstCharacter(List<Term> terms, int j, String place, boolean[] used) {
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
    private static final Set<String> SURNAMES_ALONE_ARE_WORDS = Set.of("全", "本", "该", "各", "原", "新", "老", "大", "小", "上", "下");

    /**
     * A place the segmenter's place recogniser put together (not in its dictionary), cleaned: 从株洲
     * and 克等株洲 took neighbouring characters along and are 株洲; two unknown characters (将城,
     * 铁海) are too often noise to keep.
     */
    private String recognisedPlace(String word) {
        for (int start = 1; start <= word.length() - 2; start++) {
            String tail = word.substring(start);
            if (GENERIC_PLACES.contains(tail) || GENERIC_PLACE_TAILS.contains(tail)) {
                return null; // 其城市, 全市街道, 不少城市: a kind of place with the sentence before it
            }
            CoreDictionary.Attribute attribute = CoreDictionary.get(tail);
            if (attribute != null && attribute.nature[0].startsWith("ns") && hasFunctionCharacter(word.substring(0, start))) {
                return tail; // 从株洲, 克等株洲; 石渠县 stays whole although 渠县 is a county too
            }
        }
        if (GLUED_PREPOSITIONS.indexOf(word.charAt(0)) >= 0 && word.length() > 2) {
            return word.substring(1);
        }
        return word.length() >= 3 ? word : null;
    }

    private static boolean hasFunctionCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (GLUED_PREPOSITIONS.indexOf(text.charAt(i)) >= 0 || NEVER_IN_GIVEN_NAME.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A name in HanLP's core dictionary (桥本, 邓小平) needs no surname check. */
    private static boolean isKnownName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("nr");
    }

    /** 船工 张/q 孝明: a surname the segmenter read as a measure word, with no number before it to count anything. */
    private static boolean isUncountedSurname(List<Term> terms, int j) {
        Term term = terms.get(j);
        return term.word.length() == 1 && SURNAMES.contains(term.word) && isNature(term, "q")
                && (j == 0 || !(isNature(terms.get(j - 1), "m") || isNature(terms.get(j - 1), "r")));
    }

    private static boolean isSurnamePiece(Term term) {
        return term.word.length() == 1 && SURNAMES.contains(term.word) && !isBoundary(term)
                && !isNature(term, "m") && !isNature(term, "q") && !isNature(term, "a");
    }

    private static String doctrineOf(String word) {
        if (word.length() < 4) {
            return null;
        }
        for (String doctrine : DOCTRINES) {
            if (word.endsWith(doctrine)) {
                String prefix = word.substring(0, word.length() - doctrine.length());
                return isKnownName(prefix) ? prefix : null;
            }
        }
        return null;
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

    private static int skipLeadingNoise(List<Term> terms, int start, int end) {
        String suffix = organizationSuffix(terms.get(end).word);
        boolean strong = suffix != null && STRONG_SUFFIXES.contains(suffix);
        while (start < end && (LEADING_NOISE.contains(terms.get(start).word) || isSentenceWord(terms.get(start), strong)
                || (suffix != null && isImplausibleName(terms.get(start)))
                || (start > 0 && isNature(terms.get(start - 1), "m") && terms.get(start).word.length() == 1)
                || isRankOrCount(terms.get(start)))) {
            // 一级 党委, 第一名 印尼男队: a rank or count before a body is the sentence's
            // 两 国 中央银行: a single character after a number counts things, it names nothing
            start++;
        }
        return start;
    }

    /** 一级, 第一名, 五国: a rank or a count (written in Chinese numerals) before a body, not part of its name. */
    private static boolean isRankOrCount(Term term) {
        String word = term.word;
        if (word.isEmpty() || NUMERALS.indexOf(word.charAt(0)) < 0 || isNature(term, "ns") || isNature(term, "nt") || isNature(term, "nz")) {
            return false;
        }
        return isNature(term, "m") || isNature(term, "b") || (word.length() == 2 && "级名国类代批".indexOf(word.charAt(1)) >= 0);
    }

    /** 刚出 read as a name before 医院: no surname, no name (星途 before 航空 is a company's, kept elsewhere). */
    private static boolean isImplausibleName(Term term) {
        return isNature(term, "nr") && !isNature(term, "nrf") && !isKnownName(term.word) && !isPlausibleChineseName(term.word);
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
    private static String organizationSuffix(String word) {
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

    private static boolean isPlaceStem(Term term, String next) {
        if (!PLACE_SUFFIXES.contains(next) || !isHan(term.word) || term.word.length() < 2
                || LEADING_NOISE.contains(term.word) || GENERIC_LEFT.contains(term.word)) {
            return false; // 全市 街道: the streets of the whole city, not a street named 全市
        }
        if (isNature(term, "nz") || isNature(term, "j")) {
            return true;
        }
        return isNature(term, "n") && STRONG_PLACE_SUFFIXES.contains(next);
    }

    /** 书记, 副市长, and former titles (原主席, 前部长), which the segmenter sometimes mistags. */
    private static boolean isTitle(Term term) {
        String word = term.word;
        if (TITLES.contains(word) || isNature(term, "nnt")) {
            return true;
        }
        return word.length() >= 3 && (word.charAt(0) == '原' || word.charAt(0) == '前') && TITLES.contains(word.substring(1));
    }

    /**
     * A two- or three-character name right after a title, assembled from the segmenter's pieces
     * (主席 聂 方红 → 聂方红), ending where the sentence moves on (punctuation, 等, a verb...).
     */
    private String nameAfterTitle(List<Term> terms, int from, boolean[] used) {
        StringBuilder name = new StringBuilder();
        String best = null;
        for (int k = from; k < terms.size() && k < from + 3; k++) {
            Term term = terms.get(k);
            boolean surnameFirst = k == from && term.word.length() == 1 && SURNAMES.contains(term.word);
            // 部长 戴 秉国: after a lone surname, a two-character word the dictionary does not hold is its given name, whatever its tag
            boolean givenAfterSurname = k == from + 1 && name.length() == 1 && SURNAMES.contains(name.toString())
                    && term.word.length() == 2 && isHan(term.word) && CoreDictionary.get(term.word) == null
                    && NEVER_IN_GIVEN_NAME.indexOf(term.word.charAt(0)) < 0 && NEVER_IN_GIVEN_NAME.indexOf(term.word.charAt(1)) < 0;
            if (used[k] || !isHan(term.word) || isTitle(term) || dictionary.typeOf(term.word) != null
                    || (isBoundary(term) && !surnameFirst && !givenAfterSurname) || isNature(term, "m") || isNature(term, "q") || isNature(term, "t")) {
                break;
            }
            name.append(term.word);
            if (name.length() > 3) {
                break;
            }
            if (name.length() >= 2 && (k + 1 == terms.size() || isBoundary(terms.get(k + 1)) || isNature(terms.get(k + 1), "t"))) {
                best = name.toString();
            }
        }
        if (best == null || !isPlausibleChineseName(best) || isOrdinaryWord(best)) {
            return null; // 教师 宿舍 is a word, not a teacher's name
        }
        return isNature(terms.get(from), "nr") && best.equals(terms.get(from).word) ? null : best;
    }

    /** Titles of heads that keep the first character of their body's ending: 部长 of a 部, 局长 of a 局. */
    private static final Set<String> HEAD_OF_BODY = Set.of("部长", "局长", "厅长", "署长");

    /**
     * 农林部 from 农林 部长: the body whose head the title names, when the word before the title is
     * a field of government (a noun of two or more characters, not a generic or sentence word), or null.
     */
    private String ministryBeforeTitle(List<Term> terms, int j, boolean[] used) {
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
    private static String ministryOfTitle(String title) {
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

    /** 九十, 第一, 二七: a number in Chinese characters, which can be part of a unit's name (not 2024). */
    private static boolean isHanNumeral(Term term) {
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

    private static boolean isBoundary(Term term) {
        String nature = term.nature.toString();
        return nature.startsWith("w") || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("v") || nature.startsWith("d") || nature.equals("f") || nature.equals("r")
                || term.word.equals("等");
    }

    static boolean isPlausibleChineseName(String word) {
        if (word.length() < 2 || word.length() > 4 || !isHan(word) || !startsWithSurname(word)) {
            return false;
        }
        String rest = word.substring(1);
        for (int i = 1; i < word.length(); i++) {
            if (NEVER_IN_GIVEN_NAME.indexOf(word.charAt(i)) >= 0 && !isKnownName(word)) {
                return false; // 钱未成, 关时难, 都有其: a surname-like character before the rest of the sentence
            }
        }
        if (ADDRESS_AFTER_SURNAME.contains(rest) || TITLES.contains(rest) || word.endsWith("某")) {
            return false;
        }
        if (FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0 && !isKnownName(word)) {
            // 和群众, 于时代: a function word before a common word; 于丹 style names need the dictionary
            CoreDictionary.Attribute given = CoreDictionary.get(rest);
            if (word.length() == 2 || (given != null && !given.nature[0].startsWith("nr"))) {
                return false;
            }
        }
        if (PLACE_PART_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return false; // 湖畔, 山顶, 残部: the side, top or part of something, not a given name
        }
        if (word.length() == 2) {
            if ((word.charAt(0) == word.charAt(1) && isVerb(word.substring(1))) || (DYNASTIES.indexOf(word.charAt(0)) >= 0 && "朝代季末初".indexOf(word.charAt(1)) >= 0)) {
                return false; // 走走 is a verb said twice (a child's 丽丽 stays a name), 汉代 and 清末 are times
            }
            return NOT_GIVEN_NAME.indexOf(word.charAt(1)) < 0;
        }
        if (word.length() == 3) {
            if (NOT_NAME_END.indexOf(word.charAt(2)) >= 0) {
                return false;
            }
            if (isSetPhrase(word)) {
                return false;
            }
            // 关键一, 金融业: a common word followed by a character is the sentence, not a surname and given name
            CoreDictionary.Attribute head = CoreDictionary.get(word.substring(0, 2));
            if (head != null && head.totalFrequency >= 100 && !head.nature[0].startsWith("nr")) {
                return false;
            }
            if (head != null && !head.nature[0].startsWith("nr") && "上下里中和与及".indexOf(word.charAt(2)) >= 0) {
                return false; // 程序上, 祝贺和: a word, then the place word or conjunction after it
            }
            // 都进行: a surname-like character before a very common word is not a name (王建国 still is)
            CoreDictionary.Attribute given = CoreDictionary.get(word.substring(1));
            if (given == null || given.nature[0].startsWith("nr")) {
                return true;
            }
            // 车安全: a common word the dictionary never saw as part of a name; 李和平 and 王胜利 still are
            boolean usedInNames = false;
            for (var nature : given.nature) {
                usedInNames |= nature.startsWith("nr") || nature.startsWith("nz");
            }
            return given.totalFrequency < (usedInNames ? 500 : 200);
        }
        return true;
    }

    /** 以武养武, 以工代工: a thing, a verb, the same thing again is a set phrase, not a surname and given name. */
    private static boolean isSetPhrase(String word) {
        return word.length() == 3 && word.charAt(0) == word.charAt(2) && isVerb(word.substring(1, 2));
    }

    /**
     * 、 between the word and a common noun of two or more characters that names no person (家谱, 业务)
     * and is not already part of a name (李 余粮、易湘 东: the given name read as a noun).
     */
    private static boolean listedWithCommonNoun(List<Term> terms, int j, boolean[] used) {
        boolean after = j + 2 < terms.size() && terms.get(j + 1).word.equals("、") && !used[j + 2] && isPlainNoun(terms.get(j + 2))
                && !(j + 3 < terms.size() && terms.get(j + 3).word.length() == 1 && isNature(terms.get(j + 3), "nr"));
        boolean before = j >= 2 && terms.get(j - 1).word.equals("、") && !used[j - 2] && isPlainNoun(terms.get(j - 2))
                && !(j >= 3 && isSurnamePiece(terms.get(j - 3)));
        if (listedAfterName(terms, j)) {
            return false; // 王国华、丁一明、林地 等: a list of names, whatever the segmenter made of its last one
        }
        return after || before;
    }

    private static boolean isPlainNoun(Term term) {
        String nature = term.nature.toString();
        return (nature.equals("n") || nature.equals("vn")) && term.word.length() >= 2 && isHan(term.word) && !isTitle(term)
                && !ADDRESS_AFTER_NAME.contains(term.word) && CoreDictionary.get(term.word) != null;
    }

    /**
     * 华明、丁平、苗地等: a surname and given name between names listed with 、 (or after one, closing the
     * list with 等) is a name too, even with a character that rarely ends a given name: a list names
     * things of one kind.
     */
    private static boolean listedAmongNames(List<Term> terms, int j) {
        String word = terms.get(j).word;
        if (word.length() < 2 || word.length() > 3 || !isHan(word) || !startsWithSurname(word) || isOrdinaryWord(word)
                || FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0) {
            return false;
        }
        boolean nameBefore = listedAfterName(terms, j);
        boolean nameAfter = j + 2 < terms.size() && terms.get(j + 1).word.equals("、") && isListedName(terms.get(j + 2));
        boolean closes = j + 1 < terms.size() && terms.get(j + 1).word.equals("等");
        return nameBefore && (nameAfter || closes);
    }

    /** Whether a name stands right before the word, the two listed with 、. */
    private static boolean listedAfterName(List<Term> terms, int j) {
        return j >= 2 && terms.get(j - 1).word.equals("、") && isListedName(terms.get(j - 2));
    }

    /** 天天, 步步: one character said twice. */
    private static boolean isReduplicated(String word) {
        return word.length() == 2 && word.charAt(0) == word.charAt(1) && isHan(word);
    }

    /** A word the core dictionary knows first as a verb (练, 看). */
    private static boolean isVerb(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("v");
    }

    private static boolean startsWithSurname(String word) {
        return SURNAMES.contains(word.substring(0, 1)) || (word.length() >= 3 && SURNAMES.contains(word.substring(0, 2)));
    }

    private static boolean isNature(Term term, String prefix) {
        return term.nature != null && term.nature.startsWith(prefix);
    }

    private static String join(List<Term> terms, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k <= to; k++) {
            text.append(terms.get(k).word);
        }
        return text.toString();
    }

    static boolean isHan(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isIdeographic(c) && !Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHanOrLatin(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isIdeographic(c) && !Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Directions that name a region of a country (东南, 西北), and with it the universities and bureaux serving it. */
    private static final Set<String> REGIONAL_DIRECTIONS = Set.of("东南", "西南", "东北", "西北");

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

    private static Set<String> surnamesAfterRank(int rank) {
        Set<String> rare = new java.util.HashSet<>();
        int i = 0;
        for (String surname : SURNAMES) {
            if (i++ >= rank && surname.length() == 1) {
                rare.add(surname);
            }
        }
        return rare;
    }

    private static List<String> longestFirst(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
