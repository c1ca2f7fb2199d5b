package io.newsroom.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Ids;
import io.newsroom.contract.RawPage;

class RawPageReaderTest {

    private final RawPageReader reader = new RawPageReader();
    private final Instant now = Instant.parse("2025-01-27T08:00:00Z");

    @Test
    void plainTextGetsItsIdFromItsBytes() throws Exception {
        byte[] bytes = "这些燃气网点假期可缴费".getBytes(StandardCharsets.UTF_8);
        RawPage page = reader.read("a.txt", bytes, now);
        assertEquals(Ids.page(bytes), page.pageId());
        assertEquals(RawPage.TEXT_PLAIN, page.contentType());
        assertEquals("UTF-8", page.charset());
        assertEquals("这些燃气网点假期可缴费", page.text());
        assertNull(page.content());
    }

    @Test
    void htmlByDeclaredCharset() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"><title>燃气</title></head><body>网点</body></html>";
        RawPage page = reader.read("page.html", html.getBytes(CharsetDetector.GB18030), now);
        assertEquals(RawPage.TEXT_HTML, page.contentType());
        assertEquals(html, page.text());
    }

    @Test
    void pdfKeepsItsBytes() throws Exception {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        RawPage page = reader.read("scan.txt", pdf, now);
        assertEquals(RawPage.APPLICATION_PDF, page.contentType());
        assertArrayEquals(pdf, page.content());
    }

    @Test
    void emptyFileIsRefused() {
        assertThrows(UnreadablePageException.class, () -> reader.read("empty.txt", new byte[0], now));
    }
}
