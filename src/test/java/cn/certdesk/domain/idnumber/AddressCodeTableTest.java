package cn.certdesk.domain.idnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressCodeTableTest {

    private static final String HEADER = "# a comment\ncode\tnames\tfirst_seen\tlast_seen\n";

    private static AddressCodeTable tableOf(String text) {
        return AddressCodeTable.load(new StringReader(text));
    }

    @Test
    void bundledTableHoldsAllCodesOfTheDataFile() {
        assertThat(AddressCodeTable.loadBundled().size()).isEqualTo(6576);
    }

    @Test
    void bundledTableHolds149JilinCodes() {
        long jilinCodes = AddressCodeTable.loadBundled().codes().stream()
                .filter(code -> code.code().startsWith("22"))
                .count();

        assertThat(jilinCodes).isEqualTo(149);
    }

    @Test
    void retiredCodeIsHistoricalWithItsName() {
        AddressCode jiutaiCity = AddressCodeTable.loadBundled().lookup("220181").orElseThrow();

        assertThat(jiutaiCity).isEqualTo(new AddressCode(
                "220181", List.of("九台市"), YearMonth.of(1995, 12), YearMonth.of(2013, 12), true));
    }

    @Test
    void codeInTheLatestRevisionIsNotHistorical() {
        AddressCode jiutaiDistrict = AddressCodeTable.loadBundled().lookup("220113").orElseThrow();

        assertThat(jiutaiDistrict.historical()).isFalse();
        assertThat(jiutaiDistrict.latestName()).isEqualTo("九台区");
    }

    @Test
    void namesKeepTheirHistoryWithTheLatestLast() {
        AddressCode erdao = AddressCodeTable.loadBundled().lookup("220105").orElseThrow();

        assertThat(erdao.names()).containsExactly("二道河子区", "二道区");
        assertThat(erdao.latestName()).isEqualTo("二道区");
    }

    @Test
    void unknownCodeFindsNothing() {
        assertThat(AddressCodeTable.loadBundled().lookup("229999")).isEmpty();
    }

    @Test
    void loadsFromAnInputStreamInUtf8() {
        byte[] bytes = (HEADER + "220181\t九台市\t199512\t201312\n")
                .getBytes(StandardCharsets.UTF_8);

        AddressCodeTable table = AddressCodeTable.load(new ByteArrayInputStream(bytes));

        assertThat(table.lookup("220181")).map(AddressCode::latestName).contains("九台市");
    }

    @Test
    void historicalMeansLastSeenBeforeTheLatestRevisionOfTheFile() {
        AddressCodeTable table = tableOf(HEADER
                + "220181\t九台市\t199512\t201312\n"
                + "220113\t九台区\t201412\t201904\n");

        assertThat(table.lookup("220181")).map(AddressCode::historical).contains(true);
        assertThat(table.lookup("220113")).map(AddressCode::historical).contains(false);
    }

    @Test
    void ignoresALeadingByteOrderMarkAndBlankLines() {
        AddressCodeTable table = tableOf("\uFEFF" + HEADER + "\n220113\t九台区\t201412\t201904\n\n");

        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void malformedLineIsRejectedNamingItsLineNumber() {
        String text = HEADER
                + "220113\t九台区\t201412\t201904\n"
                + "220181\t九台市\t199512\n";

        assertThatThrownBy(() -> tableOf(text))
                .isInstanceOf(AddressCodeTableFormatException.class)
                .hasMessageContaining("line 4")
                .extracting(e -> ((AddressCodeTableFormatException) e).lineNumber())
                .isEqualTo(4);
    }

    @Test
    void revisionWithMonth13IsRejectedNamingItsLineNumber() {
        assertThatThrownBy(() -> tableOf(HEADER + "220113\t九台区\t201413\t201904\n"))
                .isInstanceOf(AddressCodeTableFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("first_seen");
    }

    @Test
    void codeThatIsNotSixDigitsIsRejected() {
        assertThatThrownBy(() -> tableOf(HEADER + "22011\t九台区\t201412\t201904\n"))
                .isInstanceOf(AddressCodeTableFormatException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void emptyNameIsRejected() {
        assertThatThrownBy(() -> tableOf(HEADER + "220105\t二道河子区|\t198012\t201904\n"))
                .isInstanceOf(AddressCodeTableFormatException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void codeListedTwiceIsRejectedAtItsSecondLine() {
        String text = HEADER
                + "220113\t九台区\t201412\t201904\n"
                + "220113\t九台区\t201412\t201904\n";

        assertThatThrownBy(() -> tableOf(text))
                .isInstanceOf(AddressCodeTableFormatException.class)
                .hasMessageContaining("line 4");
    }

    @Test
    void fileWithoutHeaderIsRejected() {
        assertThatThrownBy(() -> tableOf("220113\t九台区\t201412\t201904\n"))
                .isInstanceOf(AddressCodeTableFormatException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void additionalCodesExtendACopyOfTheTable() {
        AddressCodeTable bundled = AddressCodeTable.loadBundled();
        AddressCode newDistrict = new AddressCode(
                "220199", List.of("新设区"), YearMonth.of(2023, 12), YearMonth.of(2023, 12), false);

        AddressCodeTable extended = bundled.withAdditional(List.of(newDistrict));

        assertThat(extended.lookup("220199")).contains(newDistrict);
        assertThat(extended.size()).isEqualTo(6577);
        assertThat(bundled.lookup("220199")).isEmpty();
    }

    @Test
    void additionalRowReplacesTheRowOfTheSameCode() {
        AddressCode renamed = new AddressCode(
                "220113", List.of("九台区", "新名区"), YearMonth.of(2014, 12), YearMonth.of(2024, 12), false);

        AddressCodeTable extended = AddressCodeTable.loadBundled().withAdditional(List.of(renamed));

        assertThat(extended.lookup("220113")).contains(renamed);
        assertThat(extended.size()).isEqualTo(6576);
    }
}
