package io.newsroom.quality.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.text.ChineseScript;
import io.newsroom.text.PrintedScript;

/**
 * One article file of the People's Daily set (line 1 kicker, line 2 title, line 3 subtitle, then
 * paragraphs indented with full-width spaces), read into the parts a gold annotation needs. A byline
 * paragraph ({@code 本报记者 张三}) near the start is taken out of the body into {@code authors};
 * reporters named in a dateline ({@code 本报北京4月30日电（记者张朋辉）}) are added to {@code authors}
 * with the dateline left in the body, where the paper prints it.
 */
public record SourceArticle(String file, String kicker, String title, String subtitle, List<String> authors,
        boolean authorsInDateline, List<String> paragraphs, List<String> pageCredits) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final String CJK = "[\\p{IsHan}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026]";
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=" + CJK + ") +(?=" + CJK + ")");
    private static final Pattern ROLE = Pattern.compile("本报特约记者|本报记者|本报通讯员|特约记者|通讯员|实习生|记者");
    private static final Pattern BYLINE = Pattern.compile("^(?:(?:本报特约记者|本报记者|本报通讯员|通讯员|实习生)[\\p{IsHan} 、]{2,40})$");
    private static final Pattern PAGE_CREDIT = Pattern.compile("(?:本版|本期)?(?:版式设计|制图|统筹|摄影|责编|责任编辑|美编)[：:]\\S.{0,24}");
    /** A reporters' credit printed as a paragraph of its own, mostly at the end: （本报记者张三、李四整理）. */
    private static final Pattern CREDIT = Pattern.compile(
            "^[（(](?:本报特约记者|本报记者|特约记者|记者)\\s*([\\p{IsHan}、，, ]{2,200}?)(?:采访整理|整理|采写|报道)?[）)]$");
    /** A reporter's outlet named before the role (人民网记者张三): no name. */
    private static final Pattern OUTLET = Pattern.compile(".+(?:网|日报|晚报|报社|电视台|通讯社|新闻社|客户端)");
    /** What a byline says of a name's part in the page (周文远文 某某工业园区开发公司供图), not part of the name. */
    private static final Pattern PHOTO_ROLE = Pattern.compile("(?:摄影报道|摄影|摄)$");
    private static final Pattern DATELINE_REPORTERS = Pattern.compile("^\\S{0,24}电 ?[（(]记者 ?([\\p{IsHan} 、，]{2,40})[）)]");

    public static SourceArticle parse(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String kicker = lines.length > 0 ? clean(lines[0]) : "";
        String title = lines.length > 1 ? clean(lines[1]) : "";
        String subtitle = lines.length > 2 ? clean(lines[2]) : "";
        List<String> paragraphs = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            String p = clean(lines[i]);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        Set<String> authors = new LinkedHashSet<>();
        boolean inDateline = false;
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            if (BYLINE.matcher(paragraphs.get(i)).matches()) {
                authors.addAll(names(paragraphs.get(i)));
                paragraphs.remove(i);
                break;
            }
        }
        if (!paragraphs.isEmpty()) {
            Matcher m = DATELINE_REPORTERS.matcher(paragraphs.get(0));
            if (m.find() && authors.isEmpty()) {
                authors.addAll(names(m.group(1)));
                inDateline = true;
            }
        }
        // Credits of the page's editors and designers (版式设计：某某) are page furniture: printed, never body text.
        List<String> credits = new ArrayList<>();
        paragraphs.removeIf(p -> PAGE_CREDIT.matcher(p).matches() && credits.add(p));
        // Spaces between Chinese characters or marks are layout, not text: the gold body has none.
        paragraphs.replaceAll(p -> SPACE_BETWEEN_CJK.matcher(p).replaceAll(""));
        return new SourceArticle(file, blankToNull(kicker), title, blankToNull(subtitle), List.copyOf(authors), inDateline, List.copyOf(paragraphs),
                List.copyOf(credits));
    }

    /** The same article written in another script (traditional characters), found bylines and all. */
    public SourceArticle inScript(UnaryOperator<String> script) {
        UnaryOperator<String> convert = text -> text == null ? null : script.apply(text);
        return new SourceArticle(file, convert.apply(kicker), convert.apply(title), convert.apply(subtitle),
                authors.stream().map(convert).toList(), authorsInDateline, paragraphs.stream().map(convert).toList(),
                pageCredits.stream().map(convert).toList());
    }

    /**
     * Names in a byline: role words and separators removed; a one-character piece belongs to the next
     * one, since papers space out two-character names ({@code 施 芳}).
     */
    static List<String> names(String byline) {
        String[] pieces = SPACES.split(ROLE.matcher(byline).replaceAll(" ").replaceAll("[、，,]", "  ").strip());
        // A byline that credits pictures too (张三文 李四摄, 某公司供图) marks the writer with 文: a role, not a name.
        boolean creditsPictures = byline.matches(".*(?:摄|供图).*");
        List<String> names = new ArrayList<>();
        String pending = "";
        for (String piece : pieces) {
            if (piece.isEmpty() || piece.endsWith("供图") || OUTLET.matcher(piece).matches()) {
                continue;
            }
            piece = PHOTO_ROLE.matcher(piece).replaceFirst("");
            if (creditsPictures && piece.length() >= 3 && piece.endsWith("文")) {
                piece = piece.substring(0, piece.length() - 1);
            }
            String name = pending + piece;
            if (name.length() == 1) {
                pending = name;
                continue;
            }
            names.add(name);
            pending = "";
        }
        if (!pending.isEmpty()) {
            names.add(pending);
        }
        return names;
    }

    /**
     * Reporters credited by a paragraph of their own among the printed paragraphs ({@code （本报记者张三、李四整理）}, as
     * collections and round-ups sign off): an editor lists them with the article's authors, though the credit stays in
     * the body where the paper prints it.
     */
    public static List<String> creditedNames(List<String> printedParagraphs) {
        Set<String> names = new LinkedHashSet<>();
        for (String p : printedParagraphs) {
            // a page in traditional characters: the credit is read in its simplified copy, the names as printed
            PrintedScript script = ChineseScript.isTraditional(p) ? PrintedScript.of(p.strip()) : null;
            Matcher m = CREDIT.matcher(script == null ? p.strip() : script.simplified());
            if (m.matches()) {
                names(m.group(1)).forEach(name -> names.add(script == null ? name : script.printed(name)));
            }
        }
        return List.copyOf(names);
    }

    /** The byline's authors followed by those credited in the printed paragraphs, each once. */
    public static List<String> withCredited(List<String> authors, List<String> printedParagraphs) {
        Set<String> all = new LinkedHashSet<>(authors);
        all.addAll(creditedNames(printedParagraphs));
        return List.copyOf(all);
    }

    public boolean hasBody() {
        return !paragraphs.isEmpty();
    }

    public int length() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private static String clean(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
