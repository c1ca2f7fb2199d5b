package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line shapes the layout reader tells apart, on lines written for the test. */
class LayoutShapesTest {

    @Test
    void aDashAndAShortNameIsASignatureNotASubtitle() {
        assertTrue(LineShapes.isAttribution("——编者"));
        assertTrue(LineShapes.isAttribution("——鲁迅"));
        assertFalse(LineShapes.isAttribution("——写在新学期开学之际"));
        assertFalse(LineShapes.isAttribution("——记者，张三"));
    }

    @Test
    void phrasesSetApartBySpacesAreAHeadline() {
        assertTrue(LineShapes.phraseSpaced("绿水绕村庄 果香满山坡"));
        assertFalse(LineShapes.phraseSpaced("全年完成投资 120 亿元"));
        assertFalse(LineShapes.phraseSpaced("他说 好"));
        assertFalse(LineShapes.phraseSpaced("春风吹过，麦田 一片金黄"));
    }

    @Test
    void aLineWithoutClausesHasNoSeparatingPunctuation() {
        assertTrue(LineShapes.noClause("老街巷里的新书店"));
        assertFalse(LineShapes.noClause("老街巷里，新书店开业"));
        assertFalse(LineShapes.noClause("老街巷里的（新书店"));
    }

    @Test
    void aRoleGluedToACommonWordIsAColumnLabel() {
        BylineParser parser = new BylineParser();
        assertTrue(parser.parseStandalone("记者手记") == null);
        assertFalse(parser.parseStandalone("记者王小明") == null);
    }
}
