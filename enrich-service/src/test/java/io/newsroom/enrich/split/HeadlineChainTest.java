package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeadlineChainTest {

    private static final List<String> BEFORE = List.of("市气象台今天发布暴雨预警，全市各区县防汛部门进入应急状态，水库和堤防安排专人值守。");
    private static final String AFTER = "新建的社区图书馆周末开放，藏书两万册，读者可以凭身份证免费借阅，儿童阅览区也同步启用。";

    @Test
    void breaksWhereEachLineLeansToTheTextItEchoes() {
        List<String> lines = List.of("防汛部门", "全市水库堤防专人值守", "社区图书馆周末开放");
        assertEquals(2, HeadlineChain.cut(lines, BEFORE, AFTER));
    }

    @Test
    void neverBreaksAfterAKickerThatHandsOverOrBeforeADashedSubtitle() {
        // the echo alone would put the break after the first line, but a colon hands it over to the next, and a
        // dashed subtitle stays with its title
        assertNotEquals(1, HeadlineChain.cut(List.of("防汛部门：", "社区图书馆周末开放"), BEFORE, AFTER));
        assertNotEquals(1, HeadlineChain.cut(List.of("暴雨预警", "——社区图书馆周末开放"), BEFORE, AFTER));
        assertEquals(3, HeadlineChain.cut(List.of("防汛部门：", "全市水库堤防专人值守", "——暴雨预警发布以后"), BEFORE, AFTER));
    }

    @Test
    void aLabelledTitleClosesItsHeadline() {
        List<String> lines = List.of("守住安全底线（评论员观察）", "书香满社区（新知）");
        assertEquals(1, HeadlineChain.labelledBreak(lines));
        assertEquals(0, HeadlineChain.labelledBreak(List.of("守住安全底线（评论员观察）", "——写在汛期到来之际")));
    }
}
