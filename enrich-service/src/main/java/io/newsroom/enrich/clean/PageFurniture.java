package io.newsroom.enrich.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises page furniture: lines that belong to the printed page, not to an article (date line, page
 * and edition numbers, section labels, masthead, editor and proof-reader credits, contact lines).
 * A date line still tells when the page was published, so it is read before the line is dropped.
 */
public final class PageFurniture {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日");
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日\\s?(?:(?:星期|周)[一二三四五六日天])?\\s?(?:农历\\S{2,12})?\\s?(?:(?:星期|周)[一二三四五六日天])?");
    /** A section name after an edition number (要闻, 经济): letters only, never a piece of a sentence (12 位专家。). */
    private static final String LABEL = "[\\p{L}/]{2,6}";
    private static final Pattern EDITION = Pattern.compile(
            "(?:第\\s?)?[A-Z]?\\s?\\d{1,2}\\s?版?(?:\\s?[：:|·]?\\s?" + LABEL + ")?|[A-Z]\\d{1,2}|\\d{1,3}|第\\s?[一二三四五六七八九十]{1,3}\\s?版(?:\\s{0,3}\\S{2,6})?|[一二三四五六七八九十]{1,3}\\s?版(?:\\s{1,3}\\S{2,6})?");
    /**
     * A staff credit printed with no colon, the role run into one name of two or three characters (版式设计张三,
     * 责任编辑李小明) and nothing else on the line: never a heading about the work (版式设计的变迁).
     */
    private static final String BARE_STAFF_CREDIT = "(?:版式设计|责任编辑)\\s?(?:(?![的之与和])[\\u4e00-\\u9fff]){2,3}";
    private static final Pattern CREDITS = Pattern.compile(
            "(?:本版|本期)?(?:责任编辑|责编|编辑|美编|美术编辑|版式|版式设计|校对|审读|组版|值班编辑|执行编辑|图片编辑|视觉设计|制图|主编|总编辑|统筹|(?<=本版)摄影)\\s?[：:/].{0,40}"
                    + "|" + BARE_STAFF_CREDIT);
    private static final Pattern CONTACT = Pattern.compile("(?:电话|热线|邮箱|传真|E-?mail|网址|地址|邮编)\\s?[：:].{0,60}", Pattern.CASE_INSENSITIVE);
    private static final Pattern MASTHEAD = Pattern.compile("[\\u4e00-\\u9fff]{2,6}(?:日报|晚报|时报|商报|早报)");
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "(?:要闻|综合|国内|国际|评论|时评|社会|经济|财经|文化|体育|副刊|专版|广告|本地|民生|城事|县域|视点|特别报道)(?:\\s?/\\s?\\S{2,4})?");

    private PageFurniture() {
    }

    /**
     * Characters a furniture line can open with, for the patterns anchored at their start: digits (dates, editions),
     * A-Z and 第 or a numeral (editions), the first characters of the credit, contact and section words. A line opening
     * with none of them, not ending in 报 (mastheads) and holding no 年 (a date with an edition) is no furniture, and
     * most lines are told so without running the seven patterns: this runs for every line of every page.
     */
    private static final boolean[] MAY_OPEN = new boolean[Character.MAX_VALUE + 1];

    static {
        String opens = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ第一二三四五六七八九十" // DATE_LINE, EDITION
                + "本责编美版校审组值执图视制主总统摄" // CREDITS
                + "电热邮传网地Ee" // CONTACT (ASCII case folding only)
                + "要综国评时社经财文体副专广本民城县视特"; // SECTION_LABEL
        opens.chars().forEach(c -> MAY_OPEN[c] = true);
    }

    /** True when the whole line is page furniture. */
    public static boolean isFurniture(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60) {
            return false;
        }
        if (!MAY_OPEN[s.charAt(0)] && s.charAt(s.length() - 1) != '报' && s.indexOf('年') < 0) {
            return false; // none of the patterns below can match (MASTHEAD ends in 报, a date holds 年)
        }
        return DATE_LINE.matcher(s).matches() || EDITION.matcher(s).matches() || CREDITS.matcher(s).matches()
                || CONTACT.matcher(s).matches() || MASTHEAD.matcher(s).matches() || SECTION_LABEL.matcher(s).matches()
                || isDateAndEdition(s);
    }

    /**
     * True when the whole line credits the page's staff (版式设计：张三, 责任编辑：李四, 本版制图：王五), furniture printed
     * under the story that ends the page, or a chart's own (制图：张三): printed under the story the chart goes with,
     * where that story ends.
     */
    public static boolean isStaffCredit(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 60 && STAFF_CREDIT.matcher(s).matches();
    }

    private static final Pattern STAFF_CREDIT = Pattern.compile(
            "(?:(?:本版|本期)\\S{0,4}|责任编辑|责编|美编|美术编辑|版式|版式设计|校对|审读|组版|值班编辑|执行编辑|制图)\\s?[：:/].{0,40}"
                    + "|" + BARE_STAFF_CREDIT);

    /** The longest line a signature over a bare date takes: a title and a name, or an institution's full name. */
    public static final int MAX_SIGNATURE_LINE = 20;

    /** A date and nothing else (no weekday, edition or masthead with it). */
    public static boolean isBareDate(String line) {
        return DATE.matcher(line.strip()).matches();
    }

    /** The masthead name when the line is one, else null. */
    public static String masthead(String line) {
        String s = line.strip();
        return MASTHEAD.matcher(s).matches() ? s : null;
    }

    /** The full date (year, month, day) written in the text, or null. */
    public static LocalDate dateIn(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Running heads that combine a date with an edition or masthead, e.g. {@code 2025年1月27日 星期一 第2版}. */
    private static boolean isDateAndEdition(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.find() || s.length() > 40 || CharClass.endsSentence(s)) {
            return false;
        }
        String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).strip();
        return rest.isEmpty() || rest.matches("[\\s星期周一二三四五六日天农历正腊月初十廿〇零A-Z0-9第版|·:：-]{0,30}")
                || rest.contains("版") && rest.length() <= 20 && !rest.contains("，");
    }
}
