package cn.certdesk.domain.application;

import cn.certdesk.domain.TextInput;

/**
 * Someone applying on the applicant's behalf (代办人). Personal data: {@link #toString()} hides it.
 *
 * @param powerOfAttorneyReference the number or scan reference of the power of attorney (委托书)
 */
public record Agent(String idNumber, String name, String relation, String phone, String powerOfAttorneyReference) {

    public Agent {
        idNumber = TextInput.require("field.agent.id.number", idNumber, 30);
        name = TextInput.require("field.agent.name", name, 60);
        relation = TextInput.require("field.agent.relation", relation, 30);
        phone = TextInput.require("field.agent.phone", phone, 30);
        powerOfAttorneyReference = TextInput.require("field.agent.power.of.attorney", powerOfAttorneyReference, 100);
    }

    @Override
    public String toString() {
        return "Agent[" + IdNumberMask.mask(idNumber) + "]";
    }
}
