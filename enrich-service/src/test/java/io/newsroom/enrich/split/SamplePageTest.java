package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsroom.enrich.pipeline.ArticleDraft;

/**
 * The shared sample page against our own annotation of it (src/test/resources/annotations). Skipped where
 * ../shared is absent.
 */
class SamplePageTest {

    private static final Path SAMPLE = Path.of("..", "..", "shared", "samples", "zhuzhou-daily-2025-01-27.txt");
    private static final Pattern SPACE_BETWEEN_CHINESE = Pattern.compile("[\\u4e00-\\u9fff] +[\\u4e00-\\u9fff]");
    private static final Pattern DOUBLED_RUN = Pattern.compile("([\\u4e00-\\u9fff]{2,}[，。、]?)\\1");

    private static List<ArticleDraft> articles;
    private static List<String[]> annotation;

    @BeforeAll
    static void split() throws IOException {
        Path sample = Files.exists(SAMPLE) ? SAMPLE : Path.of("/work/shared/samples/zhuzhou-daily-2025-01-27.txt");
        assumeTrue(Files.exists(sample), "shared sample page not present");
        articles = new PageSplitter().split(Files.readString(sample));
        annotation = new ArrayList<>();
        try (InputStream in = SamplePageTest.class.getResourceAsStream("/annotations/zhuzhou-daily-2025-01-27.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    annotation.add(Arrays.copyOf(line.split("\t", -1), 7));
                }
            }
        }
    }

    @Test
    void findsTheAnnotatedArticlesInOrder() {
        assertEquals(annotation.size(), articles.size());
        for (int i = 0; i < annotation.size(); i++) {
            String[] want = annotation.get(i);
            ArticleDraft got = articles.get(i);
            assertEquals(emptyToNull(want[0]), got.kicker(), "kicker of article " + i);
            assertEquals(emptyToNull(want[1]), got.title(), "title of article " + i);
            assertEquals(emptyToNull(want[2]), got.subtitle(), "subtitle of article " + i);
            assertEquals(want[3].isEmpty() ? List.of() : List.of(want[3].split("\\|")), got.authors(), "authors of article " + i);
            assertEquals(emptyToNull(want[4]), got.publication(), "publication of article " + i);
            assertTrue(got.body().startsWith(want[5]), "start of article " + i + ": " + got.body().substring(0, 20));
            assertTrue(got.body().endsWith(want[6]), "end of article " + i);
        }
    }

    @Test
    void leavesNoResidue() {
        for (ArticleDraft a : articles) {
            String text = a.body() + "\n" + a.title() + "\n" + a.kicker() + "\n" + a.subtitle();
            assertFalse(SPACE_BETWEEN_CHINESE.matcher(text).find(), text);
            assertFalse(DOUBLED_RUN.matcher(text).find(), text);
            String[] paragraphs = a.body().split("\n\n");
            for (int p = 0; p < paragraphs.length; p++) {
                assertFalse(paragraphs[p].contains("\n"));
                // a paragraph that goes on after this one ends its sentence, unless it is a short heading
                String paragraph = paragraphs[p];
                assertTrue(p == paragraphs.length - 1 || paragraph.length() <= 20
                        || "。！？”…）：；".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0, "a sentence broken by a paragraph end: " + paragraph);
            }
            assertFalse(a.body().contains("上接") || a.body().contains("◀"));
        }
    }

    @Test
    void theJumpMarkerIsRecordedOnTheContinuedArticle() {
        assertEquals(List.of("上接1版②"), articles.get(0).jumps());
    }

    @Test
    void sectionHeadingsStayInsideTheirArticle() {
        assertTrue(articles.get(2).body().contains("\n\n整治乱象，市场变有序\n\n"));
        // a heading set in two lines, each a phrase short of the column, keeps them apart as printed
        assertTrue(articles.get(0).body().contains("\n\n健全完善市场化体制机制\n\n激发企业内生动力\n\n"));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
