package cn.certdesk.ui.issue;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.FormFieldCheck;
import cn.certdesk.domain.application.FormPrefill;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.OverrideCertificate;
import cn.certdesk.domain.application.OverrideRequest;
import cn.certdesk.domain.application.PrintJob;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.StubDocument;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.FieldType;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.catalogue.VerificationProcedure;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.stub.Signer;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stub;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.print.PrintTarget;
import cn.certdesk.ui.stub.StubViewModel;
import cn.certdesk.ui.verification.VerificationSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The issuing form (desk workflow, step 3) for every issuable kind: ONE form generated from the
 * catalogue's fields (the templates print exactly those fields), pre-filled from the population
 * register (R06), checked field by field, with the R07 verification record or a kind's own
 * verification section, the stub embedded (R06, R07), then the record: created → approval queue
 * (R07, R12: no printing before approval) or printed through the print panel and issued when the
 * officer confirms the paper came out (R08). Kinds that need investigation show their due date
 * (R09). No controls; tested without a toolkit. FX thread only.
 */
public final class IssueViewModel {

    /** Largest photo file the form takes. */
    public static final long MAX_PHOTO_BYTES = 2L * 1024 * 1024;
    /** Length limits of the generic verification record (R07). */
    public static final int MAX_INCIDENT_NUMBER = 40;
    public static final int MAX_FINDINGS = 1000;

    /** Where the form stands. */
    public enum Stage {
        /** No kind chosen: the request panel shows. */
        CLOSED,
        /** The officer fills in the form. */
        EDITING,
        /** The record is being written. */
        SUBMITTING,
        /** R07, R12: waiting in the station head's approval queue; nothing prints. */
        AWAITING_APPROVAL,
        /** Created and shown in the print panel; issued once the officer confirms the paper. */
        PRINTING,
        /** Issued: the desk can take the next applicant. */
        ISSUED,
        /** A resumed application the station head rejected: the reason shows, the officer voids it (R15). */
        REJECTED,
        /** A resumed application that was voided: nothing more to do. */
        VOIDED
    }

    private final ApplicationService applications;
    private final Documents documents;
    private final PopulationRegister population;
    private final FormFieldCheck fieldCheck;
    private final Function<SignatureStrokes, byte[]> signatureImage;
    private final Function<CertificateKind, Optional<VerificationSection>> specialVerification;
    private final ToIntFunction<String> templateVersion;
    private final ObservableValue<Applicant> applicant;
    private final ObservableValue<Agent> agent;
    private final PrintPanelViewModel printPanel;
    private final StubViewModel stub;
    private final Officer officer;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;
    private Runnable onNextApplicant = () -> { };

