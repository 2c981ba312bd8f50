package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.idnumber.Gender;
import cn.certdesk.domain.idnumber.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Who the certificate is for: a resident found in the population register, or a manual entry
 * (手工录入) that was <em>not checked against the register</em> (未经人口信息核对; the certificate and
 * the lists say so). Personal data: {@link #toString()} never shows the name or the full ID number.
 *
 * <p>Name and reason are checked with {@link TextInput}: not blank, at most {@value #MAX_NAME} /
 * {@value #MAX_REASON} characters counted as code points (a name with characters outside the Basic
 * Multilingual Plane, e.g. 𠀋, counts each once and is kept exactly), no control or
 * bidirectional-override characters; nothing is cut.
 *
 * @param residentId             the register's resident, {@code null} for a manual entry
 * @param name                   the applicant's name
 * @param idNumber               公民身份号码 (or the number of another identity document)
 * @param checkedAgainstRegister {@code false} for a manual entry
 * @param addressCodeReason      the officer's reason for accepting an ID number whose address code is
 *                               not in the division table ({@code IdNumberWarning.UNKNOWN_ADDRESS_CODE});
 *                               {@code null} when there was nothing to override
 */
public record Applicant(UUID residentId, String name, String idNumber, boolean checkedAgainstRegister,
        String addressCodeReason) {

    /** Most characters of a name (code points). */
    public static final int MAX_NAME = 60;
    /** Most characters of an ID number field. */
    public static final int MAX_ID_NUMBER = 30;
    /** Most characters of an override reason. */
    public static final int MAX_REASON = 200;

    public Applicant {
        name = TextInput.require("field.applicant.name", name, MAX_NAME);
        idNumber = TextInput.require("field.applicant.id.number", idNumber, MAX_ID_NUMBER);
        if (checkedAgainstRegister != (residentId != null)) {
            throw new CertDeskException("application.applicant.register.mismatch");
        }
        if (addressCodeReason != null) {
            addressCodeReason = TextInput.require("field.applicant.address.code.reason", addressCodeReason, MAX_REASON);
        }
    }

    /** Before the override reason was recorded (events written before it still read this way). */
    public Applicant(UUID residentId, String name, String idNumber, boolean checkedAgainstRegister) {
        this(residentId, name, idNumber, checkedAgainstRegister, null);
    }

    /** A resident found in the population register. */
    public static Applicant fromRegister(UUID residentId, String name, String idNumber) {
        return new Applicant(residentId, name, idNumber, true, null);
    }

    /** Typed in by the officer: flagged "not checked against the register". */
    public static Applicant manualEntry(String name, String idNumber) {
        return new Applicant(null, name, idNumber, false, null);
    }

    /**
     * Typed in by the officer, flagged "not checked against the register", with the reason the
     * officer gave for an unknown address code ({@code null} when the code is known).
     */
    public static Applicant manualEntry(String name, String idNumber, String addressCodeReason) {
        return new Applicant(null, name, idNumber, false, addressCodeReason);
    }

    /** The reason given for an unknown address code, if one was needed. */
    public Optional<String> addressCodeOverride() {
        return Optional.ofNullable(addressCodeReason);
    }

    /** The ID number as a resident ID number, if it is a well-formed 18-character one. */
    public Optional<ResidentIdNumber> residentIdNumber() {
        try {
            return Optional.of(new ResidentIdNumber(idNumber));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Gender read from the ID number (odd 17th digit: male), for a manual entry too. */
    public Optional<Gender> derivedGender() {
        return residentIdNumber().map(ResidentIdNumber::gender);
    }

    /** Birth date read from the ID number, for a manual entry too. */
    public Optional<LocalDate> derivedBirthDate() {
        return residentIdNumber().map(ResidentIdNumber::birthDate);
    }

    /** The same person: equal ID numbers (upper-case X), whatever the names. */
    public boolean samePersonAs(String otherIdNumber) {
        return otherIdNumber != null && idNumber.equalsIgnoreCase(otherIdNumber.strip());
    }

    @Override
    public String toString() {
        return "Applicant[" + IdNumberMask.mask(idNumber) + (checkedAgainstRegister ? "" : ", not checked")
                + (addressCodeReason == null ? "" : ", address code overridden") + "]";
    }
}
