package cn.certdesk.domain.stub;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.TextInput;
import java.util.Objects;

/**
 * The filled-in stub (存根) of a certificate (R06, R07): who signed, their name, the phone number
 * they wrote and the signature. Immutable and thread-safe. {@link #toString()} holds no personal
 * data.
 *
 * @param signer     the applicant or an agent
 * @param signerName the signer's name as on their ID card, at most {@value #MAX_NAME_LENGTH}
 *                   characters, stripped
 * @param phone      the phone number they wrote
 * @param strokes    the signature; must have enough ink ({@link SignatureStrokes#hasEnoughInk()})
 */
public record Stub(Signer signer, String signerName, PhoneNumber phone, SignatureStrokes strokes) {

    public static final int MAX_NAME_LENGTH = 50;

    /**
     * @throws CertDeskException {@code input.*} for the name, {@code stub.signature.too.short}
     *         when the signature has too little ink
     */
    public Stub {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(strokes, "strokes");
        signerName = TextInput.require("field.stub.signer.name", signerName, MAX_NAME_LENGTH);
        if (!strokes.hasEnoughInk()) {
            throw new CertDeskException("stub.signature.too.short");
        }
    }

    @Override
    public String toString() {
        return "Stub[signer=" + signer + ", phone=" + phone + ", " + strokes + "]";
    }
}
