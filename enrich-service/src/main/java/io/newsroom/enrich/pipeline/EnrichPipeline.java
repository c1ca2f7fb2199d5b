package io.newsroom.enrich.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.newsroom.contract.Article;
import io.newsroom.contract.Ids;
import io.newsroom.contract.RawPage;
import io.newsroom.enrich.format.HtmlArticleExtractor;
import io.newsroom.enrich.format.PdfTextExtractor;
import io.newsroom.enrich.split.PageSplitter;
import io.newsroom.enrich.tag.ArticleTagger;
import io.newsroom.enrich.tag.Tags;

/**
 * The enrichment of one raw page: read its format, split it into articles, tag each one.
 *
 * <p>Plain Java with no framework, so the Kafka consumer and the offline {@code ./newsroom enrich}
 * preview run exactly the same code. Thread-safe: it holds no per-page state.
 */
public class EnrichPipeline {

    private final HtmlArticleExtractor html;
    private final PdfTextExtractor pdf;
    private final PageSplitter splitter;
    private final ArticleTagger tagger;

    public EnrichPipeline(HtmlArticleExtractor html, PdfTextExtractor pdf, PageSplitter splitter, ArticleTagger tagger) {
        this.html = html;
        this.pdf = pdf;
        this.splitter = splitter;
        this.tagger = tagger;
    }

    /** The pipeline with its default parts. */
    public static EnrichPipeline standard() {
        return new EnrichPipeline(new HtmlArticleExtractor(), new PdfTextExtractor(), new PageSplitter(), new ArticleTagger());
    }

    /**
     * All articles on the page, in page order.
     *
     * @throws UnprocessablePageException when the page cannot be read; the message says why
     */
    public List<Article> enrich(RawPage page) throws UnprocessablePageException {
        List<ArticleDraft> drafts = switch (page.contentType() == null ? RawPage.TEXT_PLAIN : page.contentType()) {
            case RawPage.TEXT_HTML -> List.of(html.extract(requireText(page)));
            case RawPage.APPLICATION_PDF -> splitter.split(pdf.lines(page.content()));
            default -> splitter.split(requireText(page));
        };
        List<Article> articles = new ArrayList<>(drafts.size());
        LocalDate namedDate = FileNameDate.in(page.fileName());
        for (ArticleDraft draft : drafts) {
            if (draft.body() == null || draft.body().isBlank()) {
                continue;
            }
            int position = articles.size();
            Tags tags = tagger.tag(draft);
            articles.add(new Article(
                    Ids.article(page.pageId(), position),
                    page.pageId(),
                    page.fileName(),
                    position,
                    draft.publication(),
                    draft.kicker(),
                    draft.title(),
                    draft.subtitle(),
                    draft.authors(),
                    draft.body(),
                    tags.language(),
                    draft.publishedDate() != null ? draft.publishedDate() : namedDate,
                    tags.entities(),
                    tags.keywords(),
                    tags.categories(),
                    tags.summary(),
                    draft.jumps(),
                    page.receivedAt()));
        }
        return articles;
    }

    private static String requireText(RawPage page) throws UnprocessablePageException {
        if (page.text() == null) {
            throw new UnprocessablePageException("page " + page.pageId() + " of type " + page.contentType() + " carries no text");
        }
        return page.text();
    }
}
