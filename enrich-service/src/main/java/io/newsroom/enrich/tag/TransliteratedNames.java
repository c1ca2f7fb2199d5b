package io.newsroom.enrich.tag;

import java.util.List;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Foreign names written in Chinese transliteration (基里科夫, 萨莫利诺, 斯特罗诺夫), which the
 * segmenter often cuts into pieces (基 里 科 夫, 萨莫利 诺). Transliteration uses a small, fixed set
 * of characters for their sound; a run of pieces made only of such characters, holding a piece the
 * segmenter took for a name or standing right after a title, is one name. Pieces joined by a
 * middle dot (安吉拉·克里斯托蒂) are one name too.
 */
final class TransliteratedNames {

    /**
     * Characters of the standard transliteration tables for personal names, without the commonest Chinese words.
     * 潘 (帕潘德里欧), 孔 (孔戴), 日 (日丹诺夫) and 万 (万斯) are table sounds too, from general knowledge of the tables.
     */
    private static final String SOUND_CHARACTERS =
            "阿埃艾爱安昂奥巴拜班邦贝比彼毕别宾波伯博布查达戴丹德迪蒂杜多厄恩尔法菲费芬弗福盖冈戈格贡圭哈汉豪赫亨"
            + "霍基吉加贾杰卡凯坎柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列琳隆卢鲁伦罗洛玛马迈麦曼芒梅蒙米莫姆穆纳娜奈"
            + "内尼涅纽努诺帕佩皮普奇恰乔切钦琼萨塞瑟森舍什舒斯索塔泰坦特提图托瓦旺威韦维沃乌西希锡谢雅亚延扬耶伊尤约泽扎"
            + "兹佐祖夫娃琪莎丝黛薇坚"
            + "海热沙捷申古桑茨瑙考欣嘉丘凡富根津琴瑞圣施松滕因休詹哲采策察登敦甘黑怀昆珀齐屈辛鲍佛庞尚卓妮娅斐汀南任史努若保潘孔日万林勃";
    /** A single word of sound characters (考泽曼, 莫娜) read as a name by the segmenter; two characters only when no ordinary word. */
    static boolean isSoundName(String word) {
        if (word.length() < 2 || (word.length() == 2 && CoreDictionary.get(word) != null)) {
            return false; // 莫娜 and 巴克 are names, 米高 too often something else
        }
        return isSoundWord(word);
    }

    /** 米 · 甘地: after a middle dot, a piece the segmenter read as a name is the name's next part, whatever its characters. */
    private static boolean isNamedPiece(Term term) {
        return term.word.length() >= 2 && isNature(term, "nr");
    }

    /**
     * Index of the last term of a transliterated name at {@code from} that an address follows (拉 埃 女士,
     * 莫拉 埃 先生): the address says a person is named, as a title before the name does; else -1.
     * {@code endAfterTitle} is {@code end(terms, from, true)}, which the caller has already worked out.
     */
    static int endBeforeAddress(List<Term> terms, int from, int endAfterTitle) {
        int end = endAfterTitle;
        if (end < 0) {
            end = soundRunEnd(terms, from); // 瑟 科达 先生: before an address, a piece the dictionary holds is a sound too
        }
        return end >= 0 && end + 1 < terms.size() && ADDRESSES.contains(terms.get(end + 1).word) ? end : -1;
    }

    /**
     * Last term of a run of two or more pieces of sound characters from {@code from}, three or more
     * characters in all, whatever the dictionary makes of each piece (not verbs, particles or
     * punctuation), or -1.
     */
    private static int soundRunEnd(List<Term> terms, int from) {
        int length = 0;
        int last = -1;
        for (int k = from; k < terms.size() && k - from < 4; k++) {
            Term term = terms.get(k);
            String nature = term.nature == null ? "w" : term.nature.toString();
            if (!isSoundWord(term.word) || term.word.length() > 3 || nature.startsWith("v") || nature.startsWith("w")
                    || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c")) {
                break;
            }
            length += term.word.length();
            last = k;
        }
        return last > from && length >= 3 ? last : -1;
    }

