package io.newsroom.enrich.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import io.newsroom.enrich.clean.PrintedLine;

/**
 * Runs PDFBox's content-stream interpreter and keeps each page's glyphs with their positions, so
 * that {@link Layout} can order them; PDFBox's own text output is not used. Doubled glyphs are
 * dropped here, as they arrive.
 */
final class GlyphCollector extends PDFTextStripper {

    private final int maxGlyphsPerPage;
    private final List<List<PrintedLine>> pages = new ArrayList<>();
    private List<Glyph> glyphs = new ArrayList<>();
    private DoubledGlyphFilter doubled;
    private boolean tooManyGlyphs;

    GlyphCollector(int maxGlyphsPerPage) {
        this.maxGlyphsPerPage = maxGlyphsPerPage;
    }

    /** Each page's lines in reading order. */
    List<List<PrintedLine>> pages() {
        return pages;
    }

    boolean tooManyGlyphs() {
        return tooManyGlyphs;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
        doubled = new DoubledGlyphFilter(6f);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || tooManyGlyphs) {
            return;
        }
        if (glyphs.size() >= maxGlyphsPerPage) {
            tooManyGlyphs = true;
            return;
        }
        float height = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.7f);
        Glyph g = new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), height, text);
        if (doubled.accept(g)) {
            glyphs.add(g);
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        pages.add(Layout.lines(glyphs));
        glyphs = new ArrayList<>();
    }
}
