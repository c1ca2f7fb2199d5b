package io.newsroom.enrich.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.format.pdf.PdfPageText;
import io.newsroom.enrich.pipeline.UnprocessablePageException;

/**
 * Extracts the text of a PDF (a newspaper page or a few) in reading order: columns left to right,
 * each top to bottom, without the doubled glyphs of fake-bold headlines. The output has the shape
 * of text extracted from newspaper PDFs elsewhere: one printed line per line, a blank line after
 * each, pages one after another, so the page splitter treats both the same way.
 *
 * <p>Memory stays bounded: the file size, the page count, each page's decoded content and the
 * glyphs kept per page all have limits, and PDFBox buffers in temporary files beyond a few MB.
 */
public class PdfTextExtractor {

    /** Limits that keep a hostile or absurd file from exhausting the service. */
    public record Limits(long maxBytes, int maxPages, long maxContentBytesPerPage, int maxGlyphsPerPage) {
        public static final Limits DEFAULT = new Limits(100L << 20, 200, 32L << 20, 400_000);
    }

    private static final long MAIN_MEMORY_FOR_STREAMS = 16L << 20;

    private final Limits limits;

    public PdfTextExtractor() {
        this(Limits.DEFAULT);
    }

    public PdfTextExtractor(Limits limits) {
        this.limits = limits;
    }

    /** The text: one printed line per line, a blank line after each. */
    public String extract(byte[] pdf) throws UnprocessablePageException {
        return PrintedLine.text(lines(pdf));
    }

    /** The printed lines in reading order, with their type sizes, for the page splitter. */
    public List<PrintedLine> lines(byte[] pdf) throws UnprocessablePageException {
        if (pdf == null || pdf.length == 0) {
            throw new UnprocessablePageException("PDF page without its bytes");
        }
        if (pdf.length > limits.maxBytes()) {
            throw new UnprocessablePageException("the PDF is " + (pdf.length >> 20) + " MB, above the limit of "
                    + (limits.maxBytes() >> 20) + " MB");
        }
        if (!startsWith(pdf, "%PDF-")) {
            throw new UnprocessablePageException("not a PDF: the file does not start with %PDF-");
        }
        if (!hasEndMarker(pdf)) {
            throw new UnprocessablePageException("the PDF is truncated: no %%EOF marker at its end");
        }
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMixed(MAIN_MEMORY_FOR_STREAMS).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new UnprocessablePageException("the PDF is damaged: it has no readable page");
            }
            if (pages > limits.maxPages()) {
                throw new UnprocessablePageException("the PDF has " + pages + " pages, above the limit of " + limits.maxPages());
            }
            for (int i = 0; i < pages; i++) {
                checkContentSize(doc.getPage(i), i + 1);
            }
            List<PrintedLine> lines = PdfPageText.of(doc, limits.maxGlyphsPerPage());
            if (lines.stream().allMatch(l -> l.text().isBlank())) {
                throw new UnprocessablePageException("the PDF has no text layer (a scanned page needs OCR)");
            }
            return lines;
        } catch (InvalidPasswordException e) {
            throw new UnprocessablePageException("the PDF is encrypted with a password", e);
        } catch (IOException | RuntimeException e) {
            throw new UnprocessablePageException("the PDF is damaged and cannot be read: " + e.getMessage(), e);
        }
    }

    /** Decodes the page's content streams once, counting, so a compression bomb stops early. */
    private void checkContentSize(PDPage page, int number) throws IOException, UnprocessablePageException {
        if (!page.hasContents()) {
            return;
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = page.getContents()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limits.maxContentBytesPerPage()) {
                    throw new UnprocessablePageException("page " + number + " decodes to more than "
                            + (limits.maxContentBytesPerPage() >> 20) + " MB of drawing instructions");
                }
            }
        }
    }

    private static boolean startsWith(byte[] data, String prefix) {
        // a few bytes of junk before the header are tolerated by readers, and by us
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(data.length - p.length, 1024);
        outer:
        for (int start = 0; start <= limit; start++) {
            for (int i = 0; i < p.length; i++) {
                if (data[start + i] != p[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean hasEndMarker(byte[] data) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        int from = Math.max(0, data.length - 2048);
        for (int start = data.length - marker.length; start >= from; start--) {
            boolean match = true;
            for (int i = 0; i < marker.length && match; i++) {
                match = data[start + i] == marker[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

}
