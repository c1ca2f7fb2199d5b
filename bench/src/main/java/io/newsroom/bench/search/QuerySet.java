package io.newsroom.bench.search;

import java.util.List;

/**
 * The fixed, mixed query set: common and rare Chinese words, Chinese phrases that the segmenter
 * splits into several words, English single words and two-word queries. Everyday newsroom topics,
 * chosen by hand; the same list in every run so that runs compare.
 */
public final class QuerySet {

    public static final List<String> QUERIES = List.of(
            "经济", "疫情防控", "复工复产", "脱贫攻坚", "全面建成小康社会", "人民群众", "科技创新", "乡村振兴",
            "教育", "医疗卫生", "国际合作", "生态环境保护", "中小企业", "就业", "文化", "农业",
            "economy", "police", "government", "election", "climate change", "court ruling", "health care", "football",
            "company profits", "school");

    private QuerySet() {
    }
}
