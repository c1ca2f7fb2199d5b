package io.newsroom.enrich.format.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.newsroom.enrich.pipeline.UnprocessablePageException;

/** The text of a loaded PDF in reading order: every printed line followed by a blank line. */
public final class PdfPageText {

    private PdfPageText() {
    }

    public static String of(PDDocument doc, int maxGlyphsPerPage) throws IOException, UnprocessablePageException {
        GlyphCollector collector = new GlyphCollector(maxGlyphsPerPage);
        collector.getText(doc);
        if (collector.tooManyGlyphs()) {
            throw new UnprocessablePageException("a page draws more than " + maxGlyphsPerPage + " characters");
        }
        StringBuilder out = new StringBuilder();
        for (List<String> page : collector.pages()) {
            for (String line : page) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
