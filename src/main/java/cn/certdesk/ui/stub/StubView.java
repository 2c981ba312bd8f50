package cn.certdesk.ui.stub;

import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Signer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * Binds the stub capture to its view model. Tab order: signer (arrow keys or Alt+A / Alt+G),
 * phone (Alt+T), signature pad (Delete clears), Clear (Alt+C). Signing needs a pointer.
 */
public final class StubView {

    private final StubViewModel viewModel;

    @FXML
    private ToggleGroup signerGroup;
    @FXML
    private RadioButton applicantRadio;
    @FXML
    private RadioButton agentRadio;
    @FXML
    private Label phoneLabel;
    @FXML
    private TextField phoneField;
    @FXML
    private Label phoneMessageLabel;
    @FXML
    private SignaturePad signaturePad;
    @FXML
    private Label signatureMessageLabel;
    @FXML
    private Button clearButton;
    @FXML
    private Label statusLabel;

    public StubView(StubViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        phoneLabel.setLabelFor(phoneField);
        applicantRadio.setUserData(Signer.APPLICANT);
        agentRadio.setUserData(Signer.AGENT);
        selectSigner(viewModel.signerProperty().get());
        signerGroup.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                selectSigner(viewModel.signerProperty().get());
            } else {
                viewModel.signerProperty().set((Signer) after.getUserData());
            }
        });
        viewModel.signerProperty().addListener((observable, before, after) -> selectSigner(after));

        phoneField.textProperty().bindBidirectional(viewModel.phoneTextProperty());
        phoneMessageLabel.textProperty().bind(viewModel.phoneMessageProperty());
        signaturePad.strokesProperty().bindBidirectional(viewModel.strokesProperty());
        signatureMessageLabel.textProperty().bind(viewModel.signatureMessageProperty());
        clearButton.disableProperty().bind(viewModel.strokesProperty().isEqualTo(SignatureStrokes.EMPTY));
        statusLabel.textProperty().bind(viewModel.statusMessageProperty());
    }

    private void selectSigner(Signer signer) {
        Toggle wanted = signer == Signer.AGENT ? agentRadio : applicantRadio;
        if (signerGroup.getSelectedToggle() != wanted) {
            signerGroup.selectToggle(wanted);
        }
    }

    @FXML
    private void clear() {
        viewModel.clearSignature();
        signaturePad.requestFocus();
    }
}
