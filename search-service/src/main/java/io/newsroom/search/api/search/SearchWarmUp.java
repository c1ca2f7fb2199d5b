package io.newsroom.search.api.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.newsroom.search.index.ArticleIndex;
import io.newsroom.search.query.QueryParser;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the dictionaries a search reads (segmenter, script conversion, pinyin) at start-up: searches
 * run on the event loop, where loading them on the first request would stall it for seconds.
 */
@ApplicationScoped
class SearchWarmUp {

    private static final String SAMPLE = "新闻 報道 xinwen news";

    @Inject
    ArticleIndex index;

    void onStart(@Observes StartupEvent event) {
        for (Supplier<SearchAttempts.Attempt> attempt : SearchAttempts.of(SAMPLE, QueryParser.parse(SAMPLE), true, index.segmenter())) {
            attempt.get();
        }
    }
}
