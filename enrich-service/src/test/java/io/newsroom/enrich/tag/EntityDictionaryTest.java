package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.contract.Entities;

class EntityDictionaryTest {

    @Test
    void parsesNameTabType() {
        Map<String, EntityType> types = EntityDictionary.parse(List.of("青木湾\tplace", "甄小满\tperson", "绿源环保\torganisation", "broken line", "x\tanimal"), "test");
        assertEquals(EntityType.PLACE, types.get("青木湾"));
        assertEquals(EntityType.PERSON, types.get("甄小满"));
        assertEquals(EntityType.ORGANIZATION, types.get("绿源环保"));
        assertEquals(3, types.size());
    }

    @Test
    void userFileExtendsTheBuiltInListWithoutRebuilding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.tsv");
        Files.writeString(file, "# our names\n枫溪湾\tplace\n绿源环保科技\torganization\n");
        String previous = System.getProperty(EntityDictionary.PROPERTY);
        System.setProperty(EntityDictionary.PROPERTY, file.toString());
        try {
            EntityDictionary dictionary = EntityDictionary.load();
            assertEquals(EntityType.PLACE, dictionary.typeOf("枫溪湾"));
            assertEquals(EntityType.ORGANIZATION, dictionary.typeOf("新华社"), "built-in names stay");
            Entities entities = new ChineseEntityRecognizer(dictionary)
                    .recognize(ChineseSegmenter.paragraphs("绿源环保科技在枫溪湾建了新厂。"), List.of());
            assertTrue(entities.places().contains("枫溪湾"), entities.toString());
            assertTrue(entities.organizations().contains("绿源环保科技"), entities.toString());
        } finally {
            if (previous == null) {
                System.clearProperty(EntityDictionary.PROPERTY);
            } else {
                System.setProperty(EntityDictionary.PROPERTY, previous);
            }
        }
    }

    @Test
    void missingUserFileIsNotFatal(@TempDir Path dir) {
        System.setProperty(EntityDictionary.PROPERTY, dir.resolve("absent.tsv").toString());
        try {
            assertNull(EntityDictionary.load().typeOf("不存在的名字"));
        } finally {
            System.clearProperty(EntityDictionary.PROPERTY);
        }
    }
}
