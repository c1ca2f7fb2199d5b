package io.newsroom.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.newsroom.text.ChineseScript;

/**
 * A fingerprint of an article's story: the same text printed in two files or two papers gets the
 * same value, so search shows the story once with its other printings listed. Only letters and
 * digits count (layout, punctuation and spacing differ between printings), in simplified script.
 */
public final class StoryFingerprint {

    /** Shorter texts (briefs, captions) are too alike by chance to be called the same story. */
    static final int MIN_LETTERS = 40;

    private StoryFingerprint() {
    }

    /** The fingerprint of the body, or null when the body is too short to tell. */
    public static String of(String body) {
        if (body == null) {
            return null;
        }
        StringBuilder letters = new StringBuilder(body.length());
        ChineseScript.simplified(body).toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        if (letters.length() < MIN_LETTERS) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(letters.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
