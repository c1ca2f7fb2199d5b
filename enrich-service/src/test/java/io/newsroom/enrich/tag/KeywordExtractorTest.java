package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.contract.Entities;

class KeywordExtractorTest {

    @Test
    void formsOfOneWordAreOneKeywordInTheFormUsedMost() {
        Map<String, Double> tf = new LinkedHashMap<>();
        tf.put("approves", 1.0);
        tf.put("approved", 2.0);
        tf.put("approving", 1.0);
        tf.put("bridges", 1.0);
        tf.put("bridge", 1.0);
        tf.put("cities", 1.0);
        tf.put("city", 1.0);
        tf.put("press", 1.0);
        Map<String, Double> merged = KeywordExtractor.mergeInflections(tf);
        assertEquals(Map.of("approved", 4.0, "bridge", 2.0, "city", 2.0, "press", 1.0), merged);
    }

    @Test
    void englishKeywordsHoldNoTwoFormsOfOneWord() {
        List<String> keywords = new KeywordExtractor().latin("Council approves harbour plan",
                "The council approved the harbour plan on Tuesday. Members who approved it said the harbour needs dredging. "
                        + "The plan approves new berths and dredging of the harbour channel.",
                Entities.none(), Set.of());
        assertTrue(keywords.stream().anyMatch(k -> k.contains("harbour")), keywords.toString());
        assertEquals(1, keywords.stream().filter(k -> k.startsWith("approv")).count(), keywords.toString());
    }

    @Test
    void aReporterNamedOnlyInTheBylineAndCommonWordsAreNoKeywords() {
        Entities entities = new Entities(List.of("Lena Park", "Omar Haddad"), List.of("Millbrook"), List.of());
        List<String> keywords = new KeywordExtractor().latin("Millbrook opens its ferry terminal",
                "Millbrook opened its ferry terminal on Friday instead of waiting for spring. Mayor Omar Haddad walked "
                        + "through the terminal, saying something about ferries. Without the terminal, ferries would be docking "
                        + "through the winter at the old pier instead.",
                entities, LanguageDetector.stopWords("en"));
        assertTrue(keywords.containsAll(List.of("Millbrook", "Omar Haddad")), keywords.toString());
        assertTrue(keywords.stream().anyMatch(k -> k.contains("terminal")), keywords.toString());
        assertTrue(keywords.stream().noneMatch(k -> Set.of("Lena Park", "through", "instead", "something", "without").contains(k)),
                keywords.toString());
    }

    @Test
    void aNameTheRecogniserRejectedIsNoKeywordAndAFullNameReplacesItsShortForm() {
        List<Term> title = List.of(new Term("青山", Nature.ns), new Term("农商银行", Nature.nt), new Term("推出", Nature.v), new Term("助农", Nature.vn),
                new Term("贷款", Nature.n));
        List<List<Term>> body = List.of(
                List.of(new Term("青山农商银行", Nature.nt), new Term("要", Nature.v), new Term("与", Nature.cc), new Term("时俱进", Nature.nr),
                        new Term("，", Nature.w), new Term("向", Nature.p), new Term("茶农", Nature.n), new Term("发放", Nature.v),
                        new Term("贷款", Nature.n), new Term("。", Nature.w)),
                List.of(new Term("农商银行", Nature.nt), new Term("与", Nature.cc), new Term("时俱进", Nature.nr), new Term("，", Nature.w),
                        new Term("农商银行", Nature.nt), new Term("贷款", Nature.n), new Term("茶农", Nature.n), new Term("茶园", Nature.n),
                        new Term("时俱进", Nature.nr), new Term("。", Nature.w)));
        Entities entities = new Entities(List.of(), List.of("青山"), List.of("农商银行", "青山农商银行"));
        List<String> keywords = new KeywordExtractor().chinese(title, body, entities);
        assertTrue(keywords.containsAll(List.of("青山农商银行", "贷款", "茶农")), keywords.toString());
        assertTrue(!keywords.contains("时俱进") && !keywords.contains("农商银行"), keywords.toString());

        Entities named = new Entities(List.of("时俱进"), List.of("青山"), List.of("青山农商银行"));
        assertTrue(new KeywordExtractor().chinese(title, body, named).contains("时俱进"), "a confirmed name stays a keyword");
    }

    @Test
    void wordsSideBySideTwiceAreOnePhraseKeyword() {
        List<String> keywords = new KeywordExtractor().latin("Harbor town weighs ferry fares",
                "The council debated ferry fares on Monday. Residents said ferry fares had doubled since spring, "
                        + "and the ferry operator blamed fuel. Fares for children stay free.",
                Entities.none(), LanguageDetector.stopWords("en"));
        assertTrue(keywords.contains("ferry fares"), keywords.toString());
        assertTrue(!keywords.contains("fares") && !keywords.contains("monday"), keywords.toString());
    }

    @Test
    void chineseNounsSideBySideTwiceAreOnePhraseKeyword() {
        List<Term> title = List.of(new Term("青山", Nature.ns), new Term("推进", Nature.v), new Term("冷链", Nature.n), new Term("物流", Nature.n));
        List<List<Term>> body = List.of(
                List.of(new Term("冷链", Nature.n), new Term("物流", Nature.n), new Term("让", Nature.v), new Term("茶叶", Nature.n),
                        new Term("走出", Nature.v), new Term("大山", Nature.n), new Term("。", Nature.w)),
                List.of(new Term("物流", Nature.n), new Term("企业", Nature.n), new Term("表示", Nature.v), new Term("，", Nature.w),
                        new Term("茶叶", Nature.n), new Term("销量", Nature.n), new Term("增长", Nature.vn), new Term("。", Nature.w)));
        List<String> keywords = new KeywordExtractor().chinese(title, body, new Entities(List.of(), List.of("青山"), List.of()));
        assertTrue(keywords.contains("冷链物流"), keywords.toString());
        assertTrue(!keywords.contains("冷链") && !keywords.contains("茶叶销量"), keywords.toString()); // 茶叶销量 is seen once
    }

