package cn.certdesk.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Binds the desk settings screen. */
public final class SettingsView {

    private final SettingsViewModel viewModel;

    @FXML
    private Label idleMinutesLabel;
    @FXML
    private TextField idleMinutesField;
    @FXML
    private Label messageLabel;

    public SettingsView(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        idleMinutesLabel.setLabelFor(idleMinutesField);
        idleMinutesField.textProperty().bindBidirectional(viewModel.idleMinutesProperty());
        idleMinutesField.setOnAction(event -> viewModel.save());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
