package cn.certdesk.ui.approval;

import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.ui.common.PagePreviews;
import cn.certdesk.ui.stub.SignaturePad;
import java.util.Comparator;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Binds the approval screen: filters and the sortable queue on the left, the selected
 * application with its signature and certificate preview on the right, and the decision (reject
 * reason, the head's password, 批准 Alt+A, 退回 Alt+R). Keyboard: Alt+F the text filter, Alt+K the
 * kind filter, Enter in the filter moves to the queue, Enter in the queue to the password.
 */
public final class ApprovalView {

    private final ApprovalViewModel viewModel;

    @FXML
    private Label headLabel;
    @FXML
    private Label filterLabel;
    @FXML
    private TextField filterField;
    @FXML
    private Label kindLabel;
    @FXML
    private ComboBox<String> kindBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<ApprovalQueueItem> queueTable;
    @FXML
    private TableColumn<ApprovalQueueItem, ApprovalQueueItem> dueColumn;
    @FXML
    private TableColumn<ApprovalQueueItem, String> kindColumn;
    @FXML
    private TableColumn<ApprovalQueueItem, String> applicantColumn;
    @FXML
    private TableColumn<ApprovalQueueItem, String> officerColumn;
    @FXML
    private TableColumn<ApprovalQueueItem, String> submittedColumn;
    @FXML
    private Label headingLabel;
    @FXML
    private GridPane detailGrid;
    @FXML
    private GridPane formGrid;
    @FXML
    private GridPane verificationGrid;
    @FXML
    private Label stubLabel;
    @FXML
    private VBox stubBox;
    @FXML
    private Label previewMessageLabel;
    @FXML
    private VBox previewBox;
    @FXML
    private Label reasonLabel;
    @FXML
    private TextField reasonArea;
    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button approveButton;
    @FXML
    private Button rejectButton;
    @FXML
    private Label messageLabel;

    private final SignaturePad signaturePad = new SignaturePad();

    public ApprovalView(ApprovalViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        headLabel.setText(viewModel.headText());
        filterLabel.setLabelFor(filterField);
        kindLabel.setLabelFor(kindBox);
        reasonLabel.setLabelFor(reasonArea);
        passwordLabel.setLabelFor(passwordField);

        filterField.textProperty().bindBidirectional(viewModel.textFilterProperty());
        kindBox.setItems(viewModel.kindChoices());
        kindBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(viewModel.kindName(empty ? null : item)); // null: 全部种类
            }
        });
        kindBox.setCellFactory(list -> kindCell());
        kindBox.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        SortedList<ApprovalQueueItem> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(queueTable.comparatorProperty());
        queueTable.setItems(sorted);
        // Sorting by the due column puts overdue first, then the earliest due date (R09).
        dueColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        dueColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ApprovalQueueItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.dueText(item));
            }
        });
        dueColumn.setComparator(Comparator.comparing((ApprovalQueueItem item) -> !item.overdue())
                .thenComparing(ApprovalQueueItem::dueDate).thenComparing(ApprovalQueueItem::submittedAt));
        column(kindColumn, item -> viewModel.kindName(item.kindCode()));
        column(applicantColumn, viewModel::applicantText);
        column(officerColumn, viewModel::officerText);
        column(submittedColumn, viewModel::submittedText);
        queueTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ApprovalQueueItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue-row");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue-row");
                }
            }
        });
        queueTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, item) -> viewModel.selectedProperty().set(item));
        viewModel.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                queueTable.getSelectionModel().clearSelection();
            } else if (queueTable.getSelectionModel().getSelectedItem() != item) {
                queueTable.getSelectionModel().select(item);
            }
        });
        filterField.setOnAction(event -> {
            queueTable.requestFocus();
            if (queueTable.getSelectionModel().isEmpty()) {
                queueTable.getSelectionModel().selectFirst();
            }
        });
        queueTable.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && !queueTable.getSelectionModel().isEmpty()) {
                passwordField.requestFocus();
                event.consume();
            }
        });

        headingLabel.textProperty().bind(viewModel.headingProperty());
        bindLines(detailGrid, viewModel.details());
        bindLines(formGrid, viewModel.formLines());
        bindLines(verificationGrid, viewModel.verificationLines());
        stubLabel.textProperty().bind(viewModel.stubTextProperty());
        signaturePad.setMouseTransparent(true);
        signaturePad.setFocusTraversable(false);
        signaturePad.setId("stubSignature");
        signaturePad.strokesProperty().bind(viewModel.signatureProperty());
        signaturePad.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.signatureProperty().get().isEmpty(), viewModel.signatureProperty()));
        signaturePad.managedProperty().bind(signaturePad.visibleProperty());
        stubBox.getChildren().add(signaturePad);
        VBox stubPagesBox = new VBox(8);
        stubBox.getChildren().add(stubPagesBox);
        viewModel.stubPages().addListener((ListChangeListener<DocumentPreview.PageImage>) change ->
                PagePreviews.show(stubPagesBox, viewModel.stubPages(), 8));
        previewMessageLabel.textProperty().bind(viewModel.previewMessageProperty());
        viewModel.previewPages().addListener((ListChangeListener<DocumentPreview.PageImage>) change ->
                PagePreviews.show(previewBox, viewModel.previewPages(), 8));

        reasonArea.textProperty().bindBidirectional(viewModel.rejectReasonProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        approveButton.disableProperty().bind(viewModel.decidableProperty().not().or(viewModel.busyProperty()));
        rejectButton.disableProperty().bind(viewModel.decidableProperty().not().or(viewModel.busyProperty()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.errorProperty().addListener((obs, was, isError) -> messageStyle(isError));
        messageStyle(viewModel.errorProperty().get());
        // After a decision: a problem puts the cursor back in the password field, a recorded one on the queue.
        viewModel.busyProperty().addListener((obs, was, isBusy) -> {
            if (!isBusy) {
                Platform.runLater(viewModel.errorProperty().get() ? passwordField::requestFocus
                        : queueTable::requestFocus);
            }
        });
        viewModel.refresh();
        Platform.runLater(queueTable::requestFocus);
        queueTable.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
    }

    private void messageStyle(boolean isError) {
        messageLabel.getStyleClass().removeAll("error-message", "info-message");
        messageLabel.getStyleClass().add(isError ? "error-message" : "info-message");
    }

    private ListCell<String> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : viewModel.kindName(item));
            }
        };
    }

    private static void column(TableColumn<ApprovalQueueItem, String> column,
            Function<ApprovalQueueItem, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static void bindLines(GridPane grid, ObservableList<ApprovalViewModel.Line> lines) {
        lines.addListener((ListChangeListener<ApprovalViewModel.Line>) change -> {
            grid.getChildren().clear();
            int row = 0;
            for (ApprovalViewModel.Line line : lines) {
                Label label = new Label(line.label());
                label.getStyleClass().add("detail-label");
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label value = new Label(line.value());
                value.setWrapText(true);
                grid.addRow(row++, label, value);
            }
        });
    }

    @FXML
    private void approve() {
        viewModel.approve();
    }

    @FXML
    private void reject() {
        viewModel.reject();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
