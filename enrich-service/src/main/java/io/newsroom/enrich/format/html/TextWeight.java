package io.newsroom.enrich.format.html;

/** Text amounts comparable across scripts: a Chinese or Japanese character counts like three Latin letters. */
public final class TextWeight {

    private TextWeight() {
    }

    public static int of(CharSequence text) {
        int weight = 0;
        for (int i = 0; i < text.length(); i++) {
            weight += isCjk(text.charAt(i)) ? 3 : 1;
        }
        return weight;
    }

    public static boolean isCjk(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf')
                || (c >= '\u3040' && c <= '\u30ff') || (c >= '\uac00' && c <= '\ud7af');
    }

    /** Commas, full stops and the like, which prose has and menus do not. */
    public static int sentencePunctuation(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', ',', ';', '!', '?', '，', '。', '；', '！', '？', '、' -> n++;
                default -> { }
            }
        }
        return n;
    }
}
