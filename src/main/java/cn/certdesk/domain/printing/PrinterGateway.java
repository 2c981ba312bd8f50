package cn.certdesk.domain.printing;

import java.util.List;
import java.util.Optional;

/** The operating system's print system (implemented in the printing package). */
public interface PrinterGateway {

    /** The printers installed on this computer, by name. */
    List<String> printers();

    /** The system's default printer, if it has one. */
    Optional<String> defaultPrinter();

    /**
     * Sends a PDF to a printer. Returning {@link Sent} means the print system took the job, not
     * that paper came out: only the officer can confirm that.
     */
    PrintOutcome print(String printer, byte[] pdf, int copies, String jobName);

    /** What the print system answered. */
    sealed interface PrintOutcome permits Sent, Failed {
    }

    record Sent(String printer) implements PrintOutcome {
    }

    /** @param detail technical detail for the log; never personal data */
    record Failed(PrintFailure failure, String detail) implements PrintOutcome {
    }
}
