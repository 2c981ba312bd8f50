package cn.certdesk.domain.application;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Criteria for searching past applications (R08); every {@code null} criterion matches all.
 * Criteria combine with AND. Personal data: {@link #toString()} hides the name and ID number.
 *
 * @param certificateNumber exact certificate number, or a refusal notice's number
 * @param applicantName     part of the applicant's name
 * @param idNumber          the applicant's full ID number (exact, upper-case X)
 * @param from              created on or after (desk's local date)
 * @param to                created on or before
 */
public record HistoryQuery(String certificateNumber, String applicantName, String idNumber, LocalDate from,
        LocalDate to, String kindCode, ApplicationStatus status) {

    /** 15 digits, or 17 digits and a check character: an ID number rather than a name. */
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");
    /** Certificate numbers (…-2026-000123) and notice numbers (…-2026-R1A2B3C4D) have dashes and digits. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9A-Za-z]+(-[0-9A-Za-z]+)+");

    public static HistoryQuery any() {
        return new HistoryQuery(null, null, null, null, null, null, null);
    }

    /**
     * What the officer typed in the one search box: a certificate or notice number, an ID number
     * (either length, lower-case x accepted), or else part of the applicant's name. Blank matches all.
     */
    public static HistoryQuery forText(String text) {
        if (text == null || text.isBlank()) {
            return any();
        }
        String typed = text.strip();
        if (ID_NUMBER.matcher(typed).matches()) {
            return any().withIdNumber(typed.toUpperCase(Locale.ROOT));
        }
        if (DOCUMENT_NUMBER.matcher(typed).matches()) {
            return any().withCertificateNumber(typed.toUpperCase(Locale.ROOT));
        }
        return any().withApplicantName(typed);
    }

    public HistoryQuery withCertificateNumber(String number) {
        return new HistoryQuery(number, applicantName, idNumber, from, to, kindCode, status);
    }

    public HistoryQuery withApplicantName(String name) {
        return new HistoryQuery(certificateNumber, name, idNumber, from, to, kindCode, status);
    }

    public HistoryQuery withIdNumber(String number) {
        return new HistoryQuery(certificateNumber, applicantName, number, from, to, kindCode, status);
    }

    public HistoryQuery withCreatedBetween(LocalDate first, LocalDate last) {
        return new HistoryQuery(certificateNumber, applicantName, idNumber, first, last, kindCode, status);
    }

    public HistoryQuery withKind(String code) {
        return new HistoryQuery(certificateNumber, applicantName, idNumber, from, to, code, status);
    }

    public HistoryQuery withStatus(ApplicationStatus wanted) {
        return new HistoryQuery(certificateNumber, applicantName, idNumber, from, to, kindCode, wanted);
    }

    @Override
    public String toString() {
        return "HistoryQuery[" + certificateNumber + ", name " + (applicantName != null) + ", id "
                + (idNumber != null) + ", " + from + ".." + to + ", " + kindCode + ", " + status + "]";
    }
}
