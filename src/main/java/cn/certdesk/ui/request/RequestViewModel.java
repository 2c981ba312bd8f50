package cn.certdesk.ui.request;

import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalNotice;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.Station;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.print.PrintTarget;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the applicant asks for (desk workflow, step 2): the officer types it in the applicant's
 * words and picks from the catalogue. A kind stations still issue shows what it needs; a kind no
 * longer issued, or a request outside the catalogue, shows why not, what to use instead and whom
 * to contact (R01, R02), and one action records the refusal and prints the written notice.
 */
public final class RequestViewModel {

    private final Catalogue catalogue;
    private final ApplicationService applications;
    private final Documents documents;
    private final PrinterGateway printers;
    private final PrintPanelViewModel printPanel;
    private final Officer officer;
    private final Station station;
    private final Supplier<String> applicantName;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CertificateKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<CertificateKind> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRefuse;

    /**
     * @param applicantName the name of the applicant identified in step 1, empty when none yet
     */
    public RequestViewModel(Catalogue catalogue, ApplicationService applications, Documents documents,
            PrinterGateway printers, PrintPanelViewModel printPanel, Officer officer, Station station,
            Supplier<String> applicantName, Clock clock, TaskRunner tasks, Messages messages) {
        this.catalogue = catalogue;
        this.applications = applications;
        this.documents = documents;
        this.printers = printers;
        this.printPanel = printPanel;
        this.officer = officer;
        this.station = station;
        this.applicantName = applicantName;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
        query.addListener((obs, old, text) -> find());
        selected.addListener((obs, old, kind) -> guidance.set(describe(kind)));
        canRefuse = Bindings.createBooleanBinding(() -> selected.get() != null ? !selected.get().issuable()
                : !query.get().isBlank() && kinds.isEmpty(), selected, query, kinds);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CertificateKind> kinds() {
        return kinds;
    }

    public ObjectProperty<CertificateKind> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canRefuseProperty() {
        return canRefuse;
    }

    public PrintPanelViewModel printPanel() {
        return printPanel;
    }

    private void find() {
        String text = query.get() == null ? "" : query.get().strip();
        List<CertificateKind> found = text.isEmpty() ? List.of() : catalogue.search(text);
        selected.set(null);
        kinds.setAll(found);
        guidance.set(text.isEmpty() || !found.isEmpty() ? "" : messages.get("request.outside.catalogue", text));
    }

    public String line(CertificateKind kind) {
        return messages.get(kind.issuable() ? "request.kind.issued" : "request.kind.not.issued", kind.name());
    }

    private String describe(CertificateKind kind) {
        if (kind == null) {
            return "";
        }
        if (kind.issuable()) {
            StringBuilder text = new StringBuilder(messages.get("request.issuable", kind.name()));
            text.append('\n').append(messages.get("request.issuable.fields", String.join("、",
                    kind.requiredFields().stream().map(field -> field.label()).toList())));
            if (kind.stubRequired()) {
                text.append('\n').append(messages.get("request.issuable.stub"));
            }
            if (kind.headApproval()) {
                text.append('\n').append(messages.get("request.issuable.approval"));
            }
            text.append('\n').append(kind.timeLimitWorkingDays() == 0 ? messages.get("request.issuable.on.the.spot")
                    : messages.get("request.issuable.days", kind.timeLimitWorkingDays()));
            return text.toString();
        }
        return messages.get("request.refusal.guidance", kind.name(), kind.refusalReason(), kind.useInstead(),
                kind.contact(), kind.legalBasis());
    }

    /** Records the refusal (kind asked or the applicant's words, reason, officer, time) and shows the notice to print. */
    public void refuseAndPrintNotice() {
        if (!canRefuse.get()) {
            return;
        }
        CertificateKind kind = selected.get();
        String words = query.get().strip();
        String name = applicantName.get().isBlank() ? messages.get("request.applicant.unnamed") : applicantName.get();
        tasks.run(() -> {
            Map<String, String> fields;
            Refusal refusal;
            if (kind != null) {
                refusal = applications.recordRefusal(officer, new RefusalRequest(kind.code(), null, kind.refusalReason()));
                fields = RefusalNotice.forKind(kind, name);
            } else {
                refusal = applications.recordRefusal(officer, new RefusalRequest(null, words, RefusalNotice.OUTSIDE_REASON));
                fields = RefusalNotice.outsideCatalogue(words, name);
            }
            LocalDate today = LocalDate.now(clock);
            String number = RefusalNotice.number(station.stationCode(), station.deskCode(), today.getYear(), refusal.id());
            byte[] pdf = documents.render(RefusalNotice.TEMPLATE, fields,
                    new Documents.Header(number, officer.name(), officer.policeNumber(), today));
            return new Notice(number, pdf);
        }, notice -> {
            message.set(messages.get("request.refusal.recorded", notice.number()));
            printPanel.show(notice);
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    /** A refusal notice: recorded already, printed without a confirmation step. */
    private final class Notice implements PrintTarget {
        private final String number;
        private final byte[] pdf;

        Notice(String number, byte[] pdf) {
            this.number = number;
            this.pdf = pdf;
        }

        String number() {
            return number;
        }

        @Override
        public String title() {
            return messages.get("request.notice.title", number);
        }

        @Override
        public byte[] pdf() {
            return pdf;
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
            // the refusal was recorded when the notice was made
        }

        @Override
        public void reportNotPrinted() {
            // the refusal was recorded when the notice was made
        }
    }
}
