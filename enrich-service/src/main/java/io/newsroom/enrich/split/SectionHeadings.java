package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Headings that open a section of the article they stand in, however much they are set like headlines: the layout
 * of long features, whose sections are headed alike (a short label over a deck, 监测预警 / 对全县农户…), and of the
 * boxes a report carries with it (a reporter's note, 记者手记).
 */
final class SectionHeadings {

    private SectionHeadings() {
    }

    /**
     * Labels of what a newspaper prints with a report, never on its own: the reporter's note (记者手记, 记者札记) and
     * the editor's afterword (编后, 编后语), alone or as the column label of the note's own title (…（记者手记）).
     */
    private static final Pattern COMPANION = Pattern.compile("[（(【]?(?:记者手记|记者札记|编后语?)[）)】]?");

    /** Whether a heading line is, or is labelled as, a box that goes with the report above it. */
    static boolean isCompanionBox(String line) {
        String l = line.strip();
        if (COMPANION.matcher(l).matches()) {
            return true;
        }
        int open = Math.max(l.lastIndexOf('（'), l.lastIndexOf('('));
        return open > 0 && Headline.endsWithLabel(l) && COMPANION.matcher(l.substring(open)).matches();
    }

    /** The longest first line of a section heading of a series (the label over its deck). */
    private static final int MAX_LEAD = 14;

    /**
     * Whether two section headings open alike, as the sections of one feature are headed (青石曲径通幽 / 江州一街一景,
     * 心系人民—— / 造福人民——, 现实困难 / 逐步推进): their first lines short, about as long, both handing over with a dash
     * or neither, no column label in them. The headlines of separate articles are not set in such a series.
     */
    static boolean leadAlike(List<String> a, List<String> b) {
        String x = a.get(0).strip();
        String y = b.get(0).strip();
        return x.length() <= MAX_LEAD && y.length() <= MAX_LEAD && !x.equals(y) && Math.abs(x.length() - y.length()) <= 2
                && x.endsWith("—") == y.endsWith("—") && plain(a) && plain(b);
    }

    /** The longest point under a speaker in a series of sections headed so. */
    private static final int MAX_POINT = 12;

    /**
     * Whether two headings of two lines each set a speaker over a point alike (某某公司董事长张三 / 果园更整齐销路更宽广, 某县乡长
     * 李四 / 修好山村路办好暖心事): the first line longer than the second, the points short and as long give or take one,
     * nothing only a headline carries. How a round-up of speakers heads each one's words; the headlines of separate
     * articles are not set in such a series.
     */
    static boolean pointAlike(List<String> a, List<String> b) {
        if (a.size() != 2 || b.size() != 2 || !plain(undottedSpeaker(a)) || !plain(undottedSpeaker(b))) {
            return false;
        }
        String x = a.get(1).strip();
        String y = b.get(1).strip();
        return x.length() <= MAX_POINT && y.length() <= MAX_POINT && Math.abs(x.length() - y.length()) <= 1 && !x.equals(y)
                && a.get(0).strip().length() > x.length() && b.get(0).strip().length() > y.length();
    }

    /**
     * A name written with a middle dot (a transliterated name, 阿依古丽·买买提) ending the speaker line of a heading of
     * two lines, longer than the point under it: the dot is the name's, not one joining a column's name to its title
     * (劳动剪影·山水画卷), so the heading reads as plain with it taken out.
     */
    static List<String> undottedSpeaker(List<String> lines) {
        if (lines.size() != 2) {
            return lines;
        }
        String speaker = lines.get(0).strip();
        java.util.regex.Matcher m = DOTTED_NAME.matcher(speaker);
        if (!m.find() || m.start() < MIN_OFFICE || speaker.length() <= lines.get(1).strip().length()) {
            return lines;
        }
        return List.of(speaker.substring(0, m.start()) + m.group().replace("·", ""), lines.get(1));
    }

    /** A transliterated name closing its line: two to five characters, a middle dot, then more (one or two dots). */
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{IsHan}{2,5}(?:·\\p{IsHan}{2,6}){1,2}$");

    /** The speaker line names an office before the name (某某剧院演员, 某某村村长): at least this many characters. */
    private static final int MIN_OFFICE = 4;

    /** Whether a heading of two lines sets a speaker over a point with nothing only a headline carries (a name's dot allowed). */
    static boolean plainSpeakerOverPoint(List<String> lines) {
        return lines.size() == 2 && plain(undottedSpeaker(lines));
    }

    /** Whether two headings are of one series of sections: opening alike ({@link #leadAlike}) or speakers over points alike. */
    static boolean seriesAlike(List<String> a, List<String> b) {
        return leadAlike(a, b) || pointAlike(a, b);
    }

    /** A bullet or a label in lenticular brackets opening a line (【记者观察】, ■小贴士): a box inside a section. */
    static boolean isBoxLabel(String line) {
        String l = line.strip();
        return !l.isEmpty() && (l.charAt(0) == '【' || "●■◆▲★□◇○◎".indexOf(l.charAt(0)) >= 0);
    }

    /**
     * No column label, no dashed subtitle, no colon handing over to a title, no phrases set apart by spaces (荒山林海
     * 树木树人) or a column name joined by a middle dot (劳动剪影·山水画卷): nothing that only a headline carries; and no
     * box label (【记者观察】), which heads a box inside a section, not a section.
     */
    static boolean plain(List<String> lines) {
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || Headline.endsWithLabel(l) || l.startsWith("—") || l.startsWith("--") || l.indexOf(' ') >= 0 || l.indexOf('·') >= 0
                    || isBoxLabel(l)
                    || CharClass.lastChar(l) == '：' || CharClass.lastChar(l) == ':') {
                return false;
            }
        }
        return true;
    }

    /** The labels of a note that opens a new column or introduces what follows, standing on their own line. */
    private static final Pattern NOTE_LABEL = Pattern.compile("开栏的话|编者按");

    /**
     * The label of the box of key points (核心阅读) or of the summary (内容提要) a report opens with, set under its
     * headline: the first line of the body; so
     * is the label of the note that opens a new column or introduces what follows (开栏的话, 编者按) set under a headline.
     */
    private static final Pattern BOX_LABEL = Pattern.compile("[■●◆]?(?:核心阅读|内容提要)");

    /** The label of the box of key points alone on its line (核心阅读): the first line of a report's body. */
    static boolean isKeyPointsLabel(String line) {
        return BOX_LABEL.matcher(line.strip()).matches();
    }

    /**
     * The heading without the box label at its foot (治理河道淤积 / 核心阅读): the label heads the key points under the
     * headline, the first line of the body, never a title. The heading itself when it ends otherwise; null when the
     * label stands alone.
     */
    static PageItem.Heading withoutBoxLabel(PageItem.Heading h) {
        List<String> lines = h.lines();
        String label = lines.get(lines.size() - 1).strip();
        // (a note's label alone may title a short note of its own, 编者的话: only under a headline is it the body's first line)
        if (!BOX_LABEL.matcher(label).matches() && !(lines.size() >= 2 && NOTE_LABEL.matcher(label).matches())) {
            return h;
        }
        if (lines.size() == 1) {
            return null;
        }
        List<List<String>> blocks = new java.util.ArrayList<>(h.blocks());
        List<String> last = new java.util.ArrayList<>(blocks.remove(blocks.size() - 1));
        last.remove(last.size() - 1);
        if (!last.isEmpty()) {
            blocks.add(List.copyOf(last));
        }
        return h.withBlocks(List.copyOf(blocks));
    }

    /**
     * Whether a heading is set like the first story's under an editor's note (——编者) in the text so far: that story's
     * heading, the paragraph right under the note, and this one both short (a sibling's length at most) and as long as
     * each other, give or take two characters.
     */
    static boolean likeFirstStory(List<String> paragraphs, String heading) {
        for (int k = 1; k < paragraphs.size(); k++) {
            if (endsWithEditorsNote(paragraphs.subList(0, k))) {
                int first = paragraphs.get(k).strip().length();
                int len = heading.strip().length();
                return first <= HeadingShapes.MAX_SIBLING && len <= HeadingShapes.MAX_SIBLING && Math.abs(first - len) <= 2;
            }
        }
        return false;
    }

    /**
     * Whether the text ends with an editor's note, signed ——编者: the note introduces the report under it and never
     * ends an article, so what follows is that report.
     */
    static boolean endsWithEditorsNote(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return false;
        }
        if (paragraphs.size() >= 2 && paragraphs.size() <= 3 && NOTE_LABEL.matcher(paragraphs.get(0).strip()).matches()) {
            // the text so far is the note under its label (开栏的话 / 本报今起开设…栏目…): it announces what follows
            return true;
        }
        String last = paragraphs.get(paragraphs.size() - 1).replace(" ", "").replace("\u3000", "");
        return last.equals("——编者") || last.equals("--编者") || last.endsWith("。——编者");
    }

    /**
     * The note that signs off an essay or commentary with who wrote it: （作者为某大学教授）, （作者单位：某研究院）, or who
     * drafted it for a writing group (（执笔：张三）).
     */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("[（(](?:作者(?:为|系|是|单位|分别为)[^）)]*|执笔[：:][^（()）]{1,40})[）)]");

    static boolean isAuthorNote(String paragraph) {
        return AUTHOR_NOTE.matcher(paragraph.strip()).matches();
    }

    /**
     * Whether a plain heading of a line or two, between stretches of text, stands inside an essay: the text runs on from
     * it, through more such headings only, to the author's note that signs the essay off, and the text before it is not
     * signed off yet. An essay's sections are headed so; the next essay's headline comes after the note of the one before.
     */
    static boolean insideSignedEssay(List<String> lines, List<String> before, List<PageItem> items, int i) {
        if (lines.size() > 2 || !plain(lines) || before.isEmpty() || isAuthorNote(before.get(before.size() - 1))) {
            return false;
        }
        for (int k = i + 1; k < items.size(); k++) {
            PageItem item = items.get(k);
            if (item instanceof PageItem.Paragraph p) {
                if (p.lead() != null || p.opensArticle()) {
                    return false;
                }
                if (isAuthorNote(p.text())) {
                    return true;
                }
            } else if (!(item instanceof PageItem.Heading h && h.lines().size() <= 2 && plain(h.lines()))) {
                return false;
            }
        }
        return false;
    }
}
