package cn.certdesk.domain.application;

/**
 * A request the desk refuses (R01) and explains (R02).
 *
 * @param kindCode    the catalogue kind asked for, {@code null} when the request is outside the catalogue
 * @param requestText what the applicant asked for in their words; required when {@code kindCode} is null
 * @param reasonShown the reason shown to (and printable for) the applicant
 * @param applicant   who asked, when identified at the desk; {@code null} when not (history finds the refusal
 *                    by applicant only when given)
 */
public record RefusalRequest(String kindCode, String requestText, String reasonShown, Applicant applicant) {

    /** A refusal of an applicant who was not identified. */
    public RefusalRequest(String kindCode, String requestText, String reasonShown) {
        this(kindCode, requestText, reasonShown, null);
    }
}
