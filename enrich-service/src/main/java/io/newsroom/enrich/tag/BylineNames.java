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

    private BylineNames() {
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
                if (ChineseEntityRecognizer.isPlausibleChineseName(found)) {
                    names.add(found);
                }
            }
        }
        return names;
    }
}