    @Test
    void aPlaceNamedOnceRanksByItsOwnWeightNotAsAName() {
        Entities entities = new Entities(List.of(), List.of("Millbrook", "Riverton"), List.of());
        List<String> keywords = new KeywordExtractor().latin("Millbrook library reopens",
                "MILLBROOK — The Millbrook library reopened after repairs to its roof. Librarians moved books back onto the "
                        + "shelves, and the library's reading room reopened too. Repairs were done by a roofer from Riverton. "
                        + "Readers praised the library, the reading room and the roof repairs.",
                entities, LanguageDetector.stopWords("en"));
        assertTrue(keywords.get(0).equals("Millbrook") || keywords.indexOf("Millbrook") < 3, keywords.toString());
        assertTrue(!keywords.contains("Riverton") || keywords.indexOf("Riverton") > keywords.indexOf("library"), keywords.toString());
    }

    @Test
    void aLoneCharacterBeforeTwoNounsKeepsThemFromMakingAPhrase() {
        // 未 摘帽 贫困县: the 未 belongs to 摘帽, and 摘帽贫困县 would say the opposite
        List<Term> sentence = List.of(new Term("全省", Nature.n), new Term("未", Nature.d), new Term("摘帽", Nature.vn),
                new Term("贫困县", Nature.n), new Term("加快", Nature.v), new Term("冷链", Nature.n), new Term("物流", Nature.n), new Term("。", Nature.w));
        List<String> keywords = new KeywordExtractor().chinese(List.of(), List.of(sentence, sentence), Entities.none());
        assertTrue(keywords.contains("冷链物流"), keywords.toString());
        assertTrue(!keywords.contains("摘帽贫困县"), keywords.toString());
    }

    @Test
    void anAgencyCreditingTheReportIsNoKeywordButStaysAnOrganisation() {
        ArticleTagger tagger = new ArticleTagger();
        Tags credited = tagger.tag(new io.newsroom.enrich.pipeline.ArticleDraft(null, "南方多地迎来强降雨", null, List.of(), null,
                "新华社广州6月3日电 南方多地3日迎来强降雨，广东、广西等地气象部门发布暴雨预警。\n\n"
                        + "预报员提醒，强降雨可能引发山洪和城市内涝，公众应减少外出，注意出行安全。",
                null, List.of(), null));
        assertTrue(credited.entities().organizations().contains("新华社"), credited.toString());
        assertTrue(!credited.keywords().contains("新华社"), credited.keywords().toString());

        Tags subject = tagger.tag(new io.newsroom.enrich.pipeline.ArticleDraft(null, "新华社发布年度报告", null, List.of(), null,
                "新华社3日发布年度报告，回顾一年来的新闻报道工作。\n\n报告指出，新华社将继续加强国际传播能力建设。",
                null, List.of(), null));
        assertTrue(subject.keywords().contains("新华社"), subject.keywords().toString());
    }

    @Test
    void aPieceAlwaysGluedToTheSameCharacterIsNoKeyword() {
        // 多 管齐 下, twice: the segmenter cut 管齐 out of 多管齐下, and each time the same 多 stands before it
        List<Term> glued = List.of(new Term("镇里", Nature.n), new Term("多", Nature.m), new Term("管齐", Nature.n), new Term("下", Nature.f),
                new Term("保护", Nature.v), new Term("茶园", Nature.n), new Term("。", Nature.w));
        List<String> keywords = new KeywordExtractor().chinese(List.of(), List.of(glued, glued), Entities.none());
        assertTrue(keywords.contains("茶园") && !keywords.contains("管齐"), keywords.toString());

        // the same unknown word beside different characters each time is a word of its own
        List<Term> free = List.of(new Term("镇里", Nature.n), new Term("管齐", Nature.n), new Term("保护", Nature.v), new Term("茶园", Nature.n),
                new Term("，", Nature.w), new Term("村民", Nature.n), new Term("说", Nature.v), new Term("管齐", Nature.n), new Term("。", Nature.w));
        assertTrue(new KeywordExtractor().chinese(List.of(), List.of(free), Entities.none()).contains("管齐"));
    }

    @Test
    void aVerbsPastFormIsNoKeywordUnlessTheTitlePutsItForward() {
        String body = "The Harbor Hawks defeated the Millbrook Owls. The Hawks defeated them twice before, and the Owls "
                + "defeated the Hawks once. The stadium was full; the stadium crowd cheered the goalkeeper.";
        List<String> keywords = new KeywordExtractor().latin("Hawks beat Owls at the stadium", body, Entities.none(),
                LanguageDetector.stopWords("en"));
        assertTrue(keywords.contains("stadium") && keywords.stream().noneMatch(k -> k.endsWith("defeated")), keywords.toString());
        assertTrue(new KeywordExtractor().latin("Defeated again, Owls look ahead", body, Entities.none(), LanguageDetector.stopWords("en"))
                .contains("defeated"));
    }
}
