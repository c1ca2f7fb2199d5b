package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CategorizerTest {

    private final Categorizer categorizer = new Categorizer();

    @Test
    void taxonomyIsFixed() {
        assertTrue(Categorizer.taxonomy().containsAll(List.of("politics", "economy", "society", "technology", "culture", "sports",
                "military", "international", "education", "health", "environment", "law")));
    }

    @Test
    void sportsArticle() {
        List<String> title = List.of("株洲", "队", "夺得", "联赛", "冠军");
        List<String> body = List.of("比赛", "中", "球队", "教练", "运动员", "表现", "出色", "冠军", "篮球");
        assertEquals("sports", categorizer.categorize(title, body).get(0));
    }

    @Test
    void englishEconomyArticle() {
        List<String> body = List.of("the", "company", "said", "profit", "rose", "as", "investors", "bought", "shares", "market");
        assertEquals(List.of("economy"), categorizer.categorize(List.of("profit", "jumps"), body));
    }

    @Test
    void weakCueWordsCountHalf() {
        // invented: a company's orders, told with the innovation-and-platform words of any field's reform
        List<String> body = List.of("企业", "依托", "平台", "创新", "技术", "数据", "网络", "投资", "订单");
        assertEquals("economy", categorizer.categorize(List.of(), body).get(0));
        // invented: a television series' new season, not a sports season
        List<String> english = List.of("the", "new", "season", "of", "the", "game", "show", "television", "episode", "final", "games", "netflix");
        assertEquals("culture", categorizer.categorize(List.of(), english).get(0));
    }

    @Test
    void everyWeakWordIsALexiconWord() {
        Set<String> lexicon = new HashSet<>();
        for (String line : Lexicon.lines("categories.txt")) {
            for (String entry : line.split("\t", 2)[1].split("\\s+")) {
                lexicon.add(entry.toLowerCase(Locale.ROOT));
            }
        }
        List<String> missing = new ArrayList<>(Categorizer.weakWords());
        missing.removeAll(lexicon);
        assertEquals(List.of(), missing);
    }

    @Test
    void atMostTwoAndAFallback() {
        List<String> body = List.of("学校", "学生", "教师", "医院", "医生", "患者", "比赛", "冠军", "法院", "判决", "军队", "官兵");
        assertTrue(categorizer.categorize(List.of(), body).size() <= 2);
        assertEquals(List.of(Categorizer.FALLBACK), categorizer.categorize(List.of(), List.of("今天", "天气", "不错")));
    }

    @Test
    void everyChineseLexiconEntryIsAWordTheSegmenterProducesWhole() {
        // the categorizer counts segmented words: an entry cut in pieces (防控 as 防 / 控) would never match
        List<String> cut = new ArrayList<>();
        for (String line : Lexicon.lines("categories.txt")) {
            for (String entry : line.split("\t", 2)[1].split("\\s+")) {
                if (!entry.codePoints().anyMatch(Character::isIdeographic)) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                ChineseSegmenter.paragraphs("他说" + entry + "。").forEach(p -> p.forEach(t -> words.add(t.word)));
                if (!words.contains(entry)) {
                    cut.add(entry + " -> " + words);
                }
            }
        }
        assertEquals(List.of(), cut);
    }
}
