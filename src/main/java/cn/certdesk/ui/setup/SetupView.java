package cn.certdesk.ui.setup;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Binds the first-run setup screen. */
public final class SetupView {

    private final SetupViewModel viewModel;

    @FXML
    private GridPane stationGrid;
    @FXML
    private Label stationKnownLabel;
    @FXML
    private TextField stationNameField;
    @FXML
    private TextField stationCodeField;
    @FXML
    private TextField deskCodeField;
    @FXML
    private TextField adminNameField;
    @FXML
    private TextField policeNumberField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField confirmationField;
    @FXML
    private Button submitButton;
    @FXML
    private Label messageLabel;

    public SetupView(SetupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        boolean askStation = !viewModel.stationKnown();
        stationGrid.setVisible(askStation);
        stationGrid.setManaged(askStation);
        stationKnownLabel.setVisible(!askStation);
        stationKnownLabel.setManaged(!askStation);
        stationNameField.textProperty().bindBidirectional(viewModel.stationNameProperty());
        stationCodeField.textProperty().bindBidirectional(viewModel.stationCodeProperty());
        deskCodeField.textProperty().bindBidirectional(viewModel.deskCodeProperty());
        adminNameField.textProperty().bindBidirectional(viewModel.adminNameProperty());
        policeNumberField.textProperty().bindBidirectional(viewModel.policeNumberProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        submitButton.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(() -> (askStation ? stationNameField : adminNameField).requestFocus());
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }
}
