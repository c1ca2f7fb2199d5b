package io.newsroom.enrich.split;

import java.util.List;
import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Picture items and cartoons as a page prints them: a short headline, a caption or two, a photo credit on a line of its
 * own (张三摄); a cartoon's verse over its credit (张三图 李四文). Their text is far shorter than an article's, and the
 * credit closes them.
 */
final class PictureItems {

    private static final BylineParser BYLINES = new BylineParser();

    private PictureItems() {
    }

    /** A cartoon's own caption is a paragraph or two; text this long above its verse is another article's. */
    static final int CARTOON_AFTER = 3;

    /** The longest line of a cartoon's verse (图书能外卖，): a few words, never a column of text. */
    private static final int VERSE_LINE = 10;

    /**
     * Whether the paragraph is set as verse: every line a few words closed by a mark (图书能外卖， / 宅家货自来。), or
     * the line that introduces the verse (这正是：).
     */
    static boolean isVerse(PageItem.Paragraph p) {
        if (p == null || p.lead() != null || p.lines().isEmpty()) {
            return false;
        }
        for (String line : p.lines()) {
            String l = line.strip();
            if (l.isEmpty() || l.length() > VERSE_LINE || "，。！？；：".indexOf(CharClass.lastChar(l)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the paragraphs from {@code i} on are verse, two lines of it at least, right over a picture credit of one
     * line (张三图 李四文): the lines under a cartoon, signed by who drew it and who wrote them.
     */
    static boolean versesOverCredit(List<PageItem> items, int i) {
        int lines = 0;
        for (int k = i; k < items.size() && items.get(k) instanceof PageItem.Paragraph q; k++) {
            if (isVerse(q)) {
                lines += q.lineCount();
                continue;
            }
            return lines >= 2 && k > i && q.lineCount() == 1 && BYLINES.isPictureCredit(q.text());
        }
        return false;
    }

    /** A picture item's text: a caption or two, far shorter than an article. */
    private static final int PICTURE_TEXT = 400;

    static boolean isShort(Piece p) {
        int length = 0;
        for (String s : p.paragraphs) {
            length += s.length();
        }
        return p.paragraphs.size() <= 4 && length <= PICTURE_TEXT;
    }

    /** A photo credit naming the reporter by their role (新华社记者张三摄). */
    static final Pattern REPORTERS_PHOTO = Pattern.compile("(?:新华社|本报|人民日报)?(?:特约|见习)?记者[\\u4e00-\\u9fff·]{2,4}\\s?摄(?:[（(][^（()）]{1,12}[）)])?");

    /** The standing head of a picture item. */
    static final Pattern PICTURE_LABEL = Pattern.compile("图片报道|图片新闻");

    /** A caption of a set of numbered pictures (图②：…, 底图：…). */
    private static final Pattern NUMBERED_CAPTION = Pattern.compile("(?:图[\\u2460-\\u2473]|底图)[：:]");

    /** A picture item whose text opened on a numbered caption (图①：…): a set of pictures, each with its own credit. */
    static boolean numberedSet(Piece p) {
        return !p.paragraphs.isEmpty() && NUMBERED_CAPTION.matcher(p.paragraphs.get(0).strip()).lookingAt();
    }

    /** Whether a text is the next caption of the set of numbered pictures so far. */
    static boolean nextOfNumberedSet(Piece p, String text) {
        return numberedSet(p) && NUMBERED_CAPTION.matcher(text.strip()).lookingAt();
    }

    /** A heading that is a picture item's standing head alone (图片报道): no text's title. */
    static boolean standingHead(List<String> lines) {
        return lines.size() == 1 && PICTURE_LABEL.matcher(lines.get(0).strip()).matches();
    }

    /** A line short and plain enough to be a picture item's headline: a few words, no clause, dash or credit. */
    static boolean plainPictureHeadline(String line) {
        String head = line.strip();
        return head.length() <= PICTURE_HEADLINE && LineShapes.noClause(head) && !Headline.isDashed(head) && !BYLINES.isPictureCredit(head);
    }

    /** A picture item's lead, caption and credit together: a few sentences, far shorter than an article's text. */
    private static final int PICTURE_LEAD = 200;

    /**
     * Whether the text of {@code p} over its caption (paragraph {@code caption}) is the picture item's own lead: one
     * paragraph, the item short (lead, caption and credit), and the caption naming something the lead names (the lead
     * tells the scene the picture shows; the tail of another article over a picture runs on over paragraphs, or shares
     * none of its words).
     */
    static boolean leadOverCaption(Piece p, int caption) {
        return caption == 1 && p.textLength() <= PICTURE_LEAD
                && Cohesion.shared(p.paragraphs.get(caption), PICTURE_LEAD, p.paragraphs.subList(0, caption)) > 0;
    }

    /** What a caption opens with to say what the picture shows. */
    private static final String SHOWS = "图为";

    /** How a caption opens on what the picture shows (图为…): no headline opens so. */
    static final Pattern CAPTION_SHOWS = Pattern.compile("\\s*" + SHOWS);

    /** How a caption opens: the day the picture was taken, or 图为 (the picture shows); no headline opens so. */
    static final Pattern CAPTION_OPENING = Pattern.compile("\\s*(?:" + SHOWS + "|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*[，,])");

    /** A picture item's headline is a few words. */
    private static final int PICTURE_HEADLINE = 10;

    /**
     * Whether the text from {@code from} on is a picture item's: a caption of a paragraph or few, short, with no byline or
     * dateline, closed by a photo credit on a line of its own (张三摄（某某图片社）).
     */
    static boolean pictureItemFollows(List<PageItem> items, int from) {
        int length = 0;
        for (int k = from; k < items.size() && k - from <= PICTURE_CAPTION_PARAGRAPHS
                && items.get(k) instanceof PageItem.Paragraph p && p.lead() == null && !p.opensArticle(); k++) {
            if (p.lineCount() == 1 && BYLINES.isPictureCredit(p.text())) {
                return k > from;
            }
            length += p.text().length();
            if (length > PICTURE_TEXT) {
                return false;
            }
        }
        return false;
    }

    /** The paragraphs a caption may be read as (narrow columns break it where its sentences end). */
    private static final int PICTURE_CAPTION_PARAGRAPHS = 4;
}
