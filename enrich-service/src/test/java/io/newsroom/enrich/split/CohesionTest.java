package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CohesionTest {

    @Test
    void sharesContentPairsNotFunctionWords() {
        List<String> context = List.of("菜市场改造以后，", "市场干净整洁。");
        assertEquals(1.0, Cohesion.shared("菜市场", 100, context));
        // 的 and 了 make no pair: the only content pair here is 文化, absent from the context
        assertEquals(0.0, Cohesion.shared("的文化了", 100, context));
        assertTrue(Double.isNaN(Cohesion.shared("的了", 100, context)));
    }

    @Test
    void onlyTheFirstCharactersAreCompared() {
        assertEquals(1.0, Cohesion.shared("非遗展演吸引市民前来观看", 4, "非遗展演"));
        // distinct pairs 展演 演非 非遗 遗展, three of them in the context
        assertEquals(0.75, Cohesion.shared("展演非遗展演", 100, "非遗展演"), 1e-9);
    }

    @Test
    void sharesLessThanStopsOnlyOnceTheShareIsReached() {
        // distinct content pairs of the text: 展演 演非 非遗 遗展; the context holds three of them
        List<String> context = List.of("非遗展演", "天气晴朗");
        assertTrue(Cohesion.sharesLessThan("展演非遗展演", 100, context, 0.8));
        assertFalse(Cohesion.sharesLessThan("展演非遗展演", 100, context, 0.75)); // reached exactly: not less
        assertFalse(Cohesion.sharesLessThan("展演非遗展演", 100, context, 0.3));
        // no content pair at all: nothing to compare, so never "less"
        assertFalse(Cohesion.sharesLessThan("的了", 100, context, 0.3));
    }

    @Test
    void onlyIdeographsOtherThanFunctionCharactersMakePairs() {
        // kana, Latin letters and digits make no pair; 天气 in the context is found
        assertTrue(Double.isNaN(Cohesion.shared("カタカナabc123", 100, "カタカナabc123")));
        assertEquals(1.0, Cohesion.shared("天气", 100, "今天天气"));
    }

    @Test
    void repeatedSharedWeighsOnlyThePairsTheTextRepeats() {
        // 李春 and 春梅 come three times each, 二胡 twice: only the name counts, and the context names her
        String text = "李春梅拉二胡，李春梅爱二胡，李春梅。";
        assertEquals(1.0, Cohesion.repeatedShared(text, 3, "村医李春梅"));
        assertEquals(0.5, Cohesion.repeatedShared(text, 3, "春梅花开"), 1e-9);
        assertEquals(0.0, Cohesion.repeatedShared(text, 3, "天气晴朗"));
        assertTrue(Double.isNaN(Cohesion.repeatedShared("李春梅拉二胡", 3, "李春梅")));
    }
}
