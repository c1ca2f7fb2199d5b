package io.newsroom.search.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PinyinTextTest {

    @Test
    void namesAndTitlesGetTonelessSyllables() {
        assertEquals("nie fang hong", PinyinText.syllables("聂方红"));
        assertEquals("nie fang hong", PinyinText.syllables("聶方紅"), "traditional script reads the same");
        assertEquals("niefanghong", PinyinText.compact("聂方红"));
        assertEquals("", PinyinText.syllables("Reuters"));
    }

    @Test
    void typedPinyinIsReadAsSyllablesWithOrWithoutSpaces() {
        assertEquals(Optional.of("nie fang hong"), PinyinText.readTyped("niefanghong"));
        assertEquals(Optional.of("nie fang hong"), PinyinText.readTyped("nie fang hong"));
        assertEquals(Optional.of("nie fang hong"), PinyinText.readTyped("Nie Fanghong"));
    }

    @Test
    void textThatIsNotPinyinIsNotRead() {
        assertTrue(PinyinText.readTyped("floodgates").isEmpty());
        assertTrue(PinyinText.readTyped("hong").isEmpty(), "one syllable matches too much");
        assertTrue(PinyinText.readTyped("燃气").isEmpty());
    }
}
