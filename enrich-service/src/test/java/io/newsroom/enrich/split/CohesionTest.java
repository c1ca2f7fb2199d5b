package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
