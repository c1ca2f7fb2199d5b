package io.newsroom.enrich.split;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import io.newsroom.enrich.clean.CharClass;

/**
 * Tells whether a line break falls inside a word ({@code 积极推进耕|地指标交易}): then the line cannot be a
 * heading standing alone. Segments only a few characters either side of the break.
 */
final class WordBoundary {

    private static final int SPAN = 4;
    private final Segment segment = HanLP.newSegment().enableNameRecognize(false).enablePlaceRecognize(false)
            .enableOrganizationRecognize(false).enableCustomDictionary(false);

    boolean crosses(String before, String after) {
        String tail = ideographTail(before);
        String head = ideographHead(after);
        if (tail.isEmpty() || head.isEmpty()) {
            return false;
        }
        int offset = 0;
        for (Term term : segment.seg(tail + head)) {
            int end = offset + term.word.length();
            if (offset < tail.length() && end > tail.length()) {
                return true;
            }
            offset = end;
        }
        return false;
    }

    private static String ideographTail(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && end - start < SPAN && CharClass.isIdeograph(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    private static String ideographHead(String s) {
        int end = 0;
        while (end < s.length() && end < SPAN && CharClass.isIdeograph(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }
}
