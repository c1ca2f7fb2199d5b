package io.newsroom.text;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.contract.Ids;
import io.newsroom.contract.RawPage;

/**
 * Turns a file's bytes into a {@link RawPage}: detects the format and, for text formats, the
 * charset. Shared by ingest-service (for the inbox) and the offline {@code ./newsroom enrich}
 * preview, so both read a file the same way.
 */
public final class RawPageReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

    private final CharsetDetector charsets = new CharsetDetector();

    public RawPage read(String fileName, byte[] bytes, Instant receivedAt) throws UnreadablePageException {
        if (bytes.length == 0) {
            throw new UnreadablePageException("empty file: nothing to read");
        }
        String pageId = Ids.page(bytes);
        String contentType = contentType(fileName, bytes);
        if (RawPage.APPLICATION_PDF.equals(contentType)) {
            return new RawPage(pageId, fileName, contentType, null, bytes.length, receivedAt, null, bytes);
        }
        CharsetDetector.Decoded decoded = RawPage.TEXT_HTML.equals(contentType)
                ? decodeHtml(bytes)
                : charsets.decode(bytes);
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadablePageException("no text: the file holds only white space");
        }
        return new RawPage(pageId, fileName, contentType, decoded.charset().name(), bytes.length, receivedAt, text, null);
    }

    /** PDF by its magic number; HTML by its name or its opening tag; everything else is plain text. */
    static String contentType(String fileName, byte[] bytes) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return RawPage.APPLICATION_PDF;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return RawPage.TEXT_HTML;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return RawPage.TEXT_HTML;
        }
        return RawPage.TEXT_PLAIN;
    }

    /** HTML says its charset in a meta tag more often than not; trust it when it decodes cleanly. */
    private CharsetDetector.Decoded decodeHtml(byte[] bytes) throws UnreadablePageException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                java.nio.charset.Charset declared = java.nio.charset.Charset.forName(m.group(1));
                if (declared.name().equals("GB2312") || declared.name().equals("GBK")) {
                    declared = CharsetDetector.GB18030;
                }
                return new CharsetDetector.Decoded(declared, declared.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                // an unknown or wrong declaration: fall back to detection
            }
        }
        return charsets.decode(bytes);
    }
}
