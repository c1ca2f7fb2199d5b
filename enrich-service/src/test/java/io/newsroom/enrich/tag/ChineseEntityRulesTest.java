package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.contract.Entities;

/**
 * One test per rule added for names the segmenter cuts or misreads. The sentences were written for
 * these tests (the people and bodies in them are invented or used as general knowledge).
 */
class ChineseEntityRulesTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private Entities recognize(String text) {
        return recognizer.recognize(ChineseSegmenter.paragraphs(text), List.of());
    }

    @Test
    void aSentenceAdverbBeforeAnOrganisationIsNotPartOfItsName() {
        Entities entities = recognize("另据英国外交部发表的声明，双方讨论了贸易问题。");
        assertEquals(List.of("英国外交部"), entities.organizations());
    }

    @Test
    void ministryCutOffItsMinistersTitle() {
        Entities entities = recognize("挪威渔业部长会见了中国代表团。");
        assertTrue(entities.organizations().contains("挪威渔业部"), entities.toString());
    }

    @Test
    void newspaperBeforeItsEditorsTitleIsItsPress() {
        Entities entities = recognize("晨星日报社长王立群出席了开幕式。");
        assertTrue(entities.organizations().contains("晨星日报社"), entities.toString());
        assertTrue(entities.persons().contains("王立群"), entities.toString());
    }

    @Test
    void stateInstitutionNamedByNationalPrefix() {
        Entities entities = recognize("国家文物局发布了新版地图。");
        assertTrue(entities.organizations().contains("国家文物局"), entities.toString());
    }

    @Test
    void wellKnownBodiesWithoutATellingEnding() {
        Entities entities = recognize("路透社报道，国际货币基金组织同意提供贷款，思科也派人参加。");
        assertTrue(entities.organizations().containsAll(List.of("路透社", "国际货币基金组织", "思科")), entities.toString());
    }

    @Test
    void unitsInsideLargerBodies() {
        Entities entities = recognize("青石县供水管理处和江州铁路分局联合发出通知。");
        assertTrue(entities.organizations().contains("青石县供水管理处"), entities.toString());
        assertTrue(entities.organizations().contains("江州铁路分局"), entities.toString());
    }

    @Test
    void partOfARegionIsNotAMinistry() {
        Entities entities = recognize("美国西北部遭遇暴雨。");
        assertFalse(entities.organizations().stream().anyMatch(o -> o.endsWith("西北部")), entities.toString());
        assertTrue(entities.places().contains("美国"), entities.toString());
    }

    @Test
    void japaneseNamesCutIntoPieces() {
        Entities entities = recognize("日本外相松本健太郎在今天出席了晚宴。主帅森田武治说，全队状态良好。");
        assertTrue(entities.persons().contains("松本健太郎"), entities.toString());
        assertTrue(entities.persons().contains("森田武治"), entities.toString());
        assertFalse(entities.persons().contains("森田武治说"), entities.toString());
    }

    @Test
    void transliteratedNamesJoinedByADot() {
        Entities entities = recognize("部长帕特里斯·卡涅埃出席了招待会，主任彼得·萨奥宣读了贺信。");
        assertTrue(entities.persons().contains("帕特里斯·卡涅埃"), entities.toString());
        assertTrue(entities.persons().contains("彼得·萨奥"), entities.toString());
    }

    @Test
    void transliteratedNameInManyPieces() {
        Entities entities = recognize("新闻发言人亚斯特任科斯基宣读了声明。");
        assertTrue(entities.persons().contains("亚斯特任科斯基"), entities.toString());
    }

    @Test
    void numbersCountThingsNotPeople() {
        Entities entities = recognize("他买了3张风景图片。");
        assertFalse(entities.persons().stream().anyMatch(p -> p.startsWith("张")), entities.toString());
    }

    @Test
    void ordinaryWordAfterATitleIsNotAName() {
        Entities entities = recognize("学校为教师宿舍安装了空调。");
        assertFalse(entities.persons().contains("宿舍"), entities.toString());
        assertFalse(recognize("汽车站司机王某正常上班。").persons().contains("王某"));
    }

    @Test
    void settlementsTheSegmenterTookForNames() {
        Entities entities = recognize("青海省曲沙莱县的牧民迎来了好年景，龙泉乡以北也是。");
        assertTrue(entities.places().contains("曲沙莱县"), entities.toString());
        assertTrue(entities.places().contains("龙泉乡"), entities.toString());
        assertFalse(entities.persons().contains("曲沙莱"), entities.toString());
    }

    @Test
    void townJoinedWithItsEndingAndItsCutFirstCharacter() {
        Entities entities = recognize("陕西凤岭县麦禾岭镇的农民种了小麦。他们来到大河口镇附近考察，后来搬到石峡县。");
        assertTrue(entities.places().contains("麦禾岭镇"), entities.toString());
        assertTrue(entities.places().contains("大河口镇"), entities.toString());
        assertTrue(entities.places().contains("石峡县"), entities.toString());
    }

    @Test
    void threeCharacterNamesCutBySegmenter() {
        Entities entities = recognize("著名实业家陈嘉淦故居在海边。女单主力叶钊影发挥稳定。");
        assertTrue(entities.persons().contains("陈嘉淦"), entities.toString());
        assertTrue(entities.persons().contains("叶钊影"), entities.toString());
    }

    @Test
    void placeOpeningAMinistryIsNotReportedAlone() {
        Entities entities = recognize("美国财政部长鲁巴今天表示。");
        assertTrue(entities.organizations().contains("美国财政部"), entities.toString());
        assertFalse(entities.places().contains("美国"), entities.toString());
        assertTrue(entities.persons().contains("鲁巴"), entities.toString()); // two sound characters right after a title
    }

    @Test
    void demonymNamesItsPlace() {
        Entities entities = recognize("欧盟决定由荷兰人出任行长。");
        assertTrue(entities.places().contains("荷兰"), entities.toString());
    }

    @Test
    void oneWordOfSoundCharactersIsAForeignName() {
        Entities entities = recognize("考泽曼先生给孩子们带来了书籍。");
        assertTrue(entities.persons().contains("考泽曼"), entities.toString());
        assertTrue(recognize("她今年的工资只有莫娜的一半。").persons().contains("莫娜"));
    }

    @Test
    void kindsOfPlaceAfterTheSentenceAreNotPlaces() {
        Entities entities = recognize("不少城市和全市街道都开展了活动。");
        assertFalse(entities.places().stream().anyMatch(p -> p.endsWith("城市") || p.endsWith("街道")), entities.toString());
    }

    @Test
    void departmentsNamedByTheirField() {
        Entities entities = recognize("内政部发言人说，民政厅和宣传部联合发文，营业厅照常营业。");
        assertTrue(entities.organizations().containsAll(List.of("内政部", "民政厅", "宣传部")), entities.toString());
        assertFalse(entities.organizations().contains("营业厅"), entities.toString());
    }

    @Test
    void nationalPrefixBeforeAStateBody() {
        Entities entities = recognize("国家新闻出版署昨天召开会议。");
        assertTrue(entities.organizations().contains("国家新闻出版署"), entities.toString());
    }

    @Test
    void unitRightAfterItsBody() {
        Entities entities = recognize("德国哥廷根大学医院的专家来访。随行的有省委宣传部两名干部。");
        assertTrue(entities.organizations().contains("德国哥廷根大学医院"), entities.toString());
        assertTrue(entities.organizations().contains("省委宣传部"), entities.toString());
    }

    @Test
    void countrysOneCharacterNameOpensItsBody() {
        Entities entities = recognize("缅宪法委员会昨天发表了声明。");
        assertTrue(entities.organizations().contains("缅宪法委员会"), entities.toString());
    }

    @Test
    void ranksCountsAndPeopleBeforeABodyAreNotItsName() {
        Entities entities = recognize("一级政府要负起责任。获得第一名的缅甸男队。他们学习毛泽东党建思想。");
        assertFalse(entities.organizations().stream().anyMatch(o -> o.contains("一级") || o.contains("第一名") || o.contains("毛泽东")),
                entities.toString());
        assertTrue(entities.organizations().contains("缅甸男队"), entities.toString());
    }

    @Test
    void associationsNamedAfterTheirMembers() {
        Entities entities = recognize("法国教师协会和江州青年志愿者协会举行宴会。");
        assertTrue(entities.organizations().contains("法国教师协会"), entities.toString());
        assertTrue(entities.organizations().contains("江州青年志愿者协会"), entities.toString());
    }

    @Test
    void worldRegionsAndCelestialBodiesArePlaces() {
        Entities entities = recognize("拉美国家和亚太地区受到关注。欧洲和非洲的科学家研究月球。");
        assertTrue(entities.places().containsAll(List.of("拉美", "亚太", "欧洲", "非洲", "月球")), entities.toString());
        assertFalse(entities.persons().contains("欧洲和"), entities.toString());
    }

    @Test
    void committeesNamedAfterTheirTask() {
        Entities entities = recognize("国务院海岛工作协调委员会和卫生部合作。大家协调委员会的工作。");
        assertTrue(entities.organizations().contains("国务院海岛工作协调委员会"), entities.toString());
        assertFalse(entities.organizations().stream().anyMatch(o -> o.startsWith("大家") || o.equals("协调委员会")), entities.toString());
    }

    @Test
    void foreignNameGluedToTheWordAfterIt() {
        Entities entities = recognize("市长弗查尔女士接见了访问团。");
        assertTrue(entities.persons().contains("弗查尔"), entities.toString());
        assertFalse(entities.persons().contains("弗查"), entities.toString());
    }

    @Test
    void foreignNameWhoseLastSoundOpensAClauseWord() {
        Entities entities = recognize("国防部长斯捷科申是新内阁的一员。");
        assertTrue(entities.persons().contains("斯捷科申"), entities.toString());
    }

    @Test
    void chineseNameEndingInARareMorpheme() {
        Entities entities = recognize("决赛中刘宏九段执白负于周伟棠八段。");
        assertTrue(entities.persons().contains("周伟棠"), entities.toString());
    }

    @Test
    void ministryNamedByTheFieldsItCovers() {
        Entities entities = recognize("会谈后，海洋科技经济合作部发布了公告。");
        assertTrue(entities.organizations().contains("海洋科技经济合作部"), entities.toString());
    }

    @Test
    void ministryNamedByFieldsBeforeItsMinistersTitle() {
        Entities entities = recognize("新任渔业和森林开发部长昨天抵达开罗。");
        assertTrue(entities.organizations().contains("渔业和森林开发部"), entities.toString());
        Entities withCountry = recognize("他会见了韩国产业资源部长。");
        assertTrue(withCountry.organizations().contains("韩国产业资源部"), withCountry.toString());
        assertFalse(withCountry.places().contains("韩国"), withCountry.toString());
    }

    @Test
    void sentenceNounsBeforeADepartmentStayOutOfItsName() {
        Entities entities = recognize("他说发展农村经济贸易部长们都同意。");
        assertTrue(entities.organizations().isEmpty(), entities.toString());
    }

    @Test
    void foreignNameGluedToTheTitleAfterIt() {
        Entities entities = recognize("肯尼亚的姆泽基副总统在宴会上致辞。");
        assertTrue(entities.persons().contains("姆泽基"), entities.toString());
    }

    @Test
    void foreignNameGluedToTheVerbOfSaying() {
        Entities entities = recognize("瓦杰纳伊称，会谈取得了进展。");
        assertTrue(entities.persons().contains("瓦杰纳伊"), entities.toString());
    }

    @Test
    void dottedNameOpenedByAWholeNameOrClosedByADictionaryWord() {
        Entities entities = recognize("英国宇航员汤姆斯·史坦森对记者表示，大臣卡洛维·海米拉也出席了。");
        assertTrue(entities.persons().contains("汤姆斯·史坦森"), entities.toString());
        assertTrue(entities.persons().contains("卡洛维·海米拉"), entities.toString());
    }

    @Test
    void conjunctionGluedToTheFirstOfTwoNames() {
        Entities entities = recognize("老工人刘长和陈志刚都来了。");
        assertTrue(entities.persons().contains("刘长"), entities.toString());
        assertTrue(entities.persons().contains("陈志刚"), entities.toString());
        assertFalse(entities.persons().contains("刘长和"), entities.toString());
    }

    @Test
    void nationalTeamOfACountry() {
        Entities entities = recognize("智利国家女篮今天出发前往欧洲。");
        assertTrue(entities.organizations().contains("智利国家女篮"), entities.toString());
        assertFalse(entities.places().contains("智利"), entities.toString());
    }

    @Test
    void stateUniversityNamedByItsState() {
        Entities entities = recognize("他在密歇根州立大学任教。");
        assertTrue(entities.organizations().contains("密歇根州立大学"), entities.toString());
        assertFalse(entities.places().contains("密歇根州"), entities.toString());
    }

    @Test
    void dashBetweenTwoNamePiecesJoinsThem() {
        Entities entities = recognize("英国众议员约翰—柯林在起飞前说。");
        assertTrue(entities.persons().contains("约翰—柯林"), entities.toString());
        assertFalse(entities.persons().contains("约翰"), entities.toString());
    }

    @Test
    void nameWithoutASurnameBeforeAnOffice() {
        assertTrue(recognize("素拉外长昨天会见了记者。").persons().contains("素拉"));
        Entities entities = recognize("昨天，素坤猜副总理说。");
        assertTrue(entities.persons().contains("素坤猜"), entities.toString());
        assertFalse(entities.persons().contains("素坤"), entities.toString());
    }

    @Test
    void commonVerbBeforeAnOfficeIsNotPartOfTheName() {
        Entities entities = recognize("他说王明任市长以后变了。");
        assertTrue(entities.persons().contains("王明"), entities.toString());
        assertFalse(entities.persons().contains("王明任"), entities.toString());
    }

    @Test
    void twoCharacterNameInSingleCharactersBeforeAnOffice() {
        Entities entities = recognize("接着有孟真院长发言。");
        assertTrue(entities.persons().contains("孟真"), entities.toString());
    }

    @Test
    void nameBeforeComradeOrInAListOfNames() {
        assertTrue(recognize("赵明之同志夫妇出席。").persons().contains("赵明之"));
        Entities entities = recognize("会上，许达、江之等人发了言。");
        assertTrue(entities.persons().containsAll(List.of("许达", "江之")), entities.toString());
    }

    @Test
    void surnameReadAsAMeasureWord() {
        Entities entities = recognize("老船工张孝明、张友亮父子驾船出海。");
        assertTrue(entities.persons().containsAll(List.of("张孝明", "张友亮")), entities.toString());
        assertFalse(recognize("他买了3张风景图片。").persons().stream().anyMatch(p -> p.startsWith("张")));
    }

    @Test
    void transliteratedNameBeforeAnAddress() {
        Entities entities = recognize("塔埃女士解释道。");
        assertTrue(entities.persons().contains("塔埃"), entities.toString());
        assertFalse(entities.places().contains("埃"), entities.toString()); // not Egypt's abbreviation
    }

    @Test
    void nameAfterADotTheSegmenterRecognised() {
        Entities entities = recognize("该国前首相米·甘地的女儿来访。");
        assertTrue(entities.persons().contains("米·甘地"), entities.toString());
    }

    @Test
    void transliterationSoundsThatAreAlsoSurnames() {
        assertTrue(recognize("总理若潘斯说。").persons().contains("若潘斯"));
    }

    @Test
    void nameAfterATitleDoesNotOpenABody() {
        Entities entities = recognize("太平洋舰队司令霍克海军少将带领编队访问。");
        assertTrue(entities.persons().contains("霍克"), entities.toString());
        assertFalse(entities.organizations().contains("霍克海军"), entities.toString());
    }

    @Test
    void officeOfANamedPersonIsNoOrganisation() {
        Entities entities = recognize("第二天他来到王立新办公室。");
        assertTrue(entities.persons().contains("王立新"), entities.toString());
        assertFalse(entities.organizations().contains("王立新办公室"), entities.toString());
    }

    @Test
    void foreignNameBeforeACountysEndingIsThePlace() {
        Entities entities = recognize("美国布伦伍德县的农场主说。");
        assertTrue(entities.places().contains("布伦伍德县"), entities.toString());
        assertFalse(entities.persons().contains("布伦伍德"), entities.toString());
    }

    @Test
    void companyNamedAfterAPerson() {
        Entities entities = recognize("卡萨诺公司的总裁说。");
        assertTrue(entities.organizations().contains("卡萨诺公司"), entities.toString());
        assertFalse(entities.persons().contains("卡萨诺"), entities.toString());
    }

    @Test
    void instituteShortNameEndsWithSuo() {
        Entities entities = recognize("他把仪器送给了兰州地质所，中国科学院化学所所长表示感谢。");
        assertTrue(entities.organizations().containsAll(List.of("兰州地质所", "中国科学院化学所")), entities.toString());
        assertFalse(entities.places().contains("兰州"), entities.toString());
        assertTrue(recognize("这是兰州所做的工作。").organizations().isEmpty()); // 所 before a verb is the particle
    }

    @Test
    void committeeOfTheUnitTheTextIsAbout() {
        assertTrue(recognize("会后，村委会决定修路。").organizations().contains("村委会"));
        assertTrue(recognize("纪委的同志找他谈话。").organizations().contains("纪委"));
        assertTrue(recognize("为了安置职工，厂党委提出兴办实体。").organizations().contains("厂党委"));
        assertTrue(recognize("为了安置职工，站党委提出新思路。").organizations().contains("站党委")); // 站 read as a verb
        assertTrue(recognize("各级村委会要重视这件事。").organizations().isEmpty());
        assertTrue(recognize("他在党委工作。").organizations().isEmpty()); // which unit's committee, the text does not say
    }

    @Test
    void bodyOfOneSessionOfAParty() {
        Entities entities = recognize("民盟第八届中央委员会召开会议。");
        assertTrue(entities.organizations().contains("民盟第八届中央委员会"), entities.toString());
    }

    @Test
    void headquartersOfANamedBody() {
        Entities entities = recognize("他在维也纳联合国总部发表讲话。");
        assertTrue(entities.organizations().contains("维也纳联合国总部"), entities.toString());
        assertFalse(recognize("湘江祥和燃气有限公司总部设在河西。").organizations().stream().anyMatch(o -> o.endsWith("总部")));
    }

    @Test
    void transliteratedNameBeforeAnOffice() {
        Entities entities = recognize("研究所的扬·莱多夫斯基副研究员说。");
        assertTrue(entities.persons().contains("扬·莱多夫斯基"), entities.toString());
        assertTrue(recognize("研究所的马·莱万多林副教授说。").persons().contains("马·莱万多林")); // 万 is a sound too
    }

    @Test
    void givenNameTaggedAsAVerbAfterASurnameAndATitle() {
        Entities entities = recognize("新当选的部长孙秉国和代表团会谈。");
        assertTrue(entities.persons().contains("孙秉国"), entities.toString());
    }

    @Test
    void borrowedWordReadAsAForeignNameIsNoPerson() {
        assertTrue(recognize("他开着一辆桑塔纳回家。").persons().isEmpty());
        assertTrue(recognize("外长桑塔纳说。").persons().contains("桑塔纳")); // after a title it is a name
    }

    @Test
    void hotelsAreOrganisations() {
        assertTrue(recognize("他住在北京饭店。").organizations().contains("北京饭店"));
    }

    @Test
    void routeNamedByThePlacesItJoins() {
        Entities entities = recognize("京沪高速公路通车了。");
        assertTrue(entities.places().contains("京沪高速公路"), entities.toString());
        assertFalse(entities.places().contains("京"), entities.toString());
    }

    @Test
    void countyWhoseFirstCharacterWasCutOff() {
        assertTrue(recognize("青海玛岭县受灾。").places().contains("玛岭县"));
    }

    @Test
    void regionOfAEuropeanCountry() {
        assertTrue(recognize("法国诺曼底大区的议员。").places().contains("诺曼底大区"));
    }

    @Test
    void dynastyIsATimeNotAPlace() {
        Entities entities = recognize("这座桥建于宋朝，清朝重修。");
        assertFalse(entities.places().contains("宋朝"), entities.toString());
        assertFalse(entities.places().contains("清朝"), entities.toString());
    }

    @Test
    void placeAndACharacterIsNoName() {
        assertTrue(recognize("他精通蒙古文。").persons().isEmpty());
    }

    @Test
    void factionNamedAfterAPersonGivesThePerson() {
        Entities entities = recognize("希拉克派议员投了反对票。");
        assertTrue(entities.persons().contains("希拉克"), entities.toString());
        assertFalse(entities.persons().contains("希拉克派"), entities.toString());
    }

    @Test
    void countryNamedInFullThenByItsFirstCharacter() {
        Entities entities = recognize("罗马尼亚议员昨天开会。新预算是罗政府提出的。");
        assertTrue(entities.places().contains("罗"), entities.toString());
        Entities alone = recognize("新预算是罗政府提出的。");
        assertFalse(alone.places().contains("罗"), alone.toString()); // no full name in the text: no short one
    }

    @Test
    void foreignNameSpeltOutInSingleSoundsWithoutATitle() {
        Entities entities = recognize("会后他见到了瑟佐姆夫和几位朋友。");
        assertTrue(entities.persons().contains("瑟佐姆夫"), entities.toString());
        Entities city = recognize("他去了城市佐斯莫沃，那里很美。");
        assertTrue(city.places().contains("佐斯莫沃"), city.toString());
        assertTrue(city.persons().isEmpty(), city.toString());
    }

    @Test
    void namesInAListClosedByAKindOfPlaceArePlaces() {
        Entities villages = recognize("洪水淹没了柯佐洛夫等3个村庄。");
        assertTrue(villages.places().contains("柯佐洛夫"), villages.toString());
        assertTrue(villages.persons().isEmpty(), villages.toString());
        Entities people = recognize("张立新、王海等3个村民受了伤。");
        assertTrue(people.persons().containsAll(List.of("张立新", "王海")), people.toString());
    }

    @Test
    void partsOfThingsTimesAndRepeatedVerbsAreNoNames() {
        for (String word : List.of("湖畔", "石顶", "残部", "分组", "汉代", "清末", "走走")) {
            assertFalse(ChinesePersonNames.isPlausibleChineseName(word), word);
        }
        for (String word : List.of("王丽", "王海", "金明", "明辉")) {
            assertTrue(ChinesePersonNames.isPlausibleChineseName(word), word);
        }
    }

    @Test
    void spelledOutNameCutBeforeItsLastSoundIsLeftAlone() {
        List<Term> cut = terms("推动/v", "泽/b", "斯/b", "罗/b", "克等/v", "企业/n");
        assertEquals(-1, TransliteratedNames.end(cut, 1, false));
        List<Term> whole = terms("见到/v", "瑟/ng", "佐/vg", "姆/x", "夫/ng", "和/cc");
        assertEquals(4, TransliteratedNames.end(whole, 1, false));
    }

    private static List<Term> terms(String... tagged) {
        return java.util.Arrays.stream(tagged).map(t -> new Term(t.split("/")[0], Nature.create(t.split("/")[1]))).toList();
    }

    @Test
    void bodiesNamedInQuotes() {
        assertTrue(recognize("县里成立了“抗旱保苗领导小组”。").organizations().contains("抗旱保苗领导小组"));
        assertTrue(recognize("澳门“晨光”合唱团昨天演出。").organizations().contains("澳门“晨光”合唱团"));
        assertTrue(recognize("这不是“中心”问题。").organizations().isEmpty());
    }

    @Test
    void unitsNamedByTheirField() {
        assertTrue(recognize("据港口管理局介绍，航班已恢复。").organizations().contains("港口管理局"));
        assertTrue(recognize("技术联络小组将开会。").organizations().contains("技术联络小组"));
        assertTrue(recognize("他在办公室等了很久。").organizations().isEmpty());
    }

    @Test
    void organOfAPartyOrParliamentJoinsIt() {
        assertTrue(recognize("民进中央举行会议。").organizations().contains("民进中央"));
        assertTrue(recognize("国会上院通过了法案。").organizations().contains("国会上院"));
        assertTrue(recognize("中央要求各地抓紧落实。").organizations().isEmpty());
    }

    @Test
    void nameReadAsANounBeforeAnOffice() {
        Entities entities = recognizer.recognize(List.of(terms("吕军/n", "副总裁/nnt", "说/v")), List.of());
        assertTrue(entities.persons().contains("吕军"), entities.toString());
        Entities noun = recognizer.recognize(List.of(terms("吕军/n", "进入/v", "城市/n")), List.of());
        assertTrue(noun.persons().isEmpty(), noun.toString());
    }

    @Test
    void nameBeforeAnUnknownTwoCharacterSettlementIsItsHead() {
        Entities entities = recognizer.recognize(List.of(terms("到达/v", "卡瓦拉/nr", "泽省/ns", "，/w")), List.of());
        assertTrue(entities.places().contains("卡瓦拉泽省"), entities.toString());
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void linAndBoAreTransliterationSounds() {
        Entities entities = recognize("这个球就是由马林斯曼传出的。");
        assertTrue(entities.persons().contains("马林斯曼"), entities.toString());
    }

    @Test
    void soundPiecesTheDictionaryHoldsBeforeAnAddress() {
        Entities entities = recognizer.recognize(List.of(terms("，/w", "瑟/ag", "科达/nz", "先生/n", "说/v")), List.of());
        assertTrue(entities.persons().contains("瑟科达"), entities.toString());
        Entities verb = recognizer.recognize(List.of(terms("，/w", "瑟/ag", "科达/v", "先生/n", "说/v")), List.of());
        assertFalse(verb.persons().contains("瑟科达"), verb.toString());
    }

    @Test
    void departmentBeforeTheOfficeOfSomeoneInIt() {
        assertTrue(recognize("物理系教授王丽说。").organizations().contains("物理系"));
        assertTrue(recognize("系里的教授说。").organizations().isEmpty());
    }

    @Test
    void bodiesInAListClosedByABodyNoun() {
        Entities entities = recognize("新区落地星海实业、苏州航科等企业。");
        assertTrue(entities.organizations().containsAll(List.of("星海实业", "苏州航科")), entities.toString());
        assertTrue(entities.places().isEmpty(), entities.toString());
        assertTrue(recognize("钢铁、化工等企业发展很快。").organizations().isEmpty());
        assertTrue(recognize("财政部、原轻工部等单位发来贺信。").organizations().contains("轻工部"));
    }

    @Test
    void lastSoundAndListMarkGluedToAPlaceAreCutOff() {
        List<Term> recut = GluedNameEndings.recut(terms("推动/v", "泽/b", "斯/b", "罗/b", "克等株洲/ns", "企业/n"));
        assertEquals(List.of("推动", "泽", "斯", "罗", "克", "等", "株洲", "企业"), recut.stream().map(t -> t.word).toList());
    }

    @Test
    void aContinentsTeamsAreManyTeams() {
        Entities entities = recognize("南美球队和亚洲球队都来了，非洲球队的打法更加直接。");
        assertFalse(entities.organizations().contains("南美球队"), entities.toString());
        assertFalse(entities.organizations().contains("非洲球队"), entities.toString());
        assertTrue(entities.places().containsAll(List.of("南美", "非洲")), entities.toString());
    }

    @Test
    void aPlacesCompaniesOrTroopsAreAKindOfBody() {
        Entities entities = recognize("一些美国公司表示欢迎，西藏部队也派人参加了救灾。");
        assertFalse(entities.organizations().contains("美国公司"), entities.toString());
        assertFalse(entities.organizations().contains("西藏部队"), entities.toString());
        assertTrue(entities.places().containsAll(List.of("美国", "西藏")), entities.toString());
        Entities named = recognize("巴伊亚州保险公司和秘鲁航空公司签订了协议。");
        assertTrue(named.organizations().containsAll(List.of("巴伊亚州保险公司", "秘鲁航空公司")), named.toString());
    }

    @Test
    void aUnitCutOffTheNounThatNamesIt() {
        Entities entities = recognize("今年，货币局还打算让审批更加透明，燕子也会在矿渣厂筑巢。");
        assertTrue(entities.organizations().containsAll(List.of("货币局", "矿渣厂")), entities.toString());
        Entities pointed = recognize("那个矿渣厂早已停产。");
        assertTrue(pointed.organizations().isEmpty(), pointed.toString());
        // named by an activity the segmenter tags as a verbal noun, which is no word of the sentence here
        Entities activity = recognize("冲锋时，爆破班的战士们在前面开路。去年，训练团的官兵在山区修路。");
        assertTrue(activity.organizations().containsAll(List.of("爆破班", "训练团")), activity.toString());
    }

    @Test
    void aMajorCountrysCharacterOpeningAClause() {
        Entities entities = recognize("他指出，俄将大力清理市场。");
        assertTrue(entities.places().contains("俄"), entities.toString());
        Entities preposition = recognize("会议以投票方式通过了决议。");
        assertFalse(preposition.places().contains("以"), preposition.toString());
    }

    @Test
    void aFrequentCommonNounReadAsAPlaceIsNone() {
        Entities entities = recognize("这对广大工薪阶层有益，家庭生活和军营生活都在变。");
        assertFalse(entities.places().contains("工薪阶层"), entities.toString());
        assertFalse(entities.places().contains("军营"), entities.toString());
        Entities places = recognize("游客们去了天安门，又去看了黄河。");
        assertTrue(places.places().containsAll(List.of("天安门", "黄河")), places.toString());
    }

    @Test
    void aNamesLastCharacterCutOffBeforeAVerb() {
        Entities entities = recognize("吴和森说，实验很顺利。");
        assertTrue(entities.persons().contains("吴和森"), entities.toString());
    }

    @Test
    void aSurnameThatEndsTheWordBeforeItIsNoName() {
        Entities entities = recognize("大家都在想如何利用好这笔钱。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void aNameEndingLikeASettlementIsNoPerson() {
        Entities entities = recognize("这位老人住在石峰区张家庄。");
        assertFalse(entities.persons().contains("张家庄"), entities.toString());
    }

    @Test
    void aFunctionWordAfterTheSubjectOpensNoName() {
        Entities entities = recognize("现在各家企业都加足马力生产。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void aQuotedSloganIsNoBody() {
        Entities entities = recognize("要确保“一个也不掉队”，让沿线商户“不掉队”。");
        assertTrue(entities.organizations().isEmpty(), entities.toString());
        Entities named = recognize("村里成立了“抗旱保苗领导小组”。");
        assertTrue(named.organizations().contains("抗旱保苗领导小组"), named.toString());
    }

    @Test
    void rareSurnameOpensANameOnlyWithACue() {
        assertTrue(recognize("各地推出国潮产品，战训结合，智造升级。").persons().isEmpty());
        assertTrue(recognize("村支书党志明介绍了情况。").persons().contains("党志明"));
        assertTrue(recognize("党志明同志介绍了情况。").persons().contains("党志明"));
    }

    @Test
    void bodyAfterTheSentencesConjunctionStandsAlone() {
        Entities entities = recognize("他先后就读于东南大学和西南师范大学。");
        assertTrue(entities.organizations().containsAll(List.of("东南大学", "西南师范大学")), entities.toString());
        assertEquals(2, entities.organizations().size(), entities.toString());
    }

    @Test
    void verbInsideAStatesOrABodysUnitName() {
        Entities entities = recognize("南开大学经管学院与中央编印出版社合作出书。");
        assertTrue(entities.organizations().containsAll(List.of("南开大学经管学院", "中央编印出版社")), entities.toString());
    }

    @Test
    void dictionaryWordOpenedByTheBodyItBelongsTo() {
        Entities entities = recognize("国务院办公厅发出通知。");
        assertTrue(entities.organizations().contains("国务院办公厅"), entities.toString());
        assertTrue(recognize("改造了一批体育馆、会展中心。").organizations().isEmpty());
    }

    @Test
    void countsAndWordsBeforeAConjunctionAreNoNames() {
        Entities entities = recognize("全县300余户农民受益，这在程序上没有问题，我们表示祝贺和感谢。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void commonSurnamesOpenNames() {
        Entities entities = recognize("洪志刚和赖小平参加了会议。");
        assertTrue(entities.persons().containsAll(List.of("洪志刚", "赖小平")), entities.toString());
    }

    @Test
    void ruralOrAmateurBodiesAreKinds() {
        Entities entities = recognize("今年农村信用社加大了贷款投放，业余学校也开学了。");
        assertTrue(entities.organizations().isEmpty(), entities.toString());
    }

    @Test
    void aPhotographersCreditIsNoPartOfTheName() {
        Entities entities = recognizer.recognize(List.of(terms("新建/v", "的/ude1", "大桥/n", "。/w", "宋林/nr", "摄/vg", "（/w", "本报/rz", "）/w")), List.of());
        assertEquals(List.of("宋林"), entities.persons());
    }

    @Test
    void aVerbWithItsComplementIsNoPartOfTheName() {
        Entities entities = recognizer.recognize(List.of(terms("，/w", "赵明/nr", "拉/v", "起/vf", "了/ule", "家常/n", "。/w")), List.of());
        assertEquals(List.of("赵明"), entities.persons());
        Entities aspect = recognizer.recognize(List.of(terms("，/w", "赵明/nr", "憋/v", "了/ule", "一/m", "股/q", "劲/n")), List.of());
        assertEquals(List.of("赵明"), aspect.persons());
    }

    @Test
    void anAdverbAndAVerbAfterATitleAreNoName() {
        Entities entities = recognizer.recognize(List.of(terms("书中/s", "的/ude1", "作家/nnt", "才会/nr", "这样/rzv", "写/v", "。/w")), List.of());
        assertEquals(List.of(), entities.persons());
        Entities completed = recognizer.recognize(List.of(terms("办公室/nis", "主任/nnt", "王有/nr", "恒/nz", "、/w", "副主任/nnt", "聂方红/nr")), List.of());
        assertTrue(completed.persons().contains("王有恒"), completed.toString());
    }

    @Test
    void aNicknameIsAName() {
        Entities entities = recognizer.recognize(List.of(terms("婚后/t", "的/ude1", "阿强/nr", "却/d", "经常/d", "出差/vi", "。/w")), List.of());
        assertEquals(List.of("阿强"), entities.persons());
        Entities foreign = recognizer.recognize(List.of(terms("部长/nnt", "卡洛/nr", "·/w", "阿苏/nr", "阿纳/nr", "、/w")), List.of());
        assertFalse(foreign.persons().contains("阿苏"), foreign.toString());
    }

    @Test
    void aDotPartsAForeignNameAfterATitleWhateverItsSounds() {
        Entities entities = recognizer.recognize(List.of(terms("友协/j", "秘书长/nnt", "宋/nz", "猜/v", "·/w", "乃/vg", "查/v", "蓬/ng", "表示/v", "，/w")), List.of());
        assertEquals(List.of("宋猜·乃查蓬"), entities.persons());
        Entities undotted = recognizer.recognize(List.of(terms("秘书长/nnt", "宋/nz", "猜/v", "乃/vg", "查/v", "。/w")), List.of());
        assertFalse(undotted.persons().contains("宋猜乃查"), undotted.toString());
    }

    @Test
    void aVerbAndItsComplementAreNoName() {
        for (String word : List.of("管好", "谈得", "储好")) {
            assertFalse(ChinesePersonNames.isPlausibleChineseName(word), word);
        }
        Entities entities = recognizer.recognize(List.of(terms("两/m", "家/q", "合作社/nis", "谈好/nr", "，/w", "计划/n", "开工/vi")), List.of());
        assertEquals(List.of(), entities.persons());
    }

    @Test
    void bodyNamedInSoundsBeforeItsEndingIsNoPerson() {
        Entities entities = recognize("美国萨莫利诺大学的教授和基里科夫基金会的代表出席了会议。他在纽约的加莫里特大学任教。");
        assertTrue(entities.organizations().containsAll(List.of("美国萨莫利诺大学", "基里科夫基金会", "加莫里特大学")), entities.toString());
        assertFalse(entities.persons().contains("萨莫利诺") || entities.persons().contains("基里科夫") || entities.persons().contains("加莫里特"),
                entities.toString());
    }

    @Test
    void bodyNamedByItsTaskAfterTheStateOrAPlace() {
        Entities entities = recognize("国家海洋监督管理委员会发布通知，株洲市林业和湿地保护局、攸县中西医结合医院也派人参加。");
        assertTrue(entities.organizations().containsAll(List.of("国家海洋监督管理委员会", "株洲市林业和湿地保护局", "攸县中西医结合医院")),
                entities.toString());
        assertEquals(List.of(), recognize("中国坚决支持委员会的工作。").organizations());
    }

    @Test
    void endingThatClosesAVerbNamesNoBody() {
        assertEquals(List.of(), recognize("会议对下一步工作作出了战略部署。").organizations());
    }

    @Test
    void aVerbOfSayingGluedToAGivenNameAfterATitleIsNoPartOfIt() {
        assertEquals(List.of("钱文"), recognize("县水利局局长钱文说，今年的雨水偏多。").persons());
    }

    @Test
    void theConjunctionBeforeACountOrAGroupIsNoPartOfTheName() {
        assertEquals(List.of("吴宗"), recognize("昨天清晨，吴宗和两名队友赶到了河边。").persons());
        assertEquals(List.of("吴宗"), recognize("那年冬天，吴宗和伙伴们修好了水渠。").persons());
    }

    @Test
    void aProperNounPieceAfterANameIsItsLastCharacter() {
        assertEquals(List.of("孙爱萍"), recognize("菜农孙爱萍乐呵呵地讲起了菜价。").persons());
    }

    @Test
    void aPhraseOfTwoParallelHalvesIsNoName() {
        assertEquals(List.of(), recognize("这家饭馆因季因势换了菜单。").persons());
        assertEquals(List.of(), recognize("夜校做到应学尽学，应考尽考。").persons());
        assertTrue(recognize("李和平和王胜利一起唱了歌。").persons().contains("李和平")); // the 和 after the name joins two names
    }

    @Test
    void aCityReadAsANameIsACity() {
        Entities entities = recognize("她是河北省钱东市人，今年二十岁。");
        assertEquals(List.of(), entities.persons());
        assertTrue(entities.places().contains("钱东市"), entities.toString());
    }

    @Test
    void anAdverbSurnameBeforeAVerbIsNoName() {
        assertEquals(List.of(), recognize("周末他常去河边钓鱼。").persons());
        assertEquals(List.of(), recognize("老人说，过日子全靠勤快。").persons());
    }

    @Test
    void aGivenNamesLastCharacterBeforeTheVerbOfSayingIsTheNames() {
        assertEquals(List.of("钱立文"), recognize("“这条路修好了。”村民钱立文说。").persons());
        assertEquals(List.of("邵军双"), recognize("镇农技站站长邵军双说，麦子长势很好。").persons());
    }

    @Test
    void aVerbOrAPartBeforeAKnownBodyIsNoPartOfItsName() {
        assertEquals(List.of("世贸组织"), recognize("几位学者联名要求世贸组织修改规则。").organizations());
        assertEquals(List.of("世贸组织"), recognize("夜里，部分世贸组织雇员离开了。").organizations());
    }
}
