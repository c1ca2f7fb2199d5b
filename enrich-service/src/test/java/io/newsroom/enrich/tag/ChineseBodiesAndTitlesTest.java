package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Entities;

/**
 * Missions, world bodies, courts, sessions, kinds of body, titles and counts. The sentences were
 * written for these tests; the people in them are invented, the bodies and places general knowledge.
 */
class ChineseBodiesAndTitlesTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private Entities recognize(String text) {
        return recognizer.recognize(ChineseSegmenter.paragraphs(text), List.of());
    }

    @Test
    void missionNamedByCountryAndHostIsOneBody() {
        Entities entities = recognize("中国驻美国大使馆发表声明，中国人民解放军驻香港部队举行开放日活动。");
        assertTrue(entities.organizations().containsAll(List.of("中国驻美国大使馆", "中国人民解放军驻香港部队")), entities.toString());
        assertFalse(entities.places().contains("美国"), entities.toString());
    }

    @Test
    void worldBodiesNamedByTheirField() {
        Entities entities = recognize("世界旅游组织和亚洲足球联合会签署了合作协议。");
        assertTrue(entities.organizations().containsAll(List.of("世界旅游组织", "亚洲足球联合会")), entities.toString());
        // mid-sentence, where the segmenter reads 国际 and 世界 as nouns like the fields after them
        Entities inside = recognize("他说，国际海事组织已经同意，代表们将参加世界旅游组织会议。");
        assertTrue(inside.organizations().containsAll(List.of("国际海事组织", "世界旅游组织")), inside.toString());
        Entities kind = recognize("为灾民和国际人道主义组织的救援创造条件。");
        assertTrue(kind.organizations().isEmpty(), kind.toString());
    }

    @Test
    void agencyOfAKnownBodyNamedByItsField() {
        Entities entities = recognize("联合国人口基金和联合国粮食及农业组织发表报告，联合国艾滋病联合规划署主任出席。");
        assertTrue(entities.organizations().containsAll(List.of("联合国人口基金", "联合国粮食及农业组织", "联合国艾滋病联合规划署")),
                entities.toString());
        assertFalse(entities.organizations().contains("联合国"), entities.toString());
    }

    @Test
    void bodyOfTwoCountriesIsOneName() {
        Entities entities = recognize("中日友好协会会长、中韩友协代表和德中委员会主席出席了中国日本友好协会的招待会。");
        assertTrue(entities.organizations().containsAll(List.of("中日友好协会", "中韩友协", "德中委员会", "中国日本友好协会")),
                entities.toString());
        assertFalse(entities.places().contains("中国"), entities.toString());
    }

    @Test
    void jointTeamOfCountriesIsOneName() {
        Entities entities = recognize("中国、尼泊尔联合登山队出发了，中俄联合工作组和中美联合调查组也举行了会议。");
        assertTrue(entities.organizations().containsAll(List.of("中国、尼泊尔联合登山队", "中俄联合工作组", "中美联合调查组")),
                entities.toString());
        assertFalse(entities.places().contains("尼泊尔"), entities.toString());
    }

    @Test
    void courtsKeepTheirLevelAndNumber() {
        Entities entities = recognize("贵州省高级人民法院和大连市第一中级人民法院审结了两起案件。");
        assertTrue(entities.organizations().containsAll(List.of("贵州省高级人民法院", "大连市第一中级人民法院")), entities.toString());
    }

    @Test
    void twoDigitOrdinalCutByTheSegmenter() {
        Entities entities = recognize("北京市第二十七中学的学生参加了义务劳动。");
        assertTrue(entities.organizations().contains("北京市第二十七中学"), entities.toString());
    }

    @Test
    void nationalFederationKeepsItsNationalPrefix() {
        Entities entities = recognize("全国青联和全国学联共同举办纪念活动。");
        assertTrue(entities.organizations().containsAll(List.of("全国青联", "全国学联")), entities.toString());
    }

    @Test
    void sessionOpensTheCongressName() {
        Entities entities = recognize("第八届全国人民代表大会第三次会议在北京召开。");
        assertTrue(entities.organizations().contains("第八届全国人民代表大会"), entities.toString());
    }

    @Test
    void partiesCentralCommitteesAndParliamentHouses() {
        Entities entities = recognize("民建中央和民盟中央联合举办座谈会，国会下院通过了预算案。");
        assertTrue(entities.organizations().containsAll(List.of("民建中央", "民盟中央", "国会下院")), entities.toString());
    }

    @Test
    void bodiesOfAKindAreNoNames() {
        Entities entities = recognize("各级工会要关心职工生活，这是一所综合性大学。");
        assertTrue(entities.organizations().isEmpty(), entities.toString());
    }

    @Test
    void wellKnownBodiesAndRegions() {
        Entities entities = recognize("中国证监会和中国红十字会的代表出席，香港特别行政区政府发言人表示欢迎。");
        assertTrue(entities.organizations().containsAll(List.of("中国证监会", "中国红十字会")), entities.toString());
        assertTrue(entities.places().contains("香港特别行政区"), entities.toString());
    }

    @Test
    void playersRolesAndRanksAreTitles() {
        Entities entities = recognize("二传手吴丽华发挥出色，名将鲍里斯·卡明斯基也来了。");
        assertTrue(entities.persons().containsAll(List.of("吴丽华", "鲍里斯·卡明斯基")), entities.toString());
        assertFalse(entities.persons().contains("鲍里斯"), entities.toString());
    }

    @Test
    void royalTitleAfterANameMarksItAndIsNoPlace() {
        Entities entities = recognize("文德天皇出席了宴会，查尔斯王子访问了香港。");
        assertTrue(entities.persons().containsAll(List.of("文德", "查尔斯")), entities.toString());
        assertFalse(entities.places().contains("王子"), entities.toString());
    }

    @Test
    void prepositionGluedToAKnownNameAndSurnameReadAsAName() {
        Entities entities = recognize("向雷锋同志学习，冼星海创作的歌曲激励了一代人。");
        assertTrue(entities.persons().containsAll(List.of("雷锋", "冼星海")), entities.toString());
        assertFalse(entities.persons().contains("向雷锋"), entities.toString());
    }

    @Test
    void wordsGluedToNamesBeforeBodiesAndAdverbs() {
        Entities entities = recognize("赛后，辽宁队的王铁和大连队的队员都接受了采访，佩雷斯和阿拉法特都没有出席。");
        assertTrue(entities.persons().containsAll(List.of("王铁", "阿拉法特")), entities.toString());
        assertTrue(entities.organizations().contains("大连队"), entities.toString());
        assertFalse(entities.organizations().contains("王铁和大连队"), entities.toString());
    }

    @Test
    void ranksAreNoBodies() {
        Entities entities = recognize("两名选手分获冠亚军。");
        assertTrue(entities.organizations().isEmpty(), entities.toString());
    }

    @Test
    void givenNameWithACharacterThatOftenOpensAVerb() {
        Entities entities = recognize("李庄村党委书记史来贺带领村民致富。");
        assertTrue(entities.persons().contains("史来贺"), entities.toString());
    }

    @Test
    void countsAndTimesAreNoNames() {
        Entities entities = recognize("共帮助困难职工万余人，议会将于下周审议。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void foreignNameWhereSomethingIsHeldIsThePlace() {
        Entities entities = recognize("比赛在库尔马约尔举行，来自各国的选手参加。");
        assertTrue(entities.places().contains("库尔马约尔"), entities.toString());
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void bylineEndsAtItsFirstNonName() {
        assertTrue(BylineNames.in("记者看到，石油化工、黄金珠宝等门店顾客盈门。").isEmpty());
        assertTrue(BylineNames.in("（记者 周明远 邹家宏）本报讯").containsAll(List.of("周明远", "邹家宏")));
    }

    @Test
    void cupNamedAfterABodyOrSponsorNamesIt() {
        Entities entities = recognize("第五届“鑫茂杯”全国围棋赛今天开幕。");
        assertTrue(entities.organizations().equals(List.of("鑫茂")), entities.toString());
        // a cup named by a common word or after a person names no body
        Entities none = recognize("他在世界杯和戴维斯杯上都打得不错，还获得金杯。");
        assertTrue(none.organizations().isEmpty(), none.toString());
    }

    @Test
    void hopeSchoolKeepsTheNameBeforeIt() {
        Entities entities = recognize("金穗希望小学落成，这所希望小学有六个班。");
        assertTrue(entities.organizations().equals(List.of("金穗希望小学")), entities.toString());
    }

    @Test
    void twoNamesJoinedByADashNameOneFirm() {
        Entities entities = recognize("他们与华星—海川集团签订了合同。");
        assertTrue(entities.organizations().equals(List.of("华星—海川集团")), entities.toString());
    }

    @Test
    void bodyNamedInFullThenByItsShortForm() {
        Entities airline = recognize("秘鲁航空公司宣布开辟新航线，秘航的首班飞机下月起飞。");
        assertTrue(airline.organizations().containsAll(List.of("秘鲁航空公司", "秘航")), airline.toString());
        // the firm's own name alone, though the segmenter reads it as a person's
        Entities firm = recognize("他们收购了华诺汽车公司，华诺是一家老牌车厂。");
        assertTrue(firm.organizations().contains("华诺"), firm.toString());
        assertTrue(firm.persons().isEmpty(), firm.toString());
        // an ordinary word is no short form
        Entities verb = recognize("上海交通大学的学生上交了作业。");
        assertTrue(verb.organizations().equals(List.of("上海交通大学")), verb.toString());
    }

    @Test
    void hospitalNumberedWithinAUniversityNamedByItsShortForm() {
        Entities entities = recognize("患者转到华西医大二院接受了手术。");
        assertTrue(entities.organizations().equals(List.of("华西医大二院")), entities.toString());
    }

    @Test
    void countriesListedBeforeATeamWordAreTeams() {
        Entities entities = recognize("决赛在巴西和阿根廷队之间进行，日本、韩国男队也参加了比赛。");
        assertTrue(entities.organizations().equals(List.of("巴西", "阿根廷队", "日本", "韩国男队")), entities.toString());
        assertTrue(entities.places().isEmpty(), entities.toString());
    }

    @Test
    void countedCountriesBeforeATeamWordNameNoTeam() {
        Entities entities = recognize("中国男排将参加在上海举行的四国男排对抗赛。");
        assertTrue(entities.organizations().equals(List.of("中国男排")), entities.toString());
        assertTrue(entities.places().equals(List.of("上海")), entities.toString());
    }

    @Test
    void cupNamedAfterAPlaceNamesThePlace() {
        Entities entities = recognize("他们捧得了黄山杯。");
        assertTrue(entities.places().equals(List.of("黄山")), entities.toString());
        assertTrue(entities.persons().isEmpty() && entities.organizations().isEmpty(), entities.toString());
    }
}
