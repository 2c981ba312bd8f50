package cn.certdesk.domain.idnumber;

import static cn.certdesk.domain.idnumber.IdNumberRejection.BIRTH_DATE_BEFORE_1900;
import static cn.certdesk.domain.idnumber.IdNumberRejection.BIRTH_DATE_IN_FUTURE;
import static cn.certdesk.domain.idnumber.IdNumberRejection.CHECK_CHARACTER_MISMATCH;
import static cn.certdesk.domain.idnumber.IdNumberRejection.EMPTY;
import static cn.certdesk.domain.idnumber.IdNumberRejection.ILLEGAL_CHARACTER;
import static cn.certdesk.domain.idnumber.IdNumberRejection.INVALID_ADDRESS_CODE;
import static cn.certdesk.domain.idnumber.IdNumberRejection.INVALID_BIRTH_DATE;
import static cn.certdesk.domain.idnumber.IdNumberRejection.WRONG_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.certdesk.domain.idnumber.IdNumberCheck.Rejected;
import cn.certdesk.domain.idnumber.IdNumberCheck.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numbers below were worked out by hand, not by the code under test. Check character:
 * sum of digit × weight over the first 17 digits, weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
 * remainder mod 11 mapped 0→1 1→0 2→X 3→9 4→8 5→7 6→6 7→5 8→4 9→3 10→2. Zero digits omitted.
 *
 * <pre>
 * 22010219900307123: 2*7+2*9+1*5+2*4+1*2+9*1+9*6+3*9+7*5+1*8+2*4+3*2 = 194, 194 = 17*11+7 → 5   220102199003071235
 * 22010219900307125: same with 5*2 for 3*2: 198 = 18*11+0 → 1                              220102199003071251
 * 11010119491001001: 1*7+1*9+1*5+1*4+1*2+9*1+4*6+9*3+1*7+1*5+1*2 = 101 = 9*11+2 → X         11010119491001001X
 * 22018119850612002: 2*7+2*9+1*5+8*8+1*4+1*2+9*1+8*6+5*3+6*9+1*10+2*5+2*2 = 257 = 23*11+4 → 8 220181198506120028
 * 22012319800101003: 2*7+2*9+1*5+2*8+3*4+1*2+9*1+8*6+1*9+1*5+3*2 = 144 = 13*11+1 → 0       220123198001010030
 * 11010319750505004: 1*7+1*9+1*5+3*4+1*2+9*1+7*6+5*3+5*9+5*5+4*2 = 179 = 16*11+3 → 9       110103197505050049
 * 22072420050817011: 2*7+2*9+7*5+2*8+4*4+2*2+5*3+8*9+1*10+7*5+1*4+1*2 = 241 = 21*11+10 → 2  220724200508170112
 * 22011319950505006: 2*7+2*9+1*5+1*8+3*4+1*2+9*1+9*6+5*3+5*9+5*5+6*2 = 219 = 19*11+10 → 2  220113199505050062
 * 22999919900101001: 2*7+2*9+9*10+9*5+9*8+9*4+1*2+9*1+9*6+1*9+1*5+1*2 = 356 = 32*11+4 → 8  229999199001010018
 * 83000019900101002: 8*7+3*9+1*2+9*1+9*6+1*9+1*5+2*2 = 166 = 15*11+1 → 0                   830000199001010020
 * 82000019990101001: 8*7+2*9+1*2+9*1+9*6+9*3+1*9+1*5+1*2 = 182 = 16*11+6 → 6               820000199901010016
 * 71000019900101003: 7*7+1*9+1*2+9*1+9*6+1*9+1*5+3*2 = 143 = 13*11+0 → 1                   710000199001010031
 * 65010219800101005: 6*7+5*9+1*5+2*4+1*2+9*1+8*6+1*9+1*5+5*2 = 183 = 16*11+7 → 5           650102198001010055
 * 22010220000229002: 2*7+2*9+1*5+2*4+2*2+2*9+2*10+9*5+2*2 = 136 = 12*11+4 → 8              220102200002290028
 * 22010220240229001: 2*7+2*9+1*5+2*4+2*2+2*6+4*3+2*9+2*10+9*5+1*2 = 158 = 14*11+4 → 8      220102202402290018
 * 22010220250615002: 2*7+2*9+1*5+2*4+2*2+2*6+5*3+6*9+1*10+5*5+2*2 = 169 = 15*11+4 → 8      220102202506150028
 * 22010220250616001: 2*7+2*9+1*5+2*4+2*2+2*6+5*3+6*9+1*10+6*5+1*2 = 172 = 15*11+7 → 5      220102202506160015
 * 22010219000101001: 2*7+2*9+1*5+2*4+1*2+9*1+1*9+1*5+1*2 = 72 = 6*11+6 → 6                 220102190001010016
 * 22010219991231999: 2*7+2*9+1*5+2*4+1*2+9*1+9*6+9*3+1*7+2*9+3*10+1*5+9*8+9*4+9*2 = 323 = 29*11+4 → 8  220102199912319998
 * 22010218991231001: 2*7+2*9+1*5+2*4+1*2+8*1+9*6+9*3+1*7+2*9+3*10+1*5+1*2 = 198 = 18*11+0 → 1  220102189912310011
 * 22010219000229001: 2*7+2*9+1*5+2*4+1*2+9*1+2*9+2*10+9*5+1*2 = 141 = 12*11+9 → 3          220102190002290013
 * 22010220010229001: 2*7+2*9+1*5+2*4+2*2+1*3+2*9+2*10+9*5+1*2 = 137 = 12*11+5 → 7          220102200102290017
 * 22010219900230001: 2*7+2*9+1*5+2*4+1*2+9*1+9*6+2*9+3*10+1*2 = 160 = 14*11+6 → 6          220102199002300016
 * 22010219901301001: 2*7+2*9+1*5+2*4+1*2+9*1+9*6+1*7+3*9+1*5+1*2 = 151 = 13*11+8 → 4       220102199013010014
 * 22010219900100001: 2*7+2*9+1*5+2*4+1*2+9*1+9*6+1*9+1*2 = 121 = 11*11+0 → 1               220102199001000011
 * 00000019900101001: 1*2+9*1+9*6+1*9+1*5+1*2 = 81 = 7*11+4 → 8                             000000199001010018
 * 99010119900101001: 9*7+9*9+1*5+1*4+1*2+9*1+9*6+1*9+1*5+1*2 = 234 = 21*11+3 → 9           990101199001010019
 * 10010119900101001: 1*7+1*5+1*4+1*2+9*1+9*6+1*9+1*5+1*2 = 97 = 8*11+9 → 3                 100101199001010013
 * </pre>
 *
 * 15-digit numbers: insert 19 before the two-digit year and append the check character of the
 * resulting 17 digits, e.g. 220102 900307 123 → 220102 19900307 123 → check 5 (sum 194 above)
 * → 220102199003071235; 110101 491001 001 → 11010119491001001 → X (sum 101 above).
 */