    private final ReadOnlyObjectWrapper<CertificateKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.CLOSED);
    private final ObservableList<FieldEntry> fields = FXCollections.observableArrayList();
    private final ObservableList<Relative> relatives = FXCollections.observableArrayList();
    private final ObjectProperty<Relative> relative = new SimpleObjectProperty<>(this, "relative");
    private final ReadOnlyObjectWrapper<VerificationSection> section = new ReadOnlyObjectWrapper<>(this, "section");
    private final ReadOnlyBooleanWrapper verificationRecordShown = new ReadOnlyBooleanWrapper(this, "verificationRecordShown");
    private final StringProperty incidentNumber = new SimpleStringProperty(this, "incidentNumber", "");
    private final StringProperty verifiedOn = new SimpleStringProperty(this, "verifiedOn", "");
    private final StringProperty findings = new SimpleStringProperty(this, "findings", "");
    private final ReadOnlyStringWrapper verificationMessage = new ReadOnlyStringWrapper(this, "verificationMessage", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper requirements = new ReadOnlyStringWrapper(this, "requirements", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper stubRequired = new ReadOnlyBooleanWrapper(this, "stubRequired");
    private final ReadOnlyBooleanWrapper approvalRequired = new ReadOnlyBooleanWrapper(this, "approvalRequired");
    private final ReadOnlyObjectWrapper<Application> application = new ReadOnlyObjectWrapper<>(this, "application");

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyBooleanWrapper resumed = new ReadOnlyBooleanWrapper(this, "resumed");
    private final StringProperty voidReason = new SimpleStringProperty(this, "voidReason", "");
    /** A resumed application that needs approval but was never sent (the desk stopped in between). */
    private boolean approvalRequestPending;

    private ResidentRecord applicantRecord;
    /** R13, R14: the override the form was opened for; {@code null} for a kind the station issues. */
    private OverrideRequest overrideRequest;

    /**
     * @param applicant           the applicant identified in step 1 ({@code null} value: nobody yet)
     * @param agent               the agent, may be {@code null} (or hold {@code null}) when the
     *                            applicant comes in person
     * @param signatureImage      draws the stub signature as PNG (printing)
     * @param specialVerification the section of a kind whose catalogue entry names a special
     *                            verification procedure (R10–R12), empty when none is installed
     * @param templateVersion     the installed template's version, recorded with each print
     */
    public IssueViewModel(ApplicationService applications, Documents documents, PopulationRegister population,
            FormFieldCheck fieldCheck, Function<SignatureStrokes, byte[]> signatureImage,
            Function<CertificateKind, Optional<VerificationSection>> specialVerification,
            ToIntFunction<String> templateVersion, ObservableValue<Applicant> applicant,
            ObservableValue<Agent> agent, PrintPanelViewModel printPanel, StubViewModel stub, Officer officer,
            Clock clock, TaskRunner tasks, Messages messages) {
        this.applications = applications;
        this.documents = documents;
        this.population = population;
        this.fieldCheck = fieldCheck;
        this.signatureImage = signatureImage;
        this.specialVerification = specialVerification;
        this.templateVersion = templateVersion;
        this.applicant = applicant;
        this.agent = agent;
        this.printPanel = printPanel;
        this.stub = stub;
        this.officer = officer;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
        relative.addListener((obs, old, chosen) -> fillRelative(chosen));
        // the form belongs to the applicant shown in step 1: another applicant refills it, and a
        // finished one (issued, or waiting for approval) makes room for the next
        applicant.addListener((obs, old, now) -> {
            if (stage.get() == Stage.EDITING && kind.get() != null) {
                open(kind.get());
            } else if (stage.get() == Stage.ISSUED || stage.get() == Stage.AWAITING_APPROVAL
                    || stage.get() == Stage.VOIDED) {
                reset();
            }
        });
        // R13, R14: an override's form belongs to the applicant shown too
        applicant.addListener((obs, old, now) -> {
            if (stage.get() == Stage.EDITING && overrideRequest != null) {
                openOverride(overrideRequest);
            }
        });
        printPanel.awaitingConfirmationProperty().addListener((obs, was, awaiting) -> {
            if (was && !awaiting && stage.get() == Stage.PRINTING) {
                refreshAfterPrint();
            }
        });
    }

    /** What to do when the officer takes the next applicant (clears steps 1 and 2). */
    public void setOnNextApplicant(Runnable action) {
        this.onNextApplicant = action == null ? () -> { } : action;
    }

    public ReadOnlyObjectProperty<CertificateKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ObservableList<FieldEntry> fields() {
        return fields;
    }

    /** The register's relatives of the applicant (current and former households), for kinship fields. */
    public ObservableList<Relative> relatives() {
        return relatives;
    }

    public ObjectProperty<Relative> relativeProperty() {
        return relative;
    }

    /** The kind's own verification section (R10–R12), {@code null} when it has none. */
    public ReadOnlyObjectProperty<VerificationSection> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    /** Whether the R07 verification record (incident number, date, findings) is part of the form. */
    public ReadOnlyBooleanProperty verificationRecordShownProperty() {
        return verificationRecordShown.getReadOnlyProperty();
    }

    public StringProperty incidentNumberProperty() {
        return incidentNumber;
    }

    /** The date of the verification, {@code yyyy-MM-dd}. */
    public StringProperty verifiedOnProperty() {
        return verifiedOn;
    }

    public StringProperty findingsProperty() {
        return findings;
    }

    public ReadOnlyStringProperty verificationMessageProperty() {
        return verificationMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Stub, approval and time limit of the kind (R06, R07, R09). */
    public ReadOnlyStringProperty requirementsProperty() {
        return requirements.getReadOnlyProperty();
    }

    /** Why the form cannot be issued yet, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where the application stands: number, approval queue, due date (R09), issued. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stubRequiredProperty() {
        return stubRequired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty approvalRequiredProperty() {
        return approvalRequired.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Application> applicationProperty() {
        return application.getReadOnlyProperty();
    }

    /** True once the form holds what the register could fill (R06). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /**
     * True while the form shows a recorded application opened again from the work list: its values
     * are read-only, only the next step (print, confirm, void) is offered.
     */
    public ReadOnlyBooleanProperty resumedProperty() {
        return resumed.getReadOnlyProperty();
    }

    /** Why the officer voids a rejected application (R15: mandatory). */
    public StringProperty voidReasonProperty() {
        return voidReason;
    }

    public StubViewModel stub() {
        return stub;
    }

    public PrintPanelViewModel printPanel() {
        return printPanel;
    }

    /** Whether the print panel may print: created, no approval pending (R07, R12), not yet issued. */
    public boolean canPrint() {
        return stage.get() == Stage.PRINTING;
    }

    /**
     * Opens the form for {@code chosen}, pre-filled from the register when the applicant was found
     * there (R06). Refused for kinds the station does not issue (R01).
     */
    public void open(CertificateKind chosen) {
        if (chosen == null || !chosen.issuable()) {
            return;
        }
        reset();
        kind.set(chosen);
        heading.set(messages.get("issue.heading", chosen.name()));
        stubRequired.set(chosen.stubRequired());
        approvalRequired.set(chosen.headApproval());
        requirements.set(describe(chosen));
        for (RequiredField field : chosen.requiredFields()) {
            fields.add(new FieldEntry(field));
        }
        verificationRecordShown.set(chosen.verification() == VerificationProcedure.RECORD);
        if (chosen.verification() == VerificationProcedure.SPECIAL) {
            section.set(specialVerification.apply(chosen).orElse(null));
            if (section.get() == null) {
                message.set(messages.get("issue.verification.unavailable", chosen.name()));
            }
        }
        Applicant who = applicant.getValue();
        if (who == null) {
            message.set(messages.get("issue.applicant.missing"));
        }
        stage.set(Stage.EDITING);
        LocalDate today = LocalDate.now(clock);
        if (who != null && who.residentId() != null) {
            tasks.run(() -> new RegisterData(population.get(who.residentId()), population.relativesOf(who.residentId())),
                    data -> {
                        if (kind.get() != chosen) {
                            return;
                        }
                        applicantRecord = data.record();
                        fill(FormPrefill.values(chosen.requiredFields(), data.record(), null, null, today));
                        if (FormPrefill.needsRelative(chosen.requiredFields())) {
                            relatives.setAll(data.relatives());
                            if (!data.relatives().isEmpty()) {
                                relative.set(data.relatives().get(0));
                            }
                        }
                        ready.set(true);
                    }, failure -> {
                        message.set(messages.ofFailure(failure));
                        ready.set(true);
                    });
        } else {
            fill(FormPrefill.values(chosen.requiredFields(), null, null, null, today));
            ready.set(true);
        }
    }

    private record RegisterData(ResidentRecord record, List<Relative> relatives) {
    }

    /**
     * R13, R14: opens the form of the general certificate for an override the officer chose on the
     * request panel (route, special case and reason already checked): applicant, matter certified
     * and the certificate's text; the record always goes to the station head's approval queue.
     */
    public void openOverride(OverrideRequest request) {
        if (request == null) {
            return;
        }
        reset();
        overrideRequest = request;
        CertificateKind form = OverrideCertificate.form(request);
        kind.set(form);
        heading.set(messages.get(request.route() == Route.SPECIAL_CASE_OVERRIDE ? "override.heading.special"
                : "override.heading.transition", request.matter()));
        stubRequired.set(false);
        approvalRequired.set(true);
        requirements.set(request.specialCase() == null
                ? messages.get("override.requirements.transition", request.reason())
                : messages.get("override.requirements.special", request.specialCase().label(), request.reason()));
        for (RequiredField field : form.requiredFields()) {
            fields.add(new FieldEntry(field));
        }
        Applicant who = applicant.getValue();
        if (who == null) {
            message.set(messages.get("issue.applicant.missing"));
        }
        fill(OverrideCertificate.values(request, who));
        stage.set(Stage.EDITING);
        ready.set(true);
    }

    /** The override the form is open for, empty for the normal route (R13, R14). */
    public Optional<OverrideRequest> override() {
        return Optional.ofNullable(overrideRequest);
    }

    /** The application with its override route, reason and special case, when the form is an override's. */
    private NewApplication routed(NewApplication filled) {
        OverrideRequest chosen = overrideRequest;
        return chosen == null ? filled : OverrideCertificate.routed(filled, chosen);
    }

    private void fillRelative(Relative chosen) {
        CertificateKind current = kind.get();
        if (chosen == null || current == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> population.get(chosen.person().id()), record -> {
            if (kind.get() == current && relative.get() == chosen) {
                Map<String, String> values = FormPrefill.values(current.requiredFields(), applicantRecord, chosen,
                        record, today);
                values.keySet().removeIf(id -> !current.requiredFields().stream().filter(f -> f.id().equals(id))
                        .findFirst().flatMap(RequiredField::prefillSource).orElse("").startsWith("relative."));
                fill(values);
            }
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    private void fill(Map<String, String> values) {
        for (FieldEntry entry : fields) {
            String value = values.get(entry.field().id());
            if (value != null) {
                entry.valueProperty().set(value);
                entry.prefilled = true;
            }
        }
    }

    /** The first field the officer still has to fill, if any (focus goes there). */
    public Optional<FieldEntry> firstEmptyRequired() {
        return fields.stream().filter(entry -> !entry.field().optional() && entry.text().isBlank()).findFirst();
    }

    /**
     * Checks every field, the verification and the stub, shows each problem, and — when all is
     * well — writes the record: created (with the stub, R06/R07), sent to approval when the kind
     * needs it (R07, R12), otherwise rendered and printed through the print panel (R08).
     *
     * @return whether the record is being written
     */
    public boolean issue() {
        CertificateKind current = kind.get();
        if (current != null && stage.get() == Stage.PRINTING) {
            // printed again (after "not printed", or a resumed application); the panel refuses while busy
            printPanel.print();
            return true;
        }
        if (current != null && stage.get() == Stage.AWAITING_APPROVAL && approvalRequestPending) {
            return sendResumedToApproval();
        }
        if (current == null || stage.get() != Stage.EDITING) {
            return false;
        }
        Applicant who = applicant.getValue();
        if (who == null) {
            message.set(messages.get("issue.applicant.missing"));
            return false;
        }
        Map<String, String> values = new LinkedHashMap<>();
        String firstProblem = null;
        for (FieldEntry entry : fields) {
            Optional<String> checked = entry.check();
            if (checked.isEmpty()) {
                firstProblem = firstProblem == null ? entry.messageProperty().get() : firstProblem;
            } else if (!checked.get().isEmpty()) {
                values.put(entry.field().id(), checked.get());
            }
        }
        Map<String, String> verification = new LinkedHashMap<>();
        String verificationProblem = checkVerification(current, verification, values);
        if (firstProblem == null && verificationProblem != null) {
            firstProblem = verificationProblem;
        }
        Agent agentNow = agent == null ? null : agent.getValue();
        Optional<Stub> signed = Optional.empty();
        if (current.stubRequired()) {
            try {
                String signerName = stub.signerProperty().get() == Signer.AGENT
                        ? (agentNow == null ? null : agentNow.name()) : who.name();
                if (signerName == null) {
                    firstProblem = firstProblem == null ? messages.get("issue.stub.no.agent") : firstProblem;
                } else {
                    signed = stub.stub(signerName);
                }
            } catch (CertDeskException e) {
                firstProblem = firstProblem == null ? messages.of(e) : firstProblem;
            }
            if (signed.isEmpty() && firstProblem == null) {
                // R06, R07: no issuance without the signed stub
                firstProblem = messages.get("stub.required", current.name());
            }
        }
        if (firstProblem != null) {
            message.set(firstProblem);
            return false;
        }
        message.set("");
        stage.set(Stage.SUBMITTING);
        Optional<Stub> stubToRecord = signed;
        tasks.run(() -> submit(current, who, agentNow, values, verification, stubToRecord), result -> {
            application.set(result.application());
            if (result.application().status() == ApplicationStatus.AWAITING_APPROVAL) {
                stage.set(Stage.AWAITING_APPROVAL);
                status.set(messages.get("issue.status.awaiting.approval", result.application().number().text())
                        + due(current, result.application()));
            } else {
                stage.set(Stage.PRINTING);
                status.set(messages.get("issue.status.created", result.application().number().text())
                        + due(current, result.application()));
                printPanel.show(new CertificateTarget(result.application(), current, result.pdf()));
                printPanel.print();
            }
        }, failure -> {
            stage.set(Stage.EDITING);
            message.set(messages.ofFailure(failure));
        });
        return true;
    }

    /**
     * Opens a recorded application again (from the officer's work list) on the form, read-only:
     * kind, applicant, the recorded values and where it stands, with the one next step it allows —
     * approved or created without approval: print through the print panel (R08, archived by
     * {@link ApplicationService#print}), then confirm; printed but not confirmed: confirm, or "not
     * printed" and print again; awaiting approval: nothing prints (R07, R12); rejected: the head's
     * reason and void with a reason (R15). Refused while the form holds work not yet recorded.
     */
    public void resume(java.util.UUID applicationId) {
        if (applicationId == null) {
            return;
        }
        Application shown = application.get();
        boolean busyPrinting = stage.get() == Stage.PRINTING && (printPanel.busyProperty().get()
                || printPanel.awaitingConfirmationProperty().get())
                && (shown == null || !shown.id().equals(applicationId));
        if (stage.get() == Stage.EDITING || stage.get() == Stage.SUBMITTING || busyPrinting) {
            message.set(messages.get(busyPrinting ? "issue.resume.busy.printing" : "issue.resume.busy.editing"));
            return;
        }
        tasks.run(() -> load(applicationId), this::show, failure -> message.set(messages.ofFailure(failure)));
    }

    private record Resumed(Application application, CertificateKind kind, byte[] pdf) {
    }

    /** On the store thread: the application, its kind, and the certificate the panel would print. */
    private Resumed load(java.util.UUID applicationId) {
        Application recorded = applications.get(applicationId);
        CertificateKind recordedKind = applications.kindOf(recorded);
        byte[] pdf = null;
        boolean printable = recorded.status() == ApplicationStatus.APPROVED
                || (recorded.status() == ApplicationStatus.CREATED && !recorded.approvalRequired());
        if (recorded.printState() == cn.certdesk.domain.printing.PrintState.AWAITING_CONFIRMATION
                || recorded.status() == ApplicationStatus.ISSUED) {
            // R08: the paper that went to the printer is the archived PDF, not a new rendering
            pdf = applications.archivedCertificate(applicationId)
                    .map(archived -> applications.archivedContent(archived.id())).orElse(null);
        }
        if (pdf == null && printable) {
            // rendered from the recorded values, as on first issue; printing archives it (R08)
            pdf = documents.render(applications.templateFor(recorded), recorded.details().fieldValues(),
                    header(recorded));
        }
        return new Resumed(recorded, recordedKind, pdf);
    }

    private void show(Resumed loaded) {
        Application recorded = loaded.application();
        CertificateKind recordedKind = loaded.kind();
        reset();
        resumed.set(true);
        kind.set(recordedKind);
        heading.set(messages.get("issue.resume.heading", recordedKind.name(), recorded.number().text()));
        requirements.set(messages.get("issue.resume.applicant", recorded.applicant().name(),
                cn.certdesk.domain.application.IdNumberMask.mask(recorded.applicant().idNumber())));
        approvalRequired.set(recorded.approvalRequired());
        Map<String, String> values = recorded.details().fieldValues();
        for (RequiredField field : recordedKind.requiredFields()) {
            FieldEntry entry = new FieldEntry(field);
            String value = values.get(field.id());
            if (value != null) {
                entry.valueProperty().set(field.type() == FieldType.PHOTO
                        ? messages.get("issue.resume.photo.archived") : value);
            }
            fields.add(entry);
        }
        application.set(recorded);
        ready.set(true);
        String number = recorded.number().text();
        switch (recorded.status()) {
            case CREATED, APPROVED -> {
                if (recorded.status() == ApplicationStatus.CREATED && recorded.approvalRequired()) {
                    // R07, R12: never printed before approval; the request was not sent yet
                    approvalRequestPending = true;
                    status.set(messages.get("issue.resume.not.sent", number));
                    stage.set(Stage.AWAITING_APPROVAL);
                    return;
                }
                CertificateTarget target = new CertificateTarget(recorded, recordedKind, loaded.pdf());
                if (recorded.printState() == cn.certdesk.domain.printing.PrintState.AWAITING_CONFIRMATION) {
                    status.set(messages.get("issue.resume.printed.unconfirmed", number));
                    printPanel.showSent(target, messages.get("issue.resume.confirm.question"));
                } else {
                    status.set(messages.get(recorded.status() == ApplicationStatus.APPROVED
                            ? "issue.resume.approved" : "issue.resume.created", number) + due(recordedKind, recorded));
                    printPanel.show(target);
                }
                stage.set(Stage.PRINTING);
            }
            case AWAITING_APPROVAL -> {
                status.set(messages.get("issue.resume.awaiting", number) + due(recordedKind, recorded));
                stage.set(Stage.AWAITING_APPROVAL);
            }
            case REJECTED -> {
                status.set(messages.get("issue.resume.rejected", number, recorded.rejectionReason().orElse("")));
                stage.set(Stage.REJECTED);
            }
            case ISSUED -> {
                status.set(messages.get("issue.status.issued", number));
                if (loaded.pdf() != null) {
                    printPanel.show(new CertificateTarget(recorded, recordedKind, loaded.pdf()));
                }
                stage.set(Stage.ISSUED);
            }
            case VOIDED -> {
                status.set(messages.get("issue.resume.voided", number, recorded.voidReason().orElse("")));
                stage.set(Stage.VOIDED);
            }
        }
    }

    /** R07, R12: sends a resumed application that needs approval and was never sent to the head. */
    private boolean sendResumedToApproval() {
        Application recorded = application.get();
        CertificateKind current = kind.get();
        approvalRequestPending = false;
        tasks.run(() -> applications.requestApproval(officer, recorded.id()), sent -> {
            application.set(sent);
            status.set(messages.get("issue.status.awaiting.approval", sent.number().text()) + due(current, sent));
        }, failure -> {
            approvalRequestPending = true;
            message.set(messages.ofFailure(failure));
        });
        return true;
    }

    /**
     * R15: voids the resumed application the station head rejected, with the officer's reason (the
     * applicant has been told); the number stays used and the void explains the gap.
     *
     * @return whether the void is being recorded
     */
    public boolean voidRejected() {
        Application recorded = application.get();
        if (recorded == null || stage.get() != Stage.REJECTED) {
            return false;
        }
        String reason = voidReason.get() == null ? "" : voidReason.get().strip();
        if (reason.isEmpty()) {
            message.set(messages.get("application.void.reason.required"));
            return false;
        }
        message.set("");
        tasks.run(() -> applications.void_(officer, recorded.id(), reason), voided -> {
            application.set(voided);
            voidReason.set("");
            status.set(messages.get("issue.resume.voided", voided.number().text(), voided.voidReason().orElse(reason)));
            stage.set(Stage.VOIDED);
        }, failure -> message.set(messages.ofFailure(failure)));
        return true;
    }

    private record Submitted(Application application, byte[] pdf) {
    }

    /** On the store thread. */
    private Submitted submit(CertificateKind current, Applicant who, Agent agentNow, Map<String, String> values,
            Map<String, String> verification, Optional<Stub> signed) throws IOException {
        Map<String, String> content = new LinkedHashMap<>(values);
        for (RequiredField field : current.requiredFields()) {
            if (field.type() == FieldType.PHOTO && content.containsKey(field.id())) {
                content.put(field.id(), Base64.getEncoder().encodeToString(Files.readAllBytes(
                        Path.of(content.get(field.id())))));
            }
        }
        Application created;
        if (signed.isPresent()) {
            Stub capture = signed.get();
            String strokes = capture.strokes().toJson();
            cn.certdesk.domain.application.Stub recorded = new cn.certdesk.domain.application.Stub(
                    capture.phone().value(), "stub-signed:sha256:" + sha256(strokes));
            NewApplication request = new NewApplication(current.code(), who, agentNow, content, verification,
                    recorded, Route.NORMAL, null);
            String png = Base64.getEncoder().encodeToString(signatureImage.apply(capture.strokes()));
            created = applications.createWithStub(officer, request, strokes, made -> documents.render(
                    StubDocument.TEMPLATE, StubDocument.fields(current, who, agentNow, capture.phone().value(), png),
                    header(made)));
        } else {
            created = applications.create(officer, routed(new NewApplication(current.code(), who, agentNow, content,
                    verification, null, Route.NORMAL, null)));
        }
        if (created.approvalRequired()) {
            return new Submitted(applications.requestApproval(officer, created.id()), null);
        }
        return new Submitted(created, documents.render(applications.templateFor(created), content, header(created)));
    }

    private Documents.Header header(Application made) {
        return new Documents.Header(made.number().text(), officer.name(), officer.policeNumber(), made.createdOn());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** R07 record or the kind's own section (R10–R12); {@code null} when complete. */
    private String checkVerification(CertificateKind current, Map<String, String> record, Map<String, String> values) {
        verificationMessage.set("");
        if (current.verification() == VerificationProcedure.RECORD) {
            try {
                record.put("incidentNumber", TextInput.require(messages.get("issue.verification.incident"),
                        incidentNumber.get(), MAX_INCIDENT_NUMBER));
                String date = verifiedOn.get() == null ? "" : verifiedOn.get().strip();
                if (date.isEmpty()) {
                    throw new CertDeskException("issue.field.required", messages.get("issue.verification.date"));
                }
                try {
                    LocalDate parsed = LocalDate.parse(date);
                    if (parsed.isAfter(LocalDate.now(clock))) {
                        throw new CertDeskException("issue.verification.date.future");
                    }
                    record.put("verifiedOn", parsed.toString());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new CertDeskException("issue.field.date", messages.get("issue.verification.date"));
                }
                String found = findings.get() == null ? "" : findings.get().strip();
                if (found.isEmpty()) {
                    throw new CertDeskException("issue.field.required", messages.get("issue.verification.findings"));
                }
                if (found.codePointCount(0, found.length()) > MAX_FINDINGS) {
                    throw new CertDeskException("input.too.long", messages.get("issue.verification.findings"),
                            MAX_FINDINGS, found.codePointCount(0, found.length()));
                }
                for (String line : found.split("\n")) {
                    if (!line.isBlank()) {
                        TextInput.require(messages.get("issue.verification.findings"), line, MAX_FINDINGS);
                    }
                }
                record.put("findings", found);
            } catch (CertDeskException e) {
                verificationMessage.set(messages.of(e));
                return verificationMessage.get();
            }
            return null;
        }
        if (current.verification() == VerificationProcedure.SPECIAL) {
            VerificationSection special = section.get();
            if (special == null) {
                return messages.get("issue.verification.unavailable", current.name());
            }
            if (special.refusedProperty().get()) {
                return messages.get("issue.verification.refused");
            }
            if (!special.completeProperty().get()) {
                return messages.get("issue.verification.incomplete");
            }
            record.putAll(special.record());
            values.putAll(special.formValues());
        }
        return null;
    }

    private String due(CertificateKind current, Application made) {
        if (!current.investigation()) {
            return "";
        }
        // R09: investigation kinds are due 5 working days out
        return messages.get("issue.status.due", made.due().date().toString(), current.timeLimitWorkingDays());
    }

    private String describe(CertificateKind chosen) {
        StringBuilder text = new StringBuilder();
        text.append(chosen.stubRequired() ? messages.get("issue.requires.stub") : messages.get("issue.requires.no.stub"));
        text.append(' ').append(chosen.headApproval() ? messages.get("issue.requires.approval")
                : messages.get("issue.requires.no.approval"));
        text.append(' ').append(chosen.investigation()
                ? messages.get("issue.requires.days", chosen.timeLimitWorkingDays())
                : messages.get("issue.requires.on.the.spot"));
        return text.toString();
    }

    private void refreshAfterPrint() {
        Application printed = application.get();
        if (printed == null) {
            return;
        }
        tasks.run(() -> applications.get(printed.id()), latest -> {
            application.set(latest);
            if (latest.status() == ApplicationStatus.ISSUED) {
                stage.set(Stage.ISSUED);
                status.set(messages.get("issue.status.issued", latest.number().text()));
            }
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    /** Back to the request panel without writing anything (only before the record exists). */
    public void cancel() {
        if (stage.get() == Stage.EDITING) {
            reset();
        }
    }

    /** The desk is clear for the next citizen: form, stub, print panel, and steps 1 and 2. */
    public void nextApplicant() {
        if (stage.get() == Stage.SUBMITTING) {
            return;
        }
        reset();
        onNextApplicant.run();
    }

    private void reset() {
        kind.set(null);
        fields.clear();
        relatives.clear();
        relative.set(null);
        section.set(null);
        verificationRecordShown.set(false);
        incidentNumber.set("");
        verifiedOn.set("");
        findings.set("");
        verificationMessage.set("");
        heading.set("");
        requirements.set("");
        message.set("");
        status.set("");
        application.set(null);
        applicantRecord = null;
        overrideRequest = null;
        ready.set(false);
        resumed.set(false);
        voidReason.set("");
        approvalRequestPending = false;
        stub.phoneTextProperty().set("");
        stub.clearSignature();
        stub.signerProperty().set(Signer.APPLICANT);
        stage.set(Stage.CLOSED);
    }

    /** One field of the form: the catalogue's definition, what is typed, and its message. */
    public final class FieldEntry {
        private final RequiredField field;
        private final StringProperty value = new SimpleStringProperty(this, "value", "");
        private final ReadOnlyStringWrapper fieldMessage = new ReadOnlyStringWrapper(this, "message", "");
        private boolean prefilled;

        FieldEntry(RequiredField field) {
            this.field = field;
            value.addListener((obs, old, typed) -> {
                if (!fieldMessage.get().isEmpty()) {
                    check();
                }
            });
        }

        public RequiredField field() {
            return field;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public String text() {
            return value.get() == null ? "" : value.get();
        }

        /** Empty while the field is fine (or not checked yet). */
        public ReadOnlyStringProperty messageProperty() {
            return fieldMessage.getReadOnlyProperty();
        }

        /** Taken from the population register (R06); the officer checks it. */
        public boolean prefilled() {
            return prefilled;
        }

        /** The label with the mark of a required field. */
        public String label() {
            return field.optional() ? field.label() : field.label() + " *";
        }

        /**
         * Checks the value now; shows the message.
         *
         * @return the value to store (empty string for an empty optional field), empty when refused
         */
        public Optional<String> check() {
            try {
                String checked = fieldCheck.check(field, text());
                if (field.type() == FieldType.PHOTO && !checked.isEmpty()) {
                    checkPhoto(checked);
                }
                fieldMessage.set("");
                return Optional.of(checked);
            } catch (CertDeskException e) {
                fieldMessage.set(messages.of(e));
                return Optional.empty();
            }
        }

        private void checkPhoto(String path) {
            Path file;
            try {
                file = Path.of(path);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CertDeskException("issue.field.photo", field.label());
            }
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            try {
                if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"))
                        || !Files.isRegularFile(file) || Files.size(file) > MAX_PHOTO_BYTES) {
                    throw new CertDeskException("issue.field.photo", field.label());
                }
            } catch (IOException e) {
                throw new CertDeskException("issue.field.photo", field.label());
            }
        }
    }

    /** The created certificate in the print panel: every attempt recorded, issued on confirmation (R08). */
    private final class CertificateTarget implements PrintTarget {
        private final Application created;
        private final CertificateKind printedKind;
        private final byte[] pdf;

        CertificateTarget(Application created, CertificateKind printedKind, byte[] pdf) {
            this.created = created;
            this.printedKind = printedKind;
            this.pdf = pdf;
        }

        @Override
        public String title() {
            return messages.get("issue.print.title", printedKind.name(), created.number().text());
        }

        @Override
        public byte[] pdf() {
            return pdf;
        }

        @Override
        public PrinterGateway.PrintOutcome print(String printer, int copies) {
            String template = applications.templateFor(created); // R13, R14: overrides print the general certificate
            return applications.print(officer, created.id(), new PrintJob(printer, copies, pdf, template,
                    templateVersion.applyAsInt(template)));
        }

        @Override
        public boolean needsConfirmation() {
            return true;
        }

        @Override
        public void confirmPrinted() {
            applications.confirmIssued(officer, created.id());
        }

        @Override
        public void reportNotPrinted() {
            applications.reportNotPrinted(officer, created.id());
        }
    }
}
