package io.newsroom.quality.compose;

import java.util.Random;

/** Invented Chinese personal names for bylines on composed pages. */
final class NameMaker {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华玉萍红玲芬燕彬鹏辉宇浩凯健俊帆旭宁林欣佳睿琳晨昊天然雪梅兰博文思雨瑶婷泽晓海波峰建国志新春亮成坤岚蕾嘉诚毅航远清悦怡心逸楚瞳喜";

    private NameMaker() {
    }

    static String name(Random random) {
        StringBuilder b = new StringBuilder();
        b.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(10) < 6 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }
}
