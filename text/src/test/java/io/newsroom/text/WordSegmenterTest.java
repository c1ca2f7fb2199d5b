package io.newsroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordSegmenterTest {

    private final WordSegmenter segmenter = new WordSegmenter();

    @Test
    void chineseIsSplitIntoWordsAndPunctuationDropped() {
        List<String> words = segmenter.words("这些燃气网点假期可缴费。");
        assertTrue(words.contains("燃气"), words.toString());
        assertTrue(words.contains("网点"), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.equals("。")), words.toString());
    }

    @Test
    void queryAndTextSegmentAlike() {
        assertEquals("燃气 网点", segmenter.segmented("燃气网点"));
    }

    @Test
    void englishIsLowercased() {
        assertEquals(List.of("gas", "stations", "open"), segmenter.words("Gas stations OPEN!"));
    }
}
