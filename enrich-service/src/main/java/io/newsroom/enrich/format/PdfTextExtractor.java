package io.newsroom.enrich.format;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import io.newsroom.enrich.pipeline.UnprocessablePageException;

/** Extracts the text of a PDF page in reading order. */
public class PdfTextExtractor {

    public String extract(byte[] pdf) throws UnprocessablePageException {
        if (pdf == null) {
            throw new UnprocessablePageException("PDF page without its bytes");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                throw new UnprocessablePageException("the PDF is encrypted");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UnprocessablePageException("cannot read the PDF: " + e.getMessage(), e);
        }
    }
}
