package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.calendar.Deadline;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.PrintState;
import cn.certdesk.domain.record.RecordEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A certificate application, reconstructed from its append-only events (aggregate type
 * {@code certificate}; the same aggregate id carries the print events of
 * {@link CertificatePrinting}). Nothing here is stored as state: replaying the events gives it
 * back, and every transition is checked here before its event is recorded. Immutable value;
 * {@link #toString()} shows no personal data.
 *
 * @param details          the {@code application-created} payload
 * @param createdBy        the officer who created it (four-eyes: never its approver)
 * @param printState       the printing state of {@link CertificatePrinting}
 * @param issuedBeforeVoid the certificate had been issued when it was voided (the paper is cancelled)
 * @param lastSequence     the store sequence of the latest event
 */
public record Application(UUID id, ApplicationEvents.Created details, CertificateNumber number, UUID createdBy,
        Instant createdAt, ApplicationStatus status, PrintState printState, Optional<UUID> approvedBy,
        Optional<String> rejectionReason, Optional<String> voidReason, boolean issuedBeforeVoid, int reprintCount,
        Instant updatedAt, long lastSequence) {

    /**
     * Replays the events of one aggregate.
     *
     * @return empty when the events do not begin with {@code application-created}
     */
    public static Optional<Application> replay(List<RecordEvent> events, ApplicationEvents codec) {
        if (events.isEmpty() || !ApplicationEvents.CREATED.equals(events.get(0).eventType())) {
            return Optional.empty();
        }
        RecordEvent first = events.get(0);
        ApplicationEvents.Created details = codec.read(first, ApplicationEvents.Created.class);
        ApplicationStatus status = ApplicationStatus.CREATED;
        PrintState printState = PrintState.NOT_PRINTED;
        Optional<UUID> approvedBy = Optional.empty();
        Optional<String> rejectionReason = Optional.empty();
        Optional<String> voidReason = Optional.empty();
        boolean issuedBeforeVoid = false;
        int reprints = 0;
        for (RecordEvent event : events.subList(1, events.size())) {
            switch (event.eventType()) {
                case ApplicationEvents.APPROVAL_REQUESTED -> status = ApplicationStatus.AWAITING_APPROVAL;
                case ApplicationEvents.APPROVED -> {
                    status = ApplicationStatus.APPROVED;
                    approvedBy = Optional.of(codec.read(event, ApplicationEvents.Approved.class).by());
                }
                case ApplicationEvents.REJECTED -> {
                    status = ApplicationStatus.REJECTED;
                    rejectionReason = Optional.of(codec.read(event, ApplicationEvents.Rejected.class).reason());
                }
                case CertificatePrinting.PRINT_SENT -> printState = printState == PrintState.ISSUED
                        ? printState : PrintState.AWAITING_CONFIRMATION;
                case CertificatePrinting.PRINT_FAILED -> printState = printState == PrintState.ISSUED
                        ? printState : PrintState.PRINT_FAILED;
                case CertificatePrinting.ISSUED -> {
                    printState = PrintState.ISSUED;
                    if (status != ApplicationStatus.VOIDED) {
                        status = ApplicationStatus.ISSUED;
                    }
                }
                case ApplicationEvents.VOIDED -> {
                    issuedBeforeVoid = status == ApplicationStatus.ISSUED;
                    status = ApplicationStatus.VOIDED;
                    voidReason = Optional.of(codec.read(event, ApplicationEvents.Voided.class).reason());
                }
                case ApplicationEvents.REPRINTED -> reprints++;
                default -> {
                    // an event type of a later version: ignored by this one
                }
            }
        }
        RecordEvent last = events.get(events.size() - 1);
        return Optional.of(new Application(first.aggregateId(), details,
                CertificateNumber.parse(details.certificateNumber()), first.officerId().orElseThrow(),
                first.occurredAt(), status, printState, approvedBy, rejectionReason, voidReason, issuedBeforeVoid,
                reprints, last.occurredAt(), last.sequence()));
    }

    public String kindCode() {
        return details.kindCode();
    }

    public Route route() {
        return details.route();
    }

    public Applicant applicant() {
        return details.applicant();
    }

    public Deadline due() {
        return new Deadline(LocalDate.parse(details.dueDate()), details.dueEstimated());
    }

    public LocalDate createdOn() {
        return LocalDate.parse(details.createdOn());
    }

    /** R07, R12: head-approval kinds; R13, R14: every override. */
    public boolean approvalRequired() {
        return details.approvalRequired();
    }

    /** @return whether the application is open and its due date has passed (R09: flagged when late) */
    public boolean overdue(LocalDate today) {
        return status.open() && due().date().isBefore(today);
    }

    /** Refuses approval-requested unless the application was just created and needs approval. */
    void requireApprovalRequestable() {
        if (!approvalRequired()) {
            throw new CertDeskException("application.approval.not.needed");
        }
        if (status != ApplicationStatus.CREATED) {
            throw new CertDeskException("application.status.invalid", status.name());
        }
    }

    /**
     * Refuses an approval or rejection unless it awaits approval, the officer may approve (and may
     * override, for R13/R14 applications), and the officer did not create it (four eyes).
     */
    void requireDecidableBy(Officer officer) {
        if (!officer.may(Permission.APPROVE) || (route().override() && !officer.may(Permission.OVERRIDE))) {
            throw new CertDeskException("permission.denied");
        }
        if (status != ApplicationStatus.AWAITING_APPROVAL) {
            throw new CertDeskException("application.not.awaiting.approval");
        }
        if (officer.id().equals(createdBy)) {
            throw new CertDeskException("application.four.eyes");
        }
    }

    /** Refuses printing before approval (R07, R12, R13, R14), after rejection or void, and after issue. */
    void requirePrintable() {
        switch (status) {
            case AWAITING_APPROVAL -> throw new CertDeskException("application.awaiting.approval");
            case REJECTED -> throw new CertDeskException("application.rejected");
            case VOIDED -> throw new CertDeskException("application.voided");
            case ISSUED -> throw new CertDeskException("print.already.issued", number.text());
            case CREATED -> {
                if (approvalRequired()) {
                    throw new CertDeskException("application.approval.required");
                }
            }
            case APPROVED -> {
                // printable
            }
        }
    }

    void requireConfirmable() {
        if (status == ApplicationStatus.VOIDED) {
            throw new CertDeskException("application.voided");
        }
    }

    void requireVoidable() {
        if (status == ApplicationStatus.VOIDED) {
            throw new CertDeskException("application.voided");
        }
    }

    void requireReprintable() {
        if (status != ApplicationStatus.ISSUED) {
            throw new CertDeskException("application.not.issued");
        }
    }

    @Override
    public String toString() {
        return "Application[" + id + ", " + number + ", " + kindCode() + ", " + status + "]";
    }
}
