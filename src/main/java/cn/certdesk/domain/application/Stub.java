package cn.certdesk.domain.application;

import cn.certdesk.domain.TextInput;

/**
 * The stub (存根) the applicant or agent signs, with a phone number (R06, R07). Personal data:
 * {@link #toString()} hides it.
 *
 * @param signatureReference where the captured signature is kept (scan or pad image id)
 */
public record Stub(String phone, String signatureReference) {

    public Stub {
        phone = TextInput.require("field.stub.phone", phone, 30);
        signatureReference = TextInput.require("field.stub.signature", signatureReference, 200);
    }

    @Override
    public String toString() {
        return "Stub[signed]";
    }
}