    /** Verbs of saying that open what a person says: the name before them is the speaker's. */
    private static final java.util.Set<String> SPEECH_VERBS = ChineseTerms.wordSet("说", "表示", "指出", "认为", "强调", "宣布", "称",
            "告诉", "介绍", "透露", "回忆", "答道", "问道");

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    /**
     * Index of the last term of a transliterated name that opens a clause as the speaker of a verb of
     * saying (卡 德 说, 哈 莫比 说，…), else -1: pieces of sound characters only, two to five in all,
     * that together make no word of the dictionary and are no place or body. The speaker opens the
     * clause (after punctuation or at the paragraph's start), where Chinese words of sound characters
     * (特别, 多次) are read whole by the segmenter.
     */
    static int endBeforeSpeech(List<Term> terms, int from) {
        if (from > 0 && !isNature(terms.get(from - 1), "w")) {
            return -1;
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k < terms.size() && k - from < 4; k++) {
            Term term = terms.get(k);
            if (k > from && SPEECH_VERBS.contains(term.word)) {
                return name.length() >= 2 && name.length() <= 5 && CoreDictionary.get(name.toString()) == null ? k - 1 : -1;
            }
            String nature = term.nature == null ? "w" : term.nature.toString();
            if (!isSoundWord(term.word) || term.word.length() > 3 || nature.startsWith("ns") || nature.startsWith("nt")
                    || nature.startsWith("m") || nature.startsWith("q") || nature.startsWith("d") || nature.startsWith("r")
                    || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u") || nature.startsWith("w")
                    || nature.equals("f") && term.word.length() > 1 || nature.equals("t")) {
                return -1;
            }
            name.append(term.word);
        }
        return -1;
    }

    /**
     * Index of the last term of a name right after a title that a middle dot parts in two (秘书长 宋 猜 · 乃 查 蓬),
     * else -1: Han pieces of one to three characters that are no function words, two to six characters on each
     * side of the dot, up to where the sentence goes on. Chinese prose has no dot between words, so after a
     * title the dot marks a foreign name even when its sounds are outside the table (Thai or Khmer names).
     */
    static int dottedEndAfterTitle(List<Term> terms, int from) {
        int before = 0;
        int after = 0;
        boolean dotted = false;
        int last = -1;
        for (int k = from; k < terms.size(); k++) {
            Term term = terms.get(k);
            if (isDot(term.word)) {
                if (dotted || before < 2) {
                    return -1;
                }
                dotted = true;
                continue;
            }
            String nature = term.nature == null ? "w" : term.nature.toString();
            if (!ChineseTerms.isHan(term.word) || term.word.length() > 3 || nature.startsWith("w") || nature.startsWith("u")
                    || nature.startsWith("p") || nature.startsWith("c") || nature.equals("nnt")
                    || (term.word.length() > 1 && ChineseTerms.isOrdinaryWord(term.word)) || SPEECH_VERBS.contains(term.word)) {
                break; // 表示, 认为: the sentence goes on after the name
            }
            if (dotted) {
                after += term.word.length();
            } else {
                before += term.word.length();
            }
            if (before > 6 || after > 6) {
                return -1;
            }
            last = k;
        }
        boolean ends = last + 1 >= terms.size() || ChineseTerms.isBoundary(terms.get(last + 1));
        return dotted && after >= 2 && ends ? last : -1;
    }

    private static final java.util.Set<String> ADDRESSES = ChineseTerms.wordSet("先生", "女士", "夫人", "小姐");

    /** Whether the character is one of the transliteration table's sounds. */
    static boolean isSoundCharacter(char c) {
        return IS_SOUND[c];
    }

    private static final boolean[] IS_SOUND = new boolean[Character.MAX_VALUE + 1];
    private static final int LONGEST = 12;

    static {
        SOUND_CHARACTERS.chars().forEach(c -> IS_SOUND[c] = true); // a table: this runs for every word of every article
    }

    private TransliteratedNames() {
    }

