package cn.certdesk.ui.request;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.OverrideCertificate;
import cn.certdesk.domain.application.OverrideRequest;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.SpecialCase;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalNotice;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.Station;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.print.PlainPrint;
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
    private final BooleanBinding canIssue;
    private java.util.function.Consumer<CertificateKind> onIssue = kind -> { };
    // R13, R14: the override of a request the station does not issue
    private final ObjectProperty<Route> overrideRoute = new SimpleObjectProperty<>(this, "overrideRoute");
    private final ObservableList<SpecialCase> specialCases = FXCollections.observableArrayList();
    private final ObjectProperty<SpecialCase> specialCase = new SimpleObjectProperty<>(this, "specialCase");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ReadOnlyStringWrapper overrideMessage = new ReadOnlyStringWrapper(this, "overrideMessage", "");
    private final ReadOnlyStringWrapper transitionText = new ReadOnlyStringWrapper(this, "transitionText", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper transitionOpen =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "transitionOpen");
    private java.util.function.Consumer<OverrideRequest> onOverride = request -> { };
    /** Set once the refusal is recorded for this request: the choice is made, no override is offered then. */
    private final javafx.beans.property.BooleanProperty refused =
            new javafx.beans.property.SimpleBooleanProperty(this, "refused");
    private BooleanBinding canOverride;

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
        canIssue = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().issuable(), selected);
        canOverride = canRefuse.and(refused.not());
        specialCases.setAll(applications.specialCases());
        refreshTransition();
        selected.addListener((obs, old, kind) -> clearOverride());
        query.addListener((obs, old, text) -> clearOverride());
    }

    // ---- R13, R14: overrides -------------------------------------------------------------

    /** What opens the form of the general certificate for an override (R13, R14). */
    public void setOnOverride(java.util.function.Consumer<OverrideRequest> action) {
        this.onOverride = action == null ? request -> { } : action;
    }

    /**
     * True where an override may be offered: the requests that are refused (a kind not issued, or
     * free text), until the refusal is recorded.
     */
    public BooleanBinding canOverrideProperty() {
        return canOverride;
    }

    /** The chosen override route, {@code null} while none is chosen. */
    public ObjectProperty<Route> overrideRouteProperty() {
        return overrideRoute;
    }

    /** R14: the listed special cases (data). */
    public ObservableList<SpecialCase> specialCases() {
        return specialCases;
    }

    public ObjectProperty<SpecialCase> specialCaseProperty() {
        return specialCase;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    /** Why the override cannot go on yet. */
    public ReadOnlyStringProperty overrideMessageProperty() {
        return overrideMessage.getReadOnlyProperty();
    }

    /** R13: whether the transition period is still open today; the R13 choice is offered only then. */
    public javafx.beans.property.ReadOnlyBooleanProperty transitionOpenProperty() {
        return transitionOpen.getReadOnlyProperty();
    }

    /** R13: the label of the transition choice, with the period's last day. */
    public ReadOnlyStringProperty transitionTextProperty() {
        return transitionText.getReadOnlyProperty();
    }

    /** Reads the transition period again (the desk may stay open across its last day). */
    public void refreshTransition() {
        transitionOpen.set(applications.transitionOpen());
        transitionText.set(messages.get("override.transition.choice", applications.transitionPeriod().lastDay()));
    }

    /**
     * Checks the override choice — route (R13 only while the transition period is open), special
     * case (R14), mandatory reason — and opens the general certificate's form.
     *
     * @return whether the form opens
     */
    public boolean startOverride() {
        if (!canOverride.get()) {
            return false;
        }
        refreshTransition();
        Route route = overrideRoute.get();
        if (route == null) {
            overrideMessage.set(messages.get("override.route.required"));
            return false;
        }
        if (route == Route.TRANSITION_OVERRIDE && !transitionOpen.get()) {
            overrideMessage.set(messages.get("application.transition.ended",
                    applications.transitionPeriod().lastDay()));
            return false;
        }
        CertificateKind kind = selected.get();
        String kindCode = kind == null ? OverrideCertificate.OUTSIDE_CATALOGUE : kind.code();
        String matter = kind == null ? query.get() : kind.name();
        try {
            OverrideRequest request = new OverrideRequest(kindCode, matter, route, specialCase.get(),
                    overrideReason.get());
            overrideMessage.set("");
            onOverride.accept(request);
            return true;
        } catch (CertDeskException e) {
            overrideMessage.set(messages.of(e));
            return false;
        }
    }

    private void clearOverride() {
        refused.set(false);
        overrideRoute.set(null);
        specialCase.set(null);
        overrideReason.set("");
        overrideMessage.set("");
    }

    /** What opens the issuing form for a kind the station issues (step 3). */
    public void setOnIssue(java.util.function.Consumer<CertificateKind> action) {
        this.onIssue = action == null ? kind -> { } : action;
    }

    /** True when the selected kind is one the station issues: its form can open. */
    public BooleanBinding canIssueProperty() {
        return canIssue;
    }

    /** Opens the issuing form for the selected kind (R01: only for kinds the station issues). */
    public void issueSelected() {
        if (canIssue.get()) {
            onIssue.accept(selected.get());
        }
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
            // R15: the notice as handed over is archived with the refusal (history opens it).
            applications.archiveDocument(officer, refusal.id(), DocumentKind.REFUSAL_NOTICE, number, pdf);
            return new PlainPrint(messages.get("request.notice.title", number), number, pdf, printers);
        }, notice -> {
            message.set(messages.get("request.refusal.recorded", notice.number()));
            refused.set(true);
            printPanel.show(notice);
        }, failure -> message.set(messages.ofFailure(failure)));
    }
}
