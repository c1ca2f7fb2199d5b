package io.newsroom.enrich.tag;

import java.util.List;

import io.newsroom.contract.Entities;
import io.newsroom.enrich.pipeline.ArticleDraft;

/** Tags an article. First version: language by script only. */
public class ArticleTagger {

    public Tags tag(ArticleDraft draft) {
        String body = draft.body();
        long han = body.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        String language = han * 5 > body.length() ? "zh" : "en";
        String summary = body.split("(?<=[。！？.!?])", 2)[0];
        return new Tags(language, Entities.none(), List.of(), List.of(), summary);
    }
}
