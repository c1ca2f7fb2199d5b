package io.newsroom.quality.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CategoryAgreementTest {

    @Test
    void scoresTheMainCategoryAnySharedOneAndEveryLabel() {
        CategoryAgreement a = new CategoryAgreement();
        a.add(List.of("economy", "technology"), List.of("economy"));
        a.add(List.of("politics"), List.of("society", "politics"));
        a.add(List.of("culture"), List.of("sports"));

        assertEquals(3, a.articles());
        assertEquals(1.0 / 3, a.mainRight(), 1e-9);
        assertEquals(2.0 / 3, a.anyShared(), 1e-9);
        assertEquals(new Counts(2, 2, 2), a.labels());
        assertEquals(Map.of("culture -> sports", 1, "politics -> society", 1), a.confusions());
    }
}
