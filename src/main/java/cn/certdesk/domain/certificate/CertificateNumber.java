package cn.certdesk.domain.certificate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate number unique across every desk of every station without a connection: the
 * 12-digit station code, the 2-digit desk code, the year and a 6-digit sequence that runs
 * gap-free per desk and year, e.g. {@code 220102001001-01-2026-000123}. Immutable value.
 */
public record CertificateNumber(String stationCode, String deskCode, int year, int sequence) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{12})-([0-9]{2})-([0-9]{4})-([0-9]{6})");

    public CertificateNumber {
        if (!stationCode.matches("[0-9]{12}") || !deskCode.matches("[0-9]{2}") || year < 2000 || year > 9999
                || sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("not a certificate number: " + stationCode + "-" + deskCode + "-"
                    + year + "-" + sequence);
        }
    }

    public static CertificateNumber parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a certificate number");
        }
        return new CertificateNumber(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)),
                Integer.parseInt(matcher.group(4)));
    }

    public String text() {
        return String.format("%s-%s-%04d-%06d", stationCode, deskCode, year, sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
