package cn.certdesk.ui.history;

import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.ui.common.PagePreviews;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Binds the history screen. Keyboard: Alt+S the search box (Enter searches, the results then
 * have the focus), Enter on a result opens it, Alt+R the reason, Alt+V void, Alt+P reprint,
 * Alt+A save the archived PDF as.
 */
public final class HistoryView {

    private final HistoryViewModel viewModel;

    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private ComboBox<CertificateKind> kindBox;
    @FXML
    private ComboBox<HistoryViewModel.StatusFilter> statusBox;
    @FXML
    private TableView<HistoryViewModel.Row> resultsTable;
    @FXML
    private TableColumn<HistoryViewModel.Row, String> numberColumn;
    @FXML
    private TableColumn<HistoryViewModel.Row, String> kindColumn;
    @FXML
    private TableColumn<HistoryViewModel.Row, String> applicantColumn;
    @FXML
    private TableColumn<HistoryViewModel.Row, String> statusColumn;
    @FXML
    private TableColumn<HistoryViewModel.Row, String> dateColumn;
    @FXML
    private TableColumn<HistoryViewModel.Row, String> reprintsColumn;
    @FXML
    private Label detailLabel;
    @FXML
    private TableView<HistoryViewModel.StepLine> stepsTable;
    @FXML
    private TableColumn<HistoryViewModel.StepLine, String> stepWhenColumn;
    @FXML
    private TableColumn<HistoryViewModel.StepLine, String> stepWhatColumn;
    @FXML
    private TableColumn<HistoryViewModel.StepLine, String> stepOfficerColumn;
    @FXML
    private TableColumn<HistoryViewModel.StepLine, String> stepDetailColumn;
    @FXML
    private Label reasonLabel;
    @FXML
    private TextField reasonField;
    @FXML
    private Button voidButton;
    @FXML
    private ComboBox<String> printerBox;
    @FXML
    private Spinner<Integer> copiesSpinner;
    @FXML
    private Button reprintButton;
    @FXML
    private Button saveButton;
    @FXML
    private Label historyMessageLabel;
    @FXML
    private VBox archivePagesBox;

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        reasonLabel.setLabelFor(reasonField);
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchField.setOnAction(event -> viewModel.search());
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());
        kindBox.getItems().add(null);
        kindBox.getItems().addAll(viewModel.kinds());
        StringConverter<CertificateKind> kindText = new StringConverter<>() {
            @Override
            public String toString(CertificateKind kind) {
                return viewModel.kindLabel(kind);
            }

            @Override
            public CertificateKind fromString(String text) {
                return null;
            }
        };
        kindBox.setConverter(kindText);
        kindBox.setButtonCell(kindCell());
        kindBox.setCellFactory(list -> kindCell());
        kindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        statusBox.getItems().setAll(HistoryViewModel.StatusFilter.values());
        statusBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(HistoryViewModel.StatusFilter filter) {
                return filter == null ? "" : viewModel.statusLabel(filter);
            }

            @Override
            public HistoryViewModel.StatusFilter fromString(String text) {
                return null;
            }
        });
        statusBox.valueProperty().bindBidirectional(viewModel.statusProperty());

        resultsTable.setItems(viewModel.rows());
        numberColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().number()));
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().kind()));
        applicantColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().applicant()));
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status()));
        dateColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().date().toString()));
        reprintsColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reprints()));
        resultsTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(resultsTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        resultsTable.setRowFactory(table -> {
            javafx.scene.control.TableRow<HistoryViewModel.Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        viewModel.rows().addListener((ListChangeListener<HistoryViewModel.Row>) change -> {
            HistoryViewModel.Row opened = viewModel.openedProperty().get();
            int keep = opened == null ? -1 : viewModel.rows().stream().map(HistoryViewModel.Row::id).toList()
                    .indexOf(opened.id());
            if (keep >= 0) {
                resultsTable.getSelectionModel().select(keep);
            } else if (!viewModel.rows().isEmpty()) {
                resultsTable.getSelectionModel().selectFirst();
                if (searchField.isFocused()) {
                    Platform.runLater(resultsTable::requestFocus);
                }
            }
        });

        detailLabel.textProperty().bind(viewModel.detailProperty());
        stepsTable.setItems(viewModel.steps());
        stepWhenColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().when()));
        stepWhatColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().what()));
        stepOfficerColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().officer()));
        stepDetailColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().detail()));

        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        voidButton.disableProperty().bind(viewModel.canVoidProperty().not().or(viewModel.busyProperty()));
        reprintButton.disableProperty().bind(viewModel.canReprintProperty().not().or(viewModel.busyProperty()));
        saveButton.disableProperty().bind(viewModel.hasArchivedPdfProperty().not());
        reasonField.disableProperty().bind(viewModel.canVoidProperty().not().and(viewModel.canReprintProperty().not()));
        printerBox.setItems(viewModel.printerNames());
        printerBox.valueProperty().bindBidirectional(viewModel.printerProperty());
        copiesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 9, 1));
        copiesSpinner.getValueFactory().valueProperty().addListener(
                (obs, old, value) -> viewModel.copiesProperty().set(value == null ? 1 : value));
        historyMessageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.pages().addListener((ListChangeListener<DocumentPreview.PageImage>) change ->
                PagePreviews.show(archivePagesBox, viewModel.pages(), 24));
        viewModel.loadPrinters();
        Platform.runLater(searchField::requestFocus);
    }

    private ListCell<CertificateKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CertificateKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty ? null : viewModel.kindLabel(kind));
            }
        };
    }

    @FXML
    private void search() {
        viewModel.search();
    }

    @FXML
    private void openSelected() {
        viewModel.open(resultsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void voidCertificate() {
        viewModel.void_();
    }

    @FXML
    private void reprint() {
        viewModel.reprint();
    }

    @FXML
    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(saveButton.getScene().getWindow());
        if (chosen != null) {
            viewModel.saveArchivedPdf(chosen.toPath());
        }
    }
}
