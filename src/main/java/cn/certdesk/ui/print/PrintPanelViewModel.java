package cn.certdesk.ui.print;

import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Preview and print: the pages of the very PDF that prints, the printer (remembered per desk),
 * copies, and after a certificate is sent, the officer's answer whether the paper came out.
 */
public final class PrintPanelViewModel {

    /** Preview resolution: sharp enough to read, cheap enough to render at once. */
    public static final float PREVIEW_DPI = 96f;

    private final PrinterGateway printers;
    private final DeskSettings settings;
    private final DocumentPreview preview;
    private final TaskRunner tasks;
    private final Messages messages;

    private final ObjectProperty<PrintTarget> target = new SimpleObjectProperty<>();
    private final ObservableList<String> printerNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final ObservableList<DocumentPreview.PageImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper awaitingConfirmation = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public PrintPanelViewModel(PrinterGateway printers, DeskSettings settings, DocumentPreview preview,
            TaskRunner tasks, Messages messages) {
        this.printers = printers;
        this.settings = settings;
        this.preview = preview;
        this.tasks = tasks;
        this.messages = messages;
    }

    public ObservableList<String> printerNames() {
        return printerNames;
    }

    public ObjectProperty<String> printerProperty() {
        return printer;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    public ObservableList<DocumentPreview.PageImage> pages() {
        return pages;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty awaitingConfirmationProperty() {
        return awaitingConfirmation.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the installed printers and preselects the one this desk used last, else the system default. */
    public void loadPrinters() {
        tasks.run(() -> new PrinterChoice(printers.printers(), settings.printer(), printers.defaultPrinter()),
                choice -> {
                    printerNames.setAll(choice.installed());
                    printer.set(choice.preselected().orElse(null));
                    if (choice.installed().isEmpty()) {
                        message.set(messages.get("print.failure.no.printer"));
                    }
                }, failure -> message.set(messages.ofFailure(failure)));
    }

    private record PrinterChoice(List<String> installed, Optional<String> remembered, Optional<String> systemDefault) {
        Optional<String> preselected() {
            return remembered.filter(installed::contains).or(() -> systemDefault.filter(installed::contains))
                    .or(() -> installed.stream().findFirst());
        }
    }

    /** Shows a document: renders its pages for the preview. */
    public void show(PrintTarget document) {
        target.set(document);
        title.set(document.title());
        awaitingConfirmation.set(false);
        message.set("");
        pages.clear();
        tasks.run(() -> preview.pages(document.pdf(), PREVIEW_DPI), pages::setAll,
                failure -> message.set(messages.ofFailure(failure)));
    }

    /**
     * Shows a certificate that was already sent to the printer and whose paper the officer has not
     * confirmed yet (an application resumed from the work list): the panel asks the question again.
     *
     * @param question what the panel says (the officer answers "printed" or "not printed")
     */
    public void showSent(PrintTarget document, String question) {
        show(document);
        awaitingConfirmation.set(true);
        message.set(question);
    }

    public void print() {
        PrintTarget document = target.get();
        String chosen = printer.get();
        if (document == null || busy.get() || awaitingConfirmation.get()) {
            return;
        }
        if (chosen == null) {
            message.set(messages.get(printerNames.isEmpty() ? "print.failure.no.printer" : "print.choose.printer"));
            return;
        }
        int count = copies.get();
        busy.set(true);
        message.set(messages.get("print.sending", chosen));
        tasks.run(() -> {
            settings.setPrinter(chosen);
            return document.print(chosen, count);
        }, outcome -> {
            busy.set(false);
            switch (outcome) {
                case PrinterGateway.Sent sent -> {
                    if (document.needsConfirmation()) {
                        awaitingConfirmation.set(true);
                        message.set(messages.get("print.sent.confirm", sent.printer()));
                    } else {
                        message.set(messages.get("print.sent.test", sent.printer()));
                    }
                }
                case PrinterGateway.Failed failed -> message.set(messages.get(failed.failure().messageKey(), chosen));
            }
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    /** The officer saw the paper come out. */
    public void confirmPrinted() {
        answer(true);
    }

    /** The officer says no paper came out. */
    public void reportNotPrinted() {
        answer(false);
    }

    private void answer(boolean printed) {
        PrintTarget document = target.get();
        if (document == null || !awaitingConfirmation.get()) {
            return;
        }
        tasks.run(() -> {
            if (printed) {
                document.confirmPrinted();
            } else {
                document.reportNotPrinted();
            }
            return printed;
        }, done -> {
            awaitingConfirmation.set(false);
            message.set(done ? messages.get("print.confirmed.issued") : messages.get("print.failure.no.paper.reported"));
        }, failure -> message.set(messages.ofFailure(failure)));
    }
}
