package cn.certdesk.ui.verification;
/** A kind-specific verification step embedded in the issuing screen (R07, R10–R12). */
public interface VerificationSection {
    javafx.scene.Parent view();
    /** true when the verification is complete and issuing may go on (to approval for NCR). */
    javafx.beans.value.ObservableBooleanValue completeProperty();
    /** true when the verification ended in a recorded refusal (NCR "record found"): no certificate. */
    javafx.beans.value.ObservableBooleanValue refusedProperty();
    /** What goes into NewApplication.verificationRecord (item id → value). */
    java.util.Map<String, String> record();
    /** Field values the verification decides for the form (e.g. NCR checkResult), may be empty. */
    java.util.Map<String, String> formValues();
}
