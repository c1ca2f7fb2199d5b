package io.newsroom.bench.corpus;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.newsroom.quality.PageComposer;
import io.newsroom.quality.compose.PageComposition;
import io.newsroom.quality.compose.SourceArticle;

/**
 * Raw Chinese newspaper pages in the sample's style, set by the quality module's composer from the
 * articles printed together on one real page. A printed page is set again in another style when the
 * corpus needs more pages than the paper printed; every tenth page is encoded in GB18030, as pages
 * from older systems are.
 */
final class ChinesePages {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Map<String, List<SourceArticle>> printedPages;
    private final List<String> keys;

    ChinesePages(Path articlesDir, long seed) throws IOException {
        printedPages = PageComposer.readPages(articlesDir);
        keys = new ArrayList<>(printedPages.keySet());
        if (keys.isEmpty()) {
            throw new IOException("no articles in " + articlesDir);
        }
        Collections.shuffle(keys, new Random(seed));
    }

    /** The i-th page; {@code variant} changes the typesetting choices when a page came out twice. */
    byte[] page(int i, long seed, int variant) {
        String key = keys.get(i % keys.size());
        LocalDate date = LocalDate.parse(key.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        int pageNumber = Integer.parseInt(key.substring(9));
        Random random = new Random(seed * 1_000_003L + i * 7919L + variant);
        String text = new PageComposition(random).compose("page-" + key + ".txt", date, pageNumber, printedPages.get(key)).text();
        return text.getBytes(i % 10 == 9 ? GB18030 : StandardCharsets.UTF_8);
    }
}
