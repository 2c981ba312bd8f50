package cn.certdesk.domain.idnumber;

import cn.certdesk.domain.idnumber.IdNumberCheck.Rejected;
import cn.certdesk.domain.idnumber.IdNumberCheck.Valid;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks what an officer typed or scanned as a resident ID number (公民身份号码, GB 11643-1999).
 *
 * <p>Input handling:
 * <ul>
 *   <li>Whitespace around the number is removed (anything {@link Character#isWhitespace} or
 *       {@link Character#isSpaceChar}, so the ideographic space U+3000 and the no-break space
 *       too); whitespace inside the number is an illegal character.</li>
 *   <li>Full-width digits ０-９ and full-width Ｘ/ｘ are read as their ASCII forms: Chinese input
 *       methods in full-width mode produce them, and they are unambiguous.</li>
 *   <li>Lower-case {@code x} is accepted as the check character and stored upper-case.</li>
 *   <li>Positions count characters as the officer sees them (Unicode code points), so a
 *       character outside the Basic Multilingual Plane counts once.</li>
 * </ul>
 *
 * <p>Rules, checked in this order; the first failure is reported:
 * <ol>
 *   <li>not empty ({@link IdNumberRejection#EMPTY});</li>
 *   <li>only digits, and {@code X} only as the 18th character
 *       ({@link IdNumberRejection#ILLEGAL_CHARACTER}, with its position);</li>
 *   <li>18 characters, or 15 digits for a number issued before 1999
 *       ({@link IdNumberRejection#WRONG_LENGTH});</li>
 *   <li>the first two digits are a province code of GB/T 2260 (11–15, 21–23, 31–37, 41–46,
 *       50–54, 61–65, 71, 81, 82) or 83, the code residence permits of Taiwan residents use
 *       ({@link IdNumberRejection#INVALID_ADDRESS_CODE});</li>
 *   <li>the birth date is a calendar date ({@link IdNumberRejection#INVALID_BIRTH_DATE}), not
 *       before 1900-01-01 ({@link IdNumberRejection#BIRTH_DATE_BEFORE_1900}) and not after today
 *       by the clock ({@link IdNumberRejection#BIRTH_DATE_IN_FUTURE}); a 15-digit number's
 *       six-digit date is in the 1900s;</li>
 *   <li>the 18th character is the MOD 11-2 check character
 *       ({@link IdNumberRejection#CHECK_CHARACTER_MISMATCH}); a 15-digit number has none and is
 *       converted to 18 characters by inserting {@code 19} before the year and appending it.</li>
 * </ol>
 * An address code missing from the table is accepted with
 * {@link IdNumberWarning#UNKNOWN_ADDRESS_CODE} (the officer overrides it with a reason); a
 * retired or renamed one with {@link IdNumberWarning#HISTORICAL_ADDRESS_CODE}.
 *
 * <p>Never logs, and never puts the full number into a result's detail or an exception.
 * Thread-safe if the clock is (the system clocks are); share one instance.
 */
public final class IdNumberValidator {

    /** Earliest birth date accepted. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** Length of a number issued before 1999: address code, YYMMDD, three-digit sequence. */
    public static final int LEGACY_LENGTH = 15;

    private static final int ADDRESS_CODE_LENGTH = 6;
    private static final int BIRTH_DATE_POSITION = 7;
    private static final char TEN = 'X';
    private static final String LEGACY_CENTURY = "19";

    private final AddressCodeTable addressCodes;
    private final Clock clock;

    /**
     * @param addressCodes the division codes an address code is looked up in
     * @param clock        gives "today" for the birth-date check
     */
    public IdNumberValidator(AddressCodeTable addressCodes, Clock clock) {
        this.addressCodes = Objects.requireNonNull(addressCodes, "addressCodes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks {@code input} as typed or scanned.
     *
     * @param input the text, {@code null} counting as empty
     */
    public IdNumberCheck validate(String input) {
        String trimmed = stripSurroundingWhitespace(input == null ? "" : input);
        if (trimmed.isEmpty()) {
            return reject(IdNumberRejection.EMPTY, Rejected.NO_POSITION, "");
        }
        StringBuilder normalized = new StringBuilder(ResidentIdNumber.LENGTH);
        int position = 0;
        for (int offset = 0; offset < trimmed.length(); ) {
            int codePoint = trimmed.codePointAt(offset);
            offset += Character.charCount(codePoint);
            position++;
            char ascii = toAsciiIdCharacter(codePoint);
            if (ascii == 0) {
                return reject(IdNumberRejection.ILLEGAL_CHARACTER, position, describe(codePoint));
            }
            normalized.append(ascii);
        }
        int length = normalized.length();
        if (length != ResidentIdNumber.LENGTH && length != LEGACY_LENGTH) {
            return reject(IdNumberRejection.WRONG_LENGTH, Rejected.NO_POSITION, "");
        }
        int lastDigitIndex = length == ResidentIdNumber.LENGTH ? length - 2 : length - 1;
        for (int index = 0; index <= lastDigitIndex; index++) {
            if (normalized.charAt(index) == TEN) {
                // every character is in the BMP by now, so index and position agree
                return reject(IdNumberRejection.ILLEGAL_CHARACTER, index + 1, describe(trimmed.charAt(index)));
            }
        }
        if (!hasPlausibleProvince(normalized)) {
            return reject(IdNumberRejection.INVALID_ADDRESS_CODE, 1,
                    normalized.substring(0, ADDRESS_CODE_LENGTH));
        }
        boolean legacy = length == LEGACY_LENGTH;
        String first17 = legacy
                ? normalized.substring(0, 6) + LEGACY_CENTURY + normalized.substring(6, 15)
                : normalized.substring(0, 17);
        Optional<Rejected> birthDateProblem = checkBirthDate(first17);
        if (birthDateProblem.isPresent()) {
            return birthDateProblem.get();
        }
        char checkCharacter = CheckCharacter.of(first17);
        if (!legacy && normalized.charAt(17) != checkCharacter) {
            return reject(IdNumberRejection.CHECK_CHARACTER_MISMATCH, ResidentIdNumber.LENGTH, "");
        }
        ResidentIdNumber number = new ResidentIdNumber(first17 + checkCharacter);
        Optional<AddressCode> place = addressCodes.lookup(number.addressCode());
        return new Valid(number, place, warningsFor(place), legacy);
    }

    private Optional<Rejected> checkBirthDate(String first17) {
        LocalDate birthDate;
        try {
            birthDate = ResidentIdNumber.parseBirthDate(first17, ADDRESS_CODE_LENGTH);
        } catch (DateTimeException e) {
            return Optional.of(reject(IdNumberRejection.INVALID_BIRTH_DATE, BIRTH_DATE_POSITION, ""));
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            return Optional.of(reject(IdNumberRejection.BIRTH_DATE_BEFORE_1900, BIRTH_DATE_POSITION, ""));
        }
        if (birthDate.isAfter(LocalDate.now(clock))) {
            return Optional.of(reject(IdNumberRejection.BIRTH_DATE_IN_FUTURE, BIRTH_DATE_POSITION, ""));
        }
        return Optional.empty();
    }

    private static List<IdNumberWarning> warningsFor(Optional<AddressCode> place) {
        if (place.isEmpty()) {
            return List.of(IdNumberWarning.UNKNOWN_ADDRESS_CODE);
        }
        return place.get().historical() ? List.of(IdNumberWarning.HISTORICAL_ADDRESS_CODE) : List.of();
    }

    private static Rejected reject(IdNumberRejection reason, int position, String detail) {
        return new Rejected(reason, position, detail);
    }

    /** The ASCII digit or {@code X} the code point stands for, or 0 if it stands for none. */
    private static char toAsciiIdCharacter(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return (char) codePoint;
        }
        if (codePoint >= '０' && codePoint <= '９') {
            return (char) ('0' + (codePoint - '０'));
        }
        if (codePoint == 'X' || codePoint == 'x' || codePoint == 'Ｘ' || codePoint == 'ｘ') {
            return TEN;
        }
        return 0;
    }

    private static boolean hasPlausibleProvince(CharSequence digits) {
        int province = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
        return (province >= 11 && province <= 15)
                || (province >= 21 && province <= 23)
                || (province >= 31 && province <= 37)
                || (province >= 41 && province <= 46)
                || (province >= 50 && province <= 54)
                || (province >= 61 && province <= 65)
                || province == 71 || province == 81 || province == 82 || province == 83;
    }

    private static String stripSurroundingWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isWhitespace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** The character and its code point, e.g. {@code “A” U+0041}; safe to show and log. */
    private static String describe(int codePoint) {
        String visible = Character.isISOControl(codePoint) ? "" : Character.toString(codePoint);
        return "“" + visible + "” U+" + String.format("%04X", codePoint);
    }
}
