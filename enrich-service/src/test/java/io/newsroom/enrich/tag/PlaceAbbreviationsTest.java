package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Entities;

/** Sentences written for these tests. */
class PlaceAbbreviationsTest {

    private static List<String> found(String text) {
        return PlaceAbbreviations.in(text).stream().map(PlaceAbbreviations.Found::text).toList();
    }

    @Test
    void pairsBeforeWordsAboutRelations() {
        assertEquals(List.of("中", "俄"), found("双方都认为中俄战略协作不断深化。"));
        assertEquals(List.of("中", "日", "韩"), found("会议讨论了中日韩三国的合作。"));
        assertEquals(List.of("青", "藏"), found("他们在青藏高原上工作了十年。"));
    }

    @Test
    void pairsBeforeAPartOfTheirArea() {
        assertEquals(List.of("京", "津"), found("明天京津北部有小雨。"));
        assertEquals(List.of("江", "浙"), found("江浙等地气温回升。"));
    }

    @Test
    void sidesLeadersAndVisits() {
        assertEquals(List.of("中"), found("中方对此表示欢迎。"));
        assertEquals(List.of("俄"), found("俄总统昨天签署了命令。"));
        assertEquals(List.of("华"), found("代表团将于下月访华。"));
        assertEquals(List.of("京"), found("他昨天在京接见了客人。"));
    }

    @Test
    void charactersInsideOtherWordsAreNotPlaces() {
        assertEquals(List.of(), found("集中方式有所改变，世界变得越来越小。"));
        assertEquals(List.of(), found("他在华北工作，对美好生活充满向往。"));
        assertEquals(List.of(), found("以政府投入为主，西亚地区局势复杂。"));
        assertEquals(List.of(), found("在这个过程中美德最可贵。"));
    }

    @Test
    void aPairIsTwoPlacesNotAPerson() {
        Entities entities = new ChineseEntityRecognizer().recognize(ChineseSegmenter.paragraphs("专家认为印巴两国关系有望改善。"), List.of());
        assertTrue(entities.places().containsAll(List.of("印", "巴")), entities.toString());
        assertFalse(entities.persons().contains("印巴"), entities.toString());
    }

    @Test
    void pairsTheSegmenterKeepsApartAreCountriesWithoutACue() {
        assertEquals(List.of("中", "美"), found("他认为落实中美两份合作文件十分重要。"));
        assertEquals(List.of(), found("美德和美意都值得称道，他去过亚美尼亚，主张中西医结合。"));
    }
    @Test
    void aWorldRegionsNameIsNoPair() {
        assertEquals(List.of(), found("这会给拉美地区的旅游带来变化。"));
    }

    @Test
    void aCharacterInsideALongerPlaceNameIsNoAbbreviation() {
        assertEquals(List.of(), found("伊朗和巴基斯坦的边境贸易不断扩大。"));
    }

    @Test
    void aPairWithoutACueHoldsNoFunctionWord() {
        assertEquals(List.of(), found("主队在这场比赛中以2比3告负。"));
    }
}
