package cn.certdesk.ui.approval;

import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApprovalDesk;
import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The station head's approval screen (R07, R12, R13, R14): the queue of applications awaiting
 * approval, overdue first, filterable by kind and by text (certificate number, applicant name,
 * masked ID number, officer); the selected application in full with its certificate preview; and
 * approve, or reject with a reason — each with the head's own password typed again. The password
 * field is emptied after every attempt. A blocked account (too many wrong passwords) calls
 * {@code onAccountBlocked}, which signs the head out.
 */
public final class ApprovalViewModel {

    /** Preview resolution: the certificate at a size that fits the detail pane. */
    public static final float PREVIEW_DPI = 72f;
    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One labelled value of the detail. */
    public record Line(String label, String value) {
    }

    private final Officer head;
    private final ApprovalDesk desk;
    private final Catalogue catalogue;
    private final DocumentPreview preview;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable onAccountBlocked;

    private final ObservableList<ApprovalQueueItem> queue = FXCollections.observableArrayList();
    private final FilteredList<ApprovalQueueItem> shown = new FilteredList<>(queue);
    private final ObservableList<String> kindChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> kindFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final ObjectProperty<ApprovalQueueItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Application> application = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObservableList<Line> details = FXCollections.observableArrayList();
    private final ObservableList<Line> formLines = FXCollections.observableArrayList();
    private final ObservableList<Line> verificationLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper stubText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SignatureStrokes> signature = new ReadOnlyObjectWrapper<>(SignatureStrokes.EMPTY);
    private final ObservableList<DocumentPreview.PageImage> stubPages = FXCollections.observableArrayList();
    private final ObservableList<DocumentPreview.PageImage> previewPages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper("");

    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty rejectReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper decidable = new ReadOnlyBooleanWrapper(false);

    public ApprovalViewModel(Officer head, ApprovalDesk desk, Catalogue catalogue, DocumentPreview preview,
            ZoneId zone, TaskRunner tasks, Messages messages, Runnable onAccountBlocked) {
        this.head = head;
        this.desk = desk;
        this.catalogue = catalogue;
        this.preview = preview;
        this.zone = zone;
        this.tasks = tasks;
        this.messages = messages;
        this.onAccountBlocked = onAccountBlocked;
        kindFilter.addListener((obs, old, kind) -> filter());
        textFilter.addListener((obs, old, text) -> filter());
        selected.addListener((obs, old, item) -> load(item));
    }

    // --- queue ---------------------------------------------------------------------------

    /** The queue as filtered; the view sorts it (TableView over a SortedList). */
    public ObservableList<ApprovalQueueItem> shown() {
        return shown;
    }

    /** Kind codes in the queue, for the kind filter ({@code null}: every kind). */
    public ObservableList<String> kindChoices() {
        return kindChoices;
    }

