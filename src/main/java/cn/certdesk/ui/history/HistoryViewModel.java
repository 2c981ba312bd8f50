package cn.certdesk.ui.history;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.application.HistoryQuery;
import cn.certdesk.domain.application.IdNumberMask;
import cn.certdesk.domain.application.RecordedStep;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalSummary;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * History (R08, R15): past certificates and refusals found by certificate or notice number,
 * applicant (name or ID number), date range, kind and status; lists show masked ID numbers only
 * (R16). The detail shows every recorded step with officer and time and the archived PDF — exactly
 * what was printed — which can be saved elsewhere. The officer who issued a certificate, or a
 * station head, may void it or reprint it, each with a mandatory reason; a reprint prints the
 * archived PDF (same number) and is counted in the list and the detail.
 */
public final class HistoryViewModel {

    /** Preview resolution, as the print panel's. */
    public static final float PREVIEW_DPI = 96f;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the status choice offers: every application status, and refusals. */
    public enum StatusFilter {
        ALL, CREATED, AWAITING_APPROVAL, APPROVED, REJECTED, ISSUED, VOIDED, REFUSED
    }

    /** One found certificate or refusal as the officer reads it (masked ID number, R16). */
    public record Row(UUID id, boolean refusal, String number, String kind, String applicant, String status,
            LocalDate date, int reprintCount, String reprints, UUID createdBy, ApplicationStatus applicationStatus) {

        @Override
        public String toString() {
            return "Row[" + number + ", " + status + ", " + date + "]";
        }
    }

    /** One recorded step in the detail. */
    public record StepLine(String when, String what, String officer, String detail) {
    }

