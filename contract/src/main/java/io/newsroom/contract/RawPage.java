package io.newsroom.contract;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The value of {@link Topics#PAGES}: one file as it was dropped into the inbox.
 *
 * @param pageId SHA-256 of the file's bytes, lowercase hex; also the record key
 * @param fileName the file's name in the inbox (no directories)
 * @param contentType detected media type: {@code text/plain}, {@code text/html} or {@code application/pdf}
 * @param charset the charset the bytes were decoded with ({@code UTF-8}, {@code GB18030}, {@code Big5}...),
 *        null for binary formats
 * @param size the file's size in bytes
 * @param receivedAt when ingest-service picked the file up
 * @param text the content decoded to a Java string; null for binary formats
 * @param content the original bytes, only where the format needs them (PDF); base64 in JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawPage(
        String pageId,
        String fileName,
        String contentType,
        String charset,
        long size,
        Instant receivedAt,
        String text,
        byte[] content) {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
    public static final String APPLICATION_PDF = "application/pdf";
}
