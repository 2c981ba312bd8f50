package cn.certdesk.ui.login;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds the login screen to its view model; Enter logs in from either field. */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final String stationLine;
    private final boolean synthetic;

    @FXML
    private Label stationLabel;
    @FXML
    private Label demoLabel;
    @FXML
    private Label policeNumberLabel;
    @FXML
    private Label passwordLabel;
    @FXML
    private TextField policeNumberField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button logInButton;
    @FXML
    private Label messageLabel;

    public LoginView(LoginViewModel viewModel, String stationLine, boolean synthetic) {
        this.viewModel = viewModel;
        this.stationLine = stationLine;
        this.synthetic = synthetic;
    }

    @FXML
    private void initialize() {
        policeNumberLabel.setLabelFor(policeNumberField);
        passwordLabel.setLabelFor(passwordField);
        stationLabel.setText(stationLine);
        demoLabel.setVisible(synthetic);
        demoLabel.setManaged(synthetic);
        policeNumberField.textProperty().bindBidirectional(viewModel.policeNumberProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        logInButton.disableProperty().bind(viewModel.canLogInProperty().not());
        policeNumberField.setOnAction(event -> passwordField.requestFocus());
        passwordField.setOnAction(event -> viewModel.logIn());
        Platform.runLater(policeNumberField::requestFocus);
    }

    @FXML
    private void logIn() {
        viewModel.logIn();
    }
}
