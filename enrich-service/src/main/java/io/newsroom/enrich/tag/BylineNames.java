package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names printed in a Chinese byline still inside the text: {@code （全媒体记者/周蒿 邹家虎）},
 * {@code 记者 张三 通讯员 李四}. Only the opening of the article is read, where bylines stand.
 */
final class BylineNames {

    private static final int OPENING = 300;
    private static final Pattern ROLE = Pattern.compile("(?:记者|通讯员|摄影|实习生|撰稿)\\s*[/／:：]?\\s*");
    /** What a byline's reporter did, written right after the name: 报道, 摄, 采写. */
    private static final Pattern REPORTED = Pattern.compile("(?:报道|采写|整理|撰文|摄)$");
    private static final Pattern NAMES = Pattern.compile("\\G(\\p{IsHan}{2,4})(?:[ \\u3000、，,]+|(?=[）)\\n]|$|通讯员|摄影|实习生))");

    /**
     * A dateline's byline anywhere in the text: 本报东京5月3日电 记者王某某、李某报道. After 电 or 讯
     * (or 本报) and 记者, the words up to 报道 are the reporters' names, two to four characters each
     * and listed with 、, whether or not their surnames are common ones.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:[电讯]|本报)\\s*记者\\s*(\\p{IsHan}{2,4}(?:、\\p{IsHan}{2,4})*)\\s*报道");
    /** Function characters that never stand in a reporter's name: 记者已于上午报道 is a sentence, not a byline. */
    private static final String NOT_IN_NAME = "的了在是和与及也都就还又已将于对把被从向为着过这那本各该";

    /** A name in a dateline's byline and where it starts in the text. */
    record Dated(String name, int start) {
    }

    private BylineNames() {
    }

    /** The reporters named in datelines' bylines in one paragraph. */
    static List<Dated> inDatelines(String paragraph) {
        List<Dated> names = new ArrayList<>();
        Matcher byline = DATELINE.matcher(paragraph);
        while (byline.find()) {
            int start = byline.start(1);
            List<Dated> listed = new ArrayList<>();
            for (String name : byline.group(1).split("、")) {
                if (name.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0)) {
                    listed.clear();
                    break; // one word that is no name: the whole run is a sentence
                }
                listed.add(new Dated(name, start));
                start += name.length() + 1;
            }
            names.addAll(listed);
        }
        return names;
    }

    static List<String> in(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
        Matcher role = ROLE.matcher(opening);
        while (role.find()) {
            Matcher name = NAMES.matcher(opening);
            name.region(role.end(), opening.length());
            while (name.find()) {
                String found = REPORTED.matcher(name.group(1)).replaceFirst(""); // 记者赵明报道， : the name before the verb
                if (!ChinesePersonNames.isPlausibleChineseName(found)) {
                    break; // 记者看到，石油化工、黄金珠宝: one word that is no name, and the rest is the sentence
                }
                names.add(found);
            }
        }
        return names;
    }
}
