package io.newsroom.quality.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Article;
import io.newsroom.contract.Entities;
import io.newsroom.quality.gold.GoldArticle;

class ArticleEvaluationTest {

    private static final String BODY_A = "第一篇文章的第一段，讲的是春天的故事。\n\n第二段继续讲述，春天来了，花开满园，人们走出家门。";
    private static final String BODY_B = "另一篇报道说，工厂复工复产进展顺利，订单增长明显。\n\n工人们加班加点，确保按期交货。";

    private static Article article(String title, List<String> authors, String body) {
        return new Article("id", "page", "p.txt", 0, null, null, title, null, authors, body, "zh", null, Entities.none(),
                List.of(), List.of(), null, List.of(), null);
    }

    private final ArticleEvaluation evaluation = new ArticleEvaluation(ArticleMatcher.standard());

    @Test
    void perfectPredictionScoresFull() {
        List<GoldArticle> gold = List.of(
                GoldArticle.full(null, "春天的故事", null, List.of("张三"), BODY_A, List.of()),
                GoldArticle.full(null, "复工复产", null, List.of(), BODY_B, List.of()));
        ArticleEvaluation.Score s = evaluation.evaluate(gold, List.of(
                article(" 春天的故事", List.of("张 三"), BODY_A.replace("\n\n", "\n\n ")),
                article("复工复产", List.of(), BODY_B)));
        assertEquals(2, s.whole());
        assertEquals(2, s.titlesRight());
        assertEquals(0, s.spurious());
        assertEquals(new Counts(1, 0, 0), s.authors());
        assertEquals(0, s.residue().total());
    }

    @Test
    void mergedArticlesAreNotWholeAndFragmentsAreSpurious() {
        List<GoldArticle> gold = List.of(
                GoldArticle.full(null, "春天的故事", null, List.of("张三"), BODY_A, List.of()),
                GoldArticle.full(null, "复工复产", null, List.of(), BODY_B, List.of()));
        // Both articles in one, plus a stray fragment.
        ArticleEvaluation.Score s = evaluation.evaluate(gold, List.of(
                article("春天的故事", List.of("李四"), BODY_A + "\n\n" + BODY_B),
                article("本版责编", List.of(), "本版责编：王五")));
        assertEquals(0, s.whole());
        assertEquals(1, s.titlesRight());
        assertEquals(1, s.spurious());
        assertEquals(new Counts(0, 1, 1), s.authors());
        assertTrue(s.misses().stream().anyMatch(m -> m.contains("not found")));
    }

    @Test
    void snippetGoldChecksStartEndAndInsideIgnoringALeadingDateline() {
        GoldArticle gold = new GoldArticle(null, "标题", List.of("另一种读法"), null, List.of(), null,
                "春节即将到来", "负责人电话。", List.of("中间小标题"), List.of(), null, null);
        String whole = "本报讯（记者/张三 李四） 春节即将\n\n到来，用户缴费怎么办？\n\n中间小标题\n\n请拨打负责人电话。";
        ArticleEvaluation.Score ok = evaluation.evaluate(List.of(gold), List.of(article("另一种读法", List.of(), whole)));
        assertEquals(1, ok.whole());
        assertEquals(1, ok.titlesRight());
        ArticleEvaluation.Score cut = evaluation.evaluate(List.of(gold), List.of(
                article("标题", List.of(), "春节即将到来，用户缴费怎么办？"),
                article(null, List.of(), "中间小标题\n\n请拨打负责人电话。")));
        assertEquals(0, cut.whole());
        assertEquals(1, cut.spurious());
    }

    @Test
    void aParagraphIsRightOnlyWhenPrintedWholeAsOneParagraph() {
        String body = "第一段讲春天。\n\n第二段讲夏天。\n\n第三段讲秋天。";
        GoldArticle gold = GoldArticle.full(null, "四季", null, List.of(), body, List.of());
        ArticleEvaluation.Score right = evaluation.evaluate(List.of(gold), List.of(article("四季", List.of(), body.replace("春天", "春 天"))));
        assertEquals(3, right.goldParagraphs());
        assertEquals(3, right.paragraphsRight(), "whitespace inside a paragraph does not count");
        ArticleEvaluation.Score joined = evaluation.evaluate(List.of(gold), List.of(
                article("四季", List.of(), "第一段讲春天。第二段讲夏天。\n\n第三段讲秋天。")));
        assertEquals(1, joined.paragraphsRight(), "two paragraphs run together are both wrong");
        ArticleEvaluation.Score cut = evaluation.evaluate(List.of(gold), List.of(
                article("四季", List.of(), "第一段讲春天。\n\n第二段\n\n讲夏天。\n\n第三段讲秋天。")));
        assertEquals(2, cut.paragraphsRight(), "a paragraph cut in two is wrong");
    }

    @Test
    void anArticleWithoutHeadlineWantsNoTitle() {
        GoldArticle gold = GoldArticle.full(null, null, null, List.of(), BODY_A, List.of());
        assertEquals(1, evaluation.evaluate(List.of(gold), List.of(article(null, List.of(), BODY_A))).titlesRight());
        assertEquals(0, evaluation.evaluate(List.of(gold), List.of(article("第一篇文章的第一段", List.of(), BODY_A))).titlesRight());
    }
}
