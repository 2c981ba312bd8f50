package cn.certdesk.ui.overview;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * Binds the work list part of the home screen (its own FXML, beside the station overview).
 * Keyboard: Alt+W focuses the list, arrows choose, Enter opens, F5 refreshes. The list is read
 * again whenever the home screen is shown again.
 */
public final class HomeWorkListView {

    private final HomeWorkListViewModel viewModel;

    @FXML
    private VBox root;
    @FXML
    private Label workListLabel;
    @FXML
    private TableView<HomeWorkListViewModel.Row> workTable;
    @FXML
    private TableColumn<HomeWorkListViewModel.Row, String> dueColumn;
    @FXML
    private TableColumn<HomeWorkListViewModel.Row, String> statusColumn;
    @FXML
    private TableColumn<HomeWorkListViewModel.Row, String> kindColumn;
    @FXML
    private TableColumn<HomeWorkListViewModel.Row, String> applicantColumn;
    @FXML
    private TableColumn<HomeWorkListViewModel.Row, String> numberColumn;
    @FXML
    private Label workMessageLabel;

    public HomeWorkListView(HomeWorkListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        workListLabel.setLabelFor(workTable);
        workTable.setItems(viewModel.rows());
        dueColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().due()));
        statusColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().status()));
        kindColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().kind()));
        applicantColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().applicant()));
        numberColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().number()));
        workTable.setRowFactory(table -> {
            TableRow<HomeWorkListViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(HomeWorkListViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("overdue-row", "rejected-row");
                    if (!empty && item != null && item.overdue()) {
                        getStyleClass().add("overdue-row");
                    } else if (!empty && item != null && item.rejected()) {
                        getStyleClass().add("rejected-row");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openSelected();
                }
            });
            return row;
        });
        workTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, row) -> viewModel.selectedProperty().set(row));
        workTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.F5) {
                viewModel.refresh();
                event.consume();
            }
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<HomeWorkListViewModel.Row>) change -> {
            if (!viewModel.rows().isEmpty() && workTable.getSelectionModel().isEmpty()) {
                workTable.getSelectionModel().selectFirst();
            }
        });
        workMessageLabel.textProperty().bind(viewModel.messageProperty());
        // the main window keeps its screens: read the list again each time the home screen is shown
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                viewModel.refresh();
            }
        });
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void open() {
        viewModel.openSelected();
    }
}
