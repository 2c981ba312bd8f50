package cn.certdesk.ui.identify;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An applicant who is not in the local population store, typed in by hand (手工录入): the ID number
 * checked as it is typed, the name, and gender and birth date read from the number. The result is an
 * {@link Applicant} flagged "未经人口信息核对" (not checked against the register), carrying the
 * officer's reason when the number's address code is not in the division table. FX thread only.
 */
public final class ManualEntryViewModel {

    static final String ID_FIELD = "field.applicant.id.number";

    private final Messages messages;
    private final IdNumberEntry idNumber;
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper derived = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ManualEntryViewModel(IdNumberValidator validator, Messages messages) {
        this.messages = messages;
        this.idNumber = new IdNumberEntry(validator, messages, "field.applicant.address.code.reason");
        idNumber.textProperty().addListener((obs, old, text) -> derive());
    }

    public IdNumberEntry idNumber() {
        return idNumber;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Gender and birth date read from a valid number, e.g. {@code 性别：女　出生日期：1949-12-31（由号码得出）}. */
    public ReadOnlyStringProperty derivedProperty() {
        return derived.getReadOnlyProperty();
    }

    /** Why the entry cannot be used yet, empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void derive() {
        derived.set(idNumber.check() instanceof IdNumberCheck.Valid valid
                ? messages.get("identify.manual.derived", valid.number().gender().chineseName(),
                        valid.number().birthDate().toString())
                : "");
    }

    /**
     * The applicant typed in, or {@code null} with {@link #messageProperty()} saying what is wrong
     * (an invalid number with its reason, a missing override reason, an empty, over-long or illegal
     * name). Nothing typed is changed or cut.
     */
    public Applicant confirm() {
        try {
            IdNumberEntry.Accepted accepted = idNumber.accept(ID_FIELD);
            Applicant applicant = Applicant.manualEntry(name.get(), accepted.number().value(),
                    accepted.addressCodeReason());
            message.set("");
            return applicant;
        } catch (CertDeskException e) {
            message.set(messages.of(e));
            return null;
        }
    }

    /** Starts a new entry, with the number already typed in the ID field if there is one. */
    public void start(String typedIdNumber) {
        idNumber.clear();
        idNumber.textProperty().set(typedIdNumber == null ? "" : typedIdNumber.strip());
        name.set("");
        message.set("");
    }

    /** Shows a message about the entry (e.g. from the register check). */
    void say(String text) {
        message.set(text);
    }
}
