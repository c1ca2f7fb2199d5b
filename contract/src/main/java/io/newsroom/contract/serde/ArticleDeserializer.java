package io.newsroom.contract.serde;

import io.newsroom.contract.Article;

public class ArticleDeserializer extends JsonDeserializer<Article> {
    public ArticleDeserializer() {
        super(Article.class);
    }
}
