package cn.certdesk.domain.officer;

/** What an officer may do; granted through {@link Role}s (POLICY.md, role table; R16 least privilege). */
public enum Permission {
    /** Look up residents and identify applicants (sees citizens' data). */
    IDENTIFY_APPLICANT,
    /** Issue the R06 kinds: kinship, register change/correction, resident identity. */
    ISSUE_REGISTER_CERTIFICATES,
    /** Prepare the R07 and R12 kinds with their verification record. */
    PREPARE_VERIFIED_CERTIFICATES,
    /** Print certificates and refusal notices. */
    PRINT,
    /** Void or reprint one's own certificates. */
    VOID_REPRINT_OWN,
    /** Approve or reject applications on the approval screen (never one's own). */
    APPROVE,
    /** Issue through the transition-period (R13) and special-case (R14) overrides. */
    OVERRIDE,
    /** Browse the certificate catalogue and its refusal guidance (no personal data). */
    VIEW_CATALOGUE,
    /**
     * R15, R17: the supervision statistics (per kind, month and officer; 应开不开, overrides,
     * overdue). Aggregates and certificate numbers only, but per-officer supervision is the
     * station head's, so the administrator does not get it (ADR 0014).
     */
    VIEW_STATISTICS,
    /** Create, unlock and deactivate officer accounts. */
    MANAGE_ACCOUNTS,
    /** Configure the station and desk (idle lock, printer, templates). */
    CONFIGURE_STATION,
    /** Void or reprint any certificate of the station, with a reason (the station head, R15). */
    VOID_REPRINT_ANY,
    /** Search the audit trail and see whether its hash chain is intact (R15). */
    VIEW_AUDIT
}
