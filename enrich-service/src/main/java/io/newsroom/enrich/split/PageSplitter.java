package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.enrich.pipeline.ArticleDraft;

/** Splits the text of a page into articles. First version: one article, lines rejoined. */
public class PageSplitter {

    public List<ArticleDraft> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String p = block.replaceAll("\\s*\\n\\s*", "").strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        return List.of(new ArticleDraft(null, paragraphs.get(0), null, List.of(), null, String.join("\n\n", paragraphs), null, List.of(), null));
    }
}
