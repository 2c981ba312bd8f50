package cn.certdesk.ui.print;

import cn.certdesk.domain.printing.PrinterGateway;

/**
 * A paper printed without the "did the paper come out?" step, because nothing about it is recorded
 * when it is printed: a refusal notice or a no-criminal-record form, recorded and archived when it
 * was made, or a printer test page, which is not recorded at all.
 */
public final class PlainPrint implements PrintTarget {

    private final String title;
    private final String number;
    private final byte[] pdf;
    private final PrinterGateway printers;

    /**
     * @param number names the print job (the document's number, or e.g. {@code sample-…} for a test page)
     */
    public PlainPrint(String title, String number, byte[] pdf, PrinterGateway printers) {
        this.title = title;
        this.number = number;
        this.pdf = pdf.clone();
        this.printers = printers;
    }

    public String number() {
        return number;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public PrinterGateway.PrintOutcome print(String printer, int copies) {
        return printers.print(printer, pdf, copies, number);
    }

    @Override
    public boolean needsConfirmation() {
        return false;
    }

    @Override
    public void confirmPrinted() {
        // nothing to record: see the class comment
    }

    @Override
    public void reportNotPrinted() {
        // nothing to record: see the class comment
    }
}
