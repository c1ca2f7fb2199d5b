package io.newsroom.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides how the bytes of a text file are encoded: UTF-8 (with or without BOM), UTF-16 with BOM,
 * GB18030 (which covers GBK and GB2312) or Big5.
 *
 * <p>UTF-8 is tried first because random legacy bytes almost never form valid UTF-8. The two
 * Chinese legacy encodings overlap, so both are decoded strictly and scored by how many of the
 * resulting ideographs are common characters of that encoding: GB2312's set for simplified text,
 * Big5's frequently-used level for traditional text. Wrong guesses decode to scattered rare
 * characters and score low. When neither scores well the file is refused rather than decoded into
 * mojibake.
 */
public final class CharsetDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GB2312 = Charset.forName("GB2312");

    /** Below this share of common characters a legacy decoding is considered mojibake. */
    private static final double MIN_COMMON_SHARE = 0.85;

    /** The result: the charset and the decoded text. */
    public record Decoded(Charset charset, String text) {
    }

    public Decoded decode(byte[] bytes) throws UnreadablePageException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(StandardCharsets.UTF_8, strict(StandardCharsets.UTF_8, bytes, 3)
                    .orElseThrow(() -> new UnreadablePageException("starts with a UTF-8 byte order mark but is not valid UTF-8")));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decoded(utf16, strict(utf16, bytes, 2)
                    .orElseThrow(() -> new UnreadablePageException("starts with a UTF-16 byte order mark but is not valid UTF-16")));
        }
        if (looksBinary(bytes)) {
            throw new UnreadablePageException("binary content, not text: it holds control bytes that no text file has");
        }
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8.isPresent()) {
            return new Decoded(StandardCharsets.UTF_8, utf8.get());
        }
        Optional<String> gb = strict(GB18030, bytes, 0);
        Optional<String> big5 = strict(BIG5, bytes, 0);
        double gbScore = gb.map(CharsetDetector::gbCommonShare).orElse(-1.0);
        double big5Score = big5.map(CharsetDetector::big5CommonShare).orElse(-1.0);
        if (gbScore >= MIN_COMMON_SHARE && gbScore >= big5Score) {
            return new Decoded(GB18030, gb.get());
        }
        if (big5Score >= MIN_COMMON_SHARE) {
            return new Decoded(BIG5, big5.get());
        }
        throw new UnreadablePageException(String.format(
                "cannot decide the text encoding: not valid UTF-8, and neither GB18030 (%.0f%% common characters) "
                        + "nor Big5 (%.0f%%) decodes it as plausible Chinese; save the file as UTF-8",
                Math.max(0, gbScore) * 100, Math.max(0, big5Score) * 100));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL or many C0 control bytes (other than tab, newline, carriage return, form feed) mean binary. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return sample > 0 && controls * 100 > sample;
    }

    private static Optional<String> strict(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Share of ideographs (and full-width punctuation) that GB2312, the common simplified set, can encode. */
    static double gbCommonShare(String text) {
        CharsetEncoder gb2312 = GB2312.newEncoder();
        int total = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            total++;
            if (gb2312.canEncode(c)) {
                common++;
            }
        }
        return total == 0 ? 0 : (double) common / total;
    }

    /**
     * Share of non-ASCII characters in Big5's symbols and frequently-used level (lead bytes A1 to C6),
     * where nearly all of real traditional text lies.
     */
    static double big5CommonShare(String text) {
        CharsetEncoder big5 = BIG5.newEncoder();
        int total = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            total++;
            try {
                ByteBuffer encoded = big5.encode(CharBuffer.wrap(new char[] {c}));
                if (encoded.remaining() == 2) {
                    int lead = encoded.get(0) & 0xFF;
                    if (lead >= 0xA1 && lead <= 0xC6) {
                        common++;
                    }
                }
            } catch (CharacterCodingException e) {
                // not in Big5 at all: not common
            }
        }
        return total == 0 ? 0 : (double) common / total;
    }
}
