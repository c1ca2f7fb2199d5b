package io.newsroom.text;

import java.util.LinkedHashSet;
import java.util.Set;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional and simplified Chinese. The search service indexes word fields in simplified script
 * and converts queries the same way, so a query in either script finds text in either; the enrich
 * service tags traditional text through a simplified copy of the same length, because the
 * segmenter's dictionaries are simplified.
 */
public final class ChineseScript {

    /**
     * Share of Han characters written differently in simplified script above which a text is
     * traditional. Simplified text has almost none (著 and 乾 are among the few, and rare); in
     * traditional text about one character in four differs.
     */
    private static final double TRADITIONAL_SHARE = 0.05;
    private static final int MIN_TRADITIONAL = 2;
    private static final int SAMPLE = 1000;

    /**
     * Each character's simplified form, learnt from HanLP's dictionary once per character (0: not
     * yet). Threads may race to fill a slot; they write the same value, and a char is written whole.
     */
    private static final char[] SIMPLIFIED_CHARACTERS = new char[Character.MAX_VALUE + 1];

    private ChineseScript() {
    }

    /** The text in simplified characters; other scripts are left as they are. */
    public static String simplified(String text) {
        return text == null || !hasHan(text) ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * The text in simplified characters with every character where it was, so that a word found in
     * the copy at an offset is the original's word at that offset. Phrase conversions that change
     * the length (and characters whose simplified form lies outside the basic plane) are done
     * character by character instead.
     */
    public static String simplifiedAligned(String text) {
        String simplified = simplified(text);
        if (simplified == null || simplified.length() == text.length()) {
            return simplified;
        }
        StringBuilder aligned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            aligned.append(simplifiedCharacter(text.charAt(i)));
        }
        return aligned.toString();
    }

    /**
     * Whether the text is written in traditional characters (enough of them differ in simplified
     * script). A text keeps to one script, so its first {@value #SAMPLE} Han characters decide.
     */
    public static boolean isTraditional(String text) {
        if (text == null) {
            return false;
        }
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length() && han < SAMPLE; i++) {
            char c = text.charAt(i);
            if (isCommonHan(c)) {
                han++;
                if (simplifiedCharacter(c) != c) {
                    traditional++;
                }
            }
        }
        return traditional >= MIN_TRADITIONAL && traditional >= han * TRADITIONAL_SHARE;
    }

    /** The unified ideographs and their first extension, by range: cheaper than asking the script of each. */
    private static boolean isCommonHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    private static char simplifiedCharacter(char c) {
        char known = SIMPLIFIED_CHARACTERS[c];
        if (known != 0) {
            return known; // only Han characters are ever remembered: the script lookup below is the slow part
        }
        if (!isHan(c)) {
            return c;
        }
        String one = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        known = one.length() == 1 ? one.charAt(0) : c;
        SIMPLIFIED_CHARACTERS[c] = known;
        return known;
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
        return codePoint >= 0x2E80 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
