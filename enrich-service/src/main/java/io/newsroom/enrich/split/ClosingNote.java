package io.newsroom.enrich.split;

import java.util.regex.Pattern;

/**
 * The bracketed note a newspaper prints at the very end of an article, run on into its last paragraph: the
 * dispatch it came from (（本报布鲁塞尔5月19日电）, （新华社北京5月28日电 记者张三）), who wrote it
 * (（作者为某某大学教授）, （本报记者张三、李四）) or who drafted it (（执笔：张三）). Nothing of the same article comes after it, so the
 * text or heading that follows belongs to another article.
 */
final class ClosingNote {

    private static final Pattern NOTE = Pattern.compile(
            "[（(](?:(?:据)?(?:本报|新华社|中新社)[^（()）。]{0,30}(?:、[^（()）。、]{1,12}){0,10}电[^（）。]{0,60}"
                    // an author's post may hold a bracket of its own: （作者单位：中国铁建（香港）有限公司）
                    + "|作者(?:分别)?(?:为|系|是|单位|：|:)(?:[^（）]|（[^（）]{1,20}）){1,80}|执笔[：:][^（()）]{1,40}"
                    // the reporters who wrote it, after its last sentence (…效能。（本报记者张三、李四）), not a photo's credit
                    + "|(?<=[。！？”][（(])" + Datelines.REPORTERS + "(?<!摄))[）)]$");

    /**
     * The source line a sponsored report or a chart ends with (数据来源：某某银行, 资料来源：…), run on into the last
     * paragraph or on a line of its own: it credits what the report told, and nothing of that report follows it.
     */
    private static final Pattern SOURCE = Pattern.compile("(?:^|[。！？”])\\s*(?:数据|资料)来源\\s?[：:][^。！？；，：:（()）]{2,40}$");

    /** Longer than any note: only the end of a paragraph is searched. */
    private static final int TAIL = 160;

    private ClosingNote() {
    }

    /** Whether the paragraph ends with a source line (数据来源：…), or is one. */
    static boolean endsWithSource(CharSequence paragraph) {
        String tail = paragraph.subSequence(Math.max(0, paragraph.length() - TAIL), paragraph.length()).toString().strip();
        return tail.indexOf("来源") >= 0 && SOURCE.matcher(tail).find();
    }

    /** Whether the paragraph ends with a closing note. */
    static boolean endsWithOne(CharSequence paragraph) {
        int end = paragraph.length();
        while (end > 0 && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        char last = end == 0 ? 0 : paragraph.charAt(end - 1);
        return (last == '）' || last == ')') && NOTE.matcher(paragraph.subSequence(Math.max(0, end - TAIL), end)).find();
    }
}
