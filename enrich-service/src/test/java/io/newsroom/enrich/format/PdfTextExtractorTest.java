package io.newsroom.enrich.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.pipeline.UnprocessablePageException;

class PdfTextExtractorTest {

    /** Debian package with a TrueType-outline CJK font PDFBox can embed; CI must install it. */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final PdfTextExtractor extractor = new PdfTextExtractor();

    private static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void readsTwoColumnsUnderASpanningHeadlineInReadingOrder() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA_BOLD, 20, 50, 760, "Council approves the new bridge");
            String[] left = {"The council voted on Monday", "to build a bridge over the", "river after a long debate."};
            String[] right = {"Work starts in spring and", "should end within two years,", "the mayor said on Tuesday."};
            for (int i = 0; i < 3; i++) {
                text(page, HELVETICA, 10, 50, 720 - 14 * i, left[i]);
                text(page, HELVETICA, 10, 320, 720 - 14 * i, right[i]);
            }
        });
        List<String> lines = lines(extractor.extract(pdf));
        assertEquals(List.of("Council approves the new bridge",
                "The council voted on Monday", "to build a bridge over the", "river after a long debate.",
                "Work starts in spring and", "should end within two years,", "the mayor said on Tuesday."), lines);
    }

    @Test
    void readsThreeColumnsWhenTheHeadlineSpansOnlyTwo() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA_BOLD, 18, 40, 760, "Port traffic grows again");
            for (int i = 0; i < 8; i++) {
                // the third column runs from the top of the page, beside the headline
                text(page, HELVETICA, 9, 400, 765 - 12 * i, "third column line " + i);
            }
            for (int i = 0; i < 4; i++) {
                text(page, HELVETICA, 9, 40, 725 - 12 * i, "first column line " + i);
                text(page, HELVETICA, 9, 220, 725 - 12 * i, "second column line " + i);
            }
        });
        List<String> lines = lines(extractor.extract(pdf));
        assertEquals("Port traffic grows again", lines.get(0));
        assertEquals("first column line 0", lines.get(1));
        assertEquals("first column line 3", lines.get(4));
        assertEquals("second column line 0", lines.get(5));
        assertEquals("third column line 0", lines.get(9));
        assertEquals("third column line 7", lines.get(16));
        assertEquals(17, lines.size());
    }

    @Test
    void keepsAHeadlineWhosePhrasesAreSetWideApartOnOneLine() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 12, 50, 786, "Spring floods:"); // a kicker over it: a region of display type alone
            text(page, HELVETICA_BOLD, 22, 50, 760, "Rivers rise");
            text(page, HELVETICA_BOLD, 22, 185, 760, "towns prepare"); // an em after "Rivers rise"
            text(page, HELVETICA, 10, 50, 720, "Water reached the bridge.");
            text(page, HELVETICA, 10, 50, 706, "Crews worked all night.");
            text(page, HELVETICA, 10, 320, 720, "Schools closed early and");
            text(page, HELVETICA, 10, 320, 706, "buses ran extra trips.");
        });
        assertEquals(List.of("Spring floods:", "Rivers rise towns prepare", "Water reached the bridge.", "Crews worked all night.",
                "Schools closed early and", "buses ran extra trips."), lines(extractor.extract(pdf)));
    }

    @Test
    void joinsAHeadlineWrappedOverTwoLinesButNotTheSmallerKickerOverIt() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 12, 50, 790, "After the storm:");
            text(page, HELVETICA_BOLD, 22, 50, 760, "Floods close the");
            text(page, HELVETICA_BOLD, 22, 50, 734, "valley road again");
            text(page, HELVETICA, 10, 50, 700, "Rain fell for three days.");
            text(page, HELVETICA, 10, 50, 686, "The river rose by a metre.");
        });
        assertEquals(List.of("After the storm:", "Floods close the valley road again", "Rain fell for three days.",
                "The river rose by a metre."), lines(extractor.extract(pdf)));
    }

    @Test
    void readsTwoStoriesSetSideBySideEachUnderItsOwnHeadline() throws Exception {
        byte[] pdf = pdf(page -> {
            // the two headlines share a band, well above the text; each heads the two columns under it
            text(page, HELVETICA_BOLD, 18, 40, 740, "Mill reopens");
            text(page, HELVETICA_BOLD, 18, 330, 740, "Ferry returns");
            float[] x = {40, 170, 330, 460};
            for (int c = 0; c < 4; c++) {
                for (int i = 0; i < 4; i++) {
                    text(page, HELVETICA, 10, x[c], 700 - 14 * i, (c < 2 ? "mill " : "ferry ") + "column " + (c % 2 + 1) + " line " + (i + 1));
                }
            }
        });
        List<String> lines = lines(extractor.extract(pdf));
        assertEquals(List.of("Mill reopens", "mill column 1 line 1"), lines.subList(0, 2));
        assertEquals(List.of("mill column 2 line 4", "Ferry returns", "ferry column 1 line 1"), lines.subList(8, 11));
        assertEquals(18, lines.size());
    }

    @Test
    void keepsABylineWhoseNamesAreSetWideApartOnOneLine() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA_BOLD, 20, 40, 740, "Plan");
            // the byline in its own type, a little larger than the body, its two credits an em and more apart
            text(page, HELVETICA, 11, 40, 716, "By Ann Lee");
            text(page, HELVETICA, 11, 120, 716, "City desk");
            String[] body = {"The harbour plan was approved by the council", "on Tuesday after a short debate in the hall.",
                "Building starts in the autumn and the new quay", "should be ready for ships in two years."};
            for (int i = 0; i < body.length; i++) {
                text(page, HELVETICA, 10, 40, 690 - 14 * i, body[i]);
            }
        });
        List<String> lines = lines(extractor.extract(pdf));
        assertEquals(List.of("Plan", "By Ann Lee City desk", "The harbour plan was approved by the council"), lines.subList(0, 3));
    }

    @Test
    void keepsOnlyOneCopyOfAHeadlineDrawnTwiceForFakeBold() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 24, 50, 700, "Floods close the valley road");
            text(page, HELVETICA, 24, 50.6f, 700.3f, "Floods close the valley road");
            text(page, HELVETICA, 10, 50, 660, "Rain fell for three days.");
        });
        assertEquals(List.of("Floods close the valley road", "Rain fell for three days."), lines(extractor.extract(pdf)));
    }

    @Test
    void keepsTextThatLegitimatelyRepeatsOnALine() throws Exception {
        byte[] pdf = pdf(page -> text(page, HELVETICA, 12, 50, 700, "bye bye, no no"));
        assertEquals(List.of("bye bye, no no"), lines(extractor.extract(pdf)));
    }

    @Test
    void readsChineseColumnsSetInAnEmbeddedCjkFont() throws Exception {
        assertTrue(Files.exists(CJK_FONT), "this test needs a CJK TrueType font: apt-get install fonts-wqy-microhei");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile())) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
            PDFont font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // bold headline drawn twice, as Chinese layout programs do
                write(cs, font, 22, 40, 780, "株洲推进国企改革");
                write(cs, font, 22, 40.5f, 780.4f, "株洲推进国企改革");
                write(cs, font, 11, 40, 740, "市国资委按照原则，");
                write(cs, font, 11, 40, 725, "稳妥推进资产重组。");
                write(cs, font, 11, 300, 740, "企业业务更加聚焦，");
                write(cs, font, 11, 300, 725, "发展方向更为清晰。");
            }
            byte[] pdf = save(doc);
            assertEquals(List.of("株洲推进国企改革", "市国资委按照原则，", "稳妥推进资产重组。", "企业业务更加聚焦，", "发展方向更为清晰。"),
                    lines(extractor.extract(pdf)));
        }
    }

    @Test
    void joinsAChineseHeadlineWrappedWithLooseLeadingAndTellsItsDisplayType() throws Exception {
        assertTrue(Files.exists(CJK_FONT), "this test needs a CJK TrueType font: apt-get install fonts-wqy-microhei");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDFont font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // a long title at 15 points, its second line 19.5 points lower (leading 1.3)
                write(cs, font, 15, 40, 780, "关于召开全市第十五次科技工作");
                write(cs, font, 15, 40, 760.5f, "会议的决定");
                write(cs, font, 10, 40, 735, "市政府决定召开全市科技工作会议，");
                write(cs, font, 10, 40, 722, "会期两天，各区县和有关部门");
                write(cs, font, 10, 40, 709, "负责同志参加。");
            }
            List<PrintedLine> lines = extractor.lines(save(doc));
            assertEquals(List.of("关于召开全市第十五次科技工作会议的决定", "市政府决定召开全市科技工作会议，", "会期两天，各区县和有关部门",
                    "负责同志参加。"),
                    lines.stream().map(PrintedLine::text).toList());
            assertEquals(1.5f, lines.get(0).typeScale(), 0.05f, "the title in display type, against the body's 10 points");
            assertEquals(1.0f, lines.get(1).typeScale(), 0.05f);
        }
    }

    @Test
    void tellsLinesDrawnBoldTwiceOverStrokedOrInABoldFont() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 10, 50, 700, "Drawn twice for bold");
            text(page, HELVETICA, 10, 50.3f, 700.2f, "Drawn twice for bold");
            text(page, HELVETICA_BOLD, 10, 50, 686, "Set in a bold font");
            page.setRenderingMode(RenderingMode.FILL_STROKE);
            text(page, HELVETICA, 10, 50, 672, "Stroked and filled");
            page.setRenderingMode(RenderingMode.FILL);
            text(page, HELVETICA, 10, 50, 658, "Plain body text");
        });
        List<PrintedLine> lines = extractor.lines(pdf);
        assertEquals(List.of("Drawn twice for bold", "Set in a bold font", "Stroked and filled", "Plain body text"),
                lines.stream().map(PrintedLine::text).toList());
        assertEquals(List.of(true, true, true, false), lines.stream().map(PrintedLine::bold).toList());
    }

    @Test
    void tellsALineSetApartByAGapWiderThanTheLeadingButNotAColumnTopOrTheLineUnderThePageHead() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 8, 50, 760, "Valley Courier page 3");
            // two columns at a leading of 14 points
            for (int i = 0; i < 4; i++) {
                text(page, HELVETICA, 10, 50, 720 - 14 * i, "left column line " + i);
                text(page, HELVETICA, 10, 210, 720 - 14 * i, "right column line " + i);
            }
            // the next story, 40 points below: a brief's title in the body's type
            text(page, HELVETICA_BOLD, 10, 50, 638, "Ferry timetable changes");
            text(page, HELVETICA, 10, 50, 624, "The ferry leaves an hour later");
        });
        List<PrintedLine> lines = extractor.lines(pdf);
        List<String> apart = lines.stream().filter(PrintedLine::setApart).map(PrintedLine::text).toList();
        assertEquals(List.of("Ferry timetable changes"), apart, () -> lines.toString());
    }

    @Test
    void underThePageHeadALineOpensABlockUnlessPlainTextStandsLevelWithIt() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 8, 50, 760, "Valley Courier page 4");
            // left: a story's headline in display type; right, level with it: a brief's title in the body's type
            text(page, HELVETICA_BOLD, 18, 50, 720, "Bridge reopens");
            text(page, HELVETICA_BOLD, 10, 330, 724, "Library hours");
            for (int i = 0; i < 3; i++) {
                text(page, HELVETICA, 10, 50, 696 - 14 * i, "bridge story line " + i);
                text(page, HELVETICA, 10, 330, 710 - 14 * i, "library brief line " + i);
            }
        });
        List<PrintedLine> lines = extractor.lines(pdf);
        List<String> apart = lines.stream().filter(PrintedLine::setApart).map(PrintedLine::text).toList();
        assertTrue(apart.contains("Library hours"), () -> lines.toString());
        assertFalse(apart.stream().anyMatch(t -> t.contains("line")), () -> lines.toString());
    }

    @Test
    void tellsAParagraphsIndentedFirstLineAndTheLinesThatRunToTheColumnsEdge() throws Exception {
        byte[] pdf = pdf(page -> {
            // a column from x 50 to 250, justified; each paragraph's first line indented by 12 points
            justified(page, 62, 250, 700, "Ferry fares will rise in June, the");
            justified(page, 50, 250, 686, "council said on Monday after a long");
            text(page, HELVETICA, 10, 50, 672, "debate.");
            justified(page, 62, 250, 658, "Riders may buy their passes at");
            text(page, HELVETICA, 10, 50, 644, "the harbour office.");
        });
        List<PrintedLine> lines = extractor.lines(pdf);
        assertEquals(List.of(true, false, false, true, false), lines.stream().map(PrintedLine::indented).toList(), () -> lines.toString());
        assertEquals(List.of(true, true, false, true, false), lines.stream().map(PrintedLine::full).toList(), () -> lines.toString());
    }

    /** Words spread from x0 so that the last ends at x1, as a justified column sets them. */
    private static void justified(PDPageContentStream cs, float x0, float x1, float y, String line) throws IOException {
        String[] words = line.split(" ");
        float width = 0;
        for (String w : words) {
            width += HELVETICA.getStringWidth(w) / 1000 * 10;
        }
        float gap = (x1 - x0 - width) / (words.length - 1);
        float x = x0;
        for (String w : words) {
            text(cs, HELVETICA, 10, x, y, w);
            x += HELVETICA.getStringWidth(w) / 1000 * 10 + gap;
        }
    }

    @Test
    void separatesEveryLineWithABlankLineLikeExtractedNewspaperText() throws Exception {
        byte[] pdf = pdf(page -> {
            text(page, HELVETICA, 10, 50, 700, "first line");
            text(page, HELVETICA, 10, 50, 686, "second line");
        });
        assertEquals("first line\n\nsecond line", extractor.extract(pdf));
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                write(cs, HELVETICA, 12, 50, 700, "secret");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            byte[] pdf = save(doc);
            UnprocessablePageException e = assertThrows(UnprocessablePageException.class, () -> extractor.extract(pdf));
            assertTrue(e.getMessage().contains("encrypted with a password"), e.getMessage());
        }
    }

    @Test
    void refusesATruncatedPdf() throws Exception {
        byte[] whole = pdf(page -> text(page, HELVETICA, 12, 50, 700, "cut short"));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        UnprocessablePageException e = assertThrows(UnprocessablePageException.class, () -> extractor.extract(truncated));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotAPdfOrIsGarbage() {
        UnprocessablePageException notPdf = assertThrows(UnprocessablePageException.class,
                () -> extractor.extract("<html>hello</html>".getBytes()));
        assertTrue(notPdf.getMessage().contains("not a PDF"), notPdf.getMessage());
        UnprocessablePageException garbage = assertThrows(UnprocessablePageException.class,
                () -> extractor.extract("%PDF-1.7\n1 0 obj << /Type /Garbage >>\n%%EOF\n".getBytes()));
        assertTrue(garbage.getMessage().contains("damaged"), garbage.getMessage());
    }

    @Test
    void refusesAPageWithoutText() throws Exception {
        byte[] pdf = pdf(page -> { });
        UnprocessablePageException e = assertThrows(UnprocessablePageException.class, () -> extractor.extract(pdf));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void stopsAtAContentStreamThatDecompressesBeyondTheLimit() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            // 8 MB of spaces compress to a few KB: a small file that inflates into a large one
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 8; i++) {
                    out.write(spaces);
                }
            }
            page.setContents(stream);
            byte[] pdf = save(doc);
            assertTrue(pdf.length < 100_000, "the bomb should be small: " + pdf.length);
            PdfTextExtractor strict = new PdfTextExtractor(new PdfTextExtractor.Limits(10L << 20, 10, 4L << 20, 10_000));
            UnprocessablePageException e = assertThrows(UnprocessablePageException.class, () -> strict.extract(pdf));
            assertTrue(e.getMessage().contains("more than 4 MB"), e.getMessage());
        }
    }

    @Test
    void refusesFilesAndPageCountsAboveTheLimits() throws Exception {
        byte[] pdf = pdf(page -> text(page, HELVETICA, 12, 50, 700, "small"));
        PdfTextExtractor tiny = new PdfTextExtractor(new PdfTextExtractor.Limits(100, 10, 1 << 20, 1000));
        assertTrue(assertThrows(UnprocessablePageException.class, () -> tiny.extract(pdf)).getMessage().contains("limit"));
        PdfTextExtractor noPages = new PdfTextExtractor(new PdfTextExtractor.Limits(1 << 20, 0, 1 << 20, 1000));
        assertTrue(assertThrows(UnprocessablePageException.class, () -> noPages.extract(pdf)).getMessage().contains("pages"));
    }

    // --- building test PDFs ---

    interface PageDrawing {
        void draw(PDPageContentStream page) throws IOException;
    }

    private static byte[] pdf(PageDrawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.draw(cs);
            }
            return save(doc);
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        write(cs, font, size, x, y, s);
    }

    private static void write(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static List<String> lines(String text) {
        assertFalse(text.contains("\n\n\n"), "no runs of blank lines");
        return Arrays.stream(text.split("\n\n")).toList();
    }

}
