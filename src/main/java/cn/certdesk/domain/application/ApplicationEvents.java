package cn.certdesk.domain.application;

import cn.certdesk.domain.record.RecordEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;

/**
 * The event types of an application (aggregate type {@code certificate}, the aggregate id shared
 * with {@link cn.certdesk.domain.printing.CertificatePrinting}'s print-sent / print-failed /
 * issued) and of a refusal (aggregate type {@code refusal}), with their JSON payloads. Personal
 * data lives in these payloads in the store, never in a log line. Thread-safe.
 */
public final class ApplicationEvents {

    public static final String REFUSAL_AGGREGATE = "refusal";

    public static final String CREATED = "application-created";
    public static final String APPROVAL_REQUESTED = "approval-requested";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String VOIDED = "voided";
    public static final String REPRINTED = "reprinted";
    /** R06, R07: the stub's signature strokes (the archived stub PDF carries the image). */
    public static final String STUB_SIGNED = "stub-signed";
    public static final String REFUSAL_RECORDED = "refusal-recorded";

    /** The group recorded for a request that matches no catalogue kind (R01 outside-scope). */
    public static final String OUTSIDE_CATALOGUE = "outside_catalogue";

    /**
     * {@code application-created}. Dates are ISO text so that replay never depends on the zone.
     *
     * @param agent            {@code null} when the applicant came in person
     * @param stub             {@code null} for kinds without a stub
     * @param overrideReason   {@code null} on the normal route
     * @param approvalRequired fixed at creation (the catalogue may change later)
     * @param createdOn        the desk's local date of creation
     */
    public record Created(String kindCode, String certificateNumber, Applicant applicant, Agent agent,
            Map<String, String> fieldValues, Map<String, String> verificationRecord, Stub stub, Route route,
            String overrideReason, boolean approvalRequired, String createdOn, String dueDate, boolean dueEstimated) {

        @Override
        public String toString() {
            return "Created[" + kindCode + ", " + certificateNumber + ", " + route + "]";
        }
    }

    /** {@code approved}. */
    public record Approved(UUID by) {
    }

    /** {@code rejected}. */
    public record Rejected(UUID by, String reason) {
    }

    /** {@code voided}; voiding an issued certificate cancels the paper. */
    public record Voided(String reason) {
    }

    /** {@code reprinted}. */
    public record Reprinted(String reason) {
    }

    /**
     * {@code refusal-recorded} (R01, R02, R15).
     *
     * @param kindAsked   catalogue code, {@code null} when the request is outside the catalogue
     * @param requestText what was asked in the applicant's words when outside the catalogue
     * @param group       the catalogue group code, or {@link #OUTSIDE_CATALOGUE}
     * @param reasonShown the reason shown to the applicant
     * @param applicant   who asked; {@code null} when not identified (and in refusals recorded before it was kept)
     * @param noticeNumber the notice's number; {@code null} in refusals recorded before it was kept (then it is
     *                    derived again with {@link RefusalNotice#number})
     */
    public record RefusalRecorded(String kindAsked, String requestText, String group, String reasonShown,
            UUID officer, Applicant applicant, String noticeNumber) {

        @Override
        public String toString() {
            return "RefusalRecorded[" + kindAsked + ", " + group + ", " + noticeNumber + "]";
        }
    }

    /**
     * The parts of any event's payload that history shows as a recorded step: the reason
     * ({@code reason} of rejected / voided / reprinted, {@code reasonShown} of a refusal) and the
     * printer of a print or reprint. Unknown fields are ignored.
     */
    public record StepDetails(String reason, String reasonShown, String printer) {
    }

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event payload of records, strings and maps always serializes", e);
        }
    }

    public <T> T read(RecordEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (JsonProcessingException e) {
            // The payload may hold personal data: name only the event.
            // No cause chained: its message may quote a value from the payload.
            throw new IllegalStateException("unreadable payload of event " + event.id() + " (" + event.eventType()
                    + "): " + e.getClass().getSimpleName());
        }
    }
}
