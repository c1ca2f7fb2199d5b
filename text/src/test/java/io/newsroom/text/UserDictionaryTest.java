package io.newsroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

    @Test
    void parsesWordTabKindAndPlainWords() {
        Map<String, UserDictionary.Kind> kinds = UserDictionary.parse(
                List.of("青木湾\tplace", "甄小满\tperson", "绿源环保\torganisation", "碳汇林", "x\tanimal", "Jane Doe\tperson"), "test");
        assertEquals(UserDictionary.Kind.PLACE, kinds.get("青木湾"));
        assertEquals(UserDictionary.Kind.PERSON, kinds.get("甄小满"));
        assertEquals(UserDictionary.Kind.ORGANIZATION, kinds.get("绿源环保"));
        assertEquals(UserDictionary.Kind.WORD, kinds.get("碳汇林"));
        assertEquals(UserDictionary.Kind.PERSON, kinds.get("Jane Doe"));
        assertEquals(5, kinds.size());
    }

    @Test
    void userFileChangesSegmentationForEveryWordSegmenter(@TempDir Path dir) throws Exception {
        WordSegmenter segmenter = new WordSegmenter();
        String text = "漓岚澄湖的水很清";
        assertFalse(segmenter.words(text).contains("漓岚澄湖"), "a made-up name is not one word before it is added");
        Path file = dir.resolve("names.tsv");
        Files.writeString(file, "# our names\n漓岚澄湖\tplace\n");
        String previous = System.getProperty(UserDictionary.PROPERTY);
        System.setProperty(UserDictionary.PROPERTY, file.toString());
        try {
            UserDictionary dictionary = UserDictionary.load();
            assertEquals(UserDictionary.Kind.PLACE, dictionary.kindOf("漓岚澄湖"));
            assertEquals(UserDictionary.Kind.ORGANIZATION, dictionary.kindOf("新华社"), "built-in names stay");
            assertTrue(segmenter.words(text).contains("漓岚澄湖"), segmenter.words(text).toString());
            assertEquals(segmenter.segmented("漓岚澄湖"), "漓岚澄湖", "a query is cut the same way");
        } finally {
            if (previous == null) {
                System.clearProperty(UserDictionary.PROPERTY);
            } else {
                System.setProperty(UserDictionary.PROPERTY, previous);
            }
        }
    }

    @Test
    void missingUserFileIsNotFatal(@TempDir Path dir) {
        System.setProperty(UserDictionary.PROPERTY, dir.resolve("absent.tsv").toString());
        try {
            UserDictionary dictionary = UserDictionary.load();
            assertNull(dictionary.kindOf("不存在的名字"));
            assertEquals(UserDictionary.Kind.ORGANIZATION, dictionary.kindOf("国务院"));
        } finally {
            System.clearProperty(UserDictionary.PROPERTY);
        }
    }
}
