package io.newsroom.it;

/** Test pages written for these tests, in the style of real input. */
final class Pages {

    static final String GAS_TITLE = "春节期间燃气网点照常缴费";

    static final String GAS_PAGE = """
            本报讯（记者/王明）春节将至，记者从市燃气公司获悉，

            假期期间全市燃气网点照常营业，市民可以就近缴费。

            公司相关负责人介绍，除了线下网点，用户还可以通过

            手机客户端缴纳燃气费用。

            %s
            """.formatted(GAS_TITLE);

    static final String LIBRARY_PAGE = """
            市图书馆延长开放时间

            本报讯 寒假期间，市图书馆将延长开放时间，每天开放至晚上九点。

            图书馆负责人表示，此举是为了方便学生和市民阅读学习。
            """;

    /** Two English articles as text extracted from a paper: headlines, bylines, paragraphs wrapped at the column. */
    static final String ENGLISH_TEXT_PAGE = """
            Ferry fares to rise in June
            By Lena Brooks
            The harbor authority said on Monday that ferry fares will
            rise by a quarter in June, the first increase in six years.
            Riders said the authority had not asked them first.
            Pupils plant an orchard
            By Tom Reyes
            Students at the valley school planted four hundred apple
            trees this spring with growers from three nearby farms.
            """;

    static final String ENGLISH_HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>City opens river floodgates</title></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>City opens river floodgates</h1>
            <p>The city opened the river floodgates on Monday after three days of heavy rain raised the water level.</p>
            <p>Engineers said the floodgates would stay open until the level drops below the warning mark.</p>
            </article></body></html>
            """;

    private Pages() {
    }
}
