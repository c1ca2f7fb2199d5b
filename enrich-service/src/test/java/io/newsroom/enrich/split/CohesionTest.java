package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CohesionTest {

    @Test
    void sharesContentPairsNotFunctionWords() {
        Set<Long> context = Cohesion.pairs(List.of("菜市场改造以后，市场干净整洁。"));
        assertEquals(1.0, Cohesion.shared("菜市场", 100, context));
        // 的 and 了 make no pair: the only content pair here is 文化, absent from the context
        assertEquals(0.0, Cohesion.shared("的文化了", 100, context));
        assertTrue(Double.isNaN(Cohesion.shared("的了", 100, context)));
    }

    @Test
    void onlyTheFirstCharactersAreCompared() {
        Set<Long> context = Cohesion.pairs("非遗展演");
        assertEquals(1.0, Cohesion.shared("非遗展演吸引市民前来观看", 4, context));
    }
}
