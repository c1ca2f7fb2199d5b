package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

    @Test
    void smallWordsMayStayLowerCaseAndEveryOtherWordIsCapitalised() {
        assertTrue(TitleCase.isTitleCased("Harbor Town Bets on the Future With a New Ferry", 3));
        assertFalse(TitleCase.isTitleCased("Police arrest six in Dunmore drug case", 3), "sentence case capitalises names only");
    }

    @Test
    void countsTheWordsAfterTheFirstThatAreNotSmall() {
        assertTrue(TitleCase.isTitleCased("Dunmore Wins the Cup", 2));
        assertFalse(TitleCase.isTitleCased("Dunmore Wins the Cup", 3), "two words after the first: too few for three");
        assertTrue(TitleCase.isTitleCased("Rovers Sign £71.6m Keeper", 2), "a unit after a number is no word");
    }
}
