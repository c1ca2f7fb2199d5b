package io.newsroom.enrich.tag;

import static io.newsroom.enrich.tag.ChinesePlaceNames.isPlaceWord;
import static io.newsroom.enrich.tag.ChineseTerms.NEVER_IN_GIVEN_NAME;
import static io.newsroom.enrich.tag.ChineseTerms.TITLES;
import static io.newsroom.enrich.tag.ChineseTerms.isBoundary;
import static io.newsroom.enrich.tag.ChineseTerms.isHan;
import static io.newsroom.enrich.tag.ChineseTerms.isNature;
import static io.newsroom.enrich.tag.ChineseTerms.isOrdinaryWord;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The person-name rules of {@link ChineseEntityRecognizer}: whether a run of characters is a
 * plausible Chinese name (a common surname, a given name free of function characters), names
 * the segmenter cut or glued wrongly (蒋 英才 的), names after an office title
 * (市委副书记何恩广), and the words around a name that confirm or deny it (同志, 等人, 说).
 * Stateless apart from the user's {@link EntityDictionary}; thread-safe.
 */
final class ChinesePersonNames {

    private static final Set<String> SURNAMES = Lexicon.words("surnames-zh.txt");
    /**
     * Surnames past the 300 most frequent (the list is in order of frequency): 国, 党, 战, 智, 云...
     * are far more often the first character of a word (国潮, 党风, 战疫) than of a person's name.
     */
    private static final Set<String> RARE_SURNAMES = surnamesAfterRank(300);
    /** Honorific endings: 李先生 is a way of addressing someone, not a name. */
    private static final List<String> HONORIFIC_ENDINGS = List.of("先生", "女士", "小姐", "老师", "同志", "师傅");
    /** Surnames far more often an adverb before a verb (曾 once, 常 often, 尤 especially, 全 wholly, 易 easily). */
    private static final String ADVERB_SURNAMES = "曾常尤全易";
    /** Single verbs and adverbs that follow a two-character name far more often than they end a three-character one. */
    private static final String NOT_THIRD_CHARACTER = "来去说讲问答看听走跑到做写想笑哭坐站住请叫让给送带拿买卖吃喝打找帮用把曾则却便即亦已正先首摄";
    /** Words that follow a person's name (赵明之同志, 彭真夫妇), unlike the industry words after a company's (星途航空). */
    static final Set<String> ADDRESS_AFTER_NAME = ChineseTerms.wordSet("同志", "夫妇", "夫人", "先生", "女士", "老人", "一家", "父子",
            "母子", "父女", "母女", "兄弟", "姐妹", "本人", "等人", "烈士", "同学", "老师", "师傅", "大夫", "医生", "教授");
    /** Characters that end words for a part or side of something (湖畔, 山顶, 残部, 分组) or a tower or temple (雷峰塔), never a given name. */
    private static final String PLACE_PART_ENDINGS = "畔顶处部组区村庄港塔寺庙";
    /** Dynasties, whose name before 朝 or 末 makes a time (汉代, 清末), not a surname and given name. */
    private static final String DYNASTIES = "夏商周秦汉晋隋唐宋元明清辽金";
    /** Characters that end a sentence's verb phrase, not a three-character name (智造再, 关键一 are not people). */
    private static final String NOT_NAME_END = "再也都就又还了着过的地得之前后内外";
    /** Ways of addressing or referring to someone after a surname: 金教授, 李大娘, 王某, 胡老 are not names. */
    private static final Set<String> ADDRESS_AFTER_SURNAME = ChineseTerms.wordSet("某", "某某", "老", "总", "大娘", "大爷", "大妈", "大叔",
            "大姐", "大哥", "阿姨", "奶奶", "爷爷", "婆婆", "老汉", "家", "氏", "姓");
    /** Surnames that are also measure words or numbers: after a number they count (3 张, 11 万种, 300 余户: more than 300). */
    private static final String COUNTED_SURNAMES = "万张包支条双对门户千百余米";
    /**
     * Surnames that are far more often function words (和, 向, 于, 都...): a name starting with one
     * needs more evidence, since 和群众, 向我们 and 都占 are the sentence, not a person.
     */
    private static final String FUNCTION_WORD_SURNAMES = "和向于都应那时从把对在为及与";
    /** Characters that end a word, not a given name: 那是, 余人 and 曾在 are not people. */
    private static final String NOT_GIVEN_NAME = "是在有人能应可也为出对上下和与的了都就还又将从向被把给让等们个时里中之说要会到以而及或由后前内外";
    /** Doctrines named after people: 邓小平理论, 毛泽东思想, 马克思主义. */
    private static final List<String> DOCTRINES = List.of("理论", "思想", "主义", "精神");

