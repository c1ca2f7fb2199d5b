package io.newsroom.bench.corpus;

/** One generated page: the file name it is dropped under, its bytes, and its language (zh or en). */
public record CorpusPage(String name, byte[] bytes, String language) {

    public boolean chinese() {
        return "zh".equals(language);
    }
}
