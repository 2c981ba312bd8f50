package cn.certdesk.domain.stub;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.catalogue.CertificateKind;
import java.util.Optional;

/**
 * R06, R07: for the kinds whose catalogue entry says {@code stubRequired} (kinship, register item
 * change/correction, resident identity, abnormal death, found abandoned child) the applicant or
 * agent signs the stub and writes a phone number before the certificate is issued. Stateless.
 */
public final class StubRequirement {

    private StubRequirement() {
    }

    /**
     * @throws CertDeskException {@code stub.required} (argument: the kind's Chinese name) when the
     *         kind needs a stub and there is none
     */
    public static void check(CertificateKind kind, Optional<Stub> stub) {
        if (kind.stubRequired() && stub.isEmpty()) {
            throw new CertDeskException("stub.required", kind.name());
        }
    }

    /** The same for a caller that only knows whether a stub is required; the message names no kind. */
    public static void check(boolean stubRequired, Optional<Stub> stub) {
        if (stubRequired && stub.isEmpty()) {
            throw new CertDeskException("stub.required", "");
        }
    }
}
