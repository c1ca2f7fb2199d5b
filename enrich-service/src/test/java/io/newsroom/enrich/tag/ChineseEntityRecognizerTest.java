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
        assertTrue(ChineseEntityRecognizer.isPlausibleChineseName("何恩广"));
        assertTrue(ChineseEntityRecognizer.isPlausibleChineseName("欧阳修文"));
        assertFalse(ChineseEntityRecognizer.isPlausibleChineseName("那是"));
        assertFalse(ChineseEntityRecognizer.isPlausibleChineseName("余人"));
        assertFalse(ChineseEntityRecognizer.isPlausibleChineseName("何"));
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
}
