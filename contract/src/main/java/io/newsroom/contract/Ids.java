package io.newsroom.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How ids are made, in one place, so that every service derives the same ones. */
public final class Ids {

    private Ids() {
    }

    /** A page id: the SHA-256 of the file's bytes, lowercase hex. The same bytes are the same page. */
    public static String page(byte[] fileBytes) {
        return HexFormat.of().formatHex(sha256().digest(fileBytes));
    }

    /** The page id of a file read as a stream, without holding it in memory: equals {@link #page(byte[])}. */
    public static String page(java.io.InputStream in) throws java.io.IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * An article id: the first 16 hex digits of the page id, a dash, and the article's place on the
     * page. Reprocessing the same page yields the same ids, so re-delivery overwrites.
     */
    public static String article(String pageId, int position) {
        return pageId.substring(0, Math.min(16, pageId.length())) + "-" + threeDigits(position);
    }

    /** {@code String.format("%03d", n)} without parsing a format for every article. */
    private static String threeDigits(int n) {
        if (n < 0) {
            return String.format("%03d", n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits;
    }

    /** SHA-256 of a string's UTF-8 bytes, lowercase hex. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
