package io.newsroom.enrich.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineJoinerTest {

    private static String join(String... lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            LineJoiner.append(b, l);
        }
        return b.toString();
    }

    @Test
    void joinsChineseWithoutSpace() {
        assertEquals("市政府召开常务会议，研究部署", join("市政府召开常务", "会议，研究部署"));
    }

    @Test
    void joinsEnglishWithOneSpaceAndRejoinsHyphenatedWords() {
        assertEquals("the international trade fair opened", join("the inter-", "national trade", "fair opened"));
        assertEquals("a well-known COVID-19 case", join("a well-known COVID-", "19 case"));
    }

    @Test
    void aDashStandingFreeAtTheLineEndKeepsItsSpace() {
        assertEquals("the upstarts - Amazon among them", join("the upstarts -", "Amazon among them"));
    }

    @Test
    void aNumberCutByTheLineEndInChineseTextJoinsWithoutSpace() {
        assertEquals("共有15个小组", join("共有1", "5个小组"));
        assertEquals("紧盯“3+3+2”体系", join("紧盯“3+3+", "2”体系"));
        assertEquals("in 2019 2020 was", join("in 2019", "2020 was"));
    }
}