    private final EntityDictionary dictionary;

    ChinesePersonNames(EntityDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** 甲、乙两条铁路线, 甲等4个村庄: a "name" in a list closed by a kind of place is one of those places. */
    static EntityType personOrListedPlace(List<Term> terms, int end) {
        return PlaceLists.closesWithPlaces(terms, end) ? EntityType.PLACE : EntityType.PERSON;
    }

    /** Verbs of an event held somewhere: 在 X 举行 names where, never who. */
    private static final Set<String> HELD = ChineseTerms.wordSet("举行", "召开", "举办", "开幕", "闭幕", "落幕", "揭幕");

    /** As {@link #personOrListedPlace(List, int)}, and a "name" between 在 and a verb of holding (在 库尔 马约尔 举行) is the place. */
    static EntityType personOrListedPlace(List<Term> terms, int start, int end) {
        if (start > 0 && end + 1 < terms.size() && terms.get(start - 1).word.equals("在") && HELD.contains(terms.get(end + 1).word)) {
            return EntityType.PLACE;
        }
        return personOrListedPlace(terms, end);
    }

    /**
     * The person a name-tagged word stands for, completed when the segmenter cut a third character
     * off (陈伊 玲), or null when the word is not a plausible name.
     */
    String completedName(List<Term> terms, int j, boolean[] used) {
        String word = terms.get(j).word;
        boolean joinedToCompany = false;
        if (endsWithConjunction(word) && j + 1 < terms.size() && (isNature(terms.get(j + 1), "nr") || isCompanyAfterConjunction(terms.get(j + 1)))
                && !isKnownName(word) && isPlausibleChineseName(word.substring(0, 2))) {
            joinedToCompany = !isNature(terms.get(j + 1), "nr");
            word = word.substring(0, 2); // 严立和 李培明: the conjunction between two names, glued to the first
        }
        boolean known = isKnownName(word);
        if (!known && isRoundCount(word)) {
            return null;
        }
        if (!known && word.length() == 3 && FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0 && isKnownName(word.substring(1))) {
            return word.substring(1); // 向雷锋 同志: the preposition glued to a name the dictionary knows
        }
        if (word.length() == 1 && SURNAMES.contains(word) && j + 1 < terms.size() && !used[j + 1]) {
            Term next = terms.get(j + 1);
            if (isNature(next, "nr") && !isNature(next, "nrf") && next.word.length() == 2 && isPlausibleChineseName(word + next.word)) {
                used[j + 1] = true;
                return word + next.word; // 冼/nr 星海/nr: a surname and a given name the segmenter read as two names
            }
        }
        boolean afterTitle = j > 0 && isTitle(terms.get(j - 1));
        if (!known && word.length() == 2 && j + 1 < terms.size() && isSetPhrase(word + terms.get(j + 1).word)) {
            return null; // 以商养 商: the phrase's last character was cut off, neither piece is a name
        }
        if (!known && inRepeatingPhrase(terms, j)) {
            return null; // 因 季因势, 应学尽 学: a four-character phrase repeating a character, not a surname and a given name
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
        if (!known && !isPlausibleChineseName(word) && !((afterTitle || beforeTitle) && looksLikeNameAfterTitle(word) && !isAdverbAndVerb(terms, j))
                && !TransliteratedNames.isSoundName(word)
                && !(nameCueAround(terms, j) && isSurnameAndGivenName(word)) && !listedAmongNames(terms, j)) {
            // right after a title (副校长龚荣之, 副部长萨伯斯) or right before an office (素拉外长) a word read as a name is one;
            // so is a surname and given name before 同志 or 夫妇, or among names listed with 、 (赵明之同志, 许达、江之等)
            return null;
        }
        if (!known && !afterTitle && !beforeTitle && RARE_SURNAMES.contains(word.substring(0, 1)) && !nameCueAround(terms, j)
                && !TransliteratedNames.isSoundName(word) && !isNickname(terms, j)) {
            return null; // 国潮, 战训, 智造: a rare surname needs a title, an office or an address to open a name
        }
        if (!known && !afterTitle && !beforeTitle && ADVERB_SURNAMES.indexOf(word.charAt(0)) >= 0 && isVerb(word.substring(1, 2))
                && (word.length() == 2 || isOrdinaryWord(word.substring(0, 2))) && !nameCueAround(terms, j)) {
            return null; // 曾想, 常去, 全靠 他: an adverb before its verb, unless a title, an office or an address names a person
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
            return null; // 3 张风景图片, 11 万种, 八百多 米高: a number counts things, the "surname" is its measure word
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
        String beforeSpeech = word.length() == 2 && !joinedToCompany ? lastCharacterBeforeSpeech(terms, j, used) : null;
        if (beforeSpeech != null) {
            used[j + 1] = true; // 钱立 文说 。, 邵军 双 说: the verb of saying follows the whole name
            return word + beforeSpeech;
        }
        if (!known && !afterTitle && !joinedToCompany && j + 1 < terms.size() && word.length() == 2 && isCommonNounAfter(terms.get(j + 1))
                && !ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word) && !isOfficeTitle(terms.get(j + 1))) {
            return null; // 星途 航空, 文旅 赛事: part of a longer name or phrase, not a person (文德 天皇 is one)
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
                    && !(isCommonVerb(next) && j + 2 < terms.size() && isTitle(terms.get(j + 2))) // 王明 任 市长
                    && !(nextNature.startsWith("v") && j + 2 < terms.size() && isComplementOrAspect(terms.get(j + 2))); // 王明 拉 起
            if (next.word.length() == 1 && isHan(next.word) && (nameCharacter || cutCharacter) && !isNature(next, "m") && !isNature(next, "q")
                    && NOT_GIVEN_NAME.indexOf(next.word.charAt(0)) < 0 && !known
                    && (endsThere || ((isNature(next, "nr") || isNature(next, "ng") || (next.nature.toString().equals("nz") && !SURNAMES.contains(next.word)))
                        && isPlausibleChineseName(word + next.word)))) {
                // 梁伟 棠 八段: a character the segmenter took for a rare morpheme (ng) ends the name too
                // 陈嘉 庚 故乡: a character the segmenter itself took for part of a name goes with it, and so does one it
                // could only call a proper-noun piece (赵丽 萍/nz 高兴 地), unless that is a surname opening the next name
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

    /** Characters that stand between a speaker and 说 as adverbs (所说, 常说, 总说), never a given name's last. */
    private static final String BEFORE_SAYING = "所常总均仍只亦又还也再都就才却便即曾先笑";

    /**
     * The last character of a name that the segmenter cut off a two-character name and put before the
     * verb of saying: glued to 说 (钱立 文说 ，) or alone before it (邵军 双 说, 张甲 天 表示), where no
     * word of the sentence can stand between a speaker and the verb. Returns that character, or null.
     */
    private static String lastCharacterBeforeSpeech(List<Term> terms, int j, boolean[] used) {
        if (j + 2 > terms.size() || used[j + 1] || !isSurnameAndGivenName(terms.get(j).word)) {
            return null;
        }
        Term next = terms.get(j + 1);
        boolean glued = next.word.length() == 2 && next.word.endsWith("说")
                && (j + 2 == terms.size() || isNature(terms.get(j + 2), "w"));
        boolean alone = next.word.length() == 1 && j + 2 < terms.size() && TransliteratedNames.isSpeechVerb(terms.get(j + 2).word)
                && !isNature(next, "d") && !isNature(next, "p") && !isNature(next, "c") && !isNature(next, "u")
                && !isNature(next, "w") && !isNature(next, "r") && !isNature(next, "m");
        if (!glued && !alone) {
            return null;
        }
        String last = next.word.substring(0, 1);
        char c = last.charAt(0);
        boolean nameCharacter = isHan(last) && BEFORE_SAYING.indexOf(c) < 0 && NOT_GIVEN_NAME.indexOf(c) < 0
                && NOT_THIRD_CHARACTER.indexOf(c) < 0 && NEVER_IN_GIVEN_NAME.indexOf(c) < 0 && NOT_NAME_END.indexOf(c) < 0;
        return nameCharacter && isPlausibleChineseName(terms.get(j).word + last) ? last : null;
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
    static boolean isNameReadAsNoun(Term term) {
        return isNature(term, "n") && term.nature.toString().equals("n") && term.word.length() >= 2 && term.word.length() <= 3
                && isHan(term.word) && CoreDictionary.get(term.word) == null && isPlausibleChineseName(term.word);
    }

    /** Roles that name a group a person belongs to, not an office held: 李明 代表 is 李明 acting, 王 职工 is no name. */
    private static final Set<String> GROUP_TITLES = ChineseTerms.wordSet("党员", "老党员", "劳模", "村民", "居民", "职工", "干部", "领导", "市领导",
            "代表", "委员", "队员", "选手", "运动员", "专家", "学者", "记者", "通讯员", "编辑", "同志", "先生", "女士", "老师",
            "国脚", "老将", "名将", "新秀", "小将", "主力", "接应", "自由人");

    /** An office or rank that follows the name of who holds it (素拉 外长, 吴真 校长); not a word for a group (代表, 职工). */
    static boolean isOfficeTitle(Term term) {
        return isTitle(term) && term.word.length() >= 2 && !GROUP_TITLES.contains(term.word);
    }

    /** 素坤 猜 副总理: one character, not a function word nor 副 or 总, between a name piece and an office. */
    static boolean oneCharacterBeforeTitle(List<Term> terms, int j, boolean[] used) {
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
    private static final Set<String> REMAINS_OF_A_PERSON = ChineseTerms.wordSet("墓", "墓地", "故居", "陵", "陵园", "纪念馆", "铜像", "塑像", "遗像", "遗体");

    /**
     * 蒋/nz 天才/n 的, 袁/nz 步兵 本人: a surname left alone and tagged nz (the segmenter found no word
     * for the character, so it guessed a proper-noun piece), then a two-character noun that ends where
     * a name would end (的, punctuation, a verb, an office, 本人): the noun is the given name, read as a
     * word. Not after a name piece (a foreign name's sounds) nor a stray character, and not before a
     * word of place (阮 家门 前: the family's door).
     */
    static boolean surnameBeforeWholeWord(List<Term> terms, int j) {
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

    /**
     * 起, 来, 了, 着 after a one-character verb (拉 起, 递 来, 憋 了): what follows only a verb, so the
     * character before it is the sentence's verb, not a given name's last character.
     */
    private static boolean isComplementOrAspect(Term term) {
        String nature = term.nature.toString();
        return nature.equals("vf") || nature.equals("ule") || nature.equals("uzhe") || nature.equals("uguo");
    }

    /**
     * 阿 and one character of a given name (阿强, 阿秀), read as a name by the segmenter: how a person
     * is called by those around them, with no surname; 阿姨 and 阿婆 are words the dictionary holds.
     */
    private static boolean isNickname(List<Term> terms, int j) {
        String word = terms.get(j).word;
        if (word.length() != 2 || word.charAt(0) != '阿' || !isHan(word) || isOrdinaryWord(word)
                || NOT_GIVEN_NAME.indexOf(word.charAt(1)) >= 0 || NEVER_IN_GIVEN_NAME.indexOf(word.charAt(1)) >= 0) {
            return false;
        }
        // 阿卜 迪 萨诺夫, 卡洛·阿苏 阿纳: the opening sounds of a foreign name go on after it
        boolean afterDot = j > 0 && "·•".contains(terms.get(j - 1).word);
        return !afterDot && (j + 1 == terms.size() || isBoundary(terms.get(j + 1)));
    }

    /**
     * 作家 才会 这样: a two-character "name" of an adverb and a character that ends no given
     * name (会, 说, 能), standing alone before the sentence goes on, is the sentence's adverb and verb.
     * Before a character that may end the name (主任 王有 恒) it is left to the completion below.
     */
    private static boolean isAdverbAndVerb(List<Term> terms, int j) {
        String word = terms.get(j).word;
        return word.length() == 2 && isHan(word) && NOT_GIVEN_NAME.indexOf(word.charAt(1)) >= 0
                && !TransliteratedNames.isSoundCharacter(word.charAt(1)) // 卡里, 哈内: a foreign name's last sound
                && (j + 1 == terms.size() || isBoundary(terms.get(j + 1)) || isNature(terms.get(j + 1), "r"));
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

    /**
     * 吴宗和 3 名工友, 吴宗和 工人们: a count or a group of people (们) is the company the 和 joins the
     * person to, so the 和 is no part of the name before it.
     */
    private static boolean isCompanyAfterConjunction(Term next) {
        return isNature(next, "m") || (next.word.length() >= 2 && next.word.endsWith("们") && isHan(next.word));
    }

    /**
     * 因季因势, 应学尽学: a three-character "name" whose middle character is also the one right before or
     * right after it makes a four-character phrase of two parallel halves (A X A Y, A X B X); no
     * surname and given name repeat a character of the sentence around them that way.
     */
    private static boolean inRepeatingPhrase(List<Term> terms, int j) {
        String word = terms.get(j).word;
        if (word.length() != 3 || !isHan(word)) {
            return false;
        }
        return j > 0 && repeatsMiddle(terms.get(j - 1), word) || j + 1 < terms.size() && repeatsMiddle(terms.get(j + 1), word);
    }

    /** The one-character word is the name's middle character, and no conjunction (李和平 和 王胜利: the 和 joins two names). */
    private static boolean repeatsMiddle(Term term, String word) {
        return term.word.length() == 1 && term.word.charAt(0) == word.charAt(1) && !isNature(term, "c") && !isNature(term, "u");
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
            if (NEVER_IN_GIVEN_NAME.indexOf(word.charAt(i)) >= 0 && !(word.length() == 3 && GIVEN_NAME_VERBS.indexOf(word.charAt(i)) >= 0)) {
                return false;
            }
        }
        return !isOrdinaryWord(word);
    }

    /**
     * Characters kept out of given names because they usually open the next verb (来到, 起来, 为了),
     * yet common in given names (史来贺, 李为民): a three-character word the segmenter itself read as a
     * name, right after a title or before an office, keeps them.
     */
    private static final String GIVEN_NAME_VERBS = "来起为";

    private static boolean isCommonNounAfter(Term next) {
        String nature = next.nature.toString();
        return next.word.length() >= 2 && (nature.equals("n") || nature.equals("nz") || nature.equals("nis") || nature.equals("vn"))
                && "一二三四五六七八九十".indexOf(next.word.charAt(0)) < 0; // 王平 九段: a rank after a name
    }

    /**
     * A three-character name printed as three one-character words: a surname, then two characters
     * that are not function words, at least one of which the segmenter tagged as a rare morpheme or
     * name part (g, ng, nz, nr), standing between words that are not single characters.
     */
    static String singleCharacterName(List<Term> terms, int j, boolean[] used) {
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

    /** A name in HanLP's core dictionary (松本, 邓小平) needs no surname check. */
    static boolean isKnownName(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute != null && attribute.nature[0].startsWith("nr");
    }

    /** 船工 张/q 孝明: a surname the segmenter read as a measure word, with no number before it to count anything. */
    static boolean isUncountedSurname(List<Term> terms, int j) {
        Term term = terms.get(j);
        return term.word.length() == 1 && SURNAMES.contains(term.word) && isNature(term, "q")
                && (j == 0 || !(isNature(terms.get(j - 1), "m") || isNature(terms.get(j - 1), "r")));
    }

    static boolean isSurnamePiece(Term term) {
        return term.word.length() == 1 && SURNAMES.contains(term.word) && !isBoundary(term)
                && !isNature(term, "m") && !isNature(term, "q") && !isNature(term, "a");
    }

    static String doctrineOf(String word) {
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

    /** 刚出 read as a name before 医院: no surname, no name (星途 before 航空 is a company's, kept elsewhere). */
    static boolean isImplausibleName(Term term) {
        return isNature(term, "nr") && !isNature(term, "nrf") && !isKnownName(term.word) && !isPlausibleChineseName(term.word);
    }

    /** 书记, 副市长, and former titles (原主席, 前部长), which the segmenter sometimes mistags. */
    static boolean isTitle(Term term) {
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
    String nameAfterTitle(List<Term> terms, int from, boolean[] used) {
        StringBuilder name = new StringBuilder();
        String best = null;
        for (int k = from; k < terms.size() && k < from + 3; k++) {
            Term term = terms.get(k);
            boolean surnameFirst = k == from && term.word.length() == 1 && SURNAMES.contains(term.word);
            // 部长 孙 秉国: after a lone surname, a two-character word the dictionary does not hold is its given name, whatever its tag
            boolean givenAfterSurname = k == from + 1 && name.length() == 1 && SURNAMES.contains(name.toString())
                    && term.word.length() == 2 && isHan(term.word) && CoreDictionary.get(term.word) == null
                    && NEVER_IN_GIVEN_NAME.indexOf(term.word.charAt(0)) < 0 && NEVER_IN_GIVEN_NAME.indexOf(term.word.charAt(1)) < 0;
            if (used[k] || !isHan(term.word) || isTitle(term) || dictionary.typeOf(term.word) != null
                    || (isBoundary(term) && !surnameFirst && !givenAfterSurname) || isNature(term, "m") || isNature(term, "q")
                    || (isNature(term, "t") && !surnameFirst)) { // 二传手 吴/tg 丽华: a lone surname the segmenter read as a time morpheme
                break;
            }
            if (name.length() == 1 && term.word.length() == 2 && term.word.endsWith("说") && isHan(term.word)
                    && (k + 1 == terms.size() || isBoundary(terms.get(k + 1)))) {
                best = name + term.word.substring(0, 1); // 主任 钱 文说 ，: the verb of saying glued to a one-character given name
                break;
            }
            name.append(term.word);
            if (name.length() > 3) {
                break;
            }
            if (name.length() >= 2 && (k + 1 == terms.size() || isBoundary(terms.get(k + 1)) || isNature(terms.get(k + 1), "t"))) {
                best = k + 1 < terms.size() && isNameJoint(terms.get(k + 1).word) ? null : name.toString(); // 老将 鲍里斯 · 贝克尔: a foreign name goes on
            }
        }
        if (best == null || !isPlausibleChineseName(best) || isOrdinaryWord(best)) {
            return null; // 教师 宿舍 is a word, not a teacher's name
        }
        return isNature(terms.get(from), "nr") && best.equals(terms.get(from).word) ? null : best;
    }

    /** The middle dot or dash between the parts of a foreign name. */
    private static boolean isNameJoint(String word) {
        return word.equals("·") || word.equals("•") || word.equals("—") || word.equals("-");
    }

    static boolean isPlausibleChineseName(String word) {
        if (word.length() < 2 || word.length() > 4 || !isHan(word) || !startsWithSurname(word)) {
            return false;
        }
        String rest = word.substring(1);
        if (isRoundCount(word)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (NEVER_IN_GIVEN_NAME.indexOf(word.charAt(i)) >= 0 && !isKnownName(word)) {
                return false; // 钱未收, 关时慢, 都有其: a surname-like character before the rest of the sentence
            }
        }
        if (ADDRESS_AFTER_SURNAME.contains(rest) || TITLES.contains(rest) || word.endsWith("某")) {
            return false;
        }
        if (FUNCTION_WORD_SURNAMES.indexOf(word.charAt(0)) >= 0 && rest.length() == 2 && "上下本今明去前后当同".indexOf(rest.charAt(0)) >= 0
                && "周月年日旬季".indexOf(rest.charAt(1)) >= 0) {
            return false; // 将 于下周 审议: a preposition and a time
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
            if ("好得".indexOf(word.charAt(1)) >= 0) {
                return false; // 管好, 谈得: a verb and its complement
            }
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

    /** 万余人, 千余户: a round number and what it counts, whatever stands before it (职工 万余人). */
    private static boolean isRoundCount(String word) {
        return word.length() == 3 && word.charAt(1) == '余' && "十百千万".indexOf(word.charAt(0)) >= 0
                && "人名户家次元吨个位台件".indexOf(word.charAt(2)) >= 0;
    }

    /** 以文养文, 以工代工: a thing, a verb, the same thing again is a set phrase, not a surname and given name. */
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
     * 赵明、钱平、孙田等: a surname and given name between names listed with 、 (or after one, closing the
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
}
