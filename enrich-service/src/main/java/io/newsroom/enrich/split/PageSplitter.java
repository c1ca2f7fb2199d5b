package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.enrich.clean.PageLineReader;
import io.newsroom.enrich.clean.PrintedLine;
import io.newsroom.enrich.clean.SpacingNormaliser;
import io.newsroom.enrich.pipeline.ArticleDraft;
import io.newsroom.text.ChineseScript;
import io.newsroom.text.PrintedScript;

/**
 * Splits the text of a newspaper page (as PDF extraction leaves it) into clean articles: lines are
 * cleaned one by one ({@link PageLineReader}), rejoined into paragraphs with headings and bylines picked
 * out ({@link LayoutReader}), grouped into articles ({@link ArticleAssembler}), then each article's text
 * is normalised. Thread-safe: no state is kept between calls.
 */
public class PageSplitter {

    private final SpacingNormaliser spacing = new SpacingNormaliser();
    private final WordBoundary words = new WordBoundary();

    public List<ArticleDraft> split(String pageText) {
        if (pageText == null || pageText.isBlank()) {
            return List.of();
        }
        return split(PrintedLine.of(pageText));
    }

    /**
     * Splits printed lines, which may carry their type sizes (from a PDF): display type marks
     * headlines. A page in traditional characters is split as its simplified copy, since the
     * cleaning and layout rules read simplified Chinese, and its articles come back as printed.
     */
    public List<ArticleDraft> split(List<PrintedLine> printed) {
        List<String> texts = printed.stream().map(PrintedLine::text).toList();
        if (!ChineseScript.isTraditional(String.join("\n", texts))) {
            return splitLines(printed);
        }
        PrintedScript script = PrintedScript.of(texts);
        List<String> copies = script.simplifiedPieces();
        List<PrintedLine> copy = new ArrayList<>(printed.size());
        for (int k = 0; k < printed.size(); k++) {
            copy.add(printed.get(k).withText(copies.get(k)));
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        for (ArticleDraft draft : splitLines(copy)) {
            drafts.add(new ArticleDraft(script.printed(draft.kicker()), script.printed(draft.title()), script.printed(draft.subtitle()),
                    script.printed(draft.authors()), script.printed(draft.publication()), script.printed(draft.body()),
                    draft.publishedDate(), script.printed(draft.jumps()), draft.languageHint()));
        }
        return drafts;
    }

    private List<ArticleDraft> splitLines(List<PrintedLine> printed) {
        PageLineReader.Page page = new PageLineReader().read(printed);
        BylineParser bylines = new BylineParser();
        if (printed.stream().allMatch(l -> l.typeScale() == PrintedLine.UNKNOWN_SCALE) && EnglishPageReader.isLatinPage(page.lines())) {
            return english(page, bylines);
        }
        List<PageItem> items = new LayoutReader(bylines, words).read(page.lines());
        List<ArticleDraft> drafts = new ArrayList<>();
        for (Piece piece : new ArticleAssembler().assemble(items)) {
            List<String> paragraphs = new ArrayList<>(piece.paragraphs.size());
            for (String p : piece.paragraphs) {
                // a heading kept in the text keeps its lines apart (see PageItem.Heading#asText)
                for (String line : p.split("\n")) {
                    String clean = spacing.normalise(line).strip();
                    if (!clean.isEmpty()) {
                        paragraphs.add(clean);
                    }
                }
            }
            if (paragraphs.isEmpty() && piece.headline.isEmpty()) {
                continue;
            }
            Headline headline = piece.headlineScales.size() == piece.headline.size() && !piece.headline.isEmpty()
                    ? Headline.typed(piece.headline, piece.headlineScales) : Headline.of(piece.headline);
            drafts.add(new ArticleDraft(headline.kicker(), headline.title(), headline.subtitle(), piece.authors, publication(piece.byline, page),
                    String.join("\n\n", paragraphs), page.date(), piece.jumps, null));
        }
        return drafts;
    }

    /** A page of English text with no type sizes: read by {@link EnglishPageReader}'s rules for words. */
    private List<ArticleDraft> english(PageLineReader.Page page, BylineParser bylines) {
        List<ArticleDraft> drafts = new ArrayList<>();
        for (EnglishPageReader.Article a : new EnglishPageReader(bylines).read(page.lines())) {
            List<String> paragraphs = a.paragraphs().stream().map(p -> spacing.normalise(p).strip()).filter(p -> !p.isEmpty()).toList();
            if (paragraphs.isEmpty() && a.headline() == null) {
                continue;
            }
            drafts.add(new ArticleDraft(null, a.headline(), null, a.byline() == null ? List.of() : a.byline().authors(), publication(a.byline(), page),
                    String.join("\n\n", paragraphs), page.date(), a.jumps(), "en"));
        }
        return drafts;
    }

    /** The paper its byline names, else the page's masthead. */
    private static String publication(Byline byline, PageLineReader.Page page) {
        return byline != null && byline.publication() != null ? byline.publication() : page.masthead();
    }
}
