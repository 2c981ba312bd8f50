package cn.certdesk.ui.print;

import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.ui.common.PagePreviews;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the preview-and-print panel; Ctrl+P prints (the main window maps the shortcut). */
public final class PrintPanelView {

    private final PrintPanelViewModel viewModel;

    @FXML
    private Label titleLabel;
    @FXML
    private VBox pagesBox;
    @FXML
    private Label printerLabel;
    @FXML
    private ComboBox<String> printerBox;
    @FXML
    private Spinner<Integer> copiesSpinner;
    @FXML
    private Button printButton;
    @FXML
    private HBox confirmBox;
    @FXML
    private Button confirmPrintedButton;
    @FXML
    private Label messageLabel;

    public PrintPanelView(PrintPanelViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        printerLabel.setLabelFor(printerBox);
        titleLabel.textProperty().bind(viewModel.titleProperty());
        printerBox.setItems(viewModel.printerNames());
        printerBox.valueProperty().bindBidirectional(viewModel.printerProperty());
        copiesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 9, 1));
        copiesSpinner.getValueFactory().valueProperty().addListener(
                (obs, old, value) -> viewModel.copiesProperty().set(value == null ? 1 : value));
        printButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.awaitingConfirmationProperty()));
        confirmBox.visibleProperty().bind(viewModel.awaitingConfirmationProperty());
        confirmBox.managedProperty().bind(viewModel.awaitingConfirmationProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        // the officer answers with one key: Space on "the paper came out"
        viewModel.awaitingConfirmationProperty().addListener((obs, was, awaiting) -> {
            if (awaiting) {
                javafx.application.Platform.runLater(confirmPrintedButton::requestFocus);
            }
        });
        viewModel.pages().addListener((ListChangeListener<DocumentPreview.PageImage>) change ->
                PagePreviews.show(pagesBox, viewModel.pages(), 24));
        viewModel.loadPrinters();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void confirmPrinted() {
        viewModel.confirmPrinted();
    }

    @FXML
    private void reportNotPrinted() {
        viewModel.reportNotPrinted();
    }
}
