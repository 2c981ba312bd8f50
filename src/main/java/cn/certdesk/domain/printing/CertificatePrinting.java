package cn.certdesk.domain.printing;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.Transactions;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditTrail;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.record.RecordEventLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Printing a certificate without ever losing or duplicating its record (R08): every attempt is
 * an append-only event; the certificate counts as issued only when the officer confirms that the
 * paper came out; a failed attempt is retried with the same number. Each event is written in one
 * transaction with its audit entry (R15: PRINT, ISSUE). Not thread-safe: the store's
 * thread (the print system call happens there too, never on the FX thread).
 */
public final class CertificatePrinting {

    public static final String AGGREGATE = "certificate";
    public static final String PRINT_SENT = "print-sent";
    public static final String PRINT_FAILED = "print-failed";
    public static final String ISSUED = "issued";
    /** A reprint of an issued certificate went to the printer (its reason is the {@code reprinted} event before it). */
    public static final String REPRINT_SENT = "reprint-sent";
    public static final String REPRINT_FAILED = "reprint-failed";

    private static final Logger LOG = LoggerFactory.getLogger(CertificatePrinting.class);

    private final PrinterGateway printers;
    private final RecordEventLog events;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private final ObjectMapper json = new ObjectMapper();

    public CertificatePrinting(PrinterGateway printers, RecordEventLog events, Transactions transactions, Clock clock,
            AuditTrail audit) {
        this.printers = printers;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /** One printing of a rendered certificate. */
    public record PrintRequest(UUID certificateId, CertificateNumber number, UUID stationId, Officer officer,
            String printer, int copies, byte[] pdf, String templateName, int templateVersion) {
    }

    public PrintState state(UUID certificateId) {
        PrintState state = PrintState.NOT_PRINTED;
        for (RecordEvent event : events.forAggregate(certificateId)) {
            state = switch (event.eventType()) {
                case PRINT_SENT -> state == PrintState.ISSUED ? state : PrintState.AWAITING_CONFIRMATION;
                case PRINT_FAILED -> state == PrintState.ISSUED ? state : PrintState.PRINT_FAILED;
                case ISSUED -> PrintState.ISSUED;
                default -> state;
            };
        }
        return state;
    }

    /**
     * Sends the certificate to the printer and records the attempt. Refused while an earlier
     * attempt awaits the officer's answer, and once the certificate is issued (a reprint is a
     * separate, recorded action).
     */
    public PrinterGateway.PrintOutcome print(PrintRequest request) {
        requirePrintPermission(request.officer());
        if (request.copies() < 1 || request.copies() > 9) {
            throw new CertDeskException("print.copies.range", 1, 9);
        }
        PrintState state = state(request.certificateId());
        if (state == PrintState.AWAITING_CONFIRMATION) {
            throw new CertDeskException("print.confirm.previous.first");
        }
        if (state == PrintState.ISSUED) {
            throw new CertDeskException("print.already.issued", request.number().text());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("template", request.templateName());
        details.put("templateVersion", request.templateVersion());
        return send(request, PRINT_SENT, PRINT_FAILED, "", details);
    }

    /**
     * Sends the archived PDF of an issued certificate to the printer again and records the
     * outcome; the caller has already recorded the reprint with its reason (R15). The print state
     * stays issued: the same number, the same paper.
     */
    public PrinterGateway.PrintOutcome reprint(PrintRequest request) {
        if (!request.officer().may(Permission.PRINT) && !request.officer().may(Permission.VOID_REPRINT_ANY)) {
            throw new CertDeskException("permission.denied");
        }
        if (request.copies() < 1 || request.copies() > 9) {
            throw new CertDeskException("print.copies.range", 1, 9);
        }
        return send(request, REPRINT_SENT, REPRINT_FAILED, "reprint; ", Map.of());
    }

    /**
     * The OS print call, then its outcome as an event and an audit entry in one transaction (R15);
     * the call itself runs outside any transaction so a slow printer never holds the store.
     */
    private PrinterGateway.PrintOutcome send(PrintRequest request, String sentType, String failedType,
            String auditPrefix, Map<String, Object> details) {
        PrinterGateway.PrintOutcome outcome = printers.print(request.printer(), request.pdf(), request.copies(),
                request.number().text());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("certificateNumber", request.number().text());
        payload.put("printer", request.printer());
        payload.put("copies", request.copies());
        payload.putAll(details);
        String type;
        String audit;
        if (outcome instanceof PrinterGateway.Failed failed) {
            payload.put("failure", failed.failure().name());
            type = failedType;
            audit = auditPrefix + "outcome=failed; failure=" + failed.failure().name();
            LOG.warn("Sending certificate {} to the printer failed ({}): {} ({})", request.certificateId(), failedType,
                    failed.failure(), failed.detail());
        } else {
            type = sentType;
            audit = auditPrefix + "outcome=sent; copies=" + request.copies();
        }
        transactions.inTransaction(() -> {
            record(request.certificateId(), request.stationId(), request.officer(), type, payload);
            audited(request.officer(), AuditAction.PRINT, request.certificateId(), request.number(), audit);
            return null;
        });
        return outcome;
    }

    /** The officer saw the paper come out: the certificate is issued. */
    public void confirmIssued(UUID certificateId, CertificateNumber number, UUID stationId, Officer officer) {
        requirePrintPermission(officer);
        transactions.inTransaction(() -> {
            if (state(certificateId) != PrintState.AWAITING_CONFIRMATION) {
                throw new CertDeskException("print.nothing.to.confirm");
            }
            record(certificateId, stationId, officer, ISSUED, Map.of("certificateNumber", number.text()));
            audited(officer, AuditAction.ISSUE, certificateId, number, "");
            return null;
        });
        LOG.info("Certificate {} issued (paper confirmed)", certificateId);
    }

    /** The officer says the paper did not come out: the certificate stays un-issued and can be printed again. */
    public void reportNotPrinted(UUID certificateId, CertificateNumber number, UUID stationId, Officer officer) {
        requirePrintPermission(officer);
        transactions.inTransaction(() -> {
            if (state(certificateId) != PrintState.AWAITING_CONFIRMATION) {
                throw new CertDeskException("print.nothing.to.confirm");
            }
            record(certificateId, stationId, officer, PRINT_FAILED, Map.of("certificateNumber", number.text(),
                    "failure", PrintFailure.NO_PAPER_REPORTED.name()));
            audited(officer, AuditAction.PRINT, certificateId, number,
                    "outcome=failed; failure=" + PrintFailure.NO_PAPER_REPORTED.name());
            return null;
        });
    }

    public List<RecordEvent> history(UUID certificateId) {
        return events.forAggregate(certificateId);
    }

    private void record(UUID certificateId, UUID stationId, Officer officer, String type, Map<String, ?> payload) {
        try {
            events.append(new RecordEvent(0, UUID.randomUUID(), AGGREGATE, certificateId, type,
                    json.writeValueAsString(payload), Optional.of(officer.id()), stationId, clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }

    private void audited(Officer officer, AuditAction action, UUID certificateId, CertificateNumber number,
            String detail) {
        audit.record(officer, action, "application", number.text(),
                "id=" + certificateId + (detail.isEmpty() ? "" : "; " + detail));
    }

    private static void requirePrintPermission(Officer officer) {
        if (!officer.may(Permission.PRINT)) {
            throw new CertDeskException("permission.denied");
        }
    }
}
