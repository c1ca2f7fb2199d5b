package io.newsroom.quality.compose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import io.newsroom.quality.gold.GoldArticle;
import io.newsroom.quality.gold.GoldPage;

/**
 * Sets the articles of one printed page as a newspaper PDF, the way a paper's layout system does: a
 * masthead line, then article blocks, each a headline across its width (kicker, title in bold, dashed
 * subtitle), a byline and the body in balanced justified columns; two short articles may share a row
 * side by side, and an article longer than the page runs on over the next page. Bold is either a
 * stroked fill or the glyphs drawn twice a hair apart (fake bold, the cause of doubled runs in
 * extracted text). Headlines stand above their articles here, as geometry puts them; the plain-text
 * composer ({@link PageComposition}) covers headlines printed after their bodies.
 *
 * <p>The gold annotation is the same as for composed text pages, so {@code quality articles} scores
 * the PDF path (text extraction in reading order, then cleaning and splitting) on real articles.
 *
 * <p>An English page ({@link #composeEnglish}) is set the way English papers set type: Times in a real bold face
 * for headlines, a byline {@code By Jane Doe}, the body wrapped between words and justified by widening the
 * spaces between them, the masthead the paper's name, the date and the page number on one line.
 */
public final class PdfPageComposition {

    /** A TrueType-outline CJK font PDFBox can embed (Debian: fonts-wqy-microhei). */
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private static final float WIDTH = PDRectangle.A3.getWidth();
    private static final float HEIGHT = PDRectangle.A3.getHeight();
    private static final float MARGIN = 42;
    private static final float GUTTER = 12;
    private static final float BODY_SIZE = 9.5f;
    private static final float LEADING = 13.5f;
    private static final float BLOCK_GAP = 22;
    /** Between two stories set side by side: wider than a column gutter, as papers part stories. */
    private static final float STORY_GAP = 3 * GUTTER;
    /** Articles this short (in characters) may share a row with the next short one. */
    private static final int SHORT_ARTICLE = 900;
    /**
     * A short item with a plain title may be set as a brief: its title in bold only a little larger than the body
     * (under display type) or, on some pages, in the body's own type, as papers title their news in brief, so a reader
     * of type sizes cannot rely on display type alone to find where every article begins, nor on type size at all.
     */
    private static final int BRIEF_LENGTH = 600;
    private static final double BRIEFS = 0.4;
    /** Papers title briefs a size above the body or in the body's own type, in bold: the page chooses one. */
    private static final float[] BRIEF_TITLE_SIZES = {11f, BODY_SIZE};
    /** An English character says about a third of what a Chinese one does: the length thresholds scale by this. */
    private static final int ENGLISH_CHARS_PER_HAN = 3;
    static final String ENGLISH_PUBLICATION = "The Newsroom Herald";
    private static final String NO_LINE_START = "，。、；：！？）》」』”’…%·";

    private final Random random;
    private final boolean strokedBold;
    private final float briefTitleSize;
    private PDDocument doc;
    private PDFont font;
    /** A bold face of the font, or null: then bold is stroked or drawn twice, as for CJK fonts without one. */
    private PDFont boldFont;
    private boolean english;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PDPageContentStream out;
    private float y;
    private String masthead;

    public PdfPageComposition(Random random) {
        this.random = random;
        this.strokedBold = random.nextBoolean();
        this.briefTitleSize = BRIEF_TITLE_SIZES[random.nextInt(BRIEF_TITLE_SIZES.length)];
    }

    /** The PDF bytes and their gold annotation. */
    public record Composed(byte[] pdf, GoldPage gold) {
    }

