package io.newsroom.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StoryFingerprintTest {

    private static final String STORY = "春节即将到来，长假期间用户缴费怎么办？记者从燃气公司了解到，春节期间用气服务不打烊，"
            + "将全力确保市民安全、稳定用气。除了线下网点，燃气用户还可以选择线上方式缴费。";

    @Test
    void samePrintedTextInAnotherLayoutOrScriptIsTheSameStory() {
        String relaid = STORY.replace("，", ", ").replace("。", ".\n\n");
        assertEquals(StoryFingerprint.of(STORY), StoryFingerprint.of(relaid));
        assertEquals(StoryFingerprint.of(STORY), StoryFingerprint.of("春節即將到來，長假期間用戶繳費怎麼辦？記者從燃氣公司了解到，"
                + "春節期間用氣服務不打烊，將全力確保市民安全、穩定用氣。除了線下網點，燃氣用戶還可以選擇線上方式繳費。"));
    }

    @Test
    void differentTextIsADifferentStoryAndBriefsAreNotFingerprinted() {
        assertNotEquals(StoryFingerprint.of(STORY), StoryFingerprint.of(STORY.replace("春节", "国庆")));
        assertNull(StoryFingerprint.of("市图书馆延长开放时间。"));
        assertNull(StoryFingerprint.of(null));
    }
}
