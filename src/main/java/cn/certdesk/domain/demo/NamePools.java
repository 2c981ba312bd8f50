package cn.certdesk.domain.demo;

/**
 * Surnames and given-name characters for the demo population. Surname weights approximate the
 * national frequency (per 10,000 people, 2020 household-register statistics) with a north-eastern
 * tilt (关 佟 那 for 满族 families); given-name characters are split by gender and by generation.
 */
final class NamePools {

    static final WeightedChoice<String> SURNAMES = WeightedChoice.parse("""
            王 710 李 700 张 670 刘 540 陈 450 杨 310 黄 210 赵 200 吴 190 周 190
            徐 150 孙 150 马 140 朱 130 胡 130 郭 120 何 110 林 110 高 110 罗 100
            郑 100 梁 90 谢 80 宋 80 唐 80 许 70 韩 70 冯 70 邓 70 曹 70
            彭 60 曾 60 肖 60 田 60 董 60 袁 50 潘 50 于 70 蒋 50 蔡 50
            余 50 杜 50 叶 40 程 40 苏 40 魏 40 吕 40 丁 40 任 40 沈 40
            姚 40 卢 40 姜 50 崔 40 钟 30 谭 30 陆 30 汪 30 范 30 金 40
            石 30 廖 30 贾 30 夏 30 韦 20 付 30 方 30 白 30 邹 30 孟 40
            熊 30 秦 30 邱 30 江 30 尹 30 薛 20 闫 30 段 20 雷 20 侯 20
            龙 20 史 20 陶 20 黎 10 贺 20 顾 20 毛 20 郝 20 龚 20 邵 20
            万 20 钱 20 严 20 武 20 戴 20 孔 20 常 20 关 30 佟 15 那 5
            欧阳 8 司马 4 上官 4 诸葛 3 东方 3 皇甫 3 尉迟 2 公孙 2 慕容 2 令狐 2
            """);

    /** Surnames common among 朝鲜族 families. */
    static final WeightedChoice<String> KOREAN_SURNAMES = WeightedChoice.parse("""
            金 40 李 20 朴 15 崔 10 郑 5 姜 3 全 2 玄 2 南 2 申 2
            """);

    /** Surnames common among 满族 families, besides the general ones. */
    static final WeightedChoice<String> MANCHU_SURNAMES = WeightedChoice.parse("""
            关 20 佟 12 那 8 赵 10 王 10 富 4 钮 2 索 3 金 6 洪 2
            """);

    static final WeightedChoice<String> MALE_OLDER = WeightedChoice.uniformCodePoints(
            "国建军华明平志强伟文春林海东刚红永德福成立新庆宝玉山金贵生荣忠民兵胜利学友");
    static final WeightedChoice<String> MALE_YOUNGER = WeightedChoice.uniformCodePoints(
            "浩宇轩睿泽子涵博文俊杰鹏飞鑫磊晨阳天佑一铭皓然嘉昊梓瑞思远航凯帆宁越承");
    static final WeightedChoice<String> FEMALE_OLDER = WeightedChoice.uniformCodePoints(
            "淑珍桂英秀兰凤霞玉梅丽华芳红艳敏静春燕玲萍丽娟秋菊素琴秀云翠金花");
    static final WeightedChoice<String> FEMALE_YOUNGER = WeightedChoice.uniformCodePoints(
            "欣怡梓涵诗雨萱可馨佳琪思彤悦瑶雪婷颖琳倩妍晴璐雯若一诺语桐心蕾");
    /** Rare but real given-name characters inside the Basic Multilingual Plane (incl. Extension A 㛃). */
    static final WeightedChoice<String> RARE_BMP = WeightedChoice.uniformCodePoints(
            "堃喆垚犇淼玥珺赟旻翀頔彧璟婧昶燚㛃");
    /**
     * Name characters outside the Basic Multilingual Plane: CJK Extension B (U+20000–U+2A6DF)
     * 𠇔 U+201D4, 𠮷 U+20BB7, 𡒄 U+21484, 𤆬 U+241AC, 𨺙 U+28E99; Extension C (U+2A700–U+2B73F)
     * 𪨶 U+2AA36, 𫖯 U+2B5AF (as in 赵孟𫖯).
     */
    static final WeightedChoice<String> SUPPLEMENTARY = WeightedChoice.uniformCodePoints(
            "𠇔𠮷𡒄𤆬𨺙𪨶𫖯");

    static final WeightedChoice<String> ETHNICITIES = WeightedChoice.parse("""
            汉族 905 满族 50 朝鲜族 20 回族 15 蒙古族 10
            """);

    private NamePools() {
    }
}
