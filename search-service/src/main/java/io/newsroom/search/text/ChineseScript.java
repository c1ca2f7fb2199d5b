package io.newsroom.search.text;

import java.util.LinkedHashSet;
import java.util.Set;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional and simplified Chinese. Word fields are indexed in simplified script and queries are
 * converted the same way, so a query in either script finds text in either; the character fields
 * keep the printed script, so phrases and highlights are tried in every form of the query.
 */
public final class ChineseScript {

    private ChineseScript() {
    }

    /** The text in simplified characters; other scripts are left as they are. */
    public static String simplified(String text) {
        return text == null || !hasHan(text) ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /** The text as given, in simplified and in traditional characters, without repeats. */
    public static Set<String> variants(String text) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        if (hasHan(text)) {
            forms.add(HanLP.convertToSimplifiedChinese(text));
            forms.add(HanLP.convertToTraditionalChinese(text));
        }
        return forms;
    }

    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(ChineseScript::isHan);
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
