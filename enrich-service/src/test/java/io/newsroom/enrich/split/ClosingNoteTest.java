package io.newsroom.enrich.split;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClosingNoteTest {

    @Test
    void dispatchAuthorAndDrafterNotesCloseAnArticle() {
        assertTrue(ClosingNote.endsWithOne("江岸成了城市的后花园。（本报江城5月6日电）"));
        assertTrue(ClosingNote.endsWithOne("白鹭又飞回来了。（新华社江城5月6日电 记者王小明、李大华）"));
        assertTrue(ClosingNote.endsWithOne("（作者为江城大学环境学院教授）"));
        assertTrue(ClosingNote.endsWithOne("要一代代守护下去。（执笔：王小明）  "));
        // a post with a bracket of its own
        assertTrue(ClosingNote.endsWithOne("（作者单位：江城港务（集团）有限公司）"));
    }

    @Test
    void aReportFiledFromManyPlacesListsThemAllInItsNote() {
        assertTrue(ClosingNote.endsWithOne("（本报江城、河州、东山市、南湖县、西岭镇、北港区、青石县、白沙县5月16日电记者王小明、李大华、张红）"));
        assertTrue(ClosingNote.endsWithOne("各地白鹭又飞回来了。（本报江城、河州、东山市、南湖县、西岭镇、北港区、青石县、白沙县、红岩镇5月6日电）"));
    }

    @Test
    void aDispatchFromManyPlacesListedInTurnClosesAnArticle() {
        // one report filed from many cities by as many reporters: the places run longer than one place's name
        assertTrue(ClosingNote.endsWithOne("各国同行都说合作是出路。（本报江城、青石市、白沙港、东港湾、西山县、南湖市、北岭镇、石门关、"
                + "金川口5月6日电记者王小明、李大华、张红、赵一、钱二、孙三）"));
        assertFalse(ClosingNote.endsWithOne("（本报江城、青石市、白沙港、东港湾、西山县、南湖市、北岭镇、石门关、金川口等地的读者来信）"));
    }

    @Test
    void theReportersCreditRunOnAfterTheLastSentenceClosesAnArticle() {
        assertTrue(ClosingNote.endsWithOne("江岸成了城市的后花园。（本报记者王小明、李大华、张红）"));
        assertTrue(ClosingNote.endsWithOne("白鹭又飞回来了！（新华社记者王小明，本报记者李大华）"));
        // a photo's credit ends a caption, a label ends a heading: neither closes an article
        assertFalse(ClosingNote.endsWithOne("图为江岸湿地公园。（本报记者王小明摄）"));
        assertFalse(ClosingNote.endsWithOne("江岸成了后花园。（记者手记）"));
        assertFalse(ClosingNote.endsWithOne("他在江边对记者王小明说（本报记者李大华）"));
    }

    @Test
    void bracketsInsideTheTextCloseNothing() {
        assertFalse(ClosingNote.endsWithOne("区里建起三座湿地公园（含一座候鸟保护区）"));
        assertFalse(ClosingNote.endsWithOne("本报江城5月6日电（记者王小明）今天上午，龙舟节开幕。"));
        assertFalse(ClosingNote.endsWithOne("他说（作者为此走访了三个村）的时候，大家都笑了。"));
    }
}
