package cn.certdesk.domain.catalogue;

/**
 * A kind-specific verification the officer completes before an application of that kind may be
 * created, named in the catalogue entry's {@code verification} field. The issuing screen shows
 * the matching verification section; the domain refuses to create the application without a
 * complete record (see {@code cn.certdesk.domain.verification.VerificationRequirement}).
 */
public enum VerificationProcedure {
    /**
     * R10–R12: 无违法犯罪记录核查 — the unit path (R11) or the resident path with the printed
     * application form (R12), each system checked with its result; a found record ends in a
     * recorded refusal, never a certificate.
     */
    NO_CRIMINAL_RECORD
}
