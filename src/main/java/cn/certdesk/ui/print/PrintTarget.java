package cn.certdesk.ui.print;

import cn.certdesk.domain.printing.PrinterGateway;

/**
 * What the print panel prints: a certificate (its attempts are recorded and it is issued only on
 * the officer's confirmation) or a test page (nothing is recorded). Methods run on the store
 * thread.
 */
public interface PrintTarget {

    /** Shown above the preview, e.g. the kind and the certificate number. */
    String title();

    byte[] pdf();

    PrinterGateway.PrintOutcome print(String printer, int copies);

    /** True when the officer must say whether the paper came out. */
    boolean needsConfirmation();

    void confirmPrinted();

    void reportNotPrinted();
}
