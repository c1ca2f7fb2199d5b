package io.newsroom.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsroom.contract.Ids;

/**
 * The benchmark's pages, generated at run time from the shared evaluation text and never written
 * into the repository: four Chinese pages for every English one. Every page has distinct bytes, so
 * every page is new to the stack.
 */
public final class Corpus {

    private final ChinesePages chinese;
    private final EnglishPages english;
    private final long seed;
    private final Set<String> pageIds = new HashSet<>();
    private int nextChinese;
    private int nextEnglish;

    public Corpus(Path shared, long seed) throws IOException {
        Path articles = shared.resolve("eval/articles/rmrb-2020-05");
        Path html = shared.resolve("eval/html/pages");
        if (!Files.isDirectory(articles) || !Files.isDirectory(html)) {
            throw new IOException("the benchmark composes its pages from " + articles + " and " + html
                    + ": set NEWSROOM_SHARED to the shared folder");
        }
        this.chinese = new ChinesePages(articles, seed);
        this.english = new EnglishPages(html);
        this.seed = seed;
    }

    /** {@code count} new pages named {@code prefix00001-zh.txt}, {@code prefix00005-en.html}, ... */
    public List<CorpusPage> pages(String prefix, int count) throws IOException {
        List<CorpusPage> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean en = i % 5 == 4;
            String name = prefix + String.format("%05d", i) + (en ? "-en.html" : "-zh.txt");
            byte[] bytes = null;
            for (int variant = 0; bytes == null || !pageIds.add(Ids.page(bytes)); variant++) {
                bytes = en ? english.page(nextEnglish, name + " " + variant) : chinese.page(nextChinese, seed, variant);
                if (variant > 10) {
                    bytes = (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + "\n".repeat(variant))
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // a page the composer keeps setting alike
                }
            }
            if (en) {
                nextEnglish++;
            } else {
                nextChinese++;
            }
            pages.add(new CorpusPage(name, bytes, en ? "en" : "zh"));
        }
        return pages;
    }
}
