package cn.certdesk.domain.verification;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.idnumber.ResidentIdNumber;

/**
 * R11: the unit that asks, through its staff member at the counter. Personal data (the staff
 * member's name and ID number): {@link #toString()} hides them.
 *
 * @param unitName      the requesting organ or employer, as on the introduction letter
 * @param letterNumber  the introduction letter's number (介绍信编号)
 * @param staffName     the staff member who brings the letter
 * @param staffIdNumber the staff member's 公民身份号码, checked (length, birth date, check character)
 * @param purpose       why the unit asks (political review, case handling, recruitment …)
 */
public record UnitRequest(String unitName, String letterNumber, String staffName, String staffIdNumber,
        String purpose) {

    public static final int MAX_TEXT = 100;

    public UnitRequest {
        unitName = TextInput.require("field.ncr.unit.name", unitName, MAX_TEXT);
        letterNumber = TextInput.require("field.ncr.letter.number", letterNumber, 50);
        staffName = TextInput.require("field.ncr.staff.name", staffName, 60);
        staffIdNumber = checkedIdNumber(staffIdNumber);
        purpose = TextInput.require("field.ncr.purpose", purpose, MAX_TEXT);
    }

    private static String checkedIdNumber(String typed) {
        String value = TextInput.require("field.ncr.staff.id.number", typed, 18).toUpperCase(java.util.Locale.ROOT);
        try {
            return new ResidentIdNumber(value).value();
        } catch (IllegalArgumentException e) {
            // The message never quotes the number (personal data).
            throw new CertDeskException("ncr.unit.staff.id.invalid");
        }
    }

    @Override
    public String toString() {
        return "UnitRequest[letter recorded]";
    }
}
