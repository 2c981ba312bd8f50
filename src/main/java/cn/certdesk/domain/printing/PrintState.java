package cn.certdesk.domain.printing;

/** Where a certificate stands with the printer, derived from its recorded events. */
public enum PrintState {
    /** Never sent to a printer. */
    NOT_PRINTED,
    /** Sent; the officer has not yet said whether the paper came out. */
    AWAITING_CONFIRMATION,
    /** The last attempt failed; it can be printed again with the same number. */
    PRINT_FAILED,
    /** The officer confirmed the paper came out: the certificate counts as issued. */
    ISSUED
}
