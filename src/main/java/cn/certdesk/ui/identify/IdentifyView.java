package cn.certdesk.ui.identify;

import cn.certdesk.domain.population.HouseholdView;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentSummary;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Binds the applicant identification screen; Enter looks up the ID number or runs the search. */
public final class IdentifyView {

    private final IdentifyViewModel viewModel;
    private final javafx.scene.Parent requestPanel;

    @FXML
    private Label idLabel;
    @FXML
    private TextField idField;
    @FXML
    private Label idMessageLabel;
    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private Label resultMessageLabel;
    @FXML
    private ListView<ResidentSummary> resultList;
    @FXML
    private TextArea detailArea;
    @FXML
    private javafx.scene.layout.StackPane requestHolder;

    /**
     * @param requestPanel step 2 (what the applicant asks for), shown beside the applicant
     */
    public IdentifyView(IdentifyViewModel viewModel, javafx.scene.Parent requestPanel) {
        this.viewModel = viewModel;
        this.requestPanel = requestPanel;
    }

    @FXML
    private void initialize() {
        idLabel.setLabelFor(idField);
        searchLabel.setLabelFor(searchField);
        idField.textProperty().bindBidirectional(viewModel.idNumberProperty());
        idField.setOnAction(event -> viewModel.lookUpIdNumber());
        idMessageLabel.textProperty().bind(viewModel.idMessageProperty());
        viewModel.idProblemProperty().addListener((obs, was, problem) -> {
            idMessageLabel.getStyleClass().removeAll("error-message", "info-message");
            idMessageLabel.getStyleClass().add(problem ? "error-message" : "info-message");
        });
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        searchField.setOnAction(event -> {
            viewModel.search();
            resultList.requestFocus();
        });
        resultMessageLabel.textProperty().bind(viewModel.resultMessageProperty());
        resultList.setItems(viewModel.results());
        resultList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ResidentSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.summaryLine(item));
            }
        });
        resultList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                chooseSelected();
            }
        });
        resultList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                chooseSelected();
            }
        });
        viewModel.residentProperty().addListener((obs, old, record) -> {
            showDetail();
            if (record != null) {
                Platform.runLater(requestPanel::requestFocus); // on to step 2: what the applicant asks for
            } else if (idField.getText() == null || idField.getText().isEmpty()) {
                Platform.runLater(idField::requestFocus); // the next applicant
            }
        });
        viewModel.households().addListener((ListChangeListener<HouseholdView>) change -> showDetail());
        viewModel.relatives().addListener((ListChangeListener<Relative>) change -> showDetail());
        requestHolder.getChildren().setAll(requestPanel);
        Platform.runLater(idField::requestFocus);
    }

    private void chooseSelected() {
        ResidentSummary chosen = resultList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.choose(chosen.id());
        }
    }

    private void showDetail() {
        if (viewModel.residentProperty().get() == null) {
            detailArea.clear();
            return;
        }
        StringBuilder text = new StringBuilder(viewModel.detailText(viewModel.residentProperty().get()));
        for (HouseholdView household : viewModel.households()) {
            text.append('\n').append(viewModel.householdText(household)).append('\n');
        }
        if (!viewModel.relatives().isEmpty()) {
            text.append('\n');
            viewModel.relatives().forEach(relative -> text.append(viewModel.relativeLine(relative)).append('\n'));
        }
        detailArea.setText(text.toString());
    }
}
