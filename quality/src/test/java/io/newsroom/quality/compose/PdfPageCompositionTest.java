package io.newsroom.quality.compose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newsroom.enrich.clean.PageFurniture;

import io.newsroom.enrich.format.PdfTextExtractor;
import io.newsroom.quality.gold.GoldArticle;
import io.newsroom.quality.score.TextNormalizer;

class PdfPageCompositionTest {

    /** The two short articles of the text composer's test, plus a long one that runs on over a second page. */
    private static List<SourceArticle> articles() {
        List<SourceArticle> list = new ArrayList<>(CompositionTest.articles());
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            body.append("　　第").append(i).append("段写的是村里修路的事情，大家一起出力，路修好了，日子越过越红火。\r\n");
        }
        list.add(SourceArticle.parse("20200501-02-03.txt", "\r\n长篇通讯的标题 分成两个短语\r\n\r\n" + body));
        return list;
    }

    @Test
    void theExtractedTextHoldsEveryArticleInReadingOrder() throws Exception {
        assertTrue(Files.exists(PdfPageComposition.CJK_FONT), "needs the CJK font: apt-get install fonts-wqy-microhei");
        for (int seed = 0; seed < 4; seed++) {
            PdfPageComposition.Composed c = new PdfPageComposition(new Random(seed)).compose("p.pdf", LocalDate.of(2020, 5, 1), 2, articles());
            // the running head of the next page interrupts a story that runs on: furniture, which cleaning removes
            String text = TextNormalizer.compact(new PdfTextExtractor().extract(c.pdf()).lines()
                    .filter(l -> !PageFurniture.isFurniture(l)).collect(Collectors.joining("\n")));
            int from = 0;
            for (GoldArticle g : c.gold().articles()) {
                int title = text.indexOf(TextNormalizer.compact(g.title()), from);
                assertTrue(title >= from, "seed " + seed + ": title " + g.title() + " in order");
                from = title;
                for (String p : g.body().split("\n\n")) {
                    int at = text.indexOf(TextNormalizer.compact(p), from);
                    assertTrue(at >= from, "seed " + seed + ": paragraph in order: " + p);
                    from = at;
                }
            }
        }
    }

    @Test
    void sameSeedSamePdfAndGold() {
        PdfPageComposition.Composed one = new PdfPageComposition(new Random(7)).compose("p.pdf", LocalDate.of(2020, 5, 1), 2, articles());
        PdfPageComposition.Composed two = new PdfPageComposition(new Random(7)).compose("p.pdf", LocalDate.of(2020, 5, 1), 2, articles());
        assertEquals(one.gold(), two.gold());
        assertEquals(3, one.gold().articles().size());
        assertEquals("——副题在这里", one.gold().articles().get(1).subtitle());
        assertEquals(List.of("施芳"), one.gold().articles().get(0).authors());
    }
}