    private final Officer officer;
    private final ApplicationService applications;
    private final AccountService accounts;
    private final Catalogue catalogue;
    private final DocumentPreview preview;
    private final PrinterGateway printers;
    private final DeskSettings settings;
    private final Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<CertificateKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final ObjectProperty<Row> opened = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<DocumentPreview.PageImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canVoid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReprint = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasArchivedPdf = new ReadOnlyBooleanWrapper(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<String> printerNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final IntegerProperty copies = new SimpleIntegerProperty(1);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private byte[] archivedPdf;
    private String archivedReference;

    public HistoryViewModel(Officer officer, ApplicationService applications, AccountService accounts,
            Catalogue catalogue, DocumentPreview preview, PrinterGateway printers, DeskSettings settings, Clock clock,
            TaskRunner tasks, Messages messages) {
        this.officer = officer;
        this.applications = applications;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.preview = preview;
        this.printers = printers;
        this.settings = settings;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
    }

    // --- search ----------------------------------------------------------------------------

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<CertificateKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    /** The kinds to filter by, as the catalogue lists them. */
    public List<CertificateKind> kinds() {
        return catalogue.all();
    }

    public String kindLabel(CertificateKind value) {
        return value == null ? messages.get("history.kind.all") : value.name();
    }

    public String statusLabel(StatusFilter value) {
        return switch (value) {
            case ALL -> messages.get("history.filter.all");
            case REFUSED -> messages.get("history.status.refused");
            default -> statusText(ApplicationStatus.valueOf(value.name()));
        };
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The criteria as the domain takes them. */
    HistoryQuery query() {
        HistoryQuery query = HistoryQuery.forText(searchText.get()).withCreatedBetween(from.get(), to.get())
                .withKind(kind.get() == null ? null : kind.get().code());
        StatusFilter wanted = status.get() == null ? StatusFilter.ALL : status.get();
        if (wanted != StatusFilter.ALL && wanted != StatusFilter.REFUSED) {
            query = query.withStatus(ApplicationStatus.valueOf(wanted.name()));
        }
        return query;
    }

    /** Searches certificates and refusals with every criterion given. */
    public void search() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            message.set(messages.get("history.range.invalid"));
            return;
        }
        HistoryQuery query = query();
        StatusFilter wanted = status.get() == null ? StatusFilter.ALL : status.get();
        tasks.run(() -> {
            List<Row> found = new ArrayList<>();
            if (wanted != StatusFilter.REFUSED) {
                applications.history(query).forEach(summary -> found.add(row(summary)));
            }
            if (wanted == StatusFilter.ALL || wanted == StatusFilter.REFUSED) {
                applications.refusals(query).forEach(refusal -> found.add(row(refusal)));
            }
            found.sort(Comparator.comparing(Row::date).reversed());
            return found;
        }, found -> {
            rows.setAll(found);
            message.set(found.isEmpty() ? messages.get("history.found.none")
                    : messages.get("history.found", found.size()));
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    private Row row(ApplicationSummary summary) {
        String reprints = summary.reprintCount() == 0 ? "" : messages.get("history.reprints", summary.reprintCount());
        return new Row(summary.id(), false, summary.certificateNumber(), kindName(summary.kindCode()),
                applicant(summary.applicantName(), summary.maskedIdNumber()), statusText(summary.status()),
                summary.createdOn(), summary.reprintCount(), reprints, summary.officerId(), summary.status());
    }

    private Row row(RefusalSummary refusal) {
        String asked = refusal.kindAsked() != null ? kindName(refusal.kindAsked())
                : messages.get("history.refusal.outside", refusal.requestText());
        return new Row(refusal.id(), true, refusal.noticeNumber(), asked,
                applicant(refusal.applicantName(), refusal.maskedIdNumber()), messages.get("history.status.refused"),
                refusal.recordedOn(), 0, "", refusal.officerId(), null);
    }

    private String applicant(String name, String maskedIdNumber) {
        if (name == null || name.isEmpty()) {
            return messages.get("history.applicant.unknown");
        }
        return messages.get("history.applicant", name, maskedIdNumber);
    }

    private String kindName(String code) {
        return cn.certdesk.domain.application.OverrideCertificate.kindName(catalogue, code);
    }

    private String statusText(ApplicationStatus value) {
        return switch (value) {
            case CREATED -> messages.get("history.status.created");
            case AWAITING_APPROVAL -> messages.get("history.status.awaiting.approval");
            case APPROVED -> messages.get("history.status.approved");
            case REJECTED -> messages.get("history.status.rejected");
            case ISSUED -> messages.get("history.status.issued");
            case VOIDED -> messages.get("history.status.voided");
        };
    }

    /** What a recorded step was, in the officer's words; an event type of a later version shows as recorded. */
    private String stepName(String eventType) {
        return switch (eventType) {
            case "application-created" -> messages.get("history.step.created");
            case "approval-requested" -> messages.get("history.step.approval.requested");
            case "approved" -> messages.get("history.step.approved");
            case "rejected" -> messages.get("history.step.rejected");
            case "print-sent" -> messages.get("history.step.print.sent");
            case "print-failed" -> messages.get("history.step.print.failed");
            case "issued" -> messages.get("history.step.issued");
            case "voided" -> messages.get("history.step.voided");
            case "reprinted" -> messages.get("history.step.reprinted");
            case "reprint-sent" -> messages.get("history.step.reprint.sent");
            case "reprint-failed" -> messages.get("history.step.reprint.failed");
            case "refusal-recorded" -> messages.get("history.step.refusal.recorded");
            default -> eventType;
        };
    }

    // --- detail ----------------------------------------------------------------------------

    public ObjectProperty<Row> openedProperty() {
        return opened;
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<StepLine> steps() {
        return steps;
    }

    public ObservableList<DocumentPreview.PageImage> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty canVoidProperty() {
        return canVoid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReprintProperty() {
        return canReprint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasArchivedPdfProperty() {
        return hasArchivedPdf.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The archived PDF now shown (the bytes kept when it was printed), or {@code null}. */
    public byte[] archivedPdf() {
        return archivedPdf == null ? null : archivedPdf.clone();
    }

    /** A file name to suggest when saving the archived PDF. */
    public String suggestedFileName() {
        return (archivedReference == null ? "archive" : archivedReference) + ".pdf";
    }

    private record Loaded(String detail, List<StepLine> steps, byte[] pdf, String reference,
            List<DocumentPreview.PageImage> pages, boolean canVoid, boolean canReprint) {
    }

    /** Opens a found certificate or refusal: its recorded steps and its archived PDF. */
    public void open(Row row) {
        if (row == null) {
            message.set(messages.get("history.choose"));
            return;
        }
        opened.set(row);
        reason.set("");
        tasks.run(() -> load(row), this::show, failure -> message.set(messages.ofFailure(failure)));
    }

    private Loaded load(Row row) {
        // R16: every view of a person's record is logged — ids only, never personal data.
        LOG.info("History detail {} opened by officer {}", row.id(), officer.id());
        List<StepLine> lines = applications.recordedSteps(row.id()).stream().map(this::line).toList();
        String text;
        Optional<ArchivedDocument> archived;
        boolean mayVoid = false;
        boolean mayReprint = false;
        if (row.refusal()) {
            Refusal refusal = applications.refusal(row.id());
            text = messages.get("history.detail.refusal", refusal.noticeNumber(), row.kind(), row.applicant(),
                    refusal.reasonShown());
            archived = applications.archivedDocuments(row.id()).stream()
                    .filter(document -> document.kind() == DocumentKind.REFUSAL_NOTICE)
                    .reduce((first, second) -> second);
        } else {
            Application application = applications.get(row.id());
            StringBuilder builder = new StringBuilder(messages.get("history.detail.application",
                    application.number().text(), row.kind(),
                    applicant(application.applicant().name(), IdNumberMask.mask(application.applicant().idNumber())),
                    statusText(application.status()), application.createdOn().toString(),
                    messages.get(application.due().estimated() ? "home.worklist.due.estimated" : "home.worklist.due",
                            application.due().date().toString())));
            builder.append('\n').append(messages.get("history.detail.reprints", application.reprintCount()));
            application.rejectionReason().ifPresent(why -> builder.append('\n')
                    .append(messages.get("history.detail.rejected", why)));
            application.voidReason().ifPresent(why -> builder.append('\n')
                    .append(messages.get("history.detail.voided", why)));
            text = builder.toString();
            archived = applications.archivedCertificate(row.id());
            boolean allowed = ApplicationService.mayVoidOrReprint(officer, application.createdBy());
            mayVoid = allowed && application.status() != ApplicationStatus.VOIDED;
            mayReprint = allowed && application.status() == ApplicationStatus.ISSUED && archived.isPresent();
        }
        byte[] pdf = archived.map(document -> applications.archivedContent(document.id())).orElse(null);
        List<DocumentPreview.PageImage> rendered = pdf == null ? List.of() : preview.pages(pdf, PREVIEW_DPI);
        return new Loaded(text, lines, pdf, archived.map(ArchivedDocument::reference).orElse(null), rendered, mayVoid,
                mayReprint);
    }

    private StepLine line(RecordedStep step) {
        String who = step.officerId().flatMap(accounts::nameOf)
                .map(name -> messages.get("history.step.officer", name.name(), name.policeNumber()))
                .orElse(messages.get("history.step.system"));
        String what = stepName(step.eventType());
        String about = step.reason().map(why -> messages.get("history.step.reason", why))
                .or(() -> step.printer().map(name -> messages.get("history.step.printer", name))).orElse("");
        return new StepLine(TIME.format(step.occurredAt().atZone(clock.getZone())), what, who, about);
    }

    private void show(Loaded loaded) {
        detail.set(loaded.detail());
        steps.setAll(loaded.steps());
        archivedPdf = loaded.pdf();
        archivedReference = loaded.reference();
        hasArchivedPdf.set(loaded.pdf() != null);
        pages.setAll(loaded.pages());
        canVoid.set(loaded.canVoid());
        canReprint.set(loaded.canReprint());
        if (loaded.pdf() == null) {
            message.set(messages.get("history.archive.none"));
        } else {
            message.set("");
        }
    }

    // --- void, reprint, save ---------------------------------------------------------------

    public ObservableList<String> printerNames() {
        return printerNames;
    }

    public ObjectProperty<String> printerProperty() {
        return printer;
    }

    public IntegerProperty copiesProperty() {
        return copies;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the installed printers and preselects this desk's last one, else the system default. */
    public void loadPrinters() {
        tasks.run(() -> {
            List<String> installed = printers.printers();
            Optional<String> chosen = settings.printer().filter(installed::contains)
                    .or(() -> printers.defaultPrinter().filter(installed::contains))
                    .or(() -> installed.stream().findFirst());
            return new PrinterChoice(installed, chosen);
        }, choice -> {
            printerNames.setAll(choice.installed());
            printer.set(choice.chosen().orElse(null));
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    private record PrinterChoice(List<String> installed, Optional<String> chosen) {
    }

    /** Voids the opened certificate with the reason given (R15); nothing happens without one. */
    public void void_() {
        Row row = opened.get();
        if (row == null || row.refusal() || busy.get()) {
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            message.set(messages.get("application.void.reason.required"));
            return;
        }
        String why = reason.get();
        busy.set(true);
        tasks.run(() -> applications.void_(officer, row.id(), why), voided -> {
            busy.set(false);
            message.set(messages.get("history.voided", voided.number().text()));
            afterChange(row);
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    /** Reprints the ARCHIVED PDF of the opened certificate with the reason given; counted (R15). */
    public void reprint() {
        Row row = opened.get();
        if (row == null || row.refusal() || busy.get()) {
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            message.set(messages.get("application.reprint.reason.required"));
            return;
        }
        String chosen = printer.get();
        if (chosen == null) {
            message.set(messages.get(printerNames.isEmpty() ? "print.failure.no.printer" : "print.choose.printer"));
            return;
        }
        String why = reason.get();
        int count = copies.get();
        busy.set(true);
        tasks.run(() -> {
            settings.setPrinter(chosen);
            PrinterGateway.PrintOutcome outcome = applications.reprint(officer, row.id(), why, chosen, count);
            return new Reprinted(outcome, applications.get(row.id()).reprintCount());
        }, done -> {
            busy.set(false);
            switch (done.outcome()) {
                case PrinterGateway.Sent sent -> message.set(messages.get("history.reprinted", row.number(),
                        done.count(), sent.printer()));
                case PrinterGateway.Failed failed -> message.set(messages.get("history.reprint.failed",
                        messages.get(failed.failure().messageKey(), chosen), done.count()));
            }
            afterChange(row);
        }, failure -> {
            busy.set(false);
            message.set(messages.ofFailure(failure));
        });
    }

    private record Reprinted(PrinterGateway.PrintOutcome outcome, int count) {
    }

    /** The list and the detail show the change (status, reprint count, the new step). */
    private void afterChange(Row row) {
        reason.set("");
        String kept = message.get();
        tasks.run(() -> {
            List<Row> found = new ArrayList<>();
            for (Row existing : List.copyOf(rows)) {
                found.add(existing.id().equals(row.id()) && !existing.refusal()
                        ? row(applications.history(HistoryQuery.any().withCertificateNumber(existing.number())).get(0))
                        : existing);
            }
            return found;
        }, found -> {
            rows.setAll(found);
            Row updated = found.stream().filter(candidate -> candidate.id().equals(row.id())).findFirst().orElse(row);
            opened.set(updated);
            tasks.run(() -> load(updated), loaded -> {
                show(loaded);
                message.set(kept);
            }, failure -> message.set(messages.ofFailure(failure)));
        }, failure -> message.set(messages.ofFailure(failure)));
    }

    /** Saves the archived PDF, byte for byte, to the file the officer chose. */
    public void saveArchivedPdf(Path target) {
        byte[] pdf = archivedPdf;
        if (pdf == null || target == null) {
            message.set(messages.get("history.archive.none"));
            return;
        }
        tasks.run(() -> {
            try {
                Files.write(target, pdf);
            } catch (IOException e) {
                throw new CertDeskException("history.save.failed", e);
            }
            return target;
        }, saved -> message.set(messages.get("history.saved", saved.getFileName().toString())),
                failure -> message.set(messages.ofFailure(failure)));
    }
}
