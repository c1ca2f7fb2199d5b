package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line shapes the layout reader tells apart, on lines written for the test. */
class LayoutShapesTest {

    @Test
    void aDashAndAShortNameIsASignatureNotASubtitle() {
        assertTrue(LayoutReader.isAttribution("——编者"));
        assertTrue(LayoutReader.isAttribution("——鲁迅"));
        assertFalse(LayoutReader.isAttribution("——写在新学期开学之际"));
        assertFalse(LayoutReader.isAttribution("——记者，张三"));
    }

    @Test
    void phrasesSetApartBySpacesAreAHeadline() {
        assertTrue(LayoutReader.phraseSpaced("绿水绕村庄 果香满山坡"));
        assertFalse(LayoutReader.phraseSpaced("全年完成投资 120 亿元"));
        assertFalse(LayoutReader.phraseSpaced("他说 好"));
        assertFalse(LayoutReader.phraseSpaced("春风吹过，麦田 一片金黄"));
    }

    @Test
    void aLineWithoutClausesHasNoSeparatingPunctuation() {
        assertTrue(LayoutReader.noClause("老街巷里的新书店"));
        assertFalse(LayoutReader.noClause("老街巷里，新书店开业"));
        assertFalse(LayoutReader.noClause("老街巷里的（新书店"));
    }

    @Test
    void aRoleGluedToACommonWordIsAColumnLabel() {
        BylineParser parser = new BylineParser();
        assertTrue(parser.parseStandalone("记者手记") == null);
        assertFalse(parser.parseStandalone("记者王小明") == null);
    }
}
