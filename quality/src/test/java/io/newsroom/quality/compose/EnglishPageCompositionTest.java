package io.newsroom.quality.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.newsroom.quality.gold.GoldArticle;

class EnglishPageCompositionTest {

    private static final List<EnglishPageComposition.Source> SOURCES = List.of(
            new EnglishPageComposition.Source("Ferry fares to rise in June", List.of(
                    "The harbor authority said on Monday that ferry fares will rise by a quarter in June.",
                    "Riders said they had not been asked.")),
            new EnglishPageComposition.Source("Pupils plant an orchard", List.of(
                    "Students planted four hundred apple trees this spring with growers from three farms nearby.")));

    @Test
    void everyWordIsPrintedOnceInOrderAndTheGoldListsEachArticle() {
        for (long seed = 1; seed <= 20; seed++) {
            EnglishPageComposition.Composed composed = new EnglishPageComposition(new Random(seed)).compose("page-en-01.txt", SOURCES);
            List<GoldArticle> gold = composed.gold().articles();
            assertEquals(List.of("Ferry fares to rise in June", "Pupils plant an orchard"), gold.stream().map(GoldArticle::title).toList());
            StringBuilder expected = new StringBuilder();
            for (GoldArticle a : gold) {
                expected.append(a.title()).append(' ');
                a.authors().forEach(name -> expected.append("By ").append(name).append(' '));
                expected.append(a.body()).append(' ');
            }
            assertEquals(expected.toString().split("\\s+").length, composed.text().strip().split("\\s+").length, "seed " + seed);
            assertEquals(String.join(" ", expected.toString().split("\\s+")), String.join(" ", composed.text().strip().split("\\s+")));
            int longest = composed.text().lines().mapToInt(String::length).max().orElse(0);
            assertTrue(longest <= 80, "a column of 40 to 80 characters: " + longest);
        }
    }
}
