package cn.certdesk.ui.verification;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalNotice;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.printing.Documents;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.verification.CheckResult;
import cn.certdesk.domain.verification.CriminalRecordSystem;
import cn.certdesk.domain.verification.CriminalRecordSystems;
import cn.certdesk.domain.verification.NcrApplicationForm;
import cn.certdesk.domain.verification.NcrPath;
import cn.certdesk.domain.verification.NcrRefusalNotice;
import cn.certdesk.domain.verification.NcrVerification;
import cn.certdesk.domain.verification.ResidentRequest;
import cn.certdesk.domain.verification.UnitRequest;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.print.PlainPrint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
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

/**
 * The no-criminal-record verification on the issuing screen (R10–R12), all its logic, tested
 * without a toolkit. The officer chooses the path: a unit's request (R11: unit, introduction
 * letter number, the staff member's ID number checked as typed, purpose) or the resident's own
 * application (R12: the application form is printed and archived). Then the officer ticks each
 * system of the list ({@link CriminalRecordSystems}, data) with its result. Nothing found in every
 * system → {@link #completeProperty()}: the issuing form goes on, to head approval. A record found
 * → {@link #recordRefusal()} records the refusal and prints the written notice; never a
 * certificate.
 */
public final class NcrVerificationViewModel {

    private final Applicant applicant;
    private final ApplicationService applications;
    private final Documents documents;
    private final PrinterGateway printers;
    private final PrintPanelViewModel printPanel;
    private final Officer officer;
    private final Station station;
    private final IdNumberValidator idNumbers;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CriminalRecordSystems systems;
    private final UUID verificationId = UUID.randomUUID();
    private final LocalDate startedOn;

