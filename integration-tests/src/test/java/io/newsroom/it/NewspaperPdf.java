package io.newsroom.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An English newspaper page as a PDF, written for the test: a running head with the paper's name, date and page,
 * two stories each under a bold headline with a byline, their bodies in a column with each paragraph's first line
 * indented, as a layout program sets them. Lines are placed as given (no justification needed to be read).
 */
final class NewspaperPdf {

    static final String FERRY_TITLE = "Ferry fares to rise in June";
    static final String ORCHARD_TITLE = "Pupils plant an orchard";

    private static final PDFont ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float LEFT = 50;
    private static final float LEADING = 13;

    private NewspaperPdf() {
    }

    static byte[] page() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, ROMAN, 8, LEFT, 750, "THE HARBOR GAZETTE    Tuesday, March 5, 2024    Page A3");
                float y = story(out, 710, FERRY_TITLE, "Lena Brooks", List.of(
                        List.of("The harbor authority said on Monday that ferry", "fares will rise by a quarter in June, the first",
                                "increase in six years."),
                        List.of("Riders said the authority had not asked them", "first and called for a public meeting.")));
                story(out, y - 30, ORCHARD_TITLE, "Tom Reyes", List.of(
                        List.of("Students at the valley school planted four", "hundred apple trees this spring with growers",
                                "from three nearby farms.")));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A headline in bold display type, a byline, then the paragraphs line by line; returns where the story ends. */
    private static float story(PDPageContentStream out, float top, String headline, String author, List<List<String>> paragraphs)
            throws IOException {
        show(out, BOLD, 20, LEFT, top, headline);
        show(out, ROMAN, 10, LEFT, top - 24, "By " + author);
        float y = top - 24 - LEADING * 1.5f;
        for (List<String> paragraph : paragraphs) {
            for (int i = 0; i < paragraph.size(); i++) {
                show(out, ROMAN, 10, i == 0 ? LEFT + 10 : LEFT, y, paragraph.get(i));
                y -= LEADING;
            }
        }
        return y;
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
