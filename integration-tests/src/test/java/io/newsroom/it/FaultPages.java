package io.newsroom.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Newspaper-like pages written for the fault tests: each holds four articles (a headline, a byline
 * paragraph, body paragraphs) of random common words, so every page and article is unique and a
 * body sentence is a string no log line should ever contain.
 */
final class FaultPages {

    private static final String[] WORDS = ("城市 交通 建设 项目 市民 政府 部门 工作 发展 经济 学校 医院 社区 服务 企业 "
            + "公司 活动 文化 体育 农业 水利 环境 安全 教育 科技 旅游 消费 就业 养老 住房").split(" ");

    private FaultPages() {
    }

    /** Writes {@code count} pages named page-0000.txt... into a folder and returns them in order. */
    static List<Path> write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<Path> pages = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            Path page = folder.resolve(String.format("page-%04d.txt", p));
            Files.writeString(page, page(random, folder.getFileName() + " " + p), StandardCharsets.UTF_8);
            pages.add(page);
        }
        return pages;
    }

    static String page(Random random, String label) {
        StringBuilder text = new StringBuilder();
        for (int a = 0; a < 4; a++) {
            text.append(label).append(" 第").append(a).append("篇 ").append(word(random)).append(word(random)).append("新进展\n\n");
            text.append("本报讯（记者 王").append(a).append("明）").append(sentence(random, 30)).append("\n\n");
            for (int k = 0; k < 3; k++) {
                text.append(sentence(random, 40)).append(sentence(random, 30)).append("\n\n");
            }
        }
        return text.toString();
    }

    /** A text far longer than a page (over enrich-service's newsroom.enrich.max-page-chars), still valid prose. */
    static String oversizedText(int minChars, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(minChars + 1000);
        while (text.length() < minChars) {
            text.append(sentence(random, 40)).append("\n\n");
        }
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(word(random));
        }
        return s.append('。').toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
