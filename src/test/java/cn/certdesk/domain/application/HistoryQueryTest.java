package cn.certdesk.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the officer types in the one history search box becomes the right criterion (R08). */
class HistoryQueryTest {

    @ParameterizedTest
    @CsvSource({
        "220102001001-01-2026-000123, 220102001001-01-2026-000123",
        "' 220102001001-01-2026-R1A2B3C4D ', 220102001001-01-2026-R1A2B3C4D",
        "220102001001-01-2026-r1a2b3c4d, 220102001001-01-2026-R1A2B3C4D"})
    void R08_aCertificateOrNoticeNumberSearchesByNumber(String typed, String number) {
        HistoryQuery query = HistoryQuery.forText(typed);
        assertThat(query.certificateNumber()).isEqualTo(number);
        assertThat(query.applicantName()).isNull();
        assertThat(query.idNumber()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "220102199003071234, 220102199003071234",
        "22010219900307123x, 22010219900307123X",
        "220102900307123, 220102900307123"})
    void R08_anIdNumberOfEitherLengthSearchesByIdNumberUpperCase(String typed, String idNumber) {
        HistoryQuery query = HistoryQuery.forText(typed);
        assertThat(query.idNumber()).isEqualTo(idNumber);
        assertThat(query.certificateNumber()).isNull();
        assertThat(query.applicantName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"李四", "欧阳", "𠀀明", "Zhang"})
    void R08_anythingElseSearchesByPartOfTheName(String typed) {
        HistoryQuery query = HistoryQuery.forText(typed);
        assertThat(query.applicantName()).isEqualTo(typed);
        assertThat(query.certificateNumber()).isNull();
        assertThat(query.idNumber()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankMatchesEverything(String typed) {
        assertThat(HistoryQuery.forText(typed)).isEqualTo(HistoryQuery.any());
    }

    @org.junit.jupiter.api.Test
    void R16_theQueryNeverPrintsTheNameOrIdNumber() {
        assertThat(HistoryQuery.forText("220102199003071234").toString()).doesNotContain("220102199003071234");
        assertThat(HistoryQuery.forText("李四").toString()).doesNotContain("李四");
    }
}
