package cn.certdesk.domain.application;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;

/**
 * Someone applying on the applicant's behalf (委托人 / 代办人), who brings both ID cards and the power
 * of attorney (委托书). Free text is checked with {@link TextInput} (not blank, a length limit in code
 * points, no control or bidirectional-override characters; nothing is cut). The agent is never the
 * applicant ({@link #requireNotApplicant}). Personal data: {@link #toString()} hides it.
 *
 * @param relation                 the agent's relation to the applicant (子, 配偶, 朋友 …)
 * @param phone                    the agent's phone number as the stub prints it
 * @param powerOfAttorneyReference the number or scan reference of the power of attorney (委托书)
 * @param addressCodeReason        the officer's reason for accepting an agent's ID number whose address
 *                                 code is not in the division table; {@code null} when not needed
 */
public record Agent(String idNumber, String name, String relation, String phone, String powerOfAttorneyReference,
        String addressCodeReason) {

    public static final int MAX_ID_NUMBER = 30;
    public static final int MAX_NAME = 60;
    public static final int MAX_RELATION = 30;
    public static final int MAX_PHONE = 30;
    public static final int MAX_POWER_OF_ATTORNEY = 100;
    public static final int MAX_REASON = 200;

    public Agent {
        idNumber = TextInput.require("field.agent.id.number", idNumber, MAX_ID_NUMBER);
        name = TextInput.require("field.agent.name", name, MAX_NAME);
        relation = TextInput.require("field.agent.relation", relation, MAX_RELATION);
        phone = TextInput.require("field.agent.phone", phone, MAX_PHONE);
        powerOfAttorneyReference = TextInput.require("field.agent.power.of.attorney", powerOfAttorneyReference,
                MAX_POWER_OF_ATTORNEY);
        if (addressCodeReason != null) {
            addressCodeReason = TextInput.require("field.agent.address.code.reason", addressCodeReason, MAX_REASON);
        }
    }

    /** An agent whose ID number needed no override. */
    public Agent(String idNumber, String name, String relation, String phone, String powerOfAttorneyReference) {
        this(idNumber, name, relation, phone, powerOfAttorneyReference, null);
    }

    /**
     * Refuses an agent who is the applicant (the same ID number): a person in person needs no agent.
     *
     * @throws CertDeskException {@code application.agent.is.applicant}
     */
    public static void requireNotApplicant(Agent agent, Applicant applicant) {
        if (agent != null && applicant != null && applicant.samePersonAs(agent.idNumber())) {
            throw new CertDeskException("identify.agent.is.applicant");
        }
    }

    @Override
    public String toString() {
        return "Agent[" + IdNumberMask.mask(idNumber) + (addressCodeReason == null ? "" : ", address code overridden")
                + "]";
    }
}
