package cn.certdesk.ui.catalogue;

import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Binds the catalogue screen: search, group filter, table, and the selected kind's details. */
public final class CatalogueView {

    private final CatalogueViewModel viewModel;

    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<CertificateGroup> groupBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<CertificateKind> table;
    @FXML
    private TableColumn<CertificateKind, String> nameColumn;
    @FXML
    private TableColumn<CertificateKind, String> groupColumn;
    @FXML
    private TableColumn<CertificateKind, String> handledByColumn;
    @FXML
    private TableColumn<CertificateKind, String> sealColumn;
    @FXML
    private TableColumn<CertificateKind, String> approvalColumn;
    @FXML
    private TableColumn<CertificateKind, String> timeLimitColumn;
    @FXML
    private TextArea detailArea;

    public CatalogueView(CatalogueViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        groupBox.getItems().add(null);
        groupBox.getItems().addAll(CertificateGroup.values());
        groupBox.setButtonCell(groupCell());
        groupBox.setCellFactory(list -> groupCell());
        groupBox.valueProperty().bindBidirectional(viewModel.groupFilterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        table.setItems(viewModel.kinds());
        column(nameColumn, CertificateKind::name);
        column(groupColumn, kind -> viewModel.groupName(kind.group()));
        column(handledByColumn, viewModel::handledBy);
        column(sealColumn, viewModel::seal);
        column(approvalColumn, viewModel::approval);
        column(timeLimitColumn, viewModel::timeLimit);
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, kind) -> viewModel.selectedProperty().set(kind));
        detailArea.textProperty().bind(viewModel.detailProperty());
        searchField.setOnAction(event -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        Platform.runLater(searchField::requestFocus);
    }

    private ListCell<CertificateGroup> groupCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CertificateGroup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? viewModel.allGroupsText() : viewModel.groupName(item));
            }
        };
    }

    private static void column(TableColumn<CertificateKind, String> column, Function<CertificateKind, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
