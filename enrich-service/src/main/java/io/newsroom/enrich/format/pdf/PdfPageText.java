package io.newsroom.enrich.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.pipeline.UnprocessablePageException;

/** The lines of a loaded PDF in reading order, page after page, each with its type size. */
public final class PdfPageText {

    private PdfPageText() {
    }

    public static List<PrintedLine> of(PDDocument doc, int maxGlyphsPerPage) throws IOException, UnprocessablePageException {
        GlyphCollector collector = new GlyphCollector(maxGlyphsPerPage);
        collector.getText(doc);
        if (collector.tooManyGlyphs()) {
            throw new UnprocessablePageException("a page draws more than " + maxGlyphsPerPage + " characters");
        }
        List<PrintedLine> lines = new ArrayList<>();
        collector.pages().forEach(lines::addAll);
        return lines;
    }
}
