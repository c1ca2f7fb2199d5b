package io.newsroom.enrich.tag;

import static io.newsroom.enrich.tag.ChineseOrganizationNames.GOVERNMENT;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.MAX_ORG_LENGTH;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.isGenericOrganizationWord;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.isKindOfBody;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.isListedBody;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.isCountedTeams;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.isUnitOfBody;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.listedTeamBefore;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.ministryOfTitle;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.organizationSuffix;
import static io.newsroom.enrich.tag.ChineseOrganizationNames.skipLeadingNoise;
import static io.newsroom.enrich.tag.ChinesePersonNames.ADDRESS_AFTER_NAME;
import static io.newsroom.enrich.tag.ChinesePersonNames.doctrineOf;
import static io.newsroom.enrich.tag.ChinesePersonNames.isKnownName;
import static io.newsroom.enrich.tag.ChinesePersonNames.isNameReadAsNoun;
import static io.newsroom.enrich.tag.ChinesePersonNames.isOfficeTitle;
import static io.newsroom.enrich.tag.ChinesePersonNames.isPlausibleChineseName;
import static io.newsroom.enrich.tag.ChinesePersonNames.isSurnamePiece;
import static io.newsroom.enrich.tag.ChinesePersonNames.isTitle;
import static io.newsroom.enrich.tag.ChinesePersonNames.isUncountedSurname;
import static io.newsroom.enrich.tag.ChinesePersonNames.oneCharacterBeforeTitle;
import static io.newsroom.enrich.tag.ChinesePersonNames.personOrListedPlace;
import static io.newsroom.enrich.tag.ChinesePersonNames.singleCharacterName;
import static io.newsroom.enrich.tag.ChinesePersonNames.surnameBeforeWholeWord;
import static io.newsroom.enrich.tag.ChinesePlaceNames.FACILITIES;
import static io.newsroom.enrich.tag.ChinesePlaceNames.FOREIGN_PLACE_ENDINGS;
import static io.newsroom.enrich.tag.ChinesePlaceNames.GLUED_PREPOSITIONS;
import static io.newsroom.enrich.tag.ChinesePlaceNames.KINDS_OF_PLACE;
import static io.newsroom.enrich.tag.ChinesePlaceNames.PLACE_SUFFIXES;
import static io.newsroom.enrich.tag.ChinesePlaceNames.SETTLEMENT_ENDINGS;
import static io.newsroom.enrich.tag.ChinesePlaceNames.STRONG_PLACE_SUFFIXES;
import static io.newsroom.enrich.tag.ChinesePlaceNames.cupPlace;
import static io.newsroom.enrich.tag.ChinesePlaceNames.demonymPlace;
import static io.newsroom.enrich.tag.ChinesePlaceNames.isNamedFacility;
import static io.newsroom.enrich.tag.ChinesePlaceNames.isNeverAPlace;
import static io.newsroom.enrich.tag.ChinesePlaceNames.isPlaceStem;
import static io.newsroom.enrich.tag.ChinesePlaceNames.isRouteName;
import static io.newsroom.enrich.tag.ChinesePlaceNames.isSettlementReadAsName;
import static io.newsroom.enrich.tag.ChinesePlaceNames.regionOf;
import static io.newsroom.enrich.tag.ChinesePlaceNames.splitPlaceEnd;
import static io.newsroom.enrich.tag.ChinesePlaceNames.withCutFirstCharacter;
import static io.newsroom.enrich.tag.ChineseTerms.GENERIC_PLACES;
import static io.newsroom.enrich.tag.ChineseTerms.isBoundary;
import static io.newsroom.enrich.tag.ChineseTerms.isHan;
import static io.newsroom.enrich.tag.ChineseTerms.isNature;
import static io.newsroom.enrich.tag.ChineseTerms.isOrdinaryWord;
import static io.newsroom.enrich.tag.ChineseTerms.join;
import static io.newsroom.enrich.tag.ChineseTerms.termAt;
import static io.newsroom.enrich.tag.OrganizationNameShapes.bilateralBodyStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.cupSponsor;
import static io.newsroom.enrich.tag.OrganizationNameShapes.governmentUnitStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.internationalBodyStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.jointBodyStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.isHeadquartersOfBody;
import static io.newsroom.enrich.tag.OrganizationNameShapes.isOrganOfBody;
import static io.newsroom.enrich.tag.OrganizationNameShapes.localCommitteeStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.missionStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.numberedUnitStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.publicationStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.quotedNameStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.sessionAfter;
import static io.newsroom.enrich.tag.OrganizationNameShapes.sessionBefore;
import static io.newsroom.enrich.tag.OrganizationNameShapes.soundNamedBodyStart;
import static io.newsroom.enrich.tag.OrganizationNameShapes.withHeadsBody;

