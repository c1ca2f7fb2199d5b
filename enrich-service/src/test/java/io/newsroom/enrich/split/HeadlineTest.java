package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void oneLineIsTheTitle() {
        assertEquals(new Headline(null, "新春走基层", null), Headline.of(List.of("新春走基层")));
    }

    @Test
    void aDashedSecondLineIsTheSubtitle() {
        assertEquals(new Headline(null, "奋进新征程", "——湘江新区发展纪实之三"), Headline.of(List.of("奋进新征程", "——湘江新区发展纪实之三")));
    }

    @Test
    void aLongerFirstLineIsTheKicker() {
        assertEquals(new Headline("市领导走访慰问困难群众、优抚对象、老党员", "把温暖送到群众心坎上", null),
                Headline.of(List.of("市领导走访慰问困难群众、优抚对象、老党员", "把温暖送到群众心坎上")));
    }

    @Test
    void threeLinesAreKickerTitleSubtitle() {
        assertEquals(new Headline("引题", "主标题", "——副题"), Headline.of(List.of("引题", "主标题", "——副题")));
    }

    @Test
    void spacesBetweenChineseCharactersGo() {
        assertEquals("春来早岁月新", Headline.of(List.of("春来早 岁月新")).title());
    }

    @Test
    void theColumnLabelMarksTheTitle() {
        assertEquals(new Headline("再鼓一把劲", "以更实举措推进乡村振兴（有的放矢）", null),
                Headline.of(List.of("再鼓一把劲", "以更实举措推进乡村振兴（有的放矢）")));
        assertEquals(new Headline(null, "让书香飘满社区（人民论坛）", "全民阅读活动持续升温"),
                Headline.of(List.of("让书香飘满社区（人民论坛）", "全民阅读活动持续升温")));
    }

    @Test
    void aShortLineOverOneOpeningWithItsOwnPlaceIsTitleOverSubtitle() {
        assertEquals(new Headline(null, "稳“菜”保供", "长沙以订单农业稳菜价"), Headline.of(List.of("稳“菜”保供", "长沙以订单农业稳菜价")));
    }

    @Test
    void aShortLineOverALongTitleOpeningWithAPlaceIsKickerOverTitle() {
        assertEquals(new Headline("三部门联合印发通知", "长江沿线试点跨省流域水质联合监测机制", null),
                Headline.of(List.of("三部门联合印发通知", "长江沿线试点跨省流域水质联合监测机制")));
    }

    @Test
    void aShortLineOverOneThatGoesOnFromItIsKickerOverTitle() {
        assertEquals(new Headline("市交通局", "全面推行网上办理运输证件", null), Headline.of(List.of("市交通局", "全面推行网上办理运输证件")));
        assertEquals(new Headline("一季度", "全市工业产值稳步回升", null), Headline.of(List.of("一季度", "全市工业产值稳步回升")));
    }

    @Test
    void aBracketedAbbreviationIsNoColumnLabel() {
        assertEquals(true, Headline.endsWithLabel("城市更新看社区（新观察）"));
        assertEquals(false, Headline.endsWithLabel("3日晚，世界卫生组织（WHO）"));
    }

    @Test
    void aBracketThatListsOrSaysWhatIsIncludedIsNoColumnLabel() {
        assertEquals(true, Headline.endsWithLabel("山村来了好医生（走进基层·健康行）"));
        assertEquals(false, Headline.endsWithLabel("第八条各市（州、盟）"));
        assertEquals(false, Headline.endsWithLabel("重点支持边远地区乡镇（含林场）"));
        assertEquals(false, Headline.endsWithLabel("省交通运输厅（以下简称省厅）"));
    }

    @Test
    void theLineUnderAKickerThatHandsOverIsTheTitleWhateverStandsAbove() {
        assertEquals(new Headline("春耕时节江南水乡——", "千亩稻田完成插秧", null),
                Headline.of(List.of("春耕时节", "江南水乡——", "千亩稻田完成插秧")));
        assertEquals(new Headline("晨光里的码头李四委员——", "把港口建成开放窗口", "——来自一线的声音"),
                Headline.of(List.of("晨光里的码头", "李四委员——", "把港口建成开放窗口", "——来自一线的声音")));
    }

    @Test
    void aSecondTitleWithItsDashedSubtitleUnderACompleteHeadlineIsTheTitle() {
        assertEquals(new Headline("山区小学开学——师生返校", "全省油菜喜获丰收", "——亩产再创新高"),
                Headline.of(List.of("山区小学开学", "——师生返校", "全省油菜喜获丰收", "——亩产再创新高")));
    }

    @Test
    void aShortLineOnTheOccasionOrWhoSaidItIsTheKicker() {
        // short over a longer line opening with a name, yet it only sets the occasion or says who spoke: the kicker
        assertEquals(new Headline("在植树节到来之际", "王市长带领机关干部到城郊义务植树造林", null),
                Headline.of(List.of("在植树节到来之际", "王市长带领机关干部到城郊义务植树造林")));
        assertEquals(new Headline("李县长在全县春耕动员会上强调", "抓早抓实春耕备耕", null),
                Headline.of(List.of("李县长在全县春耕动员会上强调", "抓早抓实春耕备耕")));
    }

    @Test
    void aLabelledLastLineOfThreeIsTheTitle() {
        assertEquals(new Headline("古镇手艺人王大山编了四十年竹篮", "一根竹篾编出新日子（匠心）", null),
                Headline.of(List.of("古镇手艺人王大山", "编了四十年竹篮", "一根竹篾编出新日子（匠心）")));
    }
}
