package cn.certdesk.domain.idnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Numbers worked out by hand (see {@link IdNumberValidatorTest} for the arithmetic):
 * 220102199003071235 (sequence 123, odd: male), 220102200002290028 (sequence 002, even:
 * female, born on a leap day), 11010119491001001X.
 */
class ResidentIdNumberTest {

    private static final ResidentIdNumber MAN_BORN_1990 = new ResidentIdNumber("220102199003071235");
    private static final ResidentIdNumber WOMAN_BORN_ON_LEAP_DAY = new ResidentIdNumber("220102200002290028");

    @Test
    void maskedKeepsTheFirstSixAndTheLastFourCharacters() {
        assertThat(MAN_BORN_1990.masked()).isEqualTo("220102********1235");
    }

    @Test
    void maskedKeepsTheCheckCharacterX() {
        assertThat(new ResidentIdNumber("11010119491001001X").masked()).isEqualTo("110101********001X");
    }

    @Test
    void toStringGivesTheMaskedNumber() {
        assertThat(MAN_BORN_1990.toString()).isEqualTo("220102********1235");
    }

    @Test
    void valueGivesTheFullNumber() {
        assertThat(MAN_BORN_1990.value()).isEqualTo("220102199003071235");
    }

    @Test
    void oddSequenceDigitIsMale() {
        assertThat(MAN_BORN_1990.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void evenSequenceDigitIsFemale() {
        assertThat(WOMAN_BORN_ON_LEAP_DAY.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void birthDateIsReadFromDigits7To14() {
        assertThat(MAN_BORN_1990.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
    }

    @Test
    void addressCodeIsTheFirstSixDigits() {
        assertThat(MAN_BORN_1990.addressCode()).isEqualTo("220102");
    }

    @Test
    void ageCountsCompletedYears() {
        assertThat(MAN_BORN_1990.ageOn(LocalDate.of(2025, 3, 6))).isEqualTo(34);
        assertThat(MAN_BORN_1990.ageOn(LocalDate.of(2025, 3, 7))).isEqualTo(35);
    }

    @Test
    void leapDayChildCompletesAYearOnFirstMarchInACommonYear() {
        assertThat(WOMAN_BORN_ON_LEAP_DAY.ageOn(LocalDate.of(2001, 2, 28))).isZero();
        assertThat(WOMAN_BORN_ON_LEAP_DAY.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
    }

    @Test
    void ageBeforeBirthIsRefused() {
        assertThatThrownBy(() -> MAN_BORN_1990.ageOn(LocalDate.of(1990, 3, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(new ResidentIdNumber("220102199003071235")).isEqualTo(MAN_BORN_1990);
    }

    @Test
    void wrongCheckCharacterIsRefusedWithoutQuotingTheNumber() {
        assertThatThrownBy(() -> new ResidentIdNumber("220102199003071236"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("199003071236");
    }

    @Test
    void lowerCaseXIsRefusedByTheValueType() {
        assertThatThrownBy(() -> new ResidentIdNumber("11010119491001001x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleBirthDateIsRefusedWithoutQuotingTheNumber() {
        assertThatThrownBy(() -> new ResidentIdNumber("220102199002300016"))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("19900230");
    }
}
