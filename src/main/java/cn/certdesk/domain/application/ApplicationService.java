package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.Transactions;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditTrail;
import cn.certdesk.domain.archive.DocumentArchive;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.calendar.Deadline;
import cn.certdesk.domain.calendar.WorkingDayCalendar;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.HandlingRole;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.catalogue.VerificationProcedure;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.certificate.CertificateNumberSequence;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.record.RecordEventLog;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.verification.CriminalRecordSystems;
import cn.certdesk.domain.verification.NcrPath;
import cn.certdesk.domain.verification.NcrRefusalNotice;
import cn.certdesk.domain.verification.NcrVerification;
import cn.certdesk.domain.verification.VerificationRequirement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Certificate applications and refusals at the desk: every change is one append-only event
 * (aggregate type {@code certificate}, or {@code refusal}) recorded in the same transaction as
 * the projection row that lists read (R15: nothing is changed or deleted, a correction is a new
 * event), and with its audit entry (object: the certificate number, or the refusal's UUID).
 * Logs name ids and certificate numbers only, never personal data. Not thread-safe: the
 * store's thread.
 */
public final class ApplicationService {

    /** R09: the time limit of an application that needs investigation. */
    public static final int INVESTIGATION_WORKING_DAYS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationService.class);
    private static final int MAX_REASON_LENGTH = 500;
    private static final int REPLAY_PAGE = 2_000;

    private final RecordEventLog events;
    private final CertificateNumberSequence numbers;
    private final Transactions transactions;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final Catalogue catalogue;
    private final Station station;
    private final ApplicationProjection projection;
    private final CertificatePrinting printing;
    private final TransitionPeriod transition;
    private final DocumentArchive archive;
    private final AuditTrail audit;
    private final ApplicationEvents codec = new ApplicationEvents();
    /** R10–R12: the list of systems a no-criminal-record verification checks is data (ADR 0018). */
    private final VerificationRequirement verificationRequirement =
            new VerificationRequirement(CriminalRecordSystems.bundled());
    /** R14: the special cases are data ({@link SpecialCase#RESOURCE}). */
    private final List<SpecialCase> specialCases = SpecialCase.bundled();

    public ApplicationService(RecordEventLog events, CertificateNumberSequence numbers, Transactions transactions,
            WorkingDayCalendar calendar, Clock clock, Catalogue catalogue, Station station,
            ApplicationProjection projection, CertificatePrinting printing, TransitionPeriod transition,
            DocumentArchive archive, AuditTrail audit) {
        this.events = events;
        this.numbers = numbers;
        this.transactions = transactions;
        this.calendar = calendar;
        this.clock = clock;
        this.catalogue = catalogue;
        this.station = station;
        this.projection = projection;
        this.printing = printing;
        this.transition = transition;
        this.archive = archive;
        this.audit = audit;
    }

    /**
     * Creates an application: checks the kind, route and permission, allocates the certificate
     * number and records {@code application-created} in ONE transaction, so a rollback gives the
     * number back and numbers stay gap-free per desk and year (V002).
     */
    public Application create(Officer officer, NewApplication request) {
        // R13, R14: an override of a kind not issued (or of a request outside the catalogue) is
        // checked as the general certificate: the matter, the text, head approval
        CertificateKind kind = OverrideCertificate.forRoute(request.route(), request.kindCode(),
                        catalogue.byCode(request.kindCode()))
                .orElseThrow(() -> new CertDeskException("application.kind.unknown", request.kindCode()));
        LocalDate today = LocalDate.now(clock);
        String overrideReason = checkRoute(kind, request, today);
        checkSpecialCase(request);
        requirePreparePermission(officer, kind);
        for (RequiredField field : kind.requiredFields()) {
            String value = request.fieldValues().get(field.id());
            if (!field.optional() && (value == null || value.isBlank())) {
                throw new CertDeskException("application.field.missing", field.id());
            }
            if (value != null && value.codePointCount(0, value.length()) > field.maxLength()) {
                // nothing is cut silently: the catalogue's limit and a message
                throw new CertDeskException("input.too.long", field.label(), field.maxLength(),
                        value.codePointCount(0, value.length()));
            }
        }
        if (kind.stubRequired() && request.stub() == null) {
            throw new CertDeskException("application.stub.required"); // R06, R07
        }
        // R10–R12: a no-criminal-record application needs a complete verification with nothing found.
        Map<String, String> verificationRecord = verificationRequirement.requireIssuable(kind,
                request.verificationRecord()).map(verification -> {
                    requireApplicationFormArchived(verification);
                    return verification.toRecord();
                }).orElse(request.verificationRecord());
        Deadline due = dueDate(kind, today);
        // R07, R12: head-approval kinds; R13, R14: every override is approved by the station head.
        boolean approvalRequired = kind.headApproval() || request.route().override();
        Application created = transactions.inTransaction(() -> {
            CertificateNumber number = numbers.next(station.stationCode(), station.deskCode(), today.getYear());
            UUID id = UUID.randomUUID();
            append(officer, ApplicationEvents.CREATED, id, new ApplicationEvents.Created(kind.code(), number.text(),
                    request.applicant(), request.agent(), request.fieldValues(), verificationRecord,
                    request.stub(), request.route(), overrideReason, approvalRequired, today.toString(),
                    due.date().toString(), due.estimated()));
            Application application = refresh(id);
            audited(officer, AuditAction.CREATE, application, "kind=" + kind.code() + "; route=" + request.route());
            return application;
        });
        LOG.info("Application {} created with certificate number {} ({}, {})", created.id(), created.number(),
                kind.code(), request.route());
        return created;
    }

    /**
     * Creates the application with its signed stub (R06, R07) in ONE transaction: the
     * {@code application-created} event, a {@code stub-signed} event holding the signature strokes
     * (JSON, {@code SignatureStrokes} format) and the stub PDF archived as {@link DocumentKind#STUB}.
     * The stub is rendered with the new certificate number, so {@code renderStub} gets the created
     * application. A failure anywhere leaves nothing behind (the certificate number is given back).
     *
     * @param signatureStrokes the strokes as JSON, kept so the signature can be examined later
     * @param renderStub       renders the stub PDF for the created application (signature image on it)
     */
    public Application createWithStub(Officer officer, NewApplication request, String signatureStrokes,
            java.util.function.Function<Application, byte[]> renderStub) {
        if (request.stub() == null) {
            throw new CertDeskException("application.stub.required");
        }
        String strokes = java.util.Objects.requireNonNull(signatureStrokes, "signatureStrokes");
        return transactions.inTransaction(() -> {
            Application created = create(officer, request);
            append(officer, ApplicationEvents.STUB_SIGNED, created.id(), Map.of("strokes", strokes,
                    "signatureReference", request.stub().signatureReference()));
            archive.archive(created.id(), DocumentKind.STUB, created.number().text(), renderStub.apply(created),
                    officer.id());
            return refresh(created.id());
        });
    }

    /** R09: on-the-spot kinds are due today; kinds that need investigation 5 working days out. */
    private Deadline dueDate(CertificateKind kind, LocalDate today) {
        if (!kind.investigation() && kind.onTheSpot()) {
            return new Deadline(today, !calendar.covers(today));
        }
        int days = kind.timeLimitWorkingDays() > 0 ? kind.timeLimitWorkingDays() : INVESTIGATION_WORKING_DAYS;
        return calendar.addWorkingDays(today, days);
    }

    private String checkRoute(CertificateKind kind, NewApplication request, LocalDate today) {
        switch (request.route()) {
            case NORMAL -> {
                if (!kind.issuable()) {
                    throw new CertDeskException("application.kind.not.issuable", kind.code()); // R01
                }
                return null;
            }
            case TRANSITION_OVERRIDE -> {
                if (kind.issuable()) {
                    throw new CertDeskException("override.transition.issuable", kind.name()); // R13: normal route
                }
                if (!transition.includes(today)) {
                    throw new CertDeskException("application.transition.ended", transition.lastDay()); // R13
                }
                return requireReason("application.override.reason.required", request.overrideReason());
            }
            case SPECIAL_CASE_OVERRIDE -> {
                return requireReason("application.override.reason.required", request.overrideReason()); // R14
            }
            default -> throw new IllegalStateException("unknown route");
        }
    }

    /**
     * R14: a special-case override names one of the special cases of the desk's list (data, {@link
     * SpecialCase#RESOURCE}); any other route names none.
     */
    private void checkSpecialCase(NewApplication request) {
        String code = request.fieldValues().get(OverrideCertificate.SPECIAL_CASE);
        if (request.route() == Route.SPECIAL_CASE_OVERRIDE) {
            if (code == null || SpecialCase.byCode(specialCases, code).isEmpty()) {
                throw new CertDeskException("override.special.case.required"); // R14
            }
        } else if (code != null) {
            throw new CertDeskException("override.special.case.not.special");
        }
    }

    /** R14: the special cases this desk knows (out-of-province rights affairs, going abroad). */
    public List<SpecialCase> specialCases() {
        return specialCases;
    }

    /**
     * The template the application's certificate prints with (preview, print after approval): its
     * kind's own, or the general certificate for an override of a kind the station does not issue
     * or of a request outside the catalogue (R13, R14).
     */
    public String templateFor(Application application) {
        return OverrideCertificate.templateFor(application.kindCode(), application.route(),
                catalogue.byCode(application.kindCode()));
    }

    /** R13: the last day of the transition period, before which an out-of-catalogue certificate may be issued. */
    public TransitionPeriod transitionPeriod() {
        return transition;
    }

    /** R13: whether the transition period is still open today. */
    public boolean transitionOpen() {
        return transition.includes(LocalDate.now(clock));
    }

    /**
     * R06 kinds need ISSUE_REGISTER_CERTIFICATES, R07/R12 kinds PREPARE_VERIFIED_CERTIFICATES (the
     * catalogue's handling role decides); a kind outside the issue group (R13/R14 override)
     * either one. Approving an override needs OVERRIDE as well as APPROVE.
     */
    private static void requirePreparePermission(Officer officer, CertificateKind kind) {
        HandlingRole role = kind.handlingRole() == null ? HandlingRole.EITHER : kind.handlingRole();
        boolean allowed = switch (role) {
            case HOUSEHOLD_OFFICER -> officer.may(Permission.ISSUE_REGISTER_CERTIFICATES);
            case COMMUNITY_OFFICER -> officer.may(Permission.PREPARE_VERIFIED_CERTIFICATES);
            case EITHER -> officer.may(Permission.ISSUE_REGISTER_CERTIFICATES)
                    || officer.may(Permission.PREPARE_VERIFIED_CERTIFICATES);
        };
        if (!allowed) {
            throw new CertDeskException("permission.denied");
        }
    }

    /** Sends an application that needs approval (R07, R12, R13, R14) to the station head. */
    public Application requestApproval(Officer officer, UUID id) {
        return transactions.inTransaction(() -> {
            Application application = get(id);
            requirePreparePermissionFor(officer, application);
            application.requireApprovalRequestable();
            append(officer, ApplicationEvents.APPROVAL_REQUESTED, id, Map.of());
            return audited(officer, AuditAction.REQUEST_APPROVAL, refresh(id), "");
        });
    }

    /** The station head approves; never their own application (four eyes). */
    public Application approve(Officer officer, UUID id) {
        Application approved = transactions.inTransaction(() -> {
            get(id).requireDecidableBy(officer);
            append(officer, ApplicationEvents.APPROVED, id, new ApplicationEvents.Approved(officer.id()));
            return audited(officer, AuditAction.APPROVE, refresh(id), "");
        });
        LOG.info("Application {} approved by officer {}", id, officer.id());
        return approved;
    }

    /** The station head rejects with a reason; never their own application (four eyes). */
    public Application reject(Officer officer, UUID id, String reason) {
        String checkedReason = requireReason("application.reject.reason.required", reason);
        Application rejected = transactions.inTransaction(() -> {
            get(id).requireDecidableBy(officer);
            append(officer, ApplicationEvents.REJECTED, id, new ApplicationEvents.Rejected(officer.id(),
                    checkedReason));
            // the reason is free text and may name people: the event keeps it, the audit entry does not (R16)
            return audited(officer, AuditAction.REJECT, refresh(id), "");
        });
        LOG.info("Application {} rejected by officer {}", id, officer.id());
        return rejected;
    }

    /**
     * Voids an application or an issued certificate (then the paper is cancelled); the reason is
     * mandatory and the event records who and when (R15). Only the officer who created it
     * (VOID_REPRINT_OWN) or a station head (VOID_REPRINT_ANY) may void it. Its number stays used:
     * the void explains the gap.
     */
    public Application void_(Officer officer, UUID id, String reason) {
        String checkedReason = requireReason("application.void.reason.required", reason);
        Application voided = transactions.inTransaction(() -> {
            Application application = get(id);
            requireOwnWork(officer, application);
            application.requireVoidable();
            append(officer, ApplicationEvents.VOIDED, id, new ApplicationEvents.Voided(checkedReason));
            return audited(officer, AuditAction.VOID, refresh(id), "");
        });
        LOG.info("Application {} ({}) voided by officer {}", id, voided.number(), officer.id());
        return voided;
    }

    /**
     * Reprints an issued certificate (R08, R15): the reason is mandatory, only the officer who
     * created it or a station head may, and what prints is the ARCHIVED PDF — the same paper with
     * the same number, never a new rendering. The reprint is recorded (and counted) before the
     * paper is sent, so a crash in between leaves a recorded reprint, never an unrecorded paper;
     * the printer's answer is recorded after ({@code reprint-sent} / {@code reprint-failed}).
     */
    public PrinterGateway.PrintOutcome reprint(Officer officer, UUID id, String reason, String printer, int copies) {
        String checkedReason = requireReason("application.reprint.reason.required", reason);
        if (printer == null || printer.isBlank()) {
            throw new CertDeskException("print.choose.printer");
        }
        if (copies < 1 || copies > 9) {
            throw new CertDeskException("print.copies.range", 1, 9);
        }
        ArchivedCopy copy = transactions.inTransaction(() -> {
            Application application = get(id);
            requireOwnWork(officer, application);
            application.requireReprintable();
            ArchivedDocument archived = archive.latest(id, DocumentKind.CERTIFICATE)
                    .orElseThrow(() -> new CertDeskException("history.archive.missing", application.number().text()));
            append(officer, ApplicationEvents.REPRINTED, id, new ApplicationEvents.Reprinted(checkedReason));
            audited(officer, AuditAction.REPRINT, refresh(id), "archived copy");
            return new ArchivedCopy(application.number(), archive.content(archived.id()));
        });
        PrinterGateway.PrintOutcome outcome = printing.reprint(new CertificatePrinting.PrintRequest(id, copy.number(),
                station.id(), officer, printer, copies, copy.pdf(), null, 0));
        transactions.inTransaction(() -> refresh(id));
        LOG.info("Certificate {} ({}) reprinted by officer {}: {}", id, copy.number(), officer.id(),
                outcome.getClass().getSimpleName());
        return outcome;
    }

    private record ArchivedCopy(CertificateNumber number, byte[] pdf) {
    }

    /** The certificate PDF archived when it was printed, if it was (R08: exactly what was printed). */
    public Optional<ArchivedDocument> archivedCertificate(UUID id) {
        return archive.latest(id, DocumentKind.CERTIFICATE);
    }

    /** Records a reprint of an issued certificate with its reason; reprints are counted. */
    public Application recordReprint(Officer officer, UUID id, String reason) {
        String checkedReason = requireReason("application.reprint.reason.required", reason);
        return transactions.inTransaction(() -> {
            Application application = get(id);
            requireOwnWork(officer, application);
            application.requireReprintable();
            append(officer, ApplicationEvents.REPRINTED, id, new ApplicationEvents.Reprinted(checkedReason));
            return audited(officer, AuditAction.REPRINT, refresh(id), "");
        });
    }

    /**
     * Prints the application's certificate through {@link CertificatePrinting} (R08) once it may
     * print: never while approval is pending or missing (R07, R12, R13, R14). The PDF is archived
     * first (the same bytes once), so history shows exactly what was printed. The OS print call
     * runs outside any transaction: a slow printer never holds the store; the projection is
     * brought up to date afterwards, and {@link #catchUpProjection()} repairs it after a crash in
     * between.
     */
    public PrinterGateway.PrintOutcome print(Officer officer, UUID id, PrintJob job) {
        Application application = transactions.inTransaction(() -> {
            Application printable = get(id);
            printable.requirePrintable();
            archive.archive(id, DocumentKind.CERTIFICATE, printable.number().text(), job.pdf(), officer.id());
            return printable;
        });
        PrinterGateway.PrintOutcome outcome = printing.print(new CertificatePrinting.PrintRequest(id,
                application.number(), station.id(), officer, job.printer(), job.copies(), job.pdf(),
                job.templateName(), job.templateVersion()));
        transactions.inTransaction(() -> refresh(id));
        return outcome;
    }

    /**
     * Archives a document that belongs to an application or a refusal and is not a certificate
     * print (the stub, a refusal notice, the NCR application form): R15, nothing leaves the desk
     * unrecorded.
     */
    public ArchivedDocument archiveDocument(Officer officer, UUID aggregateId, DocumentKind kind, String reference,
            byte[] pdf) {
        return transactions.inTransaction(() -> archive.archive(aggregateId, kind, reference, pdf, officer.id()));
    }

    /** The documents archived for an application or refusal, oldest first. */
    public List<ArchivedDocument> archivedDocuments(UUID aggregateId) {
        return archive.list(aggregateId);
    }

    /** The bytes of one archived document. */
    public byte[] archivedContent(UUID documentId) {
        return archive.content(documentId);
    }

    /**
     * Brings projection rows whose application has newer events up to date (after a crash
     * between an event and its projection write, e.g. around the OS print call).
     *
     * @return the number of rows refreshed
     */
    public int catchUpProjection() {
        return transactions.inTransaction(() -> {
            List<UUID> stale = projection.stale();
            stale.forEach(this::refresh);
            if (!stale.isEmpty()) {
                LOG.info("Application projection caught up: {} rows", stale.size());
            }
            return stale.size();
        });
    }

    /** The officer saw the paper come out: the application is issued. */
    public Application confirmIssued(Officer officer, UUID id) {
        return transactions.inTransaction(() -> {
            Application application = get(id);
            application.requireConfirmable();
            printing.confirmIssued(id, application.number(), station.id(), officer);
            return refresh(id);
        });
    }

    /** The paper did not come out; it can be printed again with the same number. */
    public Application reportNotPrinted(Officer officer, UUID id) {
        return transactions.inTransaction(() -> {
            Application application = get(id);
            application.requireConfirmable();
            printing.reportNotPrinted(id, application.number(), station.id(), officer);
            return refresh(id);
        });
    }

    /**
     * Records a refusal (R01, R02, R15): the kind asked (or the request in the applicant's words
     * when outside the catalogue), its group, the reason shown, the officer and the time. A
     * refusal has no certificate number.
     */
    public Refusal recordRefusal(Officer officer, RefusalRequest request) {
        if (!officer.may(Permission.IDENTIFY_APPLICANT)) {
            throw new CertDeskException("permission.denied");
        }
        String kindCode = request.kindCode();
        String group;
        String requestText = null;
        if (kindCode != null) {
            CertificateKind kind = catalogue.byCode(kindCode)
                    .orElseThrow(() -> new CertDeskException("application.kind.unknown", kindCode));
            group = kind.group().code();
        } else {
            requestText = TextInput.require("field.refusal.request", request.requestText(), MAX_REASON_LENGTH);
            group = ApplicationEvents.OUTSIDE_CATALOGUE;
        }
        String reason = requireReason("refusal.reason.required", request.reasonShown());
        UUID id = UUID.randomUUID();
        String noticeNumber = RefusalNotice.number(station.stationCode(), station.deskCode(),
                LocalDate.now(clock).getYear(), id);
        ApplicationEvents.RefusalRecorded payload = new ApplicationEvents.RefusalRecorded(kindCode, requestText, group,
                reason, officer.id(), request.applicant(), noticeNumber);
        String auditDetail = "kind=" + (kindCode == null ? "none" : kindCode) + "; group=" + group;
        RecordEvent recorded = transactions.inTransaction(() -> {
            RecordEvent event = events.append(new RecordEvent(0, UUID.randomUUID(),
                    ApplicationEvents.REFUSAL_AGGREGATE, id, ApplicationEvents.REFUSAL_RECORDED, codec.write(payload),
                    Optional.of(officer.id()), station.id(), clock.instant()));
            // R15: the applicant's words stay in the event; the audit entry names kind and group only (R16)
            audit.record(officer, AuditAction.REFUSE, ApplicationEvents.REFUSAL_AGGREGATE, id.toString(), auditDetail);
            return event;
        });
        LOG.info("Refusal {} recorded ({}) by officer {}", id, group, officer.id());
        return new Refusal(id, kindCode, requestText, group, reason, officer.id(), recorded.occurredAt(),
                request.applicant(), noticeNumber);
    }

    /** The verification rules of this desk, with the list of systems checked (R10–R12). */
    public VerificationRequirement verificationRequirement() {
        return verificationRequirement;
    }

    /**
     * R12: a no-criminal-record verification that found a record ends here, in a recorded refusal
     * (never a certificate). The refusal is recorded under the verification's id, so the archived
     * application form and the printed notice belong to it, and the verification record is kept
     * beside it ({@value NcrVerification#RECORDED_EVENT}), so a supervisor sees why (R15).
     */
    public Refusal recordNcrRefusal(Officer officer, NcrVerification verification, Applicant applicant) {
        CertificateKind kind = catalogue.all().stream()
                .filter(candidate -> candidate.verification() == VerificationProcedure.SPECIAL)
                .findFirst().orElseThrow(() -> new CertDeskException("application.kind.unknown",
                        NcrVerification.PROCEDURE));
        requirePreparePermission(officer, kind);
        verificationRequirement.requireRefusable(verification);
        requireApplicationFormArchived(verification);
        UUID id = verification.id();
        String noticeNumber = RefusalNotice.number(station.stationCode(), station.deskCode(),
                LocalDate.now(clock).getYear(), id);
        ApplicationEvents.RefusalRecorded payload = new ApplicationEvents.RefusalRecorded(kind.code(), null,
                kind.group().code(), NcrRefusalNotice.REASON, officer.id(), applicant, noticeNumber);
        RecordEvent recorded = transactions.inTransaction(() -> {
            if (!events.forAggregate(id).isEmpty()) {
                throw new CertDeskException("ncr.refusal.already.recorded");
            }
            RecordEvent refusal = events.append(new RecordEvent(0, UUID.randomUUID(),
                    ApplicationEvents.REFUSAL_AGGREGATE, id, ApplicationEvents.REFUSAL_RECORDED, codec.write(payload),
                    Optional.of(officer.id()), station.id(), clock.instant()));
            events.append(new RecordEvent(0, UUID.randomUUID(), ApplicationEvents.REFUSAL_AGGREGATE, id,
                    NcrVerification.RECORDED_EVENT, codec.write(verification.toRecord()), Optional.of(officer.id()),
                    station.id(), clock.instant()));
            audit.record(officer, AuditAction.REFUSE, ApplicationEvents.REFUSAL_AGGREGATE, id.toString(),
                    "kind=" + kind.code() + "; group=" + kind.group().code() + "; verification=record-found");
            return refusal;
        });
        LOG.info("Refusal {} recorded (no-criminal-record verification found a record) by officer {}", id,
                officer.id());
        return new Refusal(id, kind.code(), null, kind.group().code(), NcrRefusalNotice.REASON, officer.id(),
                recorded.occurredAt(), applicant, noticeNumber);
    }

    /** The verification record kept with a refusal (R12), empty for a refusal without one. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, String>> refusalVerificationRecord(UUID refusalId) {
        return events.forAggregate(refusalId).stream()
                .filter(event -> NcrVerification.RECORDED_EVENT.equals(event.eventType())).findFirst()
                .map(event -> (Map<String, String>) codec.read(event, Map.class));
    }

    /** R12: the resident path goes on only once the application form was printed and archived. */
    private void requireApplicationFormArchived(NcrVerification verification) {
        if (verification.path() == NcrPath.RESIDENT
                && archive.latest(verification.id(), DocumentKind.NCR_APPLICATION_FORM).isEmpty()) {
            throw new CertDeskException("ncr.form.not.archived");
        }
    }

    /** The refusal recorded under {@code id}. */
    public Refusal refusal(UUID id) {
        RecordEvent event = events.forAggregate(id).stream()
                .filter(e -> ApplicationEvents.REFUSAL_RECORDED.equals(e.eventType())).findFirst()
                .orElseThrow(() -> new CertDeskException("refusal.not.found"));
        ApplicationEvents.RefusalRecorded payload = codec.read(event, ApplicationEvents.RefusalRecorded.class);
        return new Refusal(id, payload.kindAsked(), payload.requestText(), payload.group(), payload.reasonShown(),
                payload.officer(), event.occurredAt(), payload.applicant(), payload.noticeNumber() != null
                        ? payload.noticeNumber() : noticeNumber(id, event.occurredAt().atZone(clock.getZone())
                                .toLocalDate()));
    }

    /** The notice number of a refusal recorded before the number was kept: derived as the notice printed it. */
    private String noticeNumber(UUID refusalId, LocalDate recordedOn) {
        return RefusalNotice.number(station.stationCode(), station.deskCode(), recordedOn.getYear(), refusalId);
    }

    /**
     * Past refusals (R08, R15: a supervisor finds refusals of issuable kinds): by notice number,
     * applicant, date range and kind asked, newest first. A query for an application status finds none.
     */
    public List<RefusalSummary> refusals(HistoryQuery query) {
        return projection.refusals(query, clock.getZone()).stream()
                .map(found -> found.noticeNumber() != null ? found : new RefusalSummary(found.id(),
                        noticeNumber(found.id(), found.recordedOn()), found.kindAsked(), found.requestText(),
                        found.group(), found.applicantName(), found.maskedIdNumber(), found.officerId(),
                        found.recordedAt(), found.recordedOn()))
                .toList();
    }

    /**
     * Every recorded step of an application or a refusal, oldest first, with who and when (R15):
     * created, approval, print attempts, issue, void, reprints.
     */
    public List<RecordedStep> recordedSteps(UUID aggregateId) {
        List<RecordEvent> recorded = events.forAggregate(aggregateId);
        if (recorded.isEmpty()) {
            throw new CertDeskException("application.not.found");
        }
        return recorded.stream().map(event -> {
            ApplicationEvents.StepDetails details = codec.read(event, ApplicationEvents.StepDetails.class);
            String reason = details.reason() != null ? details.reason() : details.reasonShown();
            return new RecordedStep(event.eventType(), event.officerId(), event.occurredAt(),
                    Optional.ofNullable(reason), Optional.ofNullable(details.printer()));
        }).toList();
    }

    /** The application replayed from its events. */
    public Application get(UUID id) {
        return Application.replay(events.forAggregate(id), codec)
                .orElseThrow(() -> new CertDeskException("application.not.found"));
    }

    /** The catalogue entry of an application's kind (the issuing form resumes a recorded application with it). */
    public CertificateKind kindOf(Application application) {
        // R13, R14: an override of a kind not issued is the general certificate with its own fields
        return OverrideCertificate.forRoute(application.route(), application.kindCode(),
                        catalogue.byCode(application.kindCode()))
                .orElseThrow(() -> new CertDeskException("application.kind.unknown", application.kindCode()));
    }

    /**
     * The officer's home screen: open applications, overdue first, then by due date (R09); a
     * rejected one stays with the head's reason until its officer voids it.
     */
    public List<ApplicationSummary> openApplications() {
        return projection.open(LocalDate.now(clock));
    }

    /**
     * The officer's work list on the home screen (R09): their open applications and those the
     * station head rejected (with the reason, until voided), overdue first, then by due date, each
     * with its print state (printed, paper not yet confirmed).
     */
    public List<WorkItem> workList(Officer officer) {
        return projection.workList(officer.id(), LocalDate.now(clock)).stream().map(summary -> {
            Application application = get(summary.id());
            return new WorkItem(summary, application.printState(), application.rejectionReason());
        }).toList();
    }

    /** The station head's approval queue (R07, R12, R13, R14): overdue first. */
    public List<ApprovalQueueItem> awaitingApproval() {
        return projection.awaitingApproval(LocalDate.now(clock));
    }

    /** Past and present applications (R08). */
    public List<ApplicationSummary> history(HistoryQuery query) {
        return projection.search(query, LocalDate.now(clock));
    }

    /**
     * Rebuilds the projection from the event log (it is derived data): replays every
     * {@code certificate} aggregate that begins with {@code application-created}.
     *
     * @return the number of applications written
     */
    public int rebuildProjection() {
        return transactions.inTransaction(() -> {
            List<Application> applications = replayAll();
            projection.replaceAll(applications);
            LOG.info("Application projection rebuilt from the event log: {} applications", applications.size());
            return applications.size();
        });
    }

    /** Every application replayed from the whole event log, in order of creation. */
    public List<Application> replayAll() {
        Map<UUID, List<RecordEvent>> byAggregate = new LinkedHashMap<>();
        long cursor = 0;
        while (true) {
            List<RecordEvent> page = events.after(cursor, REPLAY_PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (RecordEvent event : page) {
                if (CertificatePrinting.AGGREGATE.equals(event.aggregateType())) {
                    byAggregate.computeIfAbsent(event.aggregateId(), key -> new ArrayList<>()).add(event);
                }
            }
            cursor = page.get(page.size() - 1).sequence();
        }
        List<Application> applications = new ArrayList<>();
        for (List<RecordEvent> aggregate : byAggregate.values()) {
            Application.replay(aggregate, codec).ifPresent(applications::add);
        }
        return applications;
    }

    private void requirePreparePermissionFor(Officer officer, Application application) {
        Optional<CertificateKind> kind = catalogue.byCode(application.kindCode());
        if (kind.isPresent()) {
            requirePreparePermission(officer, kind.get());
        } else if (!officer.may(Permission.ISSUE_REGISTER_CERTIFICATES)
                && !officer.may(Permission.PREPARE_VERIFIED_CERTIFICATES)) {
            throw new CertDeskException("permission.denied");
        }
    }

    /** R15: the officer who created it (VOID_REPRINT_OWN) or a station head (VOID_REPRINT_ANY); nobody else. */
    private static void requireOwnWork(Officer officer, Application application) {
        if (!mayVoidOrReprint(officer, application.createdBy())) {
            throw new CertDeskException("permission.denied");
        }
    }

    /** Whether the officer may void or reprint work created by {@code createdBy} (R15); screens ask before offering it. */
    public static boolean mayVoidOrReprint(Officer officer, UUID createdBy) {
        return officer.may(Permission.VOID_REPRINT_ANY)
                || officer.may(Permission.VOID_REPRINT_OWN) && officer.id().equals(createdBy);
    }

    /** A mandatory reason, stripped and checked for length and control characters (also used by {@link ApprovalDesk}). */
    static String requireReason(String key, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CertDeskException(key);
        }
        return TextInput.require("field.reason", reason, MAX_REASON_LENGTH);
    }

    private void append(Officer officer, String type, UUID id, Object payload) {
        events.append(new RecordEvent(0, UUID.randomUUID(), CertificatePrinting.AGGREGATE, id, type,
                codec.write(payload), Optional.of(officer.id()), station.id(), clock.instant()));
    }

    /** Records the audit entry of an action on an application, inside the caller's transaction (R15). */
    private Application audited(Officer officer, AuditAction action, Application application, String detail) {
        audit.record(officer, action, "application", application.number().text(),
                "id=" + application.id() + (detail.isEmpty() ? "" : "; " + detail));
        return application;
    }

    /** Replays the application and writes its projection row, inside the caller's transaction. */
    private Application refresh(UUID id) {
        Application application = get(id);
        projection.save(application);
        return application;
    }
}
