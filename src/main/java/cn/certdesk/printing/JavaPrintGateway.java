package cn.certdesk.printing;

import cn.certdesk.domain.printing.PrintFailure;
import cn.certdesk.domain.printing.PrinterGateway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * The operating system's print system through Java Print Service. The PDF itself goes to the
 * printer when the print system takes PDF (CUPS does: what the preview shows is what prints);
 * otherwise PDFBox draws the pages through a {@link PrinterJob}. Thread-safe; call it off the
 * FX thread.
 */
public final class JavaPrintGateway implements PrinterGateway {

    @Override
    public List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    @Override
    public PrintOutcome print(String printer, byte[] pdf, int copies, String jobName) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            return new Failed(PrintFailure.NO_PRINTER, "no print service");
        }
        Optional<PrintService> service = Arrays.stream(services).filter(s -> s.getName().equals(printer)).findFirst();
        if (service.isEmpty()) {
            return new Failed(PrintFailure.PRINTER_NOT_FOUND, "no print service with the remembered name");
        }
        PrintService target = service.get();
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(new JobName(jobName, null));
        try {
            if (target.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
                DocPrintJob job = target.createPrintJob();
                job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null), attributes);
            } else {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setPrintService(target);
                    job.setJobName(jobName);
                    job.setCopies(copies);
                    job.setPageable(new PDFPageable(document));
                    job.print();
                }
            }
            return new Sent(target.getName());
        } catch (PrinterAbortException e) {
            return new Failed(PrintFailure.CANCELLED, e.getClass().getSimpleName());
        } catch (PrintException | PrinterException | IOException e) {
            // The print system refused the job: tell an offline or paused printer from other errors.
            // (Java caches the printer's attributes, so they are asked only after a refusal.)
            PrintFailure failure = target.getAttribute(PrinterIsAcceptingJobs.class)
                    == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS ? PrintFailure.PRINTER_NOT_ACCEPTING : PrintFailure.FAILED;
            return new Failed(failure, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
