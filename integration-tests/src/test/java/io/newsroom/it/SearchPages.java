package io.newsroom.it;

/** Pages written for SearchApiIT: each exercises one search feature (copies, scripts, pinyin). */
final class SearchPages {

    static final String GAS_TITLE = "春节期间燃气网点照常缴费";

    static final String GAS = GAS_TITLE + """


            本报讯（记者/王明）春节将至，记者从市燃气公司获悉，假期期间全市燃气网点照常营业，市民可以就近缴费。

            公司相关负责人介绍，除了线下网点，用户还可以通过手机客户端缴纳燃气费用，也可以拨打服务热线咨询。
            """;

    /** The same story printed by another paper: a different file, the same text. */
    static final String GAS_REPRINT = "晚报\n\n" + GAS;

    static final String VISIT_TITLE = "市领导走访慰问老干部";

    static final String VISIT = VISIT_TITLE + """


            本报讯 近日，市政协主席聂方红走访慰问部分老干部，向他们致以新春祝福，详细询问他们的身体和生活情况。

            聂方红表示，老干部是党和国家的宝贵财富，要用心用情做好服务工作。

            党和政府不会忘记老同志们作出的贡献，将继续关心他们的生活。
            """;

    /** Printed in traditional characters. */
    static final String METRO_TITLE = "臺北捷運環狀線新路段通車";

    static final String METRO = METRO_TITLE + """


            本報訊 臺北捷運環狀線新路段今日正式通車，沿線居民通勤時間可縮短二十分鐘。

            捷運公司表示，新路段設有六座車站，尖峰時段每五分鐘一班車。

            市長在通車儀式上感謝施工人員的辛勞。
            """;

    static final String BUSES_HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Forty electric buses join the city fleet</title></head>
            <body><article><h1>Forty electric buses join the city fleet</h1>
            <p>Forty electric buses entered service on Monday, replacing the oldest diesel buses on six routes.</p>
            <p>The transport company said the new buses are quieter and cut fuel costs by half.</p>
            </article></body></html>
            """;

    private SearchPages() {
    }
}
