package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void scriptsDecideNonLatinLanguages() {
        assertEquals("zh", detector.detect("今年国庆期间，全市共接待游客一百二十万人次，同比增长百分之十五。", null));
        assertEquals("ja", detector.detect("東京都は来年度の予算案を発表しました。子育て支援を大きく拡充します。", null));
        assertEquals("ko", detector.detect("서울시는 내년 예산안을 발표했다. 육아 지원이 크게 늘어난다.", null));
        assertEquals("ru", detector.detect("Правительство объявило о новых мерах поддержки малого бизнеса.", null));
        assertEquals("uk", detector.detect("Уряд оголосив про нові заходи підтримки малого бізнесу і їхніх працівників.", null));
        assertEquals("el", detector.detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης.", null));
        assertEquals("ar", detector.detect("أعلنت الحكومة عن إجراءات جديدة لدعم الشركات الصغيرة", null));
    }

    @Test
    void chineseWithSomeLatinIsStillChinese() {
        assertEquals("zh", detector.detect("公司发布了新款 AI 芯片 X200，性能提升百分之三十，售价 999 元。", null));
    }

    @Test
    void latinLanguagesByStopWords() {
        assertEquals("en", detector.detect("The city council said on Monday that the new bridge would be open to traffic by the end of the year.", null));
        assertEquals("fr", detector.detect("Le conseil municipal a annoncé lundi que le nouveau pont sera ouvert à la circulation avant la fin de l'année.", null));
        assertEquals("de", detector.detect("Der Stadtrat teilte am Montag mit, dass die neue Brücke bis Ende des Jahres für den Verkehr geöffnet wird.", null));
        assertEquals("es", detector.detect("El ayuntamiento anunció el lunes que el nuevo puente estará abierto al tráfico antes de que termine el año.", null));
        assertEquals("it", detector.detect("Il consiglio comunale ha annunciato lunedì che il nuovo ponte sarà aperto al traffico entro la fine dell'anno.", null));
        assertEquals("pt", detector.detect("A câmara municipal anunciou na segunda-feira que a nova ponte estará aberta ao trânsito até ao fim do ano.", null));
        assertEquals("id", detector.detect("Dewan kota mengatakan pada hari Senin bahwa jembatan yang baru akan dibuka untuk lalu lintas sebelum akhir tahun.", null));
    }

    @Test
    void plausibleHintIsHonoured() {
        assertEquals("fr", detector.detect("Emmanuel Macron, Paris.", "fr-FR"));
        assertEquals("zh", detector.detect("株洲新闻", "zh-Hans-CN"));
        assertEquals("uk", detector.detect("Київ", "uk"));
    }

    @Test
    void implausibleHintIsOverruled() {
        // a page declaring English while its text is Chinese, or German while it clearly reads English
        assertEquals("zh", detector.detect("今年国庆期间，全市共接待游客一百二十万人次。", "en"));
        assertEquals("en", detector.detect("The minister said that the plan was not ready and that it would be presented to the parliament in the spring.", "de"));
    }

    @Test
    void textWithoutLettersGivesTheHintOrUndetermined() {
        assertEquals("en", detector.detect("2024 — 100%", "en-GB"));
        assertEquals(LanguageDetector.UNDETERMINED, detector.detect("2024 — 100%", null));
    }
}
