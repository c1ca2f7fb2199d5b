package io.newsroom.quality.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScoringMathTest {

    @Test
    void countsGivePrecisionRecallAndF1() {
        Counts c = new Counts(6, 2, 4);
        assertEquals(0.75, c.precision(), 1e-9);
        assertEquals(0.6, c.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), 1e-9);
        assertEquals(0, Counts.ZERO.precision());
        assertEquals(0, Counts.ZERO.f1());
    }

    @Test
    void multisetsMatchEachItemAsOftenAsBothSidesHaveIt() {
        Counts c = MultisetMatch.compare(List.of("a", "a", "b", "c"), List.of("a", "b", "b", "d"));
        assertEquals(new Counts(2, 2, 2), c);
    }

    @Test
    void bodySimilarityIgnoresLayoutButNotContent() {
        CharNgramF1 f1 = new CharNgramF1(2);
        assertEquals(1.0, f1.f1("甲乙丙丁，戊己。\n\n庚辛", "甲乙 丙丁,\n戊己。庚辛"), 1e-9);
        // Half of the gold text missing: recall about one half, precision one.
        Counts half = f1.counts("一二三四五六七八九十", "一二三四五");
        assertEquals(1.0, half.precision(), 1e-9);
        assertEquals(4.0 / 9, half.recall(), 1e-9);
        // Same characters, scrambled order: bigrams catch it.
        assertTrue(f1.f1("一二三四五六", "六五四三二一") < 0.5);
    }

    @Test
    void titlesCompareWithoutJustificationSpacesOrWidthDifferences() {
        assertEquals("送上新春祝福共叙鱼水深情", TextNormalizer.title(" 送上新春祝福 共叙鱼水深情 "));
        assertEquals("By Jane Doe", TextNormalizer.title("By  Jane\u00a0Doe"));
        assertEquals(TextNormalizer.title("ＡＢＣ２０２４"), TextNormalizer.title("ABC2024"));
    }

    @Test
    void shinglesFollowTheBenchmarkDefinition() {
        Shingles s = new Shingles(4);
        assertEquals(List.of("Hello", "world", "it_s", "2024"), Shingles.tokens("Hello, world! it_s 2024."));
        // 5 tokens give 2 shingles; a prediction with the first 4 tokens shares one of them.
        Counts c = s.pageCounts("a b c d e", "a b c d");
        assertEquals(1.0 / 2, c.tp(), 1e-9);
        assertEquals(0, c.fp(), 1e-9);
        assertEquals(1.0 / 2, c.fn(), 1e-9);
        assertEquals(1.0, Shingles.pagePrecision(c), 1e-9);
        assertEquals(0.5, Shingles.pageRecall(c), 1e-9);
        // Short texts give one shorter shingle.
        assertEquals(1, s.shingles("only two").size());
    }

    @Test
    void shingleAveragesSkipPagesWithNothingOnThatSide() {
        Counts perfect = new Counts(1, 0, 0);
        Counts nothingPredicted = new Counts(0, 0, 1);
        Counts halfRight = new Counts(0.5, 0.5, 0);
        double[] prf = Shingles.average(List.of(perfect, nothingPredicted, halfRight));
        assertEquals((1 + 0.5) / 2, prf[0], 1e-9); // the page with no prediction has no precision
        assertEquals((1 + 0 + 1) / 3.0, prf[1], 1e-9);
        assertEquals(Counts.f1(prf[0], prf[1]), prf[2], 1e-9);
    }

    @Test
    void entityScoresMicroAndMacroWithAliases() {
        EntityScore s = new EntityScore();
        Counts doc1 = s.add(List.of("株洲新奥燃气有限公司|株洲新奥", "中国工程院"), List.of("株洲新奥", "株洲新奥燃气有限公司", "株洲"), Set.of());
        assertEquals(new Counts(1, 1, 1), doc1);
        Counts doc2 = s.add(List.of("江泽民"), List.of("江泽民", "泽民"), Set.of("泽民"));
        assertEquals(new Counts(1, 0, 0), doc2);
        s.add(List.of(), List.of(), Set.of()); // nothing on either side: not averaged
        assertEquals(new Counts(2, 1, 1), s.micro());
        assertEquals(2, s.documents());
        assertEquals((0.5 + 1) / 2, s.macroPrecision(), 1e-9);
        assertEquals((0.5 + 1) / 2, s.macroF1(), 1e-9);
    }
}