    public Composed compose(String pageName, LocalDate date, int pageNumber, List<SourceArticle> articles) {
        if (!Files.isRegularFile(CJK_FONT)) {
            throw new IllegalStateException("composing PDFs needs the CJK font " + CJK_FONT + " (Debian: apt-get install fonts-wqy-microhei)");
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            doc = document;
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiMicroHei");
            font = PDType0Font.load(doc, ttf, true);
            boldFont = null;
            english = false;
            masthead = PageComposition.PUBLICATION + "  " + date.getYear() + "年" + date.getMonthValue() + "月"
                    + date.getDayOfMonth() + "日  " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)
                    + "  第" + pageNumber + "版";
            List<String> sources = articles.stream().map(SourceArticle::file).toList();
            return set(pageName, PageComposition.PUBLICATION, sources, articles.stream().map(this::block).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An English page: each article with its headline, perhaps a byline (on the page's share of them) and body. */
    public Composed composeEnglish(String pageName, LocalDate date, int pageNumber, List<EnglishPageComposition.Source> articles) {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            boldFont = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            english = true;
            masthead = ENGLISH_PUBLICATION.toUpperCase(Locale.ROOT) + "    "
                    + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                    + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth() + ", "
                    + date.getYear() + "    Page A" + pageNumber;
            double bylines = random.nextDouble();
            List<Block> blocks = new ArrayList<>();
            for (EnglishPageComposition.Source a : articles) {
                blocks.add(englishBlock(a, random.nextDouble() < bylines ? EnglishPageComposition.randomName(random) : null));
            }
            return set(pageName, ENGLISH_PUBLICATION, List.of(), blocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the blocks on as many pages as they take; the document must be open. */
    private Composed set(String pageName, String publication, List<String> sources, List<Block> blocks) throws IOException {
        newPage();
        List<GoldArticle> gold = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block a = blocks.get(i);
            Block b = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (b != null && a.length < shortArticle() && b.length < shortArticle() && random.nextBoolean()
                    && fitsSideBySide(a, b)) {
                float half = (WIDTH - 2 * MARGIN - STORY_GAP) / 2;
                float top = y;
                float endA = setBlock(a, MARGIN, half, 2, top);
                float endB = setBlock(b, MARGIN + half + STORY_GAP, half, 2, top);
                y = Math.min(endA, endB) - BLOCK_GAP;
                gold.add(a.gold);
                gold.add(b.gold);
                i++;
            } else {
                if (y - MARGIN < (HEIGHT - 2 * MARGIN) * 0.2) {
                    newPage();
                }
                y = setBlock(a, MARGIN, WIDTH - 2 * MARGIN, 3 + random.nextInt(2), y) - BLOCK_GAP;
                gold.add(a.gold);
            }
        }
        for (PDPageContentStream s : streams) {
            s.close();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return new Composed(bytes.toByteArray(), new GoldPage(pageName, publication, sources, gold, null));
    }

    /** The face headlines are measured in: the bold one where the font has it. */
    private PDFont titleFace() {
        return boldFont != null ? boldFont : font;
    }

    private int shortArticle() {
        return english ? SHORT_ARTICLE * ENGLISH_CHARS_PER_HAN : SHORT_ARTICLE;
    }

    /**
     * One article ready to set: its headline lines as printed, byline and paragraphs, only characters the font can
     * draw. A headline's phrases are set a full em apart (送上新春祝福　共叙鱼水深情), wider than any justification.
     */
    private record Block(String kicker, String title, String subtitle, String byline, List<String> paragraphs,
            int length, boolean brief, GoldArticle gold) {
    }

    private Block block(SourceArticle a) {
        String kicker = a.kicker() == null ? null : drawable(a.kicker());
        String title = drawable(a.title());
        String printedKicker = kicker == null ? null : kicker.replace(' ', '\u3000');
        String subtitle = a.subtitle() == null ? null : drawable(a.subtitle());
        List<String> paragraphs = a.paragraphs().stream().map(this::drawable).filter(p -> !p.isBlank()).toList();
        String byline = a.authors().isEmpty() || a.authorsInDateline() ? null : "本报记者　" + String.join("　", a.authors());
        GoldArticle gold = GoldArticle.full(kicker, title, subtitle == null ? null : PageComposition.printedSubtitle(subtitle),
                SourceArticle.withCredited(a.authors(), paragraphs), String.join("\n\n", paragraphs), List.of());
        int length = paragraphs.stream().mapToInt(String::length).sum();
        boolean brief = kicker == null && subtitle == null && length < BRIEF_LENGTH && random.nextDouble() < BRIEFS;
        return new Block(printedKicker, title.replace(' ', '\u3000'), subtitle, byline, paragraphs, length, brief, gold);
    }

    private Block englishBlock(EnglishPageComposition.Source a, String author) {
        String title = drawable(a.title());
        List<String> paragraphs = a.paragraphs().stream().map(this::drawable).filter(p -> !p.isBlank()).toList();
        List<String> authors = author == null ? List.of() : List.of(author);
        GoldArticle gold = GoldArticle.full(null, title, null, authors, String.join("\n\n", paragraphs), List.of());
        int length = paragraphs.stream().mapToInt(String::length).sum();
        boolean brief = length < BRIEF_LENGTH * ENGLISH_CHARS_PER_HAN && random.nextDouble() < BRIEFS;
        return new Block(null, title, null, author == null ? null : "By " + author, paragraphs, length, brief, gold);
    }

    /** A line of the body column: its text, whether it is bold and whether it ends its paragraph. */
    private record Line(String text, boolean bold, boolean last, float indent) {
    }

    private boolean fitsSideBySide(Block a, Block b) {
        float half = (WIDTH - 2 * MARGIN - STORY_GAP) / 2;
        return Math.max(height(a, half, 2), height(b, half, 2)) < y - MARGIN;
    }

    private float height(Block b, float width, int columns) {
        float column = (width - GUTTER * (columns - 1)) / columns;
        int lines = bodyLines(b, column).size();
        return headlineHeight(b, width) + LEADING * (float) Math.ceil(lines / (double) columns);
    }

    /** Sets a block from {@code top} down; returns where it ends, on whatever page it ends. */
    private float setBlock(Block b, float x, float width, int columns, float top) throws IOException {
        float cursor = top;
        if (b.kicker != null) {
            cursor -= 14;
            show(b.kicker, x, cursor, 11, false, 0);
            cursor -= 4;
        }
        float titleSize = titleSize(b, width);
        List<String> titleLines = wrap(b.title, width, titleSize, 0, titleFace());
        for (String line : titleLines) {
            cursor -= titleSize + 4;
            show(line, x, cursor, titleSize, true, 0);
        }
        if (b.subtitle != null) {
            cursor -= 16;
            show(PageComposition.printedSubtitle(b.subtitle), x, cursor, 12, false, 0);
        }
        if (b.byline != null) {
            cursor -= 15;
            show(b.byline, x, cursor, 10, false, 0);
        }
        cursor -= 8;
        float column = (width - GUTTER * (columns - 1)) / columns;
        List<Line> lines = bodyLines(b, column);
        int from = 0;
        while (from < lines.size()) {
            int perColumn = (int) Math.floor((cursor - MARGIN) / LEADING);
            int left = lines.size() - from;
            int onThisPage;
            int rows;
            if (perColumn * columns >= left) {
                rows = (int) Math.ceil(left / (double) columns);
                onThisPage = left;
            } else if (perColumn < 3) {
                newPage();
                cursor = y;
                continue;
            } else {
                rows = perColumn;
                onThisPage = perColumn * columns;
            }
            for (int i = 0; i < onThisPage; i++) {
                Line line = lines.get(from + i);
                float lx = x + (i / rows) * (column + GUTTER) + line.indent;
                float ly = cursor - LEADING * (i % rows + 1);
                // justified: full lines stretched to the column, and any line a closing mark would push past
                // the column squeezed back into it, as layout systems do, so the gutter stays clear
                float room = column - line.indent - textWidth(line.text, BODY_SIZE);
                if (english) {
                    showJustified(line.text, lx, ly, line.bold, !line.last || room < 0 ? room : 0);
                } else {
                    float spacing = line.text.length() > 1 && (!line.last || room < 0) ? room / (line.text.length() - 1) : 0;
                    show(line.text, lx, ly, BODY_SIZE, line.bold, spacing);
                }
            }
            from += onThisPage;
            cursor -= LEADING * rows;
            if (from < lines.size()) {
                newPage();
                cursor = y;
            }
        }
        return cursor;
    }

    private float headlineHeight(Block b, float width) {
        float size = titleSize(b, width);
        float h = wrap(b.title, width, size, 0, titleFace()).size() * (size + 4) + 8;
        h += b.kicker == null ? 0 : 18;
        h += b.subtitle == null ? 0 : 16;
        h += b.byline == null ? 0 : 15;
        return h;
    }

    /**
     * A brief's title size, else the largest size from 22 down to 15 points at which the title fits on one line.
     */
    private float titleSize(Block b, float width) {
        if (b.brief) {
            return briefTitleSize;
        }
        float size = 22;
        while (size > 15 && textWidth(b.title, size, titleFace()) > width) {
            size -= 1;
        }
        return size;
    }

    private List<Line> bodyLines(Block b, float column) {
        List<Line> lines = new ArrayList<>();
        for (String p : b.paragraphs) {
            boolean heading = PageComposition.isHeading(p);
            float indent = heading ? 0 : english ? BODY_SIZE : 2 * BODY_SIZE;
            List<String> wrapped = wrap(p, column, BODY_SIZE, indent, font);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new Line(wrapped.get(i), heading, i + 1 == wrapped.size(), i == 0 ? indent : 0));
            }
        }
        return lines;
    }

    /**
     * Greedy wrapping by measured width; a closing mark stays on its line (it may overhang the column a little).
     * English wraps between words (a word wider than the column is broken where it must be).
     */
    private List<String> wrap(String text, float width, float size, float firstIndent, PDFont face) {
        if (english) {
            return wrapWords(text, width, size, firstIndent, face);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = firstIndent;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            i += ch.length();
            float w = textWidth(ch, size, face);
            if (used + w > width && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
                used = 0;
                if (cp == ' ') {
                    continue;
                }
            }
            line.append(ch);
            used += w;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private List<String> wrapWords(String text, float width, float size, float firstIndent, PDFont face) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float room = width - firstIndent;
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, size, face) <= room || line.isEmpty() && textWidth(word, size, face) <= room) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                room = width;
            }
            // a word wider than the column (a long address) is broken where it must be
            String rest = word;
            while (textWidth(rest, size, face) > room) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), size, face) > room) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                room = width;
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** An English line justified as English is: each word placed on its own, the room shared out between words. */
    private void showJustified(String text, float x, float y, boolean bold, float room) throws IOException {
        PDFont face = bold && boldFont != null ? boldFont : font;
        String[] words = text.split(" ");
        float gap = textWidth(" ", BODY_SIZE, face) + (words.length > 1 ? room / (words.length - 1) : 0);
        float at = x;
        for (String word : words) {
            show(word, at, y, BODY_SIZE, bold, 0);
            at += textWidth(word, BODY_SIZE, face) + gap;
        }
    }

    private void show(String text, float x, float y, float size, boolean bold, float spacing) throws IOException {
        if (bold && boldFont != null) {
            showOnce(text, x, y, size, spacing, RenderingMode.FILL, boldFont);
        } else if (bold && !strokedBold) {
            // fake bold: the same glyphs drawn twice, a hair apart
            showOnce(text, x, y, size, spacing, RenderingMode.FILL, font);
            showOnce(text, x + size * 0.04f, y, size, spacing, RenderingMode.FILL, font);
        } else {
            showOnce(text, x, y, size, spacing, bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL, font);
        }
    }

    private void showOnce(String text, float x, float y, float size, float spacing, RenderingMode mode, PDFont face) throws IOException {
        out.beginText();
        out.setFont(face, size);
        out.setRenderingMode(mode);
        out.setCharacterSpacing(spacing);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private float textWidth(String text, float size) {
        return textWidth(text, size, font);
    }

    private float textWidth(String text, float size, PDFont face) {
        try {
            return face.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A3);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        streams.add(out);
        float top = HEIGHT - MARGIN;
        show(masthead, MARGIN, top - 10, 9, false, 0);
        out.moveTo(MARGIN, top - 16);
        out.lineTo(WIDTH - MARGIN, top - 16);
        out.stroke();
        y = top - 28;
    }

    /** The text without the characters the font has no glyph for, so print and gold say the same. */
    private String drawable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (printable.computeIfAbsent(cp, this::canDraw)) {
                kept.appendCodePoint(cp);
            }
        });
        return kept.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
