package cn.certdesk.ui.audit;

import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditOfficer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Binds the audit viewer. Keyboard: Tab through the filters (dates typed as 2026-11-23, Alt
 * plus the underlined letter jumps to a filter), Enter searches, the table scrolls with the arrows.
 */
public final class AuditView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final AuditViewModel viewModel;

    @FXML
    private Label fromLabel;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private Label toLabel;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Label officerLabel;
    @FXML
    private ComboBox<AuditOfficer> officerBox;
    @FXML
    private Label actionLabel;
    @FXML
    private ComboBox<AuditAction> actionBox;
    @FXML
    private Label objectLabel;
    @FXML
    private TextField objectField;
    @FXML
    private Label chainLabel;
    @FXML
    private TableView<AuditViewModel.Row> table;
    @FXML
    private TableColumn<AuditViewModel.Row, String> sequenceColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> timeColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> officerColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> actionColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> objectColumn;
    @FXML
    private TableColumn<AuditViewModel.Row, String> detailColumn;
    @FXML
    private Label messageLabel;

    public AuditView(AuditViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        officerLabel.setLabelFor(officerBox);
        actionLabel.setLabelFor(actionBox);
        objectLabel.setLabelFor(objectField);
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker}) {
            picker.setConverter(new IsoDates());
            picker.setPromptText("2026-11-23");
        }
        fromPicker.valueProperty().bindBidirectional(viewModel.fromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.toProperty());

        officerBox.getItems().add(null);
        viewModel.officers().addListener((javafx.collections.ListChangeListener<AuditOfficer>) change -> {
            AuditOfficer chosen = officerBox.getValue();
            officerBox.getItems().setAll(viewModel.officers());
            officerBox.getItems().add(0, null);
            officerBox.setValue(chosen);
        });
        officerBox.setCellFactory(list -> cell(this::officerText));
        officerBox.setButtonCell(cell(this::officerText));
        officerBox.valueProperty().bindBidirectional(viewModel.officerProperty());

        actionBox.getItems().add(null);
        actionBox.getItems().addAll(viewModel.actions());
        actionBox.setCellFactory(list -> cell(this::actionText));
        actionBox.setButtonCell(cell(this::actionText));
        actionBox.valueProperty().bindBidirectional(viewModel.actionProperty());

        objectField.textProperty().bindBidirectional(viewModel.objectTextProperty());
        objectField.setOnAction(event -> search());

        table.setItems(viewModel.rows());
        column(sequenceColumn, row -> Long.toString(row.sequence()));
        column(timeColumn, AuditViewModel.Row::time);
        column(officerColumn, AuditViewModel.Row::officer);
        column(actionColumn, AuditViewModel.Row::action);
        column(objectColumn, AuditViewModel.Row::object);
        column(detailColumn, AuditViewModel.Row::detail);

        chainLabel.textProperty().bind(viewModel.chainTextProperty());
        viewModel.chainIntactProperty().addListener((obs, was, intact) -> {
            chainLabel.getStyleClass().removeAll("info-message", "error-message");
            chainLabel.getStyleClass().add(intact ? "info-message" : "error-message");
        });
        chainLabel.getStyleClass().add("error-message");
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
        Platform.runLater(fromPicker::requestFocus);
    }

    private String officerText(AuditOfficer officer) {
        return officer == null ? viewModel.allOfficersText() : viewModel.officerName(officer);
    }

    private String actionText(AuditAction action) {
        return action == null ? viewModel.allActionsText() : viewModel.actionName(action);
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    private static void column(TableColumn<AuditViewModel.Row, String> column,
            Function<AuditViewModel.Row, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void search() {
        if (commitTypedDates()) {
            viewModel.search();
        } else {
            viewModel.reportBadDate();
        }
    }

    @FXML
    private void checkChain() {
        viewModel.checkChain();
    }

    /**
     * A date typed but not yet committed (no Enter in the picker) counts too; a date that does not
     * parse stays as typed and nothing is searched.
     */
    private boolean commitTypedDates() {
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker}) {
            String typed = picker.getEditor().getText();
            try {
                LocalDate date = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip(), DATE);
                if (!java.util.Objects.equals(date, picker.getValue())) {
                    picker.setValue(date);
                }
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }

    /** Dates as 2026-11-23, whatever the locale. */
    private static final class IsoDates extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : DATE.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip(), DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
