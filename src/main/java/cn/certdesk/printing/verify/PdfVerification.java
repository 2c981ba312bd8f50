package cn.certdesk.printing.verify;

import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.QrPayload;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one certificate PDF: every check in order, and what the certificate
 * says (from the signed QR payload, and the fields from the content whose digest it signs).
 *
 * @param facts the certificate's content as read from the PDF's metadata; present when it could
 *        be read, even if a check failed (then it must not be trusted)
 */
public record PdfVerification(List<Check> checks, Optional<QrPayload> payload, Optional<CertificateFacts> facts) {

    public PdfVerification {
        checks = List.copyOf(checks);
    }

    /** One check: a bilingual name, whether it passed, and a detail without personal data. */
    public record Check(String name, boolean passed, String detail) {
    }

    /** True when every check passed. */
    public boolean valid() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    /** The first failed check, if any. */
    public Optional<Check> firstFailure() {
        return checks.stream().filter(check -> !check.passed()).findFirst();
    }
}
