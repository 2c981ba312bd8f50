package cn.certdesk.domain.verification;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.VerificationProcedure;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the domain demands before an application of a kind with a verification procedure (the
 * catalogue's {@code verification}) may be created, and before such a verification may end in a
 * refusal. The service that records applications calls it; a screen cannot get round it.
 * Immutable and thread-safe.
 */
public final class VerificationRequirement {

    private final CriminalRecordSystems systems;

    public VerificationRequirement(CriminalRecordSystems systems) {
        this.systems = Objects.requireNonNull(systems, "systems");
    }

    public CriminalRecordSystems systems() {
        return systems;
    }

    /**
     * R10–R12: an application of a no-criminal-record kind needs a complete verification on one of
     * the two paths with every system checked and nothing found.
     *
     * @return the verification read from the record, empty for a kind without a procedure
     * @throws CertDeskException {@code ncr.verification.missing}, {@code ncr.verification.incomplete}
     *                           (with the systems not checked), {@code ncr.verification.record.found},
     *                           or the message of an invalid item
     */
    public Optional<NcrVerification> requireIssuable(CertificateKind kind, Map<String, String> record) {
        // The catalogue marks kinds with their own procedure "special"; the only one is the
        // no-criminal-record verification (R10–R12), named again by the record's "procedure" item.
        if (kind.verification() != VerificationProcedure.SPECIAL) {
            return Optional.empty();
        }
        NcrVerification verification = NcrVerification.fromRecord(record); // R10
        switch (verification.outcome(systems)) {
            case RECORD_FOUND -> throw new CertDeskException("ncr.verification.record.found"); // R12
            case INCOMPLETE -> throw new CertDeskException("ncr.verification.incomplete",
                    uncheckedNames(verification)); // R12: every system checked
            case NONE_FOUND -> {
                return Optional.of(verification);
            }
            default -> throw new IllegalStateException("unknown outcome");
        }
    }

    /**
     * R12: a verification may end in a refusal only when a record was found.
     *
     * @throws CertDeskException {@code ncr.refusal.nothing.found} otherwise
     */
    public void requireRefusable(NcrVerification verification) {
        if (verification.outcome(systems) != NcrVerification.Outcome.RECORD_FOUND) {
            throw new CertDeskException("ncr.refusal.nothing.found");
        }
    }

    private String uncheckedNames(NcrVerification verification) {
        return verification.unchecked(systems).stream().map(CriminalRecordSystem::name)
                .collect(Collectors.joining("、"));
    }
}
