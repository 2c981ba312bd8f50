package cn.certdesk.domain.demo;

import java.util.List;

/**
 * A Jilin county-level area (GB/T 2260) as the generator uses it: the address code in the ID
 * numbers of people first registered there, the birth place text, and the years in which the code
 * was issued. Historical codes (220181 九台市, 220381 公主岭市) stay in old numbers.
 *
 * @param code            6-digit address code
 * @param birthPlace      出生地 text
 * @param firstYear       first birth year for which the code is used
 * @param lastYear        last birth year for which the code is used
 * @param weight          relative share among people born outside the station's area
 * @param minority        ethnicity over-represented there, or {@code null}
 * @param minorityPercent share of {@code minority} among people born there
 */
record JilinRegion(String code, String birthPlace, int firstYear, int lastYear, int weight,
                   String minority, int minorityPercent) {

    static final int ALWAYS_FROM = 1900;
    static final int ALWAYS_UNTIL = 9999;

    /** The station's own area: 长春市南关区. */
    static final JilinRegion STATION_AREA =
            new JilinRegion("220102", "吉林省长春市南关区", ALWAYS_FROM, ALWAYS_UNTIL, 0, null, 0);

    /** Areas of birth for people born outside the station's area (the station's area is index 0). */
    static final List<JilinRegion> ALL = List.of(
            STATION_AREA,
            region("220103", "吉林省长春市宽城区", 30),
            region("220104", "吉林省长春市朝阳区", 30),
            region("220105", "吉林省长春市二道区", 25),
            region("220106", "吉林省长春市绿园区", 20),
            region("220112", "吉林省长春市双阳区", 8),
            new JilinRegion("220181", "吉林省九台市", ALWAYS_FROM, 2013, 10, "满族", 6),
            new JilinRegion("220113", "吉林省长春市九台区", 2014, ALWAYS_UNTIL, 10, "满族", 6),
            region("220122", "吉林省农安县", 12),
            region("220182", "吉林省榆树市", 12),
            region("220183", "吉林省德惠市", 10),
            new JilinRegion("220381", "吉林省公主岭市", ALWAYS_FROM, 2019, 10, null, 0),
            new JilinRegion("220184", "吉林省长春市公主岭市", 2020, ALWAYS_UNTIL, 10, null, 0),
            region("220202", "吉林省吉林市昌邑区", 10),
            region("220203", "吉林省吉林市龙潭区", 6),
            region("220204", "吉林省吉林市船营区", 8),
            new JilinRegion("220211", "吉林省吉林市丰满区", ALWAYS_FROM, ALWAYS_UNTIL, 5, "满族", 10),
            region("220281", "吉林省蛟河市", 4),
            region("220282", "吉林省桦甸市", 4),
            region("220283", "吉林省舒兰市", 4),
            region("220284", "吉林省磐石市", 4),
            region("220302", "吉林省四平市铁西区", 5),
            region("220303", "吉林省四平市铁东区", 5),
            new JilinRegion("220323", "吉林省伊通满族自治县", ALWAYS_FROM, ALWAYS_UNTIL, 3, "满族", 40),
            region("220382", "吉林省双辽市", 3),
            region("220402", "吉林省辽源市龙山区", 4),
            region("220502", "吉林省通化市东昌区", 4),
            region("220581", "吉林省梅河口市", 4),
            new JilinRegion("220582", "吉林省集安市", ALWAYS_FROM, ALWAYS_UNTIL, 2, "朝鲜族", 8),
            region("220602", "吉林省白山市浑江区", 3),
            new JilinRegion("220623", "吉林省长白朝鲜族自治县", ALWAYS_FROM, ALWAYS_UNTIL, 1, "朝鲜族", 40),
            region("220702", "吉林省松原市宁江区", 4),
            new JilinRegion("220721", "吉林省前郭尔罗斯蒙古族自治县", ALWAYS_FROM, ALWAYS_UNTIL, 3, "蒙古族", 25),
            region("220802", "吉林省白城市洮北区", 3),
            region("220881", "吉林省洮南市", 2),
            new JilinRegion("222401", "吉林省延边朝鲜族自治州延吉市", ALWAYS_FROM, ALWAYS_UNTIL, 6, "朝鲜族", 55),
            new JilinRegion("222402", "吉林省延边朝鲜族自治州图们市", ALWAYS_FROM, ALWAYS_UNTIL, 1, "朝鲜族", 55),
            new JilinRegion("222403", "吉林省延边朝鲜族自治州敦化市", ALWAYS_FROM, ALWAYS_UNTIL, 2, "朝鲜族", 10),
            new JilinRegion("222404", "吉林省延边朝鲜族自治州珲春市", ALWAYS_FROM, ALWAYS_UNTIL, 1, "朝鲜族", 40),
            new JilinRegion("222405", "吉林省延边朝鲜族自治州龙井市", ALWAYS_FROM, ALWAYS_UNTIL, 1, "朝鲜族", 60),
            new JilinRegion("222406", "吉林省延边朝鲜族自治州和龙市", ALWAYS_FROM, ALWAYS_UNTIL, 1, "朝鲜族", 55));

    private static JilinRegion region(String code, String birthPlace, int weight) {
        return new JilinRegion(code, birthPlace, ALWAYS_FROM, ALWAYS_UNTIL, weight, null, 0);
    }

    boolean issuedFor(int birthYear) {
        return birthYear >= firstYear && birthYear <= lastYear;
    }
}