    private final ObjectProperty<NcrPath> path = new SimpleObjectProperty<>();
    private final StringProperty unitName = new SimpleStringProperty("");
    private final StringProperty letterNumber = new SimpleStringProperty("");
    private final StringProperty staffName = new SimpleStringProperty("");
    private final StringProperty staffIdNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper staffIdMessage = new ReadOnlyStringWrapper("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty ethnicity = new SimpleStringProperty("");
    private final StringProperty registeredAddress = new SimpleStringProperty("");
    private final StringProperty currentAddress = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formNumber = new ReadOnlyStringWrapper("");
    private final List<SystemCheck> checks = new ArrayList<>();
    private final ReadOnlyObjectWrapper<NcrVerification.Outcome> outcome =
            new ReadOnlyObjectWrapper<>(NcrVerification.Outcome.INCOMPLETE);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRefuse = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param applicant the person the verification is about (identified in step 1)
     * @param register  the population register, for the application form's details (R12)
     */
    public NcrVerificationViewModel(Applicant applicant, ApplicationService applications, Documents documents,
            PrinterGateway printers, PrintPanelViewModel printPanel, Officer officer, Station station,
            IdNumberValidator idNumbers, PopulationRegister register, Clock clock, TaskRunner tasks,
            Messages messages) {
        this.applicant = applicant;
        this.applications = applications;
        this.documents = documents;
        this.printers = printers;
        this.printPanel = printPanel;
        this.officer = officer;
        this.station = station;
        this.idNumbers = idNumbers;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
        this.systems = applications.verificationRequirement().systems();
        this.startedOn = LocalDate.now(clock);
        for (CriminalRecordSystem system : systems.all()) {
            SystemCheck check = new SystemCheck(system);
            check.result.addListener(this::refresh);
            checks.add(check);
        }
        for (Observable input : List.of(path, unitName, letterNumber, staffName, staffIdNumber, purpose, recipient,
                formNumber)) {
            input.addListener(this::refresh);
        }
        staffIdNumber.addListener((obs, old, typed) -> staffIdMessage.set(staffIdProblem(typed)));
        if (applicant.residentId() != null) {
            tasks.run(() -> register.get(applicant.residentId()), this::prefill,
                    failure -> message.set(messages.ofFailure(failure)));
        }
        refresh(path);
    }

    /** R12 form details from the register: ethnicity and the registered address (current address too, to edit). */
    private void prefill(ResidentRecord record) {
        if (ethnicity.get().isBlank()) {
            ethnicity.set(record.ethnicity());
        }
        record.currentMembership().ifPresent(membership -> {
            if (registeredAddress.get().isBlank()) {
                registeredAddress.set(membership.address());
            }
            if (currentAddress.get().isBlank()) {
                currentAddress.set(membership.address());
            }
        });
    }

    // --- properties ------------------------------------------------------------------------

    public ObjectProperty<NcrPath> pathProperty() {
        return path;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty letterNumberProperty() {
        return letterNumber;
    }

    public StringProperty staffNameProperty() {
        return staffName;
    }

    public StringProperty staffIdNumberProperty() {
        return staffIdNumber;
    }

    /** Why the staff member's ID number is not valid, as typed (empty when valid or empty). */
    public ReadOnlyStringProperty staffIdMessageProperty() {
        return staffIdMessage.getReadOnlyProperty();
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty ethnicityProperty() {
        return ethnicity;
    }

    public StringProperty registeredAddressProperty() {
        return registeredAddress;
    }

    public StringProperty currentAddressProperty() {
        return currentAddress;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The number of the printed and archived application form, empty before (R12). */
    public ReadOnlyStringProperty formNumberProperty() {
        return formNumber.getReadOnlyProperty();
    }

    /** One row per system of the list, in order. */
    public List<SystemCheck> checks() {
        return List.copyOf(checks);
    }

    public ReadOnlyObjectProperty<NcrVerification.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True when the verification is complete with nothing found: the application may go on (to approval). */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    /** True once a found record ended in a recorded refusal: no certificate (R12). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRefuseProperty() {
        return canRefuse.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where the verification stands, for the officer (what is missing, or the outcome). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The result of the last action (printed, recorded, or why not). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public PrintPanelViewModel printPanel() {
        return printPanel;
    }

    public UUID verificationId() {
        return verificationId;
    }

    // --- state -----------------------------------------------------------------------------

    private String staffIdProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        IdNumberCheck check = idNumbers.validate(typed);
        if (check instanceof IdNumberCheck.Rejected rejected) {
            return english() ? rejected.englishMessage() : rejected.message();
        }
        IdNumberCheck.Valid valid = (IdNumberCheck.Valid) check;
        return String.join("；", english() ? valid.englishWarningMessages() : valid.warningMessages());
    }

    private boolean english() {
        return "en".equals(messages.locale().getLanguage());
    }

    /** The verification as far as the officer has filled it in, or the first problem's message. */
    private Result current() {
        if (path.get() == null) {
            return new Result(null, messages.get("ncr.status.choose.path"));
        }
        Map<String, CheckResult> results = new LinkedHashMap<>();
        for (SystemCheck check : checks) {
            if (check.result.get() != null) {
                results.put(check.system.id(), check.result.get());
            }
        }
        try {
            if (path.get() == NcrPath.UNIT) {
                if (!(idNumbers.validate(staffIdNumber.get()) instanceof IdNumberCheck.Valid)) {
                    return new Result(null, messages.get("ncr.status.staff.id"));
                }
                String typedId = ((IdNumberCheck.Valid) idNumbers.validate(staffIdNumber.get())).number().value();
                return new Result(NcrVerification.unit(verificationId, new UnitRequest(unitName.get(),
                        letterNumber.get(), staffName.get(), typedId, purpose.get()), results), null);
            }
            if (formNumber.get().isEmpty()) {
                requireResidentRequest();
                return new Result(null, messages.get("ncr.status.print.form"));
            }
            return new Result(NcrVerification.resident(verificationId, new ResidentRequest(purpose.get(),
                    recipient.get(), formNumber.get()), results), null);
        } catch (CertDeskException e) {
            return new Result(null, messages.of(e));
        }
    }

    private void requireResidentRequest() {
        new ResidentRequest(purpose.get(), recipient.get(), "-");
    }

    private record Result(NcrVerification verification, String problem) {
    }

    private void refresh(Observable changed) {
        if (refused.get()) {
            return;
        }
        Result result = current();
        NcrVerification.Outcome now = result.verification() == null ? NcrVerification.Outcome.INCOMPLETE
                : result.verification().outcome(systems);
        outcome.set(now);
        complete.set(now == NcrVerification.Outcome.NONE_FOUND);
        canRefuse.set(now == NcrVerification.Outcome.RECORD_FOUND);
        if (result.problem() != null) {
            status.set(result.problem());
            return;
        }
        status.set(switch (now) {
            case INCOMPLETE -> messages.get("ncr.status.unchecked", result.verification().unchecked(systems).stream()
                    .map(CriminalRecordSystem::name).reduce((a, b) -> a + "、" + b).orElse(""));
            case NONE_FOUND -> messages.get("ncr.status.none.found");
            case RECORD_FOUND -> messages.get("ncr.status.record.found");
        });
    }

    // --- the VerificationSection values ----------------------------------------------------

    /** What goes into the application's verification record: empty until complete with nothing found. */
    public Map<String, String> record() {
        Result result = current();
        if (result.verification() == null || !complete.get()) {
            return Map.of();
        }
        return result.verification().toRecord();
    }

    /** The certificate's 核查结论 and, from the verification, its purpose and recipient. */
    public Map<String, String> formValues() {
        Result result = current();
        if (result.verification() == null || !complete.get()) {
            return Map.of();
        }
        NcrVerification verification = result.verification();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("checkResult", verification.checkResultText(systems));
        values.put("purpose", verification.purpose());
        values.put("recipient", verification.path() == NcrPath.UNIT ? verification.unit().unitName()
                : verification.resident().recipient());
        return values;
    }

    // --- commands --------------------------------------------------------------------------

    /**
     * R12: renders the application form (附件) with the applicant's details and the results ticked
     * so far, archives it under the verification, and shows it to print. It may be printed again
     * once the checks are done; the number stays.
     */
    public void printApplicationForm() {
        if (path.get() != NcrPath.RESIDENT || busy.get() || refused.get()) {
            return;
        }
        Map<String, String> fields;
        try {
            fields = formFields();
        } catch (CertDeskException e) {
            message.set(messages.of(e));
            return;
        }
        String number = formNumber.get().isEmpty()
                ? NcrVerification.documentNumber(verificationId, station.stationCode(), station.deskCode(),
                        startedOn.getYear(), NcrApplicationForm.NUMBER_LETTER)
                : formNumber.get();
        busy.set(true);
        tasks.run(() -> {
            byte[] pdf = documents.render(NcrApplicationForm.TEMPLATE, fields, header(number));
            applications.archiveDocument(officer, verificationId, DocumentKind.NCR_APPLICATION_FORM, number, pdf);
            return pdf;
        }, pdf -> {
            busy.set(false);
            formNumber.set(number);
            message.set(messages.get("ncr.form.archived", number));
            printPanel.show(new PlainPrint(messages.get("ncr.form.title", number), number, pdf, printers));
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    private Map<String, String> formFields() {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        for (SystemCheck check : checks) {
            if (check.result.get() != null) {
                results.put(check.system.id(), check.result.get());
            }
        }
        return NcrApplicationForm.fields(applicant.name(), applicant.idNumber(), new NcrApplicationForm.Details(
                ethnicity.get(), registeredAddress.get(), currentAddress.get(), phone.get(), purpose.get(),
                recipient.get()), results, systems);
    }

    /**
     * R12: a found record ends here — the refusal is recorded with the verification record and the
     * written notice is archived and shown to print. No certificate, and the section stays refused.
     */
    public void recordRefusal() {
        if (!canRefuse.get() || busy.get() || refused.get()) {
            return;
        }
        NcrVerification verification = current().verification();
        String number = RefusalNotice.number(station.stationCode(), station.deskCode(), startedOn.getYear(),
                verificationId);
        Map<String, String> fields = NcrRefusalNotice.fields(verification, applicant.name(), applicant.idNumber(),
                startedOn, messages.get("ncr.notice.contact", station.name()));
        busy.set(true);
        tasks.run(() -> {
            Refusal refusal = applications.recordNcrRefusal(officer, verification, applicant);
            byte[] pdf = documents.render(NcrRefusalNotice.TEMPLATE, fields, header(number));
            applications.archiveDocument(officer, refusal.id(), DocumentKind.REFUSAL_NOTICE, number, pdf);
            return pdf;
        }, pdf -> {
            busy.set(false);
            refused.set(true);
            complete.set(false);
            canRefuse.set(false);
            status.set(messages.get("ncr.status.refused"));
            message.set(messages.get("ncr.refusal.recorded", number));
            printPanel.show(new PlainPrint(messages.get("ncr.notice.title", number), number, pdf, printers));
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    private Documents.Header header(String number) {
        return new Documents.Header(number, officer.name(), officer.policeNumber(), LocalDate.now(clock));
    }

    /** One system's row: its result, {@code null} while not checked. */
    public static final class SystemCheck {
        private final CriminalRecordSystem system;
        private final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>();

        SystemCheck(CriminalRecordSystem system) {
            this.system = system;
        }

        public CriminalRecordSystem system() {
            return system;
        }

        public ObjectProperty<CheckResult> resultProperty() {
            return result;
        }
    }
}
