package cn.certdesk.ui.stub;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.stub.PhoneNumber;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Signer;
import cn.certdesk.domain.stub.Stub;
import cn.certdesk.ui.common.Messages;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Stub capture (存根, R06, R07): who signs, the phone number checked as it is typed, the
 * signature strokes checked against the minimum-ink rule, and whether the stub is complete.
 * No controls; tested without a toolkit. FX thread only.
 */
public final class StubViewModel {

    private final Messages messages;

    private final ObjectProperty<Signer> signer = new SimpleObjectProperty<>(this, "signer", Signer.APPLICANT);
    private final StringProperty phoneText = new SimpleStringProperty(this, "phoneText", "");
    private final ObjectProperty<SignatureStrokes> strokes =
            new SimpleObjectProperty<>(this, "strokes", SignatureStrokes.EMPTY);

    private final ReadOnlyStringWrapper phoneMessage = new ReadOnlyStringWrapper(this, "phoneMessage", "");
    private final ReadOnlyStringWrapper signatureMessage = new ReadOnlyStringWrapper(this, "signatureMessage", "");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper phoneValid = new ReadOnlyBooleanWrapper(this, "phoneValid", false);
    private final ReadOnlyBooleanWrapper signatureValid = new ReadOnlyBooleanWrapper(this, "signatureValid", false);
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(this, "complete", false);

    private PhoneNumber phone;

    public StubViewModel(Messages messages) {
        this.messages = messages;
        phoneText.addListener((observable, before, after) -> checkPhone());
        strokes.addListener((observable, before, after) -> checkSignature());
        signer.addListener((observable, before, after) -> {
            if (after == null) {
                signer.set(Signer.APPLICANT);
            }
        });
        checkPhone();
        checkSignature();
    }

    /** Applicant in person (default) or agent. */
    public ObjectProperty<Signer> signerProperty() {
        return signer;
    }

    /** The phone number as typed. */
    public StringProperty phoneTextProperty() {
        return phoneText;
    }

    /** The strokes on the pad; {@code null} counts as empty. */
    public ObjectProperty<SignatureStrokes> strokesProperty() {
        return strokes;
    }

    /** Why the phone number is not accepted (in the officer's language); empty while it is or nothing is typed. */
    public ReadOnlyStringProperty phoneMessageProperty() {
        return phoneMessage.getReadOnlyProperty();
    }

    /** What the signature still needs; empty once it has enough ink. */
    public ReadOnlyStringProperty signatureMessageProperty() {
        return signatureMessage.getReadOnlyProperty();
    }

    /** "存根已填写完整。" once complete, otherwise empty. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty phoneValidProperty() {
        return phoneValid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signatureValidProperty() {
        return signatureValid.getReadOnlyProperty();
    }

    /** A valid phone number and a signature with enough ink. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public boolean isComplete() {
        return complete.get();
    }

    /** The accepted phone number, if the typed text is one. */
    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    /** The signer signs again. */
    public void clearSignature() {
        strokes.set(SignatureStrokes.EMPTY);
    }

    /**
     * The stub, once complete.
     *
     * @param signerName the applicant's or agent's name from the application
     * @throws CertDeskException {@code input.*} when the name is not acceptable
     */
    public Optional<Stub> stub(String signerName) {
        if (!complete.get()) {
            return Optional.empty();
        }
        return Optional.of(new Stub(signer.get(), signerName, phone, strokes.get()));
    }

    private void checkPhone() {
        String text = phoneText.get() == null ? "" : phoneText.get();
        phone = null;
        if (text.isBlank()) {
            phoneMessage.set("");
        } else {
            try {
                phone = PhoneNumber.parse(text);
                phoneMessage.set("");
            } catch (CertDeskException rejection) {
                phoneMessage.set(messages.of(rejection));
            }
        }
        phoneValid.set(phone != null);
        updateComplete();
    }

    private void checkSignature() {
        SignatureStrokes signature = strokes.get() == null ? SignatureStrokes.EMPTY : strokes.get();
        if (signature.isEmpty()) {
            signatureMessage.set(messages.get("stub.signature.missing"));
        } else if (!signature.hasEnoughInk()) {
            signatureMessage.set(messages.get("stub.signature.too.short"));
        } else {
            signatureMessage.set("");
        }
        signatureValid.set(signature.hasEnoughInk());
        updateComplete();
    }

    private void updateComplete() {
        complete.set(phoneValid.get() && signatureValid.get());
        statusMessage.set(complete.get() ? messages.get("stub.complete") : "");
    }
}
