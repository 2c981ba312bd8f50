package cn.certdesk.ui.approval;

import cn.certdesk.domain.officer.Officer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The lock screen's head-approval overlay: the head signs in (police number, password), then the
 * approval screen for that head; 退出审批 (Alt+Q, or Esc on the sign-in card) signs the head out
 * and closes the overlay. The locked session underneath is not touched.
 */
public final class HeadApprovalView {

    private final HeadSignInViewModel viewModel;
    private final Function<Officer, Parent> approvalScreen;
    private final Runnable onClose;

    @FXML
    private VBox signInCard;
    @FXML
    private Label policeNumberLabel;
    @FXML
    private TextField headPoliceNumberField;
    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField headPasswordField;
    @FXML
    private Button signInButton;
    @FXML
    private Label signInMessageLabel;
    @FXML
    private VBox approvalBox;
    @FXML
    private StackPane approvalPane;

    /**
     * @param approvalScreen builds the approval screen for the signed-in head; its account blocked
     *                       signs the head out through {@link #signOut()}
     */
    public HeadApprovalView(HeadSignInViewModel viewModel, Function<Officer, Parent> approvalScreen, Runnable onClose) {
        this.viewModel = viewModel;
        this.approvalScreen = approvalScreen;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        policeNumberLabel.setLabelFor(headPoliceNumberField);
        passwordLabel.setLabelFor(headPasswordField);
        headPoliceNumberField.textProperty().bindBidirectional(viewModel.policeNumberProperty());
        headPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        headPoliceNumberField.setOnAction(event -> headPasswordField.requestFocus());
        headPasswordField.setOnAction(event -> viewModel.signIn());
        signInButton.disableProperty().bind(viewModel.busyProperty());
        signInMessageLabel.textProperty().bind(viewModel.messageProperty());
        signInCard.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                signOut();
            }
        });
        viewModel.headProperty().addListener((obs, old, head) -> {
            signInCard.setVisible(head == null);
            signInCard.setManaged(head == null);
            approvalBox.setVisible(head != null);
            approvalBox.setManaged(head != null);
            approvalPane.getChildren().setAll(head == null ? java.util.List.of() : java.util.List.of(
                    approvalScreen.apply(head)));
        });
        approvalBox.setVisible(false);
        approvalBox.setManaged(false);
        Platform.runLater(headPoliceNumberField::requestFocus);
    }

    @FXML
    private void signIn() {
        viewModel.signIn();
    }

    /** Signs the head out and closes the overlay. */
    @FXML
    public void signOut() {
        viewModel.signOut();
        onClose.run();
    }
}
