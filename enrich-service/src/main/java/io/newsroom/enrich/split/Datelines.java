package io.newsroom.enrich.split;

import java.util.regex.Pattern;

import io.newsroom.enrich.clean.CharClass;

/**
 * Datelines and reporters' credits: a dispatch's dateline (本报北京5月6日电, 新华社莫斯科5月6日电) opens a complete news
 * item, a paper's own news flag (某某日报讯) or a reporter's credit (（本报记者 张三）) does not tell so much.
 */
final class Datelines {

    private static final BylineParser BYLINES = new BylineParser();

    private Datelines() {
    }

    /** A dispatch's dateline (…5月15日电（记者张三）), not a paper's own news flag standing as a byline (某某日报讯（记者…）). */
    static boolean isDispatchDateline(Byline credit) {
        return credit.text().contains("电") && BYLINES.startsWithDateline(credit.text());
    }

    /**
     * The reporters an article's closing credit names (本报记者张三、李四; 新华社记者张三，本报记者李四; 综合本报记者…报道;
     * 参与记者：张三), never a reporter's note or visit labelling a heading (记者手记, 记者探营).
     */
    static final String REPORTERS = "(?:综合|参与|栏目文章由)?(?:本报|人民日报|新华社|中新社)?(?:特约|见习)?记者[：:]?"
            + "(?!手记|探营|观察|连线|调查|札记|笔记|日记|专访|视线|走基层)[^（()）。]{2,120}";

    static final Pattern REPORTERS_CREDIT = Pattern.compile("[（(]" + REPORTERS + "[）)]");

    /**
     * Whether the article's text opened with a dispatch's dateline (本报北京5月6日电（记者张三）…, 新华社北京5月6日电…) and
     * carries no document under it (…摘要如下：, 全文如下：, run into the text or not: a document keeps its sections): a news item, whose text runs
     * without section headings to its end.
     */
    static boolean isDispatch(Piece p) {
        if (p == null || !p.hasBody()) {
            return false;
        }
        // a deck may stand over the dateline: paragraphs of clauses, none ending a sentence (the points of a meeting)
        int opening = 0;
        while (!DISPATCH_OPENING.matcher(p.paragraphs.get(opening)).lookingAt()) {
            if (opening >= Math.min(p.paragraphs.size() - 1, MAX_DECK_PARAGRAPHS) || CharClass.endsSentence(p.paragraphs.get(opening))) {
                return false;
            }
            opening++;
        }
        return p.paragraphs.stream().noneMatch(paragraph -> DOCUMENT_FOLLOWS.matcher(paragraph).find());
    }

    /** Words announcing a document printed under them (…摘要如下：, 全文如下：). */
    private static final Pattern DOCUMENT_FOLLOWS = Pattern.compile("如下[：:]");

    /** Whether a paragraph ends announcing a document printed under it: what follows is that document. */
    static boolean announcesDocument(String paragraph) {
        return DOCUMENT_FOLLOWS_AT_END.matcher(paragraph).find();
    }

    private static final Pattern DOCUMENT_FOLLOWS_AT_END = Pattern.compile(DOCUMENT_FOLLOWS.pattern() + "\\s*$");

    private static final int MAX_DECK_PARAGRAPHS = 3;

    /** A dispatch's dateline opening a text: a place and a day, then 电 (本报北京5月6日电, 新华社莫斯科5月6日电). */
    static final Pattern DISPATCH_OPENING = Pattern.compile("\\s*[^，。：；、“”（）()]{0,24}?\\d{1,2}\\s*日\\s*电");

    static final Pattern REPORTER = Pattern.compile("(?:本报|人民日报)?(?:特约|见习)?(?:记者|通讯员)");

    /**
     * Whether the text before or the byline after a heading is dated news (本报杭州5月6日电（记者…）): a wire-style
     * dateline opens a complete news item of its own, never one part of a report in parts, whose parts are signed by
     * their reporters alone.
     */
    static boolean datedNewsFollows(Piece before, PageItem next) {
        String opening = next instanceof PageItem.Credit c ? c.byline().text()
                : next instanceof PageItem.Paragraph p && p.lead() != null ? p.lead().text() : null;
        return isNewsDateline(opening) || before.byline != null && isNewsDateline(before.byline.text());
    }

    /** A dateline of a dispatch (…5月6日电), not a paper's own news flag (…讯) nor a plain byline. */
    private static boolean isNewsDateline(String byline) {
        if (byline == null || !BYLINES.startsWithDateline(byline)) {
            return false;
        }
        int bracket = byline.indexOf('（') >= 0 ? byline.indexOf('（') : byline.indexOf('(');
        String head = bracket > 0 ? byline.substring(0, bracket) : byline;
        return head.strip().endsWith("电");
    }
}
