package cn.certdesk.domain.application;

/**
 * Where an application stands, derived from its events.
 *
 * <pre>
 * CREATED ──(approval needed: head-approval kind R07/R12, or an override R13/R14)── approval-requested ──▶ AWAITING_APPROVAL
 * AWAITING_APPROVAL ── approved ──▶ APPROVED      AWAITING_APPROVAL ── rejected ──▶ REJECTED (final)
 * CREATED (no approval needed) or APPROVED ── print-sent / print-failed … issued ──▶ ISSUED
 * any state ── voided ──▶ VOIDED (final). Voiding an ISSUED certificate cancels the paper; the
 * application remembers that it had been issued ({@code issuedBeforeVoid}).
 * </pre>
 */
public enum ApplicationStatus {
    CREATED,
    AWAITING_APPROVAL,
    APPROVED,
    REJECTED,
    ISSUED,
    VOIDED;

    /** @return whether the application still needs work at the desk (the officer's home screen) */
    public boolean open() {
        return this == CREATED || this == AWAITING_APPROVAL || this == APPROVED;
    }

    /**
     * @return whether the application is listed on the preparing officer's home screen: the open
     *         ones, and a rejected one with the head's reason until its officer voids it (the
     *         applicant has to be told; ADR 0019)
     */
    public boolean onHomeScreen() {
        return open() || this == REJECTED;
    }
}
