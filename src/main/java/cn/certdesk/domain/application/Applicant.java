package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import java.util.UUID;

/**
 * Who the certificate is for: a resident found in the population register, or a manual entry
 * that was <em>not checked against the register</em> (the certificate and the lists say so).
 * Personal data: {@link #toString()} never shows the name or the full ID number.
 *
 * @param residentId             the register's resident, {@code null} for a manual entry
 * @param name                   the applicant's name
 * @param idNumber               公民身份号码 (or the number of another identity document)
 * @param checkedAgainstRegister {@code false} for a manual entry
 */
public record Applicant(UUID residentId, String name, String idNumber, boolean checkedAgainstRegister) {

    public Applicant {
        name = TextInput.require("field.applicant.name", name, 60);
        idNumber = TextInput.require("field.applicant.id.number", idNumber, 30);
        if (checkedAgainstRegister != (residentId != null)) {
            throw new CertDeskException("application.applicant.register.mismatch");
        }
    }

    /** A resident found in the population register. */
    public static Applicant fromRegister(UUID residentId, String name, String idNumber) {
        return new Applicant(residentId, name, idNumber, true);
    }

    /** Typed in by the officer: flagged "not checked against the register". */
    public static Applicant manualEntry(String name, String idNumber) {
        return new Applicant(null, name, idNumber, false);
    }

    @Override
    public String toString() {
        return "Applicant[" + IdNumberMask.mask(idNumber) + (checkedAgainstRegister ? "" : ", not checked") + "]";
    }
}
