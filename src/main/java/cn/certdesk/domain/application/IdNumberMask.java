package cn.certdesk.domain.application;

/**
 * Masks an ID number for lists (R16) with the rule of
 * {@link cn.certdesk.domain.idnumber.ResidentIdNumber#masked()}: the first six and the last four
 * characters, eight asterisks between. A number typed by hand need not be a valid resident ID
 * number, so anything that is not 18 characters keeps only its last four (or nothing).
 */
public final class IdNumberMask {

    private IdNumberMask() {
    }

    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.isEmpty()) {
            return "";
        }
        if (idNumber.length() == 18) {
            return idNumber.substring(0, 6) + "*".repeat(8) + idNumber.substring(14);
        }
        if (idNumber.length() <= 4) {
            return "*".repeat(idNumber.length());
        }
        return "*".repeat(idNumber.length() - 4) + idNumber.substring(idNumber.length() - 4);
    }
}