import java.util.ArrayList;
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
 * This class walks each paragraph's terms and decides in what order the rules apply; the rules
 * themselves live in {@link ChinesePersonNames}, {@link ChineseOrganizationNames} and
 * {@link ChinesePlaceNames}, and what they share in {@link ChineseTerms}.
 * Stateless and thread-safe.
 */
final class ChineseEntityRecognizer {

    private final EntityDictionary dictionary;
    private final ChinesePersonNames personNames;
    private final ChineseOrganizationNames organizationNames;
    private final ChinesePlaceNames placeNames;

    ChineseEntityRecognizer(EntityDictionary dictionary) {
        this.dictionary = dictionary;
        this.personNames = new ChinesePersonNames(dictionary);
        this.organizationNames = new ChineseOrganizationNames(dictionary);
        this.placeNames = new ChinesePlaceNames(dictionary);
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
        Set<String> shortForms = new java.util.HashSet<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            java.util.BitSet inNames = scan(paragraphs.get(p), (long) p << 20, found, shortForms);
            for (BylineNames.Dated reporter : BylineNames.inDatelines(join(paragraphs.get(p), 0, paragraphs.get(p).size() - 1))) {
                if (!isOrdinaryWord(reporter.name())) { // 本报记者调查报道: a word, not a reporter
                    found.add(EntityType.PERSON, reporter.name(), ((long) p << 20) + termAt(paragraphs.get(p), reporter.start()));
                }
            }
            namesByParagraph.add(inNames);
            for (PlaceAbbreviations.Found abbreviation : PlaceAbbreviations.in(paragraphs.get(p), namedCountries)) {
                if (inNames.get(abbreviation.start())) {
                    continue; // 华 in 英国驻华使馆 is part of the organisation's name, 埃 in 萨埃女士 of a person's
                }
                found.addAbbreviatedPlace(abbreviation.text(), ((long) p << 20) + abbreviation.start());
                pairs.add(abbreviation.run());
            }
        }
        for (CountryShortNames.Found shortName : CountryShortNames.in(paragraphs, namesByParagraph, namedCountries)) {
            found.addAbbreviatedPlace(shortName.text(), ((long) shortName.paragraph() << 20) + shortName.start()); // 匈牙利 … 匈政府
        }
        for (OrganizationAbbreviations.Found shortForm : OrganizationAbbreviations.in(paragraphs, namesByParagraph, shortForms)) {
            // 甲国航空公司 … 甲航, 华诺汽车公司 … 华诺: the body's short form, though read as a person's name
            found.addSettled(EntityType.ORGANIZATION, shortForm.text(), ((long) shortForm.paragraph() << 20) + shortForm.start());
        }
        Entities entities = withoutPairs(found.entities(), pairs);
        return people.isEmpty() ? entities : withoutRunsIntoAuthors(entities, people);
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

    /** A term index not worked out yet (every real answer is -1 or an index). */
    private static final int NOT_YET = -2;

    /** An organisation found in a paragraph: its first term and its name. */
    private record Span(int start, int end, String name) {
    }