    /**
     * Index of the last term of a transliterated name starting at {@code from}, or -1. The name
     * needs two or more pieces and three or more characters.
     */
    static int end(List<Term> terms, int from, boolean afterTitle) {
        int length = 0;
        boolean namePiece = false;
        int last = -1;
        boolean afterDot = false;
        for (int k = from; k < terms.size(); k++) {
            Term term = terms.get(k);
            boolean dot = isDot(term.word) || isDashBetweenNames(terms, k, from);
            if (dot) {
                if (k == from || k + 1 >= terms.size() || !(isSoundPiece(terms.get(k + 1)) || isSoundWord(terms.get(k + 1).word)
                        || isNamedPiece(terms.get(k + 1)))) {
                    break;
                }
            } else if (!isSoundPiece(term) && !(afterDot && (isSoundWord(term.word) || isNamedPiece(term))) && !isNameBeforeDot(terms, k, from)) {
                break;
            }
            afterDot |= dot;
            length += term.word.length();
            if (length > LONGEST) {
                break;
            }
            namePiece |= isNature(term, "nr");
            if (!dot && k > from) {
                last = k;
            }
        }
        if (last < 0) {
            return -1;
        }
        int characters = 0;
        boolean allSingle = true;
        for (int k = from; k <= last; k++) {
            characters += terms.get(k).word.length();
            allSingle &= terms.get(k).word.length() == 1;
        }
        // 瑟 佐 姆 夫: three or more sounds left one by one are a foreign name spelt out, title or not
        // (Chinese text almost never strings three such characters as words of their own)
        // the run must end cleanly: 泽 斯 罗 克等 lost its last sound to the word after it
        boolean endsCleanly = last + 1 >= terms.size() || terms.get(last + 1).word.isEmpty() || !IS_SOUND[terms.get(last + 1).word.charAt(0)];
        if (!(namePiece || afterTitle || (allSingle && last - from >= 2 && !isDot(terms.get(last).word) && endsCleanly))) {
            return -1;
        }
        return characters >= 3 || (afterTitle && characters == 2 && allSingle) ? last : -1; // 财政部长 鲁 宾
    }

    /**
     * A piece made of sound characters that the core dictionary does not hold as an ordinary word
     * (俄罗斯 is a place), or a piece the segmenter itself read as a transliterated name.
     */
    private static boolean isSoundPiece(Term term) {
        String word = term.word;
        if (word.length() >= 2 && isNature(term, "nrf")) {
            return true; // the segmenter's own transliterated name (彼得, 特里斯·卡涅埃), whatever its characters
        }
        if (!isSoundWord(word)) {
            return false;
        }
        if (word.length() == 1) {
            return true;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null || attribute.nature[0].startsWith("nr");
    }

    /**
     * 汤姆斯 · 史 坦 森: a name the segmenter found whole (whatever its characters) opening a run
     * joined by a middle dot.
     */
    private static boolean isNameBeforeDot(List<Term> terms, int k, int from) {
        Term term = terms.get(k);
        return k == from && k + 1 < terms.size() && isDot(terms.get(k + 1).word) && term.word.length() >= 2
                && isNature(term, "nr");
    }

    /** A word of sound characters only, even one the dictionary holds (海米 after 卡洛维·): the dot makes it a name's part. */
    static boolean isSoundWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!IS_SOUND[word.charAt(i)]) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** 约翰—柯林: a dash between two pieces the segmenter read as names stands for the middle dot, as older texts print it. */
    private static boolean isDashBetweenNames(List<Term> terms, int k, int from) {
        return k > from && k + 1 < terms.size() && terms.get(k).word.equals("—")
                && isNature(terms.get(k - 1), "nrf") && isNature(terms.get(k + 1), "nr") && terms.get(k + 1).word.length() >= 2;
    }

    private static boolean isDot(String word) {
        return word.length() == 1 && "·•・‧".indexOf(word.charAt(0)) >= 0;
    }

    private static boolean isNature(Term term, String prefix) {
        return term.nature != null && term.nature.startsWith(prefix);
    }
}
