package cn.certdesk.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R16: lists and log lines show masked ID numbers only. */
class IdNumberMaskTest {

    @ParameterizedTest
    @CsvSource({"220102199003071234, 220102********1234", "E12345678, *****5678", "123, ***"})
    void R16_idNumbersAreMaskedSixEightFour(String number, String masked) {
        assertThat(IdNumberMask.mask(number)).isEqualTo(masked);
    }

    @Test
    void R16_applicantAgentAndStubNeverPrintTheirPersonalData() {
        Applicant applicant = Applicant.manualEntry("李四", "220102199003071234");
        Agent agent = new Agent("220102198001011239", "王五", "子", "13900000000", "WT-1");
        assertThat(applicant + " " + agent + " " + new Stub("13900000000", "sig"))
                .doesNotContain("李四", "王五", "220102199003071234", "13900000000")
                .contains("not checked");
    }
}
