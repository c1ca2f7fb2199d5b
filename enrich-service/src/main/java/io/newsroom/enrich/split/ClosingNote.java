package io.newsroom.enrich.split;

import java.util.regex.Pattern;

/**
 * The bracketed note a newspaper prints at the very end of an article, run on into its last paragraph: the
 * dispatch it came from (（本报布鲁塞尔5月19日电）, （新华社北京5月28日电 记者张三）), who wrote it
 * (（作者为某某大学教授）) or who drafted it (（执笔：张三）). Nothing of the same article comes after it, so the
 * text or heading that follows belongs to another article.
 */
final class ClosingNote {

    private static final Pattern NOTE = Pattern.compile(
            "[（(](?:(?:据)?(?:本报|新华社|中新社)[^（()）。]{0,30}电[^（）。]{0,60}|作者(?:为|系|是|单位|：|:)[^（）]{1,80}|执笔[：:][^（()）]{1,40})[）)]$");

    private ClosingNote() {
    }

    /** Whether the paragraph ends with a closing note. */
    static boolean endsWithOne(String paragraph) {
        return NOTE.matcher(paragraph.strip()).find();
    }
}
