package io.newsroom.enrich.tag;

import java.util.List;

import io.newsroom.contract.Entities;

/** What the tagger finds in one article. */
public record Tags(String language, Entities entities, List<String> keywords, List<String> categories, String summary) {
}
