package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Entities;

/** Synthetic sentences written for these tests; the names are invented. */
class ChineseEntityRecognizerTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private Entities recognize(String text, String... authors) {
        return recognizer.recognize(ChineseSegmenter.paragraphs(text), List.of(authors));
    }

    @Test
    void setPhrasesOfTheNewsAreNoNames() {
        // 与 时俱进 and 精准 施策 cut by the segmenter read as people with the surnames 时 and 施
        Entities entities = recognize("各地坚持与时俱进，精准施策，应收尽收。");
        assertEquals(List.of(), entities.persons());
    }

    @Test
    void personAfterATitle() {
        Entities entities = recognize("会上，县委副书记聂方红，县人大常委会主任尚斌分别讲话。");
        assertTrue(entities.persons().contains("聂方红"), entities.toString());
        assertTrue(entities.persons().contains("尚斌"), entities.toString());
    }

    @Test
    void bylineAuthorsComeFirst() {
        Entities entities = recognize("王建明在会上指出，要抓好安全生产。", "邹家虎", "易楚瞳");
        assertEquals(List.of("邹家虎", "易楚瞳", "王建明"), entities.persons());
    }

    @Test
    void organisationIsExtendedToItsFullName() {
        Entities entities = recognize("记者从株洲新奥燃气有限公司了解到，春节期间营业厅照常营业。");
        assertTrue(entities.organizations().contains("株洲新奥燃气有限公司"), entities.toString());
        assertFalse(entities.organizations().contains("新奥燃气有限公司"), entities.toString());
        assertFalse(entities.organizations().stream().anyMatch(o -> o.startsWith("从")), entities.toString());
    }

    @Test
    void organisationEndingSplitBySegmenter() {
        Entities entities = recognize("他走访了长沙宏达机械制造有限责任公司。");
        assertTrue(entities.organizations().stream().anyMatch(o -> o.endsWith("机械制造有限责任公司") && o.length() > 10), entities.toString());
    }

    @Test
    void administrativePrefixBelongsToTheOrganisation() {
        Entities entities = recognize("市住建局发布了新的管理规定。");
        assertEquals(List.of("市住建局"), entities.organizations());
    }

    @Test
    void genericEndingsAreNotOrganisations() {
        Entities entities = recognize("相关部门和各级政府要关心干部，子公司和总部都要落实。");
        assertEquals(List.of(), entities.organizations());
    }

    @Test
    void placesWithAdministrativeEndings() {
        Entities entities = recognize("他来到湖南省株洲市石峰区，看望了当地群众。");
        assertTrue(entities.places().contains("石峰区"), entities.toString());
        assertTrue(entities.places().stream().anyMatch(p -> p.startsWith("株洲")), entities.toString());
    }

    @Test
    void namesAreDistinctInOrderOfFirstAppearance() {
        Entities entities = recognize("北京和上海的代表来到北京。\n上海代表说，北京很好。");
        assertEquals(List.of("北京", "上海"), entities.places());
    }

    @Test
    void governmentOfAPlaceIsReportedAsThePlace() {
        Entities entities = recognize("美国政府宣布了新的关税政策。");
        assertTrue(entities.places().contains("美国"), entities.toString());
        assertFalse(entities.organizations().contains("美国政府"), entities.toString());
    }

    @Test
    void plausibleNamesStartWithASurname() {
        assertTrue(ChinesePersonNames.isPlausibleChineseName("何恩广"));
        assertTrue(ChinesePersonNames.isPlausibleChineseName("欧阳修文"));
        assertFalse(ChinesePersonNames.isPlausibleChineseName("那是"));
        assertFalse(ChinesePersonNames.isPlausibleChineseName("余人"));
        assertFalse(ChinesePersonNames.isPlausibleChineseName("何"));
    }

    @Test
    void groupsNamedByAbbreviation() {
        // 城发 is an abbreviation the segmenter cuts into two characters read as verbs
        Entities entities = recognize("株洲城发集团以商贸物流为支撑，物流集团和北斗集团也在发展。");
        assertTrue(entities.organizations().containsAll(List.of("株洲城发集团", "物流集团", "北斗集团")), entities.toString());
    }

    @Test
    void nameAfterAFormerTitleOrARole() {
        Entities entities = recognize("他看望了市政协原主席曾雨农。市领导李余粮、易湘东一同慰问。");
        assertTrue(entities.persons().containsAll(List.of("曾雨农", "李余粮", "易湘东")), entities.toString());
    }

    @Test
    void honorificsAreNotNames() {
        Entities entities = recognize("商户李先生说，服务变好了。");
        assertFalse(entities.persons().contains("李先生"), entities.toString());
    }

    @Test
    void headlineRunningIntoADatelineStaysOutOfTheName() {
        // a headline set right before the byline, with no line break between them
        Entities entities = recognize("共叙鱼水深情株洲日报讯（全媒体记者/周蒿）新春佳节将至。");
        assertEquals(List.of("株洲日报"), entities.organizations());
    }

    @Test
    void kindsOfBodyAreNotInsideNames() {
        Entities entities = recognize("通过推动子公司管控体系建设子公司，理顺了集团与子公司间的权责边界。");
        assertEquals(List.of(), entities.organizations());
    }

    @Test
    void conjunctionInsideAnOrganisationName() {
        Entities entities = recognize("该项目获中国企业改革与发展研究会优秀案例。");
        assertTrue(entities.organizations().contains("中国企业改革与发展研究会"), entities.toString());
    }

    @Test
    void transliteratedNamesCutByTheSegmenterAreJoined() {
        Entities entities = recognize("外交部长托马尔科夫与来访的卡维拉诺夫举行会谈。");
        assertTrue(entities.persons().stream().anyMatch(p -> p.endsWith("科夫") && p.length() >= 4), entities.toString());
        assertTrue(entities.persons().stream().noneMatch(p -> p.length() <= 2 && "托马尔科夫卡维拉诺夫".contains(p)), entities.toString());
    }

    @Test
    void formsOfAddressAndFunctionWordsAreNotPeople() {
        Entities entities = recognize("王某和郑某被带走，金教授和李大娘向我们讲述了经过，他和群众一起干。");
        assertTrue(entities.persons().stream().noneMatch(p -> p.endsWith("某") || p.endsWith("教授") || p.endsWith("大娘")), entities.toString());
        assertFalse(entities.persons().contains("和群众"), entities.toString());
        assertFalse(entities.persons().contains("向我们"), entities.toString());
    }

    @Test
    void organisationAbbreviationsAreOrganisations() {
        Entities entities = recognize("中科院和世行的专家出席了会议。");
        assertTrue(entities.organizations().contains("中科院"), entities.toString());
        assertTrue(entities.organizations().contains("世行"), entities.toString());
    }

    @Test
    void suoAndBanAloneEndNoOrganisation() {
        Entities entities = recognize("正如张明所说，他率部办了三件实事。");
        assertTrue(entities.organizations().isEmpty(), entities.toString());
    }

    @Test
    void bylineNamesRunTogetherAreNotANewPerson() {
        Entities entities = recognize("周海邹家明报道，会议在市里召开。", "周海", "邹家明");
        assertEquals(List.of("周海", "邹家明"), entities.persons());
    }

    @Test
    void aBodySigningTheArticleIsNotAPerson() {
        Entities entities = recognize("归途的步履匆匆。", "本报编辑部");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void namedFacilitiesArePlaces() {
        Entities entities = recognize("代表团抵达开罗机场，随后前往天安门广场。");
        assertTrue(entities.places().contains("开罗机场"), entities.toString());
        assertTrue(entities.places().contains("天安门广场"), entities.toString());
    }

    @Test
    void aCommonWordAndOneCharacterIsNoName() {
        Entities entities = recognize("这是改革的关键一招。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void surnameCharactersBeforeCommonWordsAreNoNames() {
        Entities entities = recognize("这款无人车由中国企业研发，车安全性能好，车后有摄像头，大家在石柱前合影。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
        assertTrue(recognize("李和平和王胜利在会上发言。").persons().containsAll(List.of("李和平", "王胜利")));
    }

    @Test
    void kindsOfBodyAreNamedByWhatPrecedesThem() {
        Entities entities = recognize("联合国水资源规划署和江州污水处理厂的代表来到营业厅。");
        assertTrue(entities.organizations().contains("联合国水资源规划署"), entities.toString());
        assertFalse(entities.organizations().contains("联合国"), "the shorter name inside the longer one: " + entities);
        assertTrue(entities.organizations().contains("江州污水处理厂"), entities.toString());
        assertFalse(entities.organizations().contains("营业厅"), entities.toString());
    }

    @Test
    void nameBeforeAFormOfAddress() {
        Entities entities = recognize("那天贺林同志不在家，我们去看望了他。");
        assertTrue(entities.persons().contains("贺林"), entities.toString());
    }

    @Test
    void anyNameRightAfterATitle() {
        Entities entities = recognize("研究所副所长龚荣之在开幕式上讲话，外交部副部长萨伯斯前往汉城。");
        assertTrue(entities.persons().contains("龚荣之"), entities.toString());
        assertTrue(entities.persons().contains("萨伯斯"), entities.toString());
    }

    @Test
    void lastCharacterOfANameReadAsAWord() {
        Entities entities = recognize("协会会长罗昊才主持仪式，而不是像陈启同、王宝林那样。");
        assertTrue(entities.persons().contains("罗昊才"), entities.toString());
        assertTrue(entities.persons().contains("陈启同"), entities.toString());
        assertFalse(entities.persons().contains("罗昊"), entities.toString());
    }

    @Test
    void aCountrysTeamIsAnOrganisation() {
        Entities entities = recognize("决赛中她战胜了越南女队，日本代表团也来观战。");
        assertTrue(entities.organizations().contains("越南女队"), entities.toString());
        assertTrue(entities.organizations().contains("日本代表团"), entities.toString());
    }

    @Test
    void rolesAndKindsOfInstitutionAreNoOrganisations() {
        Entities entities = recognize("年轻干部要带头，保险公司和航空公司也参加了。");
        assertEquals(List.of(), entities.organizations());
    }

    @Test
    void institutionsTheSegmenterKnowsAndPlacesInsideThem() {
        Entities entities = recognize("世界银行的代表说，英国驻华使馆的官员也出席了。");
        assertTrue(entities.organizations().containsAll(List.of("世界银行", "英国驻华使馆")), entities.toString());
        assertFalse(entities.places().contains("华"), entities.toString());
    }

    @Test
    void governmentsAreTheirPlacesAndStateBodiesAreOrganisations() {
        Entities entities = recognize("市政府表示同意。罗文达新政府成立后，国会通过了预算，海军副司令员出席了仪式。");
        assertEquals(List.of("国会", "海军"), entities.organizations());
        assertTrue(entities.persons().contains("罗文达"), entities.toString());
    }

    @Test
    void aUnitJoinsTheBodyNamedBeforeIt() {
        Entities entities = recognize("他在耶鲁大学海洋科学学院任教多年。");
        assertEquals(List.of("耶鲁大学海洋科学学院"), entities.organizations());
    }

    @Test
    void numberedUnitsKeepTheirNumber() {
        Entities entities = recognize("他是北京八十七中学的老师。");
        assertTrue(entities.organizations().contains("北京八十七中学"), entities.toString());
    }

    @Test
    void aMinistersTitleNamesTheMinistry() {
        Entities entities = recognize("司法部长说，美国财政部长也来了，副部长没有来。");
        assertTrue(entities.organizations().containsAll(List.of("司法部", "美国财政部")), entities.toString());
        assertEquals(2, entities.organizations().size(), entities.toString());
    }

    @Test
    void functionCharactersAreNoGivenName() {
        assertFalse(ChinesePersonNames.isPlausibleChineseName("钱未收"));
        assertFalse(ChinesePersonNames.isPlausibleChineseName("关时慢"));
        assertTrue(ChinesePersonNames.isPlausibleChineseName("钱文成"));
    }

    @Test
    void newspapersAndMagazines() {
        Entities entities = recognize("据纽约时报报道，美国《时代》周刊也说，埃及新闻报发表了文章。他把情况向上级报告。");
        assertTrue(entities.organizations().containsAll(List.of("纽约时报", "美国《时代》周刊", "埃及新闻报")), entities.toString());
        assertEquals(3, entities.organizations().size(), entities.toString());
    }

    @Test
    void theSentenceBeforeAnEndingIsNoPartOfTheName() {
        Entities entities = recognize("他刚出医院就去了。主席团向各参赛队致意。整个海军都在训练。");
        assertEquals(List.of("海军"), entities.organizations());
    }

    @Test
    void kindsOfPlaceAndDirectionsAreNoPlaces() {
        Entities entities = recognize("西方国家关注街道和开发区的小城镇建设，他去了株洲。");
        assertEquals(List.of("株洲"), entities.places());
    }

    @Test
    void centralInstitutionsAndPerformingCompanies() {
        Entities entities = recognize("他在中央党校学习过，中央气象台发布预报，总政话剧团演出了节目，中央部门要带头。");
        assertEquals(List.of("中央党校", "中央气象台", "总政话剧团"), entities.organizations());
    }

    @Test
    void aCountryStartingLikeAPrepositionKeepsItsFirstCharacter() {
        Entities entities = recognize("挪威工党领导人发表了讲话。");
        assertEquals(List.of("挪威工党"), entities.organizations());
    }
}
