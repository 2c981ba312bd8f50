package cn.certdesk.domain.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13812345678|13812345678",
        "138 1234 5678|13812345678",
        "138-1234-5678|13812345678",
        " 19912345678 |19912345678",
        "１３８１２３４５６７８|13812345678",
        "138　1234　5678|13812345678",
        "138－1234－5678|13812345678",
    })
    void mobileNumbersAreNormalized(String typed, String expected) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.kind()).isEqualTo(PhoneNumber.Kind.MOBILE);
        assertThat(phone.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0431-85551234|0431-85551234",
        "043185551234|0431-85551234",
        "0431 8555 1234|0431-85551234",
        "0433-2512345|0433-2512345",
        "010-88886666|010-88886666",
        "01088886666|010-88886666",
        "021 6234 5678|021-62345678",
        "0431-85551234转123|0431-85551234转123",
        "0431-85551234 转 8|0431-85551234转8",
        "0431-85551234-123|0431-85551234转123",
        "０４３１－８５５５１２３４|0431-85551234",
    })
    void landlinesKeepTheirAreaCodeAndExtension(String typed, String expected) {
        PhoneNumber phone = PhoneNumber.parse(typed);
        assertThat(phone.kind()).isEqualTo(PhoneNumber.Kind.LANDLINE);
        assertThat(phone.value()).isEqualTo(expected);
    }

    @Test
    void theAreaCodeAndExtensionAreSeparateParts() {
        PhoneNumber phone = PhoneNumber.parse("0431-85551234转123");
        assertThat(phone.areaCode()).isEqualTo("0431");
        assertThat(phone.extension()).contains("123");
        assertThat(PhoneNumber.parse("13812345678").extension()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "　"})
    void nothingTypedIsEmpty(String typed) {
        assertRejected(typed, "phone.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1381234567", "138123456789", "12812345678", "11012345678", "138 1234  5678",
        "13812345678-", "138123转45678"})
    void badMobileNumbersAreRefused(String typed) {
        assertRejected(typed, "phone.invalid.mobile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0431-855512", "0431-855512345", "0431-05551234", "0431-15551234", "0431-85551234转",
        "0431-85551234转1234567", "0431--85551234", "0"})
    void badLandlinesAreRefused(String typed) {
        assertRejected(typed, "phone.invalid.landline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"85551234", "238 1234 5678", "-13812345678"})
    void aNumberStartingWithNeitherOneNorZeroIsRefused(String typed) {
        assertRejected(typed, "phone.invalid.prefix");
    }

    @Test
    void anIllegalCharacterIsNamedByPositionNotByTheNumber() {
        assertThatThrownBy(() -> PhoneNumber.parse("+8613812345678"))
                .isInstanceOfSatisfying(CertDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("phone.illegal.character");
                    assertThat(e.arguments()).containsExactly(1, "U+002B");
                });
        assertRejected("138a1234567", "phone.illegal.character");
        assertRejected("138\u202E12345678", "phone.illegal.character");
    }

    @Test
    void toStringMasksTheMiddleSoTheNumberNeverReachesALog() {
        assertThat(PhoneNumber.parse("13812345678")).hasToString("138****5678");
        assertThat(PhoneNumber.parse("0431-85551234转123")).hasToString("0431-****1234");
        assertThat(PhoneNumber.parse("13812345678").toString()).doesNotContain("1234567");
    }

    @Test
    void theSameNumberTypedDifferentlyIsEqual() {
        assertThat(PhoneNumber.parse("138 1234 5678")).isEqualTo(PhoneNumber.parse("１３８１２３４５６７８"))
                .hasSameHashCodeAs(PhoneNumber.parse("13812345678"));
        assertThat(PhoneNumber.isValid("13812345678")).isTrue();
        assertThat(PhoneNumber.isValid("1381234567")).isFalse();
    }

    private static void assertRejected(String typed, String key) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed)).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
