package io.newsroom.enrich.format.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import io.newsroom.enrich.clean.PrintedLine;

/**
 * Runs PDFBox's content-stream interpreter and keeps each page's glyphs with their positions, so
 * that {@link Layout} can order them; PDFBox's own text output is not used. Doubled glyphs are
 * dropped here, as they arrive, and each glyph notes whether it was drawn bold.
 */
final class GlyphCollector extends PDFTextStripper {

    private final int maxGlyphsPerPage;
    private final List<List<PrintedLine>> pages = new ArrayList<>();
    private DoubledGlyphFilter glyphs;
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
        glyphs = new DoubledGlyphFilter(6f);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || tooManyGlyphs) {
            return;
        }
        if (glyphs.kept().size() >= maxGlyphsPerPage) {
            tooManyGlyphs = true;
            return;
        }
        float height = Math.max(t.getHeightDir(), t.getFontSizeInPt() * 0.7f);
        glyphs.accept(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), height, text, isBold(t)));
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        pages.add(Layout.lines(glyphs.kept()));
        glyphs = new DoubledGlyphFilter(6f);
    }

    /** A bold font, or type stroked as well as filled (how layout programs embolden a font that has no bold). */
    private boolean isBold(TextPosition t) {
        if (getGraphicsState().getTextState().getRenderingMode().isStroke()) {
            return true;
        }
        PDFont font = t.getFont();
        PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
        if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
            return true;
        }
        String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy");
    }
}
