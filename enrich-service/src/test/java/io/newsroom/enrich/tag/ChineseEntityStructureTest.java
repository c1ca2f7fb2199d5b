package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Entities;

/**
 * How names are assembled from the segmenter's pieces: branch units, numbered units, conjunctions
 * glued to a name. The sentences were written for these tests (the people and bodies in them are
 * invented or used as general knowledge).
 */
class ChineseEntityStructureTest {

    private final ChineseEntityRecognizer recognizer = new ChineseEntityRecognizer();

    private Entities recognize(String text) {
        return recognizer.recognize(ChineseSegmenter.paragraphs(text), List.of());
    }

    @Test
    void branchUnitAfterItsBodyAndPlace() {
        Entities entities = recognize("新华社香港分社社长出席了招待会，武警北京总队和中国科学院上海分院也派人参加。");
        assertTrue(entities.organizations().containsAll(List.of("新华社香港分社", "武警北京总队", "中国科学院上海分院")),
                entities.toString());
        assertFalse(entities.places().contains("香港"), entities.toString());
    }

    @Test
    void officeOfAPlacesGovernmentIsABody() {
        Entities entities = recognize("据日政府新闻局通报，广东省人民政府办公厅和香港特区政府新闻处也发表了声明。");
        assertTrue(entities.organizations().containsAll(List.of("日政府新闻局", "广东省人民政府办公厅", "香港特区政府新闻处")),
                entities.toString());
        assertFalse(entities.places().contains("日"), entities.toString());
        Entities government = recognize("日本政府发言人说，政府办公厅已收到报告。");
        assertTrue(government.organizations().isEmpty(), government.toString());
    }

    @Test
    void rankGluedToATeamsCountryIsNoPartOfIt() {
        Entities entities = recognize("c组第二名缅甸女队和a组第一名日本男队都已出线，b组第二名越南女队被淘汰。");
        assertTrue(entities.organizations().containsAll(List.of("缅甸女队", "越南女队")), entities.toString());
        assertFalse(entities.organizations().stream().anyMatch(o -> o.contains("名")), entities.toString());
    }

    @Test
    void placesTeamInASportKeepsItsSponsor() {
        Entities entities = recognize("红塔天津象棋女队战胜了上海篮球女队。");
        assertTrue(entities.organizations().containsAll(List.of("红塔天津象棋女队", "上海篮球女队")), entities.toString());
        assertTrue(entities.places().isEmpty(), entities.toString());
    }

    @Test
    void olympicCommitteeOfACountry() {
        Entities entities = recognize("中国奥委会主席出席仪式。");
        assertTrue(entities.organizations().contains("中国奥委会"), entities.toString());
    }

    @Test
    void unitNumberedWithinItsPlaceOrBody() {
        Entities entities = recognize("吉林省长春市第一汽车制造厂和天津市第一中心医院签约，武汉钢铁公司第三炼钢厂也参加。");
        assertTrue(entities.organizations().containsAll(List.of("吉林省长春市第一汽车制造厂", "天津市第一中心医院", "武汉钢铁公司第三炼钢厂")),
                entities.toString());
        Entities counted = recognize("这是全国第一家股份制公司，花旗是美国第二大银行。");
        assertFalse(counted.organizations().stream().anyMatch(o -> o.contains("第")), counted.toString());
    }

    @Test
    void countryNamedInFullThenShortenedInAPair() {
        Entities entities = recognize("卢旺达总统访问北京。会谈中，卢中两国领导人同意加强合作。");
        assertTrue(entities.places().containsAll(List.of("卢旺达", "卢", "中")), entities.toString());
        Entities unnamed = recognize("会谈中，卢中两国领导人同意加强合作。");
        assertFalse(unnamed.places().contains("卢"), unnamed.toString());
    }

