package cn.certdesk.domain.idnumber;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A well-formed 18-character resident ID number (公民身份号码, GB 11643-1999): six-digit address
 * code, eight-digit birth date, three-digit sequence code and the MOD 11-2 check character,
 * upper-case {@code X} for ten. Gender, birth date and address code are read from the value.
 *
 * <p>Obtain one from {@link IdNumberValidator#validate(String)}; the constructor only checks
 * the form (digits, real birth date, check character), not the address code or the date range.
 * {@link #toString()} gives the {@linkplain #masked() masked} form so that a number never ends
 * up in a log by accident; call {@link #value()} where the full number is really needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the normalized 18-character number
 */
public record ResidentIdNumber(String value) {

    /** Length of a resident ID number. */
    public static final int LENGTH = 18;

    private static final int MASKED_CHARACTERS = 8;

    public ResidentIdNumber {
        Objects.requireNonNull(value, "value");
        // Messages never quote the value: it is personal data.
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("an ID number has 18 characters, got " + value.length());
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                throw new IllegalArgumentException("not an ASCII digit at position " + (i + 1));
            }
        }
        if (CheckCharacter.of(value.subSequence(0, LENGTH - 1)) != value.charAt(LENGTH - 1)) {
            throw new IllegalArgumentException("check character does not match");
        }
        try {
            parseBirthDate(value, 6);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("birth date is not a calendar date");
        }
    }

    /** The six-digit address code (地址码), e.g. {@code "220181"}. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** The birth date (出生日期码). */
    public LocalDate birthDate() {
        return parseBirthDate(value, 6);
    }

    /** Gender from the 17th digit: odd is male, even female. */
    public Gender gender() {
        return Gender.fromSequenceDigit(value.charAt(16));
    }

    /**
     * Age in completed years (周岁) on {@code date}. Someone born on 29 February completes a year
     * on 1 March in a common year.
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        LocalDate birthDate = birthDate();
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /**
     * The number with the birth date and sequence hidden: the first six and the last four
     * characters, eight asterisks between, e.g. {@code 220102********1234}.
     */
    public String masked() {
        return value.substring(0, 6) + "*".repeat(MASKED_CHARACTERS) + value.substring(6 + MASKED_CHARACTERS);
    }

    /** The {@linkplain #masked() masked} number, never the full one. */
    @Override
    public String toString() {
        return masked();
    }

    static LocalDate parseBirthDate(CharSequence digits, int start) {
        int year = number(digits, start, 4);
        int month = number(digits, start + 4, 2);
        int day = number(digits, start + 6, 2);
        return LocalDate.of(year, month, day);
    }

    private static int number(CharSequence digits, int start, int length) {
        int result = 0;
        for (int i = start; i < start + length; i++) {
            result = result * 10 + (digits.charAt(i) - '0');
        }
        return result;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
