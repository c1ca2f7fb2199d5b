package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One or two sentences taken from the start of the article, an editor's lead. Bylines and
 * datelines opening the text (株洲日报讯（记者/...）, 新华社北京5月7日电, By Jane Doe,
 * LONDON (Reuters) -) are skipped, headings and other short lines are passed over, so are up
 * to two opening paragraphs of quoted speech (a feature's scene, not its news), and the
 * result is capped in length. Thread-safe.
 */
final class Summarizer {

    static final int MAX_CHINESE = 150;
    static final int MAX_LATIN = 320;
    private static final int MIN_CHINESE_SENTENCE = 30;
    private static final int MIN_LATIN_SENTENCE = 80;
    /** Openings that are bylines or datelines rather than news. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:[^，。！？\\n]{0,20}?(?:讯|电)\\s*[（(][^）)]{0,60}[）)]\\s*"   // 株洲日报讯（全媒体记者/周蒿）
            + "|[^，。！？\\n]{0,12}?(?:社|报)[^，。！？\\n]{0,12}?\\d{1,2}月\\d{1,2}日电\\s*(?:[（(][^）)]{0,40}[）)])?\\s*"  // 新华社北京5月7日电（记者 X）
            + "|本报讯\\s*(?:[（(][^）)]{0,40}[）)])?\\s*"
            + "|[A-Z][A-Z .,'-]{1,40}\\s*(?:\\([^)]{1,30}\\))?\\s*[-—–]{1,2}\\s*"   // LONDON (Reuters) -
            + "|[A-Z][A-Z .'-]{1,30},\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\s*)?(?:\\([^)]{1,30}\\)\\s*)?[-—–]{1,2}\\s*)");   // SPRINGFIELD, March 3 —
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By\\s+\\p{Lu}.{0,60}|(?:本报|全媒体)?(?:记者|通讯员|编辑)[\\s/／:：]*\\S{2,4}(?:\\s+\\S{2,4}){0,3}|.{0,12}(?:记者|通讯员)/.{0,40}|本报编辑部|本报评论员)$");
    private static final Pattern CHINESE_SENTENCE_END = Pattern.compile("(?<=[。！？])(?![”’」』）])|(?<=[。！？][”’」』）])");
    private static final Pattern LATIN_SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");

    String summarize(String body, boolean chinese) {
        if (body == null || body.isBlank()) {
            return "";
        }
        // paragraph by paragraph without splitting the whole body: the first prose paragraph usually ends the search
        String dialogue = null;
        int proseSeen = 0;
        for (int from = 0; from <= body.length(); ) {
            int end = body.indexOf('\n', from);
            end = end < 0 ? body.length() : end;
            String text = body.substring(from, end).strip();
            from = end + 1;
            if (text.isEmpty() || BYLINE.matcher(text).matches()) {
                continue;
            }
            text = LEAD_IN.matcher(text).replaceFirst("").strip();
            List<String> sentences = sentences(text, chinese);
            if (sentences.isEmpty() || !looksLikeProse(text, chinese)) {
                continue;
            }
            if (isDialogue(text) && proseSeen++ < MAX_DIALOGUE_LEADS) {
                // a feature opening on what people said: the summary is the first paragraph that reports
                dialogue = dialogue == null ? text : dialogue;
                continue;
            }
            String summary = sentences.get(0);
            int min = chinese ? MIN_CHINESE_SENTENCE : MIN_LATIN_SENTENCE;
            if (summary.length() < min && sentences.size() > 1) {
                summary = summary + (chinese ? "" : " ") + sentences.get(1);
            }
            return cap(summary, chinese ? MAX_CHINESE : MAX_LATIN);
        }
        if (dialogue != null) {
            return cap(sentences(dialogue, chinese).get(0), chinese ? MAX_CHINESE : MAX_LATIN);
        }
        return cap(body.strip().split("\\n")[0], chinese ? MAX_CHINESE : MAX_LATIN);
    }

    /** Paragraphs of quoted speech skipped before the lead is taken from the quotes after all. */
    private static final int MAX_DIALOGUE_LEADS = 2;

    /** A paragraph that is mostly quoted speech: “我都来了。”“请填写信息。” */
    static boolean isDialogue(String text) {
        int quoted = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「') {
                depth++;
            } else if ((c == '”' || c == '」') && depth > 0) {
                depth--;
                quoted++;
            } else if (depth > 0) {
                quoted++;
            }
        }
        return quoted >= text.length() * 0.7;
    }

    /** A heading has no sentence punctuation and is short; a lead sentence ends with one. */
    private static boolean looksLikeProse(String text, boolean chinese) {
        String marks = chinese ? "。！？，" : ".!?,";
        if (text.length() < (chinese ? 15 : 40)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(String text, boolean chinese) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : (chinese ? CHINESE_SENTENCE_END : LATIN_SENTENCE_END).split(text)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    /** Cuts an over-long sentence at the last clause break before the cap. */
    private static String cap(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = -1;
        for (int i = max - 1; i > max / 2; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == '；' || c == ',' || c == ';' || c == '、' || c == ' ') {
                cut = i;
                break;
            }
        }
        return text.substring(0, cut > 0 ? cut : max).strip() + "…";
    }
}