    @Test
    void partyGluedToTheConjunctionAfterIt() {
        Entities entities = recognize("巴基斯坦人民党和穆斯林联盟展开竞选，在党和政府的关怀下生活改善。");
        assertTrue(entities.organizations().containsAll(List.of("巴基斯坦人民党", "穆斯林联盟")), entities.toString());
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void coalitionGovernmentFormedByAPartyIsNoName() {
        Entities entities = recognize("工人党和社会党组成联合政府。");
        assertFalse(entities.organizations().stream().anyMatch(o -> o.contains("政府")), entities.toString());
    }

    @Test
    void peoplesCongressCommitteeStandingAlone() {
        Entities entities = recognize("她常常住在天津，参加人大常委会的会议。");
        assertTrue(entities.organizations().contains("人大常委会"), entities.toString());
    }

    @Test
    void nextStepOfAnAddressWhateverTheSegmenterMadeOfIt() {
        Entities entities = recognize("浙江省湖州市南浔区双林镇蔡家兜村的农民种桑养蚕，河北省井岭县南障城镇的村民在修路。");
        assertTrue(entities.places().containsAll(List.of("蔡家兜村", "南障城镇", "井岭县")), entities.toString());
        assertFalse(entities.persons().contains("蔡家"), entities.toString());
    }

    @Test
    void settlementsListedWithTheSameEnding() {
        Entities entities = recognize("洪水淹没了沙河乡、石桥乡和古城乡的农田。");
        assertTrue(entities.places().containsAll(List.of("沙河乡", "石桥乡", "古城乡")), entities.toString());
        assertTrue(recognize("他们关注城乡和城镇的发展。").places().isEmpty());
        // 与 joins the items of a list as 和 does
        Entities pair = recognize("暴雨过后，石桥乡与古城乡的道路都已抢通。");
        assertTrue(pair.places().containsAll(List.of("石桥乡", "古城乡")), pair.toString());
    }

    @Test
    void ethnicAutonomousCountyIsOnePlace() {
        Entities entities = recognize("在青江土家族自治县，山区交通不便。");
        assertTrue(entities.places().contains("青江土家族自治县"), entities.toString());
        assertFalse(entities.places().contains("青江"), entities.toString());
    }

    @Test
    void foreignSpeakerOpeningAClause() {
        Entities entities = recognize("谈到合作前景，塔纳说，双方还有很大空间。卡莫罗表示，谈判将继续。");
        assertTrue(entities.persons().containsAll(List.of("塔纳", "卡莫罗")), entities.toString());
        Entities words = recognize("他特别说明了情况。南非表示欢迎。");
        assertTrue(words.persons().isEmpty(), words.toString());
    }

    @Test
    void rareSurnameOpensTheSpeakersName() {
        assertTrue(recognize("会后，展秀岚说，比赛很激烈。").persons().contains("展秀岚"));
        assertTrue(recognize("会后，展秀岚的表现很好。").persons().isEmpty());
    }

    @Test
    void landmarkNamedAfterThePlaceItStandsIn() {
        Entities entities = recognize("我们登上了泰山玉皇顶，又来到琅琊山醉翁亭和鼓浪屿日光岩。");
        assertTrue(entities.places().containsAll(List.of("泰山", "玉皇顶", "醉翁亭", "日光岩")), entities.toString());
        assertTrue(recognize("灵隐寺和雷峰塔吸引了大量游客。").persons().isEmpty());
    }

    @Test
    void placeBetweenAVerbOfGoingAndAnAreaWord() {
        Entities entities = recognize("两名青年到吞沙里一带找工作。");
        assertTrue(entities.places().contains("吞沙里"), entities.toString());
        assertTrue(recognize("他们到工厂附近散步。").places().isEmpty());
    }

    @Test
    void wordListedAmongBodiesIsABody() {
        Entities entities = recognize("民革、民盟、民建、民进的负责人出席，财政部、人民银行和海关总署联合发文。");
        assertTrue(entities.organizations().containsAll(List.of("民建", "人民银行")), entities.toString());
        Entities kinds = recognize("财政部、海关总署和有关部门、企业参加。");
        assertFalse(kinds.organizations().contains("企业"), kinds.toString());
    }

    @Test
    void unitNamedByItsFieldAfterItsBody() {
        Entities entities = recognize("市环境保护局执法大队查处了这家企业。");
        assertTrue(entities.organizations().contains("市环境保护局执法大队"), entities.toString());
        Entities sentence = recognize("外交部发言人今天说，财政部有关部门正在研究。");
        assertFalse(sentence.organizations().stream().anyMatch(o -> o.length() > 3), sentence.toString());
    }

    @Test
    void departmentCutOffItsFieldAsAMeasureWord() {
        assertTrue(recognize("工人们把意见反映给法律部，很快得到答复。").organizations().contains("法律部"));
        assertTrue(recognize("他从一部电影里得到启发，这部法律部分条款需要修改。").organizations().isEmpty());
    }

    @Test
    void bylineNameEndsBeforeWhatTheReporterDid() {
        assertTrue(BylineNames.in("新华社记者赵明报道，联合国安理会昨天通过决议。").equals(List.of("赵明")),
                BylineNames.in("新华社记者赵明报道，联合国安理会昨天通过决议。").toString());
    }

    @Test
    void surnameAloneBeforeAGivenNameReadAsANoun() {
        Entities entities = recognize("我们从蒋英才的日记中读到了那段往事，这篇报道写的是蒋金牌的故事。");
        assertTrue(entities.persons().containsAll(List.of("蒋英才", "蒋金牌")), entities.toString());
        Entities morpheme = recognize("他最爱读《刘成与李花花》。");
        assertTrue(morpheme.persons().contains("李花花"), morpheme.toString());
        Entities door = recognize("阮家门前有一棵大树。");
        assertTrue(door.persons().isEmpty(), door.toString());
    }

    @Test
    void nameLastCharacterGluedToDeBeforeANoun() {
        Entities entities = recognize("熟悉赵立真的人都说，他做事一向认真。");
        assertTrue(entities.persons().contains("赵立真"), entities.toString());
        Entities adverb = recognize("大家觉得王刚真的很努力。");
        assertTrue(adverb.persons().equals(List.of("王刚")), adverb.toString());
    }

    @Test
    void reportersOfADatelineBylineWhateverTheirSurnames() {
        Entities entities = recognize("会议开幕。本报东京5月3日电记者靖永杰、笪晓风报道：两国代表今天在东京举行会谈。");
        assertTrue(entities.persons().containsAll(List.of("靖永杰", "笪晓风")), entities.toString());
        Entities sentence = recognize("此事经本报记者调查报道后引起关注。");
        assertTrue(sentence.persons().isEmpty(), sentence.toString());
    }

    @Test
    void nameLastCharacterReadAsAComplementBeforeAPreposition() {
        Entities entities = recognize("杜立起从老乡那里听说了情况，他决定去看一看。");
        assertTrue(entities.persons().equals(List.of("杜立起")), entities.toString());
    }

    @Test
    void measureWordAfterARoughNumberIsNoSurname() {
        Entities entities = recognize("这座电视塔有三百多米高，是全市最高的建筑。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void thingVerbSameThingIsASetPhrase() {
        Entities entities = recognize("他们一直以农养农，当地始终停留在以商养商的老路上。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void wordListedWithCommonNounsIsNoName() {
        Entities entities = recognize("他整理了大量笔记文录、家谱和地方志。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
        Entities names = recognize("市长与副市长李余粮、易江东一同看望了老人。");
        assertTrue(names.persons().containsAll(List.of("李余粮", "易江东")), names.toString());
    }

    @Test
    void oneBeforeAReduplicatedWordCountsOn() {
        Entities entities = recognize("村里的路一天天变宽了。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void recordEndingAWorksTitleIsNoName() {
        Entities entities = recognize("他写过《小石湖记》。");
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void nameClosingAListOfNames() {
        Entities entities = recognize("画展邀请了画家王国华、丁一明、马地等出席。");
        assertTrue(entities.persons().containsAll(List.of("王国华", "丁一明", "马地")), entities.toString());
        Entities nounLast = recognize("画展邀请了画家王国华、丁一明、林地等出席。");
        assertTrue(nounLast.persons().containsAll(List.of("王国华", "丁一明")), nounLast.toString());
    }

    @Test
    void surnameAndWordBeforeAPersonsTombOrHome() {
        Entities entities = recognize("我们参观了袁竹园故居，他们去了蒋英才墓。");
        assertTrue(entities.persons().containsAll(List.of("袁竹园", "蒋英才")), entities.toString());
    }
}
