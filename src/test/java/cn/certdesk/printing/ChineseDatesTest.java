package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-22, 二〇二六年十一月二十二日",
            "2026-10-01, 二〇二六年十月一日",
            "2026-11-20, 二〇二六年十一月二十日",
            "2026-12-31, 二〇二六年十二月三十一日",
            "2000-01-10, 二〇〇〇年一月十日",
            "1995-10-31, 一九九五年十月三十一日",
            "2026-02-09, 二〇二六年二月九日"})
    void numeralsWriteYearDigitByDigitAndMonthAndDayAsNumbers(LocalDate date, String expected) {
        assertThat(ChineseDates.numerals(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-22, 2026年11月22日", "2026-01-05, 2026年1月5日", "1999-10-31, 1999年10月31日"})
    void arabicWritesDigitsWithoutLeadingZeros(LocalDate date, String expected) {
        assertThat(ChineseDates.arabic(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-10-09T07:15, NUMERALS, 二〇二六年十月九日七时十五分",
            "2026-10-09T07:05, ARABIC, 2026年10月9日7时05分",
            "2026-10-09T00:00, NUMERALS, 二〇二六年十月九日〇时〇分"})
    void dateTimesAddHoursAndMinutes(LocalDateTime dateTime, ChineseDates.DateStyle style, String expected) {
        assertThat(ChineseDates.dateTime(dateTime, style)).isEqualTo(expected);
    }
}
