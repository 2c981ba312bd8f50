package cn.certdesk.domain.application;

import java.util.Map;
import java.util.Objects;

/**
 * What the officer fills in to create an application. Personal data: {@link #toString()} hides it.
 *
 * @param kindCode           catalogue code of the certificate kind
 * @param agent              the agent, {@code null} when the applicant comes in person
 * @param fieldValues        the certificate's content fields by field id
 * @param verificationRecord what the officer verified (R07: incident / call record numbers; R12:
 *                           each system checked and its result), by item
 * @param stub               signature and phone (R06, R07); {@code null} where the kind needs none
 * @param route              normal, or an override (R13, R14)
 * @param overrideReason     mandatory for an override, {@code null} otherwise
 */
public record NewApplication(String kindCode, Applicant applicant, Agent agent, Map<String, String> fieldValues,
        Map<String, String> verificationRecord, Stub stub, Route route, String overrideReason) {

    public NewApplication {
        Objects.requireNonNull(kindCode, "kindCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(route, "route");
        Agent.requireNotApplicant(agent, applicant);
        fieldValues = Map.copyOf(fieldValues);
        verificationRecord = Map.copyOf(verificationRecord);
    }

    /** A normal application in person, without a verification record. */
    public static NewApplication of(String kindCode, Applicant applicant, Map<String, String> fieldValues, Stub stub) {
        return new NewApplication(kindCode, applicant, null, fieldValues, Map.of(), stub, Route.NORMAL, null);
    }

    public NewApplication withAgent(Agent newAgent) {
        return new NewApplication(kindCode, applicant, newAgent, fieldValues, verificationRecord, stub, route,
                overrideReason);
    }

    public NewApplication withVerificationRecord(Map<String, String> record) {
        return new NewApplication(kindCode, applicant, agent, fieldValues, record, stub, route, overrideReason);
    }

    /** The same application through an override (R13, R14) with its reason. */
    public NewApplication withRoute(Route newRoute, String reason) {
        return new NewApplication(kindCode, applicant, agent, fieldValues, verificationRecord, stub, newRoute, reason);
    }

    @Override
    public String toString() {
        return "NewApplication[" + kindCode + ", " + route + "]";
    }
}
