package cn.certdesk.domain.application;

import java.time.LocalDate;

/**
 * Criteria for searching past applications (R08); every {@code null} criterion matches all.
 * Criteria combine with AND. Personal data: {@link #toString()} hides the name and ID number.
 *
 * @param certificateNumber exact certificate number
 * @param applicantName     part of the applicant's name
 * @param idNumber          the applicant's full ID number (exact, upper-case X)
 * @param from              created on or after (desk's local date)
 * @param to                created on or before
 */
public record HistoryQuery(String certificateNumber, String applicantName, String idNumber, LocalDate from,
        LocalDate to, String kindCode, ApplicationStatus status) {

    public static HistoryQuery any() {
        return new HistoryQuery(null, null, null, null, null, null, null);
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