class IdNumberValidatorTest {

    /** "Today" for every test: 15 June 2025 in Beijing time. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final AddressCodeTable BUNDLED_TABLE = AddressCodeTable.loadBundled();

    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(BEIJING).toInstant(), BEIJING);

    private final IdNumberValidator validator = new IdNumberValidator(BUNDLED_TABLE, CLOCK);

    static Stream<Arguments> cases() {
        return Stream.of(
                // accepted
                arguments("ordinary number of a current code", "220102199003071235", "valid 220102199003071235"),
                arguments("check character X", "11010119491001001X", "valid 11010119491001001X"),
                arguments("lower-case x stored upper-case", "11010119491001001x", "valid 11010119491001001X"),
                arguments("full-width lower-case ｘ", "11010119491001001ｘ", "valid 11010119491001001X"),
                arguments("full-width upper-case Ｘ", "11010119491001001Ｘ", "valid 11010119491001001X"),
                arguments("all full-width digits", "２２０１０２１９９００３０７１２３５", "valid 220102199003071235"),
                arguments("full-width and ASCII digits mixed", "220102１９９００３０７1235", "valid 220102199003071235"),
                arguments("spaces around", "  220102199003071235  ", "valid 220102199003071235"),
                arguments("tab and line break around", "\t220102199003071235\r\n", "valid 220102199003071235"),
                arguments("ideographic spaces around", "\u3000220102199003071235\u3000", "valid 220102199003071235"),
                arguments("no-break space around", "\u00A0220102199003071235\u00A0", "valid 220102199003071235"),
                arguments("15-digit number converted", "220102900307123", "valid 220102199003071235 converted"),
                arguments("15-digit number converted, check X", "110101491001001", "valid 11010119491001001X converted"),
                arguments("15-digit full-width number", "２２０１０２９００３０７１２３", "valid 220102199003071235 converted"),
                arguments("15-digit number of a historical code", "220181850612002",
                        "valid 220181198506120028 converted HISTORICAL_ADDRESS_CODE"),
                arguments("historical code 220181 九台市", "220181198506120028",
                        "valid 220181198506120028 HISTORICAL_ADDRESS_CODE"),
                arguments("historical code 220123 九台县 (last 1987-12)", "220123198001010030",
                        "valid 220123198001010030 HISTORICAL_ADDRESS_CODE"),
                arguments("historical code 110103 崇文区 (last 2009-12)", "110103197505050049",
                        "valid 110103197505050049 HISTORICAL_ADDRESS_CODE"),
                arguments("historical code 220724 扶余县 (last 2011-12)", "220724200508170112",
                        "valid 220724200508170112 HISTORICAL_ADDRESS_CODE"),
                arguments("successor code 220113 九台区 is current", "220113199505050062", "valid 220113199505050062"),
                arguments("Urumqi 天山区", "650102198001010055", "valid 650102198001010055"),
                arguments("Taiwan province code", "710000199001010031", "valid 710000199001010031"),
                arguments("Macao code", "820000199901010016", "valid 820000199901010016"),
                arguments("plausible Jilin code missing from the table", "229999199001010018",
                        "valid 229999199001010018 UNKNOWN_ADDRESS_CODE"),
                arguments("Taiwan residents' permit code 830000", "830000199001010020",
                        "valid 830000199001010020 UNKNOWN_ADDRESS_CODE"),
                arguments("29 February of leap year 2000", "220102200002290028", "valid 220102200002290028"),
                arguments("29 February of leap year 2024", "220102202402290018", "valid 220102202402290018"),
                arguments("born today", "220102202506150028", "valid 220102202506150028"),
                arguments("born on the earliest date, 1900-01-01", "220102190001010016", "valid 220102190001010016"),
                arguments("sequence 999 on 31 December", "220102199912319998", "valid 220102199912319998"),
                // rejected
                arguments("nothing", "", "rejected EMPTY"),
                arguments("null", null, "rejected EMPTY"),
                arguments("only spaces", "    ", "rejected EMPTY"),
                arguments("only an ideographic space", "\u3000", "rejected EMPTY"),
                arguments("17 digits", "22010219900307123", "rejected WRONG_LENGTH"),
                arguments("19 digits", "2201021990030712351", "rejected WRONG_LENGTH"),
                arguments("16 digits", "2201021990030712", "rejected WRONG_LENGTH"),
                arguments("14 digits", "22010290030712", "rejected WRONG_LENGTH"),
                arguments("inner space", "220102 199003071235", "rejected ILLEGAL_CHARACTER at 7"),
                arguments("inner ideographic space", "220102\u3000199003071235", "rejected ILLEGAL_CHARACTER at 7"),
                arguments("hyphens", "220102-19900307-1235", "rejected ILLEGAL_CHARACTER at 7"),
                arguments("letter O for zero", "2201021990O3071235", "rejected ILLEGAL_CHARACTER at 11"),
                arguments("full-width letter", "Ａ20102199003071235", "rejected ILLEGAL_CHARACTER at 1"),
                arguments("Chinese character", "二20102199003071235", "rejected ILLEGAL_CHARACTER at 1"),
                arguments("Ext-B character inside", "220102\uD840\uDC00199003071235", "rejected ILLEGAL_CHARACTER at 7"),
                arguments("Ext-B character after 18 digits", "220102199003071235\uD840\uDC00",
                        "rejected ILLEGAL_CHARACTER at 19"),
                arguments("X before the 18th position", "2201021990X3071235", "rejected ILLEGAL_CHARACTER at 11"),
                arguments("X at the end of a 15-digit number", "22010290030712X", "rejected ILLEGAL_CHARACTER at 15"),
                arguments("address code 000000", "000000199001010018", "rejected INVALID_ADDRESS_CODE at 1"),
                arguments("province 99", "990101199001010019", "rejected INVALID_ADDRESS_CODE at 1"),
                arguments("province 10", "100101199001010013", "rejected INVALID_ADDRESS_CODE at 1"),
                arguments("15-digit number with address code 000000", "000000900307123",
                        "rejected INVALID_ADDRESS_CODE at 1"),
                arguments("30 February", "220102199002300016", "rejected INVALID_BIRTH_DATE at 7"),
                arguments("month 13", "220102199013010014", "rejected INVALID_BIRTH_DATE at 7"),
                arguments("day 00", "220102199001000011", "rejected INVALID_BIRTH_DATE at 7"),
                arguments("29 February 1900, not a leap year", "220102190002290013", "rejected INVALID_BIRTH_DATE at 7"),
                arguments("29 February 2001, not a leap year", "220102200102290017", "rejected INVALID_BIRTH_DATE at 7"),
                arguments("15-digit number born 29 February 1901", "220102010229001", "rejected INVALID_BIRTH_DATE at 7"),
                arguments("born 1899-12-31", "220102189912310011", "rejected BIRTH_DATE_BEFORE_1900 at 7"),
                arguments("born tomorrow", "220102202506160015", "rejected BIRTH_DATE_IN_FUTURE at 7"),
                arguments("wrong check digit", "220102199003071236", "rejected CHECK_CHARACTER_MISMATCH at 18"),
                arguments("X where a digit is expected", "22010219900307123X", "rejected CHECK_CHARACTER_MISMATCH at 18"),
                arguments("digit where X is expected", "110101194910010010", "rejected CHECK_CHARACTER_MISMATCH at 18"),
                arguments("last two digits swapped", "220102199003071253", "rejected CHECK_CHARACTER_MISMATCH at 18"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatesAsTheTableSays(String description, String input, String expected) {
        assertThat(summary(validator.validate(input))).isEqualTo(expected);
    }

    @Test
    void tableCoversEveryRejectionReason() {
        Set<String> reasonsInTable = cases()
                .map(arguments -> (String) arguments.get()[2])
                .filter(expected -> expected.startsWith("rejected "))
                .map(expected -> expected.split(" ")[1])
                .collect(Collectors.toSet());

        assertThat(reasonsInTable).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(IdNumberRejection.class).stream().map(Enum::name).toList());
    }

    @Test
    void illegalCharacterRejectionNamesTheCharacter() {
        Rejected rejected = (Rejected) validator.validate("2201021990O3071235");

        assertThat(rejected.detail()).isEqualTo("“O” U+004F");
        assertThat(rejected.message()).isEqualTo("含非法字符（第11位：“O” U+004F）");
        assertThat(rejected.englishMessage())
                .isEqualTo("Contains a character that is not allowed (position 11: “O” U+004F)");
    }

    @Test
    void rejectionWithoutPositionHasThePlainMessage() {
        Rejected rejected = (Rejected) validator.validate("22010219900307123");

        assertThat(rejected.position()).isEqualTo(Rejected.NO_POSITION);
        assertThat(rejected.message()).isEqualTo("长度错误：应为18位（或15位旧号码）");
    }

    @Test
    void checkCharacterRejectionDoesNotRevealTheNumber() {
        Rejected rejected = (Rejected) validator.validate("220102199003071236");

        assertThat(List.of(rejected.toString(), rejected.message(), rejected.englishMessage()))
                .allSatisfy(text -> assertThat(text).doesNotContain("199003071236"));
    }

    @Test
    void historicalCodeNoteNamesThePlace() {
        Valid valid = (Valid) validator.validate("220181198506120028");

        assertThat(valid.placeName()).contains("九台市");
        assertThat(valid.warningMessages()).containsExactly("地址码为已撤销或更名的行政区划：九台市");
        assertThat(valid.englishWarningMessages())
                .containsExactly("The address code belongs to a former administrative division: 九台市");
    }

    @Test
    void historicalCodeNeedsNoOverrideReason() {
        Valid valid = (Valid) validator.validate("220181198506120028");

        assertThat(valid.requiresOverrideReason()).isFalse();
    }

    @Test
    void unknownCodeNeedsAnOverrideReason() {
        Valid valid = (Valid) validator.validate("229999199001010018");

        assertThat(valid.requiresOverrideReason()).isTrue();
        assertThat(valid.place()).isEmpty();
    }

    @Test
    void codeAddedBySyncIsNoLongerUnknown() {
        AddressCode newDistrict = new AddressCode(
                "229999", List.of("新设区"), YearMonth.of(2023, 12), YearMonth.of(2023, 12), false);
        IdNumberValidator extended = new IdNumberValidator(BUNDLED_TABLE.withAdditional(List.of(newDistrict)), CLOCK);

        Valid valid = (Valid) extended.validate("229999199001010018");

        assertThat(valid.warnings()).isEmpty();
        assertThat(valid.placeName()).contains("新设区");
    }

    @Test
    void ordinaryNumberIsNotMarkedConverted() {
        Valid valid = (Valid) validator.validate("220102199003071235");

        assertThat(valid.convertedFrom15()).isFalse();
        assertThat(valid.placeName()).contains("南关区");
    }

    @Test
    void validResultPrintsOnlyTheMaskedNumber() {
        IdNumberCheck check = validator.validate("220102199003071235");

        assertThat(check.toString()).contains("220102********1235").doesNotContain("199003071235");
    }

    private static String summary(IdNumberCheck check) {
        return switch (check) {
            case Valid valid -> ("valid " + valid.number().value()
                    + (valid.convertedFrom15() ? " converted" : "")
                    + valid.warnings().stream().map(warning -> " " + warning.name()).collect(Collectors.joining()));
            case Rejected rejected -> "rejected " + rejected.reason().name()
                    + (rejected.position() == Rejected.NO_POSITION ? "" : " at " + rejected.position());
        };
    }
}
