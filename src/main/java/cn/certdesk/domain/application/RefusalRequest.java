package cn.certdesk.domain.application;

/**
 * A request the desk refuses (R01) and explains (R02).
 *
 * @param kindCode    the catalogue kind asked for, {@code null} when the request is outside the catalogue
 * @param requestText what the applicant asked for in their words; required when {@code kindCode} is null
 * @param reasonShown the reason shown to (and printable for) the applicant
 */
public record RefusalRequest(String kindCode, String requestText, String reasonShown) {
}
