package cn.certdesk.ui.overview;

import javafx.fxml.FXML;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Binds the home screen. */
public final class OverviewView {

    private final OverviewViewModel viewModel;

    @FXML
    private Label stationNameLabel;
    @FXML
    private Label stationCodesLabel;
    @FXML
    private Label dataKindLabel;
    @FXML
    private Label officerLabel;
    @FXML
    private VBox permissionsBox;
    @FXML
    private Label storeLocationLabel;
    @FXML
    private Label storeSchemaLabel;
    @FXML
    private Label populationLabel;
    @FXML
    private Label integrityLabel;
    @FXML
    private VBox rejectedBox;
    @FXML
    private ListView<String> rejectedList;

    public OverviewView(OverviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        stationNameLabel.setText(viewModel.stationName());
        stationCodesLabel.setText(viewModel.stationCodes());
        dataKindLabel.setText(viewModel.dataKind());
        officerLabel.setText(viewModel.officerLine());
        for (String line : viewModel.permissionLines()) {
            Label label = new Label("• " + line);
            label.setWrapText(true);
            permissionsBox.getChildren().add(label);
        }
        storeLocationLabel.textProperty().bind(viewModel.storeLocationProperty());
        storeSchemaLabel.textProperty().bind(viewModel.storeSchemaProperty());
        populationLabel.textProperty().bind(viewModel.populationProperty());
        integrityLabel.textProperty().bind(viewModel.integrityProperty());
        rejectedList.setItems(viewModel.rejectedApplications());
        rejectedBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.rejectedApplications()));
        rejectedBox.managedProperty().bind(rejectedBox.visibleProperty());
        viewModel.refresh();
        // Back on the home screen (e.g. after the head decided): read the lists again.
        rejectedList.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                viewModel.refresh();
            }
        });
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
