package cn.certdesk.ui.identify;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.stub.PhoneNumber;
import cn.certdesk.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The agent path (委托人代办): someone applies for the applicant with both ID cards and a power of
 * attorney (委托书). The agent's ID number is checked as it is typed (a card reader types it like a
 * keyboard), the phone number as a mainland mobile or a landline with area code; name, relation and
 * the power-of-attorney reference are required, with length limits and no control or
 * bidirectional-override characters. An agent who is the applicant is refused. FX thread only.
 */
public final class AgentEntryViewModel {

    static final String ID_FIELD = "field.agent.id.number";

    private final Messages messages;
    private final IdNumberEntry idNumber;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty relation = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty powerOfAttorney = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper phoneMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper phoneProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AgentEntryViewModel(IdNumberValidator validator, Messages messages) {
        this.messages = messages;
        this.idNumber = new IdNumberEntry(validator, messages, "field.agent.address.code.reason");
        phone.addListener((obs, old, text) -> checkPhone(text));
    }

    public IdNumberEntry idNumber() {
        return idNumber;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty relationProperty() {
        return relation;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty powerOfAttorneyProperty() {
        return powerOfAttorney;
    }

    public ReadOnlyStringProperty phoneMessageProperty() {
        return phoneMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty phoneProblemProperty() {
        return phoneProblem.getReadOnlyProperty();
    }

    /** Why the agent cannot be used yet, empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void checkPhone(String text) {
        if (text == null || text.isBlank()) {
            phoneMessage.set("");
            phoneProblem.set(false);
            return;
        }
        try {
            PhoneNumber.parse(text);
            phoneMessage.set(messages.get("identify.agent.phone.valid"));
            phoneProblem.set(false);
        } catch (CertDeskException e) {
            phoneMessage.set(messages.of(e));
            phoneProblem.set(true);
        }
    }

    /**
     * The agent for {@code applicant}, or {@code null} with {@link #messageProperty()} saying what is
     * wrong: the first problem in the order of the form. Nothing typed is changed or cut.
     *
     * @param applicant the applicant chosen so far, {@code null} if none yet
     */
    public Agent confirm(Applicant applicant) {
        try {
            IdNumberEntry.Accepted accepted = idNumber.accept(ID_FIELD);
            String checkedName = TextInput.require("field.agent.name", name.get(), Agent.MAX_NAME);
            String checkedRelation = TextInput.require("field.agent.relation", relation.get(), Agent.MAX_RELATION);
            String phoneNumber = PhoneNumber.parse(phone.get()).value();
            Agent agent = new Agent(accepted.number().value(), checkedName, checkedRelation, phoneNumber,
                    powerOfAttorney.get(), accepted.addressCodeReason());
            Agent.requireNotApplicant(agent, applicant);
            message.set("");
            return agent;
        } catch (CertDeskException e) {
            message.set(e.messageKey().startsWith("phone.")
                    ? messages.get("identify.agent.phone.problem", messages.of(e)) : messages.of(e));
            return null;
        }
    }

    /** Empties the form. */
    public void clear() {
        idNumber.clear();
        name.set("");
        relation.set("");
        phone.set("");
        powerOfAttorney.set("");
        message.set("");
    }

    /** Shows a message about the agent (e.g. that the applicant changed). */
    void say(String text) {
        message.set(text);
    }
}
