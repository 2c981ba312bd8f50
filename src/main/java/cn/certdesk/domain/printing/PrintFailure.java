package cn.certdesk.domain.printing;

/** Why a certificate did not come out of the printer; each has a message for the officer. */
public enum PrintFailure {
    /** The computer has no printer at all. */
    NO_PRINTER("print.failure.no.printer"),
    /** The remembered printer is not installed (renamed, removed). */
    PRINTER_NOT_FOUND("print.failure.printer.not.found"),
    /** The printer refuses jobs (offline, paused by the print system, rejecting). */
    PRINTER_NOT_ACCEPTING("print.failure.printer.not.accepting"),
    /** The job was cancelled. */
    CANCELLED("print.failure.cancelled"),
    /** The print system reported an error. */
    FAILED("print.failure.failed"),
    /** The officer says the paper did not come out (jammed, empty tray, queue stopped). */
    NO_PAPER_REPORTED("print.failure.no.paper.reported");

    private final String messageKey;

    PrintFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
