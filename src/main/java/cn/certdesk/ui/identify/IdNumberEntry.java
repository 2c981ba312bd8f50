package cn.certdesk.ui.identify;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import cn.certdesk.domain.idnumber.IdNumberCheck;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.idnumber.ResidentIdNumber;
import cn.certdesk.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One ID-number field as the officer types it or a card reader types it like a keyboard: checked on
 * every keystroke — a wrong character at once, the other reasons (every {@code IdNumberRejection},
 * in Chinese) as soon as the number is complete — and, when its address code is not in the division
 * table ({@code IdNumberWarning.UNKNOWN_ADDRESS_CODE}), a reason the officer must write before the
 * number is used; the reason is returned with the number so that it is recorded, not just dismissed.
 * Used for the applicant typed by hand and for the agent. FX thread only.
 */
public final class IdNumberEntry {

    /** A number accepted for use, with the override reason when the address code needed one. */
    public record Accepted(ResidentIdNumber number, String addressCodeReason) {
        @Override
        public String toString() {
            return "Accepted[" + number.masked() + "]";
        }
    }

    private final IdNumberValidator validator;
    private final Messages messages;
    private final String reasonFieldKey;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reasonRequired = new ReadOnlyBooleanWrapper(false);

    /**
     * @param reasonFieldKey bundle key naming the reason field in messages ({@code field.…})
     */
    public IdNumberEntry(IdNumberValidator validator, Messages messages, String reasonFieldKey) {
        this.validator = validator;
        this.messages = messages;
        this.reasonFieldKey = reasonFieldKey;
        text.addListener((obs, old, typed) -> checkAsTyped(typed));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The officer's reason for an address code missing from the division table. */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the typed number is valid but its address code needs a reason. */
    public ReadOnlyBooleanProperty reasonRequiredProperty() {
        return reasonRequired.getReadOnlyProperty();
    }

    /** The check of what is typed now. */
    public IdNumberCheck check() {
        return validator.validate(text.get());
    }

    private void checkAsTyped(String typedText) {
        String typed = typedText == null ? "" : typedText.strip();
        reasonRequired.set(false);
        if (typed.isEmpty()) {
            show("", false);
            return;
        }
        IdNumberCheck check = validator.validate(typed);
        if (check instanceof IdNumberCheck.Rejected rejected) {
            boolean complete = typed.codePointCount(0, typed.length()) >= ResidentIdNumber.LENGTH
                    || typed.codePoints().anyMatch(cp -> !isIdCharacter(cp));
            show(complete ? rejected.message() : messages.get("identify.id.typing",
                    typed.codePointCount(0, typed.length())), complete);
        } else if (check instanceof IdNumberCheck.Valid valid) {
            reasonRequired.set(valid.requiresOverrideReason());
            String note = valid.convertedFrom15() ? messages.get("identify.id.converted", valid.number().value()) : "";
            String warnings = String.join("；", valid.warningMessages());
            show(messages.get("identify.id.valid") + (note.isEmpty() ? "" : " " + note)
                    + (warnings.isEmpty() ? "" : " " + warnings), false);
        }
    }

    private static boolean isIdCharacter(int codePoint) {
        return Character.isDigit(codePoint) || codePoint == 'x' || codePoint == 'X' || codePoint == 'ｘ'
                || codePoint == 'Ｘ';
    }

    private void show(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    /**
     * The number, ready to use, or a {@link CertDeskException} whose message says why not: the
     * rejection reason, or the missing / unacceptable override reason.
     *
     * @param fieldKey bundle key naming the ID field ({@code field.…}), for the messages
     */
    public Accepted accept(String fieldKey) {
        IdNumberCheck check = validator.validate(text.get());
        if (check instanceof IdNumberCheck.Rejected rejected) {
            show(rejected.message(), true);
            throw new CertDeskException("identify.id.rejected", fieldKey, rejected.message());
        }
        IdNumberCheck.Valid valid = (IdNumberCheck.Valid) check;
        if (!valid.requiresOverrideReason()) {
            return new Accepted(valid.number(), null);
        }
        String given = reason.get() == null ? "" : reason.get();
        if (given.isBlank()) {
            throw new CertDeskException("identify.reason.required", fieldKey);
        }
        // R15: the override is recorded with the person, never silently dismissed.
        return new Accepted(valid.number(), TextInput.require(reasonFieldKey, given, 200));
    }

    /** Empties the field and the reason. */
    public void clear() {
        text.set("");
        reason.set("");
    }
}