    /** Adds the entities of one paragraph; returns the characters inside organisation names and foreign names. */
    private java.util.BitSet scan(List<Term> segmented, long base, EntityCollector found, Set<String> shortForms) {
        List<Term> terms = GluedNameEndings.recut(segmented); // 孔塔 雷在: a name's last character back on its own
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
            int start = missionStart(terms, j);
            // a name whose shape says where it starts: a mission's at its country, whatever word comes before it
            boolean bounded = start >= 0;
            if (start < 0) {
                start = quotedNameStart(terms, j);
                bounded = start >= 0;
            }
            if (start < 0) {
                start = governmentUnitStart(terms, j);
            }
            if (start < 0) {
                start = internationalBodyStart(terms, j);
            }
            if (start < 0) {
                start = jointBodyStart(terms, j);
                bounded = start >= 0; // 中 日 联合 考察队: the countries open the name, though 中 is read as a direction
            }
            if (start < 0) {
                start = bilateralBodyStart(terms, j);
                bounded = start >= 0; // 中 日 友好 协会: the pair opens the name, though 中 is read as a direction
            }
            if (start < 0) {
                start = numberedUnitStart(terms, j);
            }
            if (start < 0) {
                start = organizationNames.organizationStart(terms, j);
                int sounds = soundNamedBodyStart(terms, j); // 斯坦福 大学: the ending tells a body's name from a person's
                if (sounds >= 0 && (start < 0 || sounds < start)) {
                    start = sounds;
                    bounded = true; // 加 劳 德 特 大学: a sound read as a verb is still the name's
                }
            }
            if (start < 0) {
                start = organizationNames.fieldBodyStart(terms, j);
            }
            if (start < 0) {
                start = organizationNames.companyShortNameStart(terms, j);
            }
            if (start < 0) {
                start = organizationNames.instituteShortNameStart(terms, j);
            }
            if (start < 0) {
                start = publicationStart(terms, j);
            }
            if (start < 0) {
                start = localCommitteeStart(terms, j);
                bounded = start >= 0 && start < j; // 站 党委: the unit's character, read as a verb (站 stands), opens the name
            }
            if (start < 0) {
                start = organizationNames.splitUnitStart(terms, j);
                bounded = start >= 0; // 爆破 班, 训练 团: the noun naming the unit is no word of the sentence, whatever its tag
            }
            if (start >= 0 && (GOVERNMENT.contains(terms.get(j).word) || (terms.get(j).word.endsWith("政府") && (start == j || terms.get(j).word.length() <= 3)))) {
                // 美国政府, 株洲市政府, 朴正元新政府: the government of a place is reported as the place it governs
                continue;
            }
            if (start >= 0) {
                int named = start;
                start = bounded ? start : skipLeadingNoise(terms, start, j); // the quotes, not the words, bound a quoted name
                if (start == j && named < j && isGenericOrganizationWord(terms.get(j).word)) {
                    continue; // 刚出 医院: only the sentence stood before the kind of body
                }
                if (!bounded && isKindOfBody(terms, start, j)) {
                    continue; // 各级 计生协会, 全国性 日报: bodies of a kind, none named
                }
                String name = join(terms, start, j);
                Term first = terms.get(start);
                if (isNature(first, "ns") && first.word.length() > 2 && GLUED_PREPOSITIONS.indexOf(first.word.charAt(0)) >= 0
                        && CoreDictionary.get(first.word) == null) { // 从株洲 glued, 以色列 a country
                    name = name.substring(1);
                } else if (isNature(first, "ns") && CoreDictionary.get(first.word) == null) {
                    String place = placeNames.recognisedPlace(first.word); // 第一名的缅甸 read as one place: 缅甸
                    if (place != null && place.length() < first.word.length() && first.word.endsWith(place)) {
                        name = name.substring(first.word.length() - place.length());
                    }
                }
                // 联合国 inside 联合国水资源规划署, found first as a name of its own: the longer name replaces it
                while (!organizations.isEmpty() && organizations.get(organizations.size() - 1).start() >= start) {
                    organizations.remove(organizations.size() - 1);
                }
                Span previous = organizations.isEmpty() ? null : organizations.get(organizations.size() - 1);
                int session = previous == null ? -1 : sessionAfter(terms, previous.end() + 1, start);
                // 甲大学和乙师范大学: a name whose first word took the sentence's 和 along opens a body of its own
                boolean opensOwnName = name.length() < join(terms, start, j).length();
                if (previous != null && previous.end() == start - 1 && !opensOwnName && name.length() + previous.name().length() <= MAX_ORG_LENGTH + 6) {
                    // 耶鲁大学 + 海洋科学学院, 训练团 + 政治处: a unit of the body named just before it
                    organizations.set(organizations.size() - 1, new Span(previous.start(), j, previous.name() + name));
                } else if (session >= 0) {
                    // 民盟 第八届 中央委员会: the body of one session of the party or congress named just before it
                    organizations.set(organizations.size() - 1,
                            new Span(previous.start(), j, previous.name() + join(terms, previous.end() + 1, start - 1) + name));
                    for (int k = previous.end() + 1; k < start; k++) {
                        used[k] = true;
                    }
                } else {
                    int sessionStart = sessionBefore(terms, start, name); // 第二届 全国人民代表大会: the session names which one
                    if (sessionStart < start && (previous == null || previous.end() < sessionStart)) {
                        name = join(terms, sessionStart, start - 1) + name;
                        start = sessionStart;
                    }
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
                // 哥廷根大学 + 医院, 国务院 + 办公厅: a unit right after the body it belongs to
                organization = new Span(organization.start(), next, organization.name() + terms.get(next).word);
                used[next] = true;
            }
            int unit = organizationNames.fieldUnitEnd(terms, organization.end() + 1, used);
            if (unit > 0) {
                // 市环境保护局 + 执法 大队, 清华大学 + 物理 系: a unit named by its field right after its body
                organization = new Span(organization.start(), unit, organization.name() + join(terms, organization.end() + 1, unit));
                for (int k = organization.start(); k <= unit; k++) {
                    used[k] = true;
                }
            }
            found.add(EntityType.ORGANIZATION, organization.name(), base + organization.start());
            for (int team = listedTeamBefore(terms, organization.start(), organization.end(), used); team >= 0;
                    team = listedTeamBefore(terms, team, organization.end(), used)) {
                found.add(EntityType.ORGANIZATION, terms.get(team).word, base + team); // 甲国和乙国队: each country's team
                used[team] = true;
            }
            OrganizationAbbreviations.addShortForms(terms, organization.start(), organization.end(), shortForms);
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
            if (isCountedTeams(terms, j)) {
                continue; // 四国 男排: a count of countries' teams, though 四国 is also an island's name
            }
            Term term = terms.get(j);
            String word = term.word;
            EntityType known = knownTypes[j];
            int foreignEnd = known == null ? JapaneseNames.end(terms, j) : -1;
            // the run of sounds read as if a title stood before it: asked of up to three steps below, worked out once
            int asAfterTitle = NOT_YET;
            if (foreignEnd < 0 && known == null) {
                boolean afterTitle = j > 0 && isTitle(terms.get(j - 1));
                foreignEnd = TransliteratedNames.end(terms, j, afterTitle);
                asAfterTitle = afterTitle ? foreignEnd : NOT_YET;
            }
            if (foreignEnd < 0 && known == null) {
                asAfterTitle = asAfterTitle == NOT_YET ? TransliteratedNames.end(terms, j, true) : asAfterTitle;
                foreignEnd = TransliteratedNames.endBeforeAddress(terms, j, asAfterTitle);
            }
            if (foreignEnd < 0 && known == null) {
                foreignEnd = TransliteratedNames.endBeforeSpeech(terms, j); // 里 德 说: the speaker opening a clause
            }
            if (foreignEnd < 0 && known == null && j > 0 && isTitle(terms.get(j - 1))) {
                foreignEnd = TransliteratedNames.dottedEndAfterTitle(terms, j); // 秘书长 宋 猜 · 乃 查 蓬: whatever its sounds
            }
            if (foreignEnd < 0 && known == null) {
                int end = asAfterTitle; // worked out at the address step, which ran before this one
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
                found.add(personOrListedPlace(terms, j, foreignEnd), join(terms, j, foreignEnd), base + j);
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
                // 京广 铁路, 南疆 铁路: a railway or highway named by the places it joins is a place, one name
                found.add(EntityType.PLACE, word + terms.get(j + 1).word, base + j);
                int offset = join(terms, 0, j - 1).length();
                inNames.set(offset, offset + word.length() + terms.get(j + 1).word.length());
                used[j + 1] = true;
                j++;
                continue;
            }
            String sponsor = known == null ? cupSponsor(terms, j) : null;
            if (sponsor != null) {
                found.add(EntityType.ORGANIZATION, sponsor, base + j); // 侨联杯, 鑫茂 杯: the body or sponsor a cup is named after
            } else if (known == null && cupPlace(word) != null) {
                found.add(EntityType.PLACE, cupPlace(word), base + j); // 亚洲杯: the place a cup is named after
            } else if (known != null) {
                found.add(known, word, base + j);
            } else if (regionOf(word) != null) {
                found.add(EntityType.PLACE, regionOf(word), base + j); // 拉美, 亚太地区, 月球, 欧洲和
            } else if (isNature(term, "nrf") || isNature(term, "nrj")) {
                boolean ordinary = isOrdinaryWord(word) && !(j > 0 && isTitle(terms.get(j - 1)))
                        && !(j + 1 < n && (isOfficeTitle(terms.get(j + 1)) || ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word)));
                if (word.length() >= 4 && word.endsWith("派")) {
                    word = word.substring(0, word.length() - 1); // 马洛尼派: the faction of the person named
                }
                if (word.length() >= 2 && !ordinary) { // 桑塔纳, 托拉斯: a borrowed word, not a person
                    found.add(EntityType.PERSON, word, base + j);
                }
            } else if (isNature(term, "nr") && !isKnownName(word) && placeNames.isVillageName(terms, j, used)) {
                // 龙泉乡, 曲沙莱 县: a "name" ending with, or followed by, a settlement's ending is that settlement
                String place = isSettlementReadAsName(terms, j) ? word : word + terms.get(j + 1).word;
                if (!place.equals(word)) {
                    used[j + 1] = true;
                }
                found.add(EntityType.PLACE, place, base + j);
            } else if (isNature(term, "nr")) {
                String name = personNames.completedName(terms, j, used);
                if (word.length() == 3 && "和与".indexOf(word.charAt(2)) >= 0 && j + 1 < n && opensBody[j + 1]
                        && !isKnownName(word) && isPlausibleChineseName(word.substring(0, 2))) {
                    name = word.substring(0, 2); // 王铁和 大连队: the conjunction before the body named next is not part of the name
                }
                if (name != null) {
                    found.add(personOrListedPlace(terms, j, name.length() > word.length() ? j + 1 : j), name, base + j);
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
            } else if (j + 1 < n && !used[j + 1] && (isOfficeTitle(terms.get(j + 1)) || ADDRESS_AFTER_NAME.contains(terms.get(j + 1).word))
                    && isNameReadAsNoun(term)) { // the office after it first: rare, and cheaper to test than the noun
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
                String place = placeNames.recognisedPlace(word);
                if (place != null && place.equals(word) && j + 1 < n && !used[j + 1] && STRONG_PLACE_SUFFIXES.contains(terms.get(j + 1).word)) {
                    place = word + terms.get(j + 1).word; // 大河口 镇
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
                } else if (word.length() >= 2 && !GENERIC_PLACES.contains(word) && !organizationNames.opensMinistryName(terms, j, used)
                        && !isNeverAPlace(word)) {
                    found.add(EntityType.PLACE, withCutFirstCharacter(terms, j, word, used), base + j);
                }
            } else if (j + 1 < n && !used[j + 1] && isPlaceStem(term, terms.get(j + 1).word)) {
                found.add(EntityType.PLACE, word + terms.get(j + 1).word, base + j);
                used[j + 1] = true;
            }
            String ministry = ministryOfTitle(word);
            String splitMinistry = ministry == null && !used[j] ? organizationNames.ministryBeforeTitle(terms, j, used) : null;
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
                String name = personNames.nameAfterTitle(terms, j + 1, used);
                if (name != null) {
                    found.add(EntityType.PERSON, name, base + j + 1);
                }
            }
        }
        return inNames;
    }
}
