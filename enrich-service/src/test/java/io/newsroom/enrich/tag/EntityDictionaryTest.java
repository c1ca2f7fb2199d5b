package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.contract.Entities;
import io.newsroom.text.UserDictionary;

class EntityDictionaryTest {

    @Test
    void userFileNamesEntitiesWithoutRebuilding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.tsv");
        Files.writeString(file, "# our names\n枫溪湾\tplace\n绿源环保科技\torganization\n碳汇林\n");
        String previous = System.getProperty(UserDictionary.PROPERTY);
        System.setProperty(UserDictionary.PROPERTY, file.toString());
        try {
            EntityDictionary dictionary = EntityDictionary.of(UserDictionary.load());
            assertEquals(EntityType.PLACE, dictionary.typeOf("枫溪湾"));
            assertEquals(EntityType.ORGANIZATION, dictionary.typeOf("新华社"), "built-in names stay");
            assertNull(dictionary.typeOf("碳汇林"), "a plain word names no entity");
            Entities entities = new ChineseEntityRecognizer(dictionary)
                    .recognize(ChineseSegmenter.paragraphs("绿源环保科技在枫溪湾种下碳汇林。"), List.of());
            assertTrue(entities.places().contains("枫溪湾"), entities.toString());
            assertTrue(entities.organizations().contains("绿源环保科技"), entities.toString());
        } finally {
            if (previous == null) {
                System.clearProperty(UserDictionary.PROPERTY);
            } else {
                System.setProperty(UserDictionary.PROPERTY, previous);
            }
        }
    }
}