    public ObjectProperty<String> kindFilterProperty() {
        return kindFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Reads the queue again (off the FX thread); keeps the selection when it is still waiting. */
    public void refresh() {
        tasks.run(desk::queue, this::showQueue, failure -> fail(messages.ofFailure(failure)));
    }

    private void showQueue(List<ApprovalQueueItem> items) {
        UUID keep = selected.get() == null ? null : selected.get().id();
        queue.setAll(items);
        List<String> kinds = items.stream().map(ApprovalQueueItem::kindCode).distinct()
                .sorted(Comparator.comparing(this::kindName)).toList();
        List<String> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(kinds);
        String kind = kindFilter.get();
        kindChoices.setAll(choices);
        kindFilter.set(kinds.contains(kind) ? kind : null);
        filter();
        selected.set(keep == null ? null : shown.stream().filter(item -> item.id().equals(keep)).findFirst()
                .orElse(null));
    }

    private void filter() {
        String kind = kindFilter.get();
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(item -> (kind == null || kind.equals(item.kindCode()))
                && (text.isEmpty() || searchText(item).contains(text)));
        long overdue = queue.stream().filter(ApprovalQueueItem::overdue).count();
        summary.set(queue.isEmpty() ? messages.get("approval.queue.empty")
                : messages.get("approval.queue.count", shown.size(), queue.size(), overdue));
    }

    private String searchText(ApprovalQueueItem item) {
        return String.join("\n", item.certificateNumber(), kindName(item.kindCode()), item.applicantName(),
                item.maskedIdNumber(), item.officerName(), item.officerPoliceNumber()).toLowerCase(Locale.ROOT);
    }

    public String kindName(String kindCode) {
        return kindCode == null ? messages.get("approval.kind.all")
                : cn.certdesk.domain.application.OverrideCertificate.kindName(catalogue, kindCode);
    }

    /** R16: the list shows the masked ID number only; a manual entry says it was not checked. */
    public String applicantText(ApprovalQueueItem item) {
        String text = item.applicantName() + " " + item.maskedIdNumber();
        return item.applicantChecked() ? text : messages.get("approval.applicant.unchecked", text);
    }

    public String officerText(ApprovalQueueItem item) {
        return messages.get("approval.officer", item.officerName(), item.officerPoliceNumber());
    }

    public String submittedText(ApprovalQueueItem item) {
        return SUBMITTED.format(item.submittedAt().atZone(zone));
    }

    public String dueText(ApprovalQueueItem item) {
        String date = item.dueDate().toString();
        if (item.overdue()) {
            return messages.get("approval.due.overdue", date);
        }
        return item.dueEstimated() ? messages.get("approval.due.estimated", date) : date;
    }

    // --- detail --------------------------------------------------------------------------

    public ObjectProperty<ApprovalQueueItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Application> applicationProperty() {
        return application.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Kind, number, route and override reason, applicant, agent, officer, dates. */
    public ObservableList<Line> details() {
        return details;
    }

    /** The certificate's content fields as the officer filled them in. */
    public ObservableList<Line> formLines() {
        return formLines;
    }

    /** What the officer verified (R07: incident / call records; R12: each system checked). */
    public ObservableList<Line> verificationLines() {
        return verificationLines;
    }

    public ReadOnlyStringProperty stubTextProperty() {
        return stubText.getReadOnlyProperty();
    }

    /** The stub signature as drawn on the pad; empty when it was captured otherwise. */
    public ReadOnlyObjectProperty<SignatureStrokes> signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    /** The archived stub document, when the signature is not held as pad strokes. */
    public ObservableList<DocumentPreview.PageImage> stubPages() {
        return stubPages;
    }

    public ObservableList<DocumentPreview.PageImage> previewPages() {
        return previewPages;
    }

    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    private record Loaded(Application application, ApprovalDesk.CapturedSignature signature,
            List<DocumentPreview.PageImage> stubPages) {
    }

    private void load(ApprovalQueueItem item) {
        application.set(null);
        heading.set(item == null ? messages.get("approval.detail.none") : messages.get("approval.detail.heading",
                kindName(item.kindCode()), item.certificateNumber()));
        details.clear();
        formLines.clear();
        verificationLines.clear();
        stubText.set("");
        signature.set(SignatureStrokes.EMPTY);
        stubPages.clear();
        previewPages.clear();
        previewMessage.set("");
        rejectReason.set("");
        password.set("");
        decidable.set(false);
        if (item == null) {
            return;
        }
        tasks.run(() -> {
            Application loaded = desk.application(item.id());
            ApprovalDesk.CapturedSignature captured = desk.signature(loaded);
            List<DocumentPreview.PageImage> stub = captured.archivedStubPdf()
                    .map(pdf -> preview.pages(pdf, PREVIEW_DPI)).orElse(List.of());
            return new Loaded(loaded, captured, stub);
        }, loaded -> {
            if (!Objects.equals(selected.get(), item)) {
                return;
            }
            show(item, loaded);
            renderPreview(item, loaded.application());
        }, failure -> fail(messages.ofFailure(failure)));
    }

    private void show(ApprovalQueueItem item, Loaded loaded) {
        Application shownApplication = loaded.application();
        application.set(shownApplication);
        Optional<CertificateKind> kind = catalogue.byCode(shownApplication.kindCode());
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(messages.get("approval.detail.kind"), kindName(shownApplication.kindCode())));
        lines.add(new Line(messages.get("approval.detail.number"), shownApplication.number().text()));
        lines.add(new Line(messages.get("approval.detail.route"), routeText(shownApplication.route())));
        if (shownApplication.details().overrideReason() != null) {
            lines.add(new Line(messages.get("approval.detail.override.reason"),
                    shownApplication.details().overrideReason()));
        }
        // The head sees the full number on the detail only (R16: masked in lists).
        lines.add(new Line(messages.get("approval.detail.applicant"), shownApplication.applicant().name() + " "
                + shownApplication.applicant().idNumber() + (shownApplication.applicant().checkedAgainstRegister()
                ? "" : " " + messages.get("approval.detail.unchecked"))));
        Agent agent = shownApplication.details().agent();
        if (agent != null) {
            lines.add(new Line(messages.get("approval.detail.agent"), messages.get("approval.detail.agent.value",
                    agent.name(), agent.idNumber(), agent.relation(), agent.phone(), agent.powerOfAttorneyReference())));
        }
        lines.add(new Line(messages.get("approval.detail.officer"), officerText(item)));
        lines.add(new Line(messages.get("approval.detail.created"), shownApplication.createdOn().toString()));
        lines.add(new Line(messages.get("approval.detail.submitted"), submittedText(item)));
        lines.add(new Line(messages.get("approval.detail.due"), dueText(item)));
        details.setAll(lines);

        Map<String, String> values = shownApplication.details().fieldValues();
        List<Line> form = new ArrayList<>();
        kind.ifPresent(known -> known.requiredFields().stream().filter(field -> values.containsKey(field.id()))
                .forEach(field -> form.add(new Line(field.label(), values.get(field.id())))));
        values.keySet().stream().sorted()
                .filter(id -> kind.map(known -> known.requiredFields().stream().noneMatch(f -> f.id().equals(id)))
                        .orElse(true))
                .forEach(id -> form.add(new Line(id, values.get(id))));
        formLines.setAll(form);

        Map<String, String> record = shownApplication.details().verificationRecord();
        List<Line> verification = new ArrayList<>();
        record.keySet().stream().sorted().forEach(id -> verification.add(new Line(
                kind.flatMap(known -> known.requiredFields().stream().filter(f -> f.id().equals(id))
                        .map(RequiredField::label).findFirst()).orElse(id), record.get(id))));
        if (verification.isEmpty()) {
            verification.add(new Line(messages.get("approval.verification.none"), ""));
        }
        verificationLines.setAll(verification);

        ApprovalDesk.CapturedSignature captured = loaded.signature();
        if (shownApplication.details().stub() == null) {
            stubText.set(messages.get("approval.stub.none"));
        } else {
            String phone = shownApplication.details().stub().phone();
            stubText.set(captured.strokes().isPresent() || !loaded.stubPages().isEmpty()
                    ? messages.get("approval.stub.phone", phone)
                    : messages.get("approval.stub.reference", phone, captured.reference()));
        }
        signature.set(captured.strokes().orElse(SignatureStrokes.EMPTY));
        stubPages.setAll(loaded.stubPages());
        decidable.set(true);
    }

    private void renderPreview(ApprovalQueueItem item, Application loaded) {
        previewMessage.set(messages.get("approval.preview.rendering"));
        tasks.run(() -> preview.pages(desk.preview(loaded, item.officerName(), item.officerPoliceNumber()),
                PREVIEW_DPI), pages -> {
                    if (Objects.equals(selected.get(), item)) {
                        previewPages.setAll(pages);
                        previewMessage.set("");
                    }
                }, failure -> {
                    if (Objects.equals(selected.get(), item)) {
                        previewMessage.set(messages.get("approval.preview.failed", messages.ofFailure(failure)));
                    }
                });
    }

    public String routeText(Route route) {
        return switch (route) {
            case NORMAL -> messages.get("approval.route.normal");
            case TRANSITION_OVERRIDE -> messages.get("approval.route.transition");
            case SPECIAL_CASE_OVERRIDE -> messages.get("approval.route.special");
        };
    }

    // --- decisions -----------------------------------------------------------------------

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty rejectReasonProperty() {
        return rejectReason;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a problem (else a confirmation). */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** An application is shown and no decision is under way. */
    public ReadOnlyBooleanProperty decidableProperty() {
        return decidable.getReadOnlyProperty();
    }

    public String headText() {
        return messages.get("approval.head", head.name(), head.policeNumber());
    }

    /** Approves the selected application with the password typed (R07, R12, R13, R14). */
    public void approve() {
        decide(false);
    }

    /** Rejects the selected application with the reason and the password typed. */
    public void reject() {
        decide(true);
    }

    private void decide(boolean rejecting) {
        Application current = application.get();
        if (current == null || busy.get()) {
            if (current == null) {
                fail(messages.get("approval.select.first"));
            }
            return;
        }
        String reason = rejectReason.get() == null ? "" : rejectReason.get();
        if (rejecting && reason.isBlank()) {
            fail(messages.get("approval.reject.reason.missing"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            fail(messages.get("approval.password.missing"));
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        UUID id = current.id();
        String number = current.number().text();
        tasks.run(() -> rejecting ? desk.reject(head, secret, id, reason) : desk.approve(head, secret, id),
                outcome -> {
                    busy.set(false);
                    switch (outcome) {
                        case ApprovalDesk.Decided decided -> {
                            rejectReason.set("");
                            succeed(messages.get(rejecting ? "approval.rejected" : "approval.approved", number));
                            selected.set(null);
                            refresh();
                        }
                        case ApprovalDesk.WrongPassword wrong ->
                                fail(messages.get("approval.password.wrong", wrong.remainingAttempts()));
                        case ApprovalDesk.AccountBlocked blocked -> {
                            fail(messages.get("approval.account.blocked"));
                            onAccountBlocked.run();
                        }
                    }
                }, failure -> {
                    busy.set(false);
                    fail(messages.ofFailure(failure));
                });
    }

    private void fail(String text) {
        error.set(true);
        message.set(text);
    }

    private void succeed(String text) {
        error.set(false);
        message.set(text);
    }
}
