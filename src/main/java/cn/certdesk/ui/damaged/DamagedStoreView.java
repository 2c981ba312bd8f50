package cn.certdesk.ui.damaged;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Binds the damaged-store screen. */
public final class DamagedStoreView {

    private final DamagedStoreViewModel viewModel;
    private final Runnable onExit;

    @FXML
    private Label explanationLabel;
    @FXML
    private Label backupLabel;
    @FXML
    private Button restoreButton;
    @FXML
    private Label messageLabel;

    public DamagedStoreView(DamagedStoreViewModel viewModel, Runnable onExit) {
        this.viewModel = viewModel;
        this.onExit = onExit;
    }

    @FXML
    private void initialize() {
        explanationLabel.setText(viewModel.explanation());
        backupLabel.setText(viewModel.backupText());
        restoreButton.disableProperty().bind(viewModel.restoreAvailableProperty().not());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        Platform.runLater(restoreButton::requestFocus);
    }

    @FXML
    private void restore() {
        viewModel.restoreLatestBackup();
    }

    @FXML
    private void exit() {
        onExit.run();
    }
}
