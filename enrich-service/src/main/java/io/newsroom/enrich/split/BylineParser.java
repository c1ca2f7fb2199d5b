package io.newsroom.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Reads bylines: standalone ({@code 株洲日报全媒体记者/李军 通讯员/胡屹威}, {@code 本报记者 张三},
 * {@code 本报编辑部}, {@code By Jane Doe}), leading a paragraph ({@code 株洲日报讯（全媒体记者/周蒿 邹家虎）…},
 * {@code 本报北京4月30日电 （记者王浩）…}, numbers spaced out as extraction leaves them: {@code 5 月 10 日电}) and trailing ({@code （本报记者 李青扬采访整理）}).
 *
 * <p>Names are cut at spaces, 、 and roles. Single characters left next to each other are one name
 * spaced out to the width of a three-character name ({@code 施 芳}).
 */
public class BylineParser {

    private static final String PAPER = "(?:本报|[\\u4e00-\\u9fff]{2,10}?(?:日报|晚报|时报|商报|早报|报社|新闻社|通讯社|电视台|融媒体中心|新闻网))";
    private static final Pattern PUBLICATION = Pattern.compile(PAPER);
    private static final Pattern ROLE = Pattern.compile(
            "(?:全媒体|融媒体|首席|特约|见习|实习|资深)?(?:摄影记者|记者|通讯员|实习生|评论员|编辑|摄影|撰稿|撰文|作者|整理)");
    private static final Pattern SHORT_ROLE = Pattern.compile("(?:文/图|图/文|文|图)(?=\\s?[/／:：])");
    private static final Pattern DESK = Pattern.compile(PAPER + "(?:特约|本报)?(?:编辑部|评论员|评论部|评论员文章|社论)");
    private static final Pattern ENGLISH = Pattern.compile("(?i)by\\s+([A-Z][\\p{L}.'-]*(?:\\s+[A-Z][\\p{L}.'-]*){0,3}(?:\\s*(?:,|and|&)\\s*[A-Z][\\p{L}.'-]*(?:\\s+[A-Z][\\p{L}.'-]*){0,3}){0,4})");
    private static final Pattern LEAD = Pattern.compile("((?:[^\\s，。：；、（()）“”]|(?<=\\d)\\s|\\s(?=\\d)){1,24}?)(讯|电)\\s{0,4}[（(]([^（()）]{1,60})[）)]");
    private static final Pattern DATELINE = Pattern.compile("(?:[^\\s，。：；、（()）“”]|(?<=\\d)\\s|\\s(?=\\d)){1,24}?(?:讯|\\d{1,2}\\s?日电|电)(?=[\\s（(]|$)");
    /**
     * A dispatch dateline with no reporter, run on into its text (新华社北京5月28日电第九届…): where print leaves a
     * space after 电 extraction often leaves none, but an agency or the paper, a place and a date before 电 open
     * nothing but a dispatch.
     */
    private static final Pattern RUN_ON_DATELINE = Pattern.compile(
            "(?:据)?(?:新华社|本报|中新社)[\\u4e00-\\u9fff、]{1,12}?\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日\\s?电");
    /** A closing credit: a round-up's may list a dozen reporters or more. */
    private static final Pattern TRAILING = Pattern.compile("[（(]([^（()）]{2,240})[）)]");
    /** The longest byline standing alone; a closing credit's list of names may run longer ({@link #MAX_CREDIT}). */
    private static final int MAX_BYLINE = 48;
    private static final int MAX_CREDIT = 240;
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            // a name, or an agency's or paper's photographers named by role (新华社记者张三摄, 本报记者张三、李四摄), not
            // a sentence about taking pictures (记者在现场拍摄)
            "(?:[\\u4e00-\\u9fff]{1,4}[社报])?(?:特约|见习)?(?:记者|通讯员)?\\s?[\\u4e00-\\u9fff·]{2,6}(?:[、\\s]+[\\u4e00-\\u9fff·]{2,4}){0,3}"
            + "\\s?(?<!拍)(?:摄影报道|摄|摄影|供图|制图|绘)(?:[（(][^（()）]{1,12}[）)])?"
            // a cartoon or picture with a verse under it: drawn by one, written by another (张三图 李四文)
            + "|[\\u4e00-\\u9fff·]{2,6}\\s?图\\s*[\\u4e00-\\u9fff·]{2,6}\\s?文");
    /** What a credit says a name did (摄影报道 is 摄影 and 报道): all of it dropped, however many are run on. */
    private static final Pattern SUFFIX = Pattern.compile("(?:采访整理|整理|报道|采写|综合报道|摄影|摄|撰文)+$");
    /** A picture credit to a body or a source (某某公司供图): no author's name. */
    private static final Pattern PICTURE_SOURCE = Pattern.compile(".*(?:供图|制图)$");

    /** A byline that starts a paragraph, and the text after it. */
    public record Lead(Byline byline, String rest) {
    }

    /** The byline when the whole line is one, else null. */
    public Byline parseStandalone(String line) {
        return parseStandalone(line, MAX_BYLINE);
    }

    private Byline parseStandalone(String line, int maxLength) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > maxLength || containsSentencePunctuation(s)) {
            return null;
        }
        if (DESK.matcher(s).matches()) {
            return new Byline(s, List.of(s), publication(s));
        }
        Matcher en = ENGLISH.matcher(s);
        if (en.matches()) {
            List<String> names = new ArrayList<>();
            for (String name : en.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            return new Byline(s, names, null);
        }
        String publication = null;
        String rest = s;
        Matcher pub = PUBLICATION.matcher(s);
        if (pub.lookingAt() && startsWithRole(s.substring(pub.end()))) {
            publication = pub.group().equals("本报") ? null : pub.group();
            rest = s.substring(pub.end());
        }
        if (!startsWithRole(rest)) {
            return null;
        }
        List<String> names = names(rest);
        if (names.size() == 1 && isCommonWord(names.get(0))) {
            // 记者手记, 记者观察: a column label made of a role and a common word, not a reporter's name
            return null;
        }
        return names.isEmpty() || !names.stream().allMatch(BylineParser::plausibleName) ? null : new Byline(s, names, publication);
    }

    /** The byline leading a paragraph ({@code …讯（…）} or {@code …电 （…）}), else null. */
    public Lead parseLead(String text) {
        Matcher m = LEAD.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        String inner = m.group(3).strip();
        if (!startsWithRole(inner)) {
            return null;
        }
        List<String> names = names(inner);
        if (names.isEmpty() || !names.stream().allMatch(BylineParser::plausibleName)) {
            return null;
        }
        Matcher pub = PUBLICATION.matcher(m.group(1));
        String publication = pub.lookingAt() && !pub.group().equals("本报") ? pub.group() : null;
        return new Lead(new Byline(m.group().strip(), names, publication), text.substring(m.end()).strip());
    }

    /** True when the text starts like the opening of a news item: a dateline such as 新华社北京4月30日电 or 本报讯. */
    public boolean startsWithDateline(String text) {
        // the dateline's 讯 or 电 comes after at most 24 code points and a day (two digits, a space, 日): within the first 29
        if (!hasWithin(text, 29, '讯', '电')) {
            return false;
        }
        Matcher m = DATELINE.matcher(text);
        return m.lookingAt() && (m.group().contains("讯") || m.group().contains("日电") || m.group().contains("日 电") || m.group().startsWith("本报")
                || m.group().startsWith("新华社")) || RUN_ON_DATELINE.matcher(text).lookingAt();
    }


    /** True when the line is a photo or picture credit ({@code 张进刚摄（影像中国）}): body text, never a heading. */
    public boolean isPictureCredit(String line) {
        // every credit holds 摄, 图 or 绘 (摄影, 供图, 制图, 张三图 李四文): the regex only runs on lines that do
        if (line.indexOf('摄') < 0 && line.indexOf('图') < 0 && line.indexOf('绘') < 0) {
            return false;
        }
        return PHOTO_CREDIT.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code a} or {@code b} is among the first {@code codePoints} code points of the text: a cheap test
     * that rules out a pattern needing one of them within a bounded reach.
     */
    static boolean hasWithin(String text, int codePoints, char a, char b) {
        for (int i = 0, seen = 0; i < text.length() && seen < codePoints; seen++) {
            int c = text.codePointAt(i);
            if (c == a || c == b) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** A parenthesised credit closing an article ({@code （本报记者 李青扬采访整理）}), else null. */
    public Byline parseTrailing(String line) {
        Matcher m = TRAILING.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String inner = m.group(1);
        int comma = Math.max(inner.lastIndexOf('，'), inner.lastIndexOf('。'));
        inner = inner.substring(comma + 1).strip();
        Byline b = parseStandalone(inner, MAX_CREDIT);
        return b == null ? null : new Byline(line.strip(), b.authors(), b.publication());
    }

    /**
     * A personal name as bylines print it: a few Chinese characters (more with the middle dot of transcribed
     * names) or Latin words; never digits, nor a run of text as long as a clause ({@code 记者16日从某局获悉}).
     */
    /** A word the dictionary knows, and never as a person's name (手记, 观察): 高峰 or 文明 may be names, so they pass. */
    static boolean isCommonWord(String name) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        if (attribute == null) {
            return false;
        }
        for (Nature n : attribute.nature) {
            if (n.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    static boolean plausibleName(String name) {
        boolean han = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        return !han || name.length() <= 4 || name.indexOf('·') > 0 || name.indexOf('•') > 0;
    }

    private static boolean startsWithRole(String s) {
        String t = s.strip();
        return ROLE.matcher(t).lookingAt() || SHORT_ROLE.matcher(t).lookingAt();
    }

    private static boolean containsSentencePunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '，' || c == '！' || c == '？' || c == '；' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    /** Names after roles: cut at separators and roles, suffixes such as 摄 or 采访整理 dropped. */
    static List<String> names(String s) {
        // a byline that credits pictures too (张三文 李四摄, 某公司供图) marks its writer with 文, a role and no part of the name
        boolean creditsPictures = s.indexOf('摄') >= 0 || s.contains("供图");
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        StringBuilder cur = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '、' || c == ',' || c == '，' || c == '/' || c == '／' || c == ':' || c == '：' || c == '\t') {
                flush(cur, tokens);
                tokens.add(" ");
                i++;
                continue;
            }
            if (cur.length() == 0) {
                Matcher role = ROLE.matcher(s).region(i, n);
                Matcher shortRole = SHORT_ROLE.matcher(s).region(i, n);
                if (role.lookingAt()) {
                    tokens.add("|");
                    i = role.end();
                    continue;
                }
                if (shortRole.lookingAt()) {
                    tokens.add("|");
                    i = shortRole.end();
                    continue;
                }
            }
            cur.append(c);
            i++;
        }
        flush(cur, tokens);
        // merge single characters separated only by spaces (a spaced-out two-character name)
        List<String> names = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        boolean pendingSingles = false;
        for (String t : tokens) {
            if (t.equals(" ")) {
                continue;
            }
            if (t.equals("|")) {
                addName(pending, names);
                pendingSingles = false;
                continue;
            }
            if (PICTURE_SOURCE.matcher(t).matches()) {
                addName(pending, names);
                pendingSingles = false;
                continue;
            }
            String name = SUFFIX.matcher(t).replaceAll("");
            if (name.length() == 6 && name.length() < t.length() && name.codePoints().allMatch(Character::isIdeographic)) {
                // six characters run together before what the credit says they did (张三丰李四光整理): two names of
                // three, the commonest length, which print spaces apart and extraction closed up
                addName(pending, names);
                pendingSingles = false;
                pending.append(name, 0, 3);
                addName(pending, names);
                pending.append(name.substring(3));
                continue;
            }
            if (creditsPictures && name.length() >= 3 && name.endsWith("文")) {
                name = name.substring(0, name.length() - 1);
            }
            if (name.length() == 1 && pendingSingles && pending.length() == 2) {
                // a two-character name spaced to the width of three (左 潇 黄 超): singles pair up, one name a pair
                addName(pending, names);
                pending.append(name);
                continue;
            }
            if (name.length() == 1 && pendingSingles) {
                pending.append(name);
                continue;
            }
            if (name.length() == 1 && pending.length() == 0) {
                pending.append(name);
                pendingSingles = true;
                continue;
            }
            if (pendingSingles && pending.length() == 1 && name.length() <= 2) {
                pending.append(name);
                addName(pending, names);
                pendingSingles = false;
                continue;
            }
            addName(pending, names);
            pendingSingles = false;
            pending.append(name);
        }
        addName(pending, names);
        return names;
    }

    private static void flush(StringBuilder cur, List<String> tokens) {
        if (cur.length() > 0) {
            tokens.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static void addName(StringBuilder pending, List<String> names) {
        String name = pending.toString().strip();
        pending.setLength(0);
        if (name.length() >= 2 && name.length() <= 12 && !names.contains(name)) {
            names.add(name);
        }
    }

    private static String publication(String s) {
        Matcher pub = PUBLICATION.matcher(s);
        return pub.lookingAt() && !pub.group().equals("本报") ? pub.group() : null;
    }
}
