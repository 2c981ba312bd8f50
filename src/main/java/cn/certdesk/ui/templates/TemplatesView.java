package cn.certdesk.ui.templates;

import cn.certdesk.domain.printing.TemplateSamples;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.print.PrintPanelView;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;

/** Binds the template preview screen: the list on the left, preview and test print on the right. */
public final class TemplatesView {

    private final TemplatesViewModel viewModel;
    private final ViewLoader views;

    @FXML
    private ListView<TemplateSamples.TemplateSummary> templateList;
    @FXML
    private StackPane printPanelHolder;
    @FXML
    private Label messageLabel;

    public TemplatesView(TemplatesViewModel viewModel, ViewLoader views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        templateList.setItems(viewModel.templates());
        templateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateSamples.TemplateSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.describe(item));
            }
        });
        templateList.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, template) -> viewModel.selectedProperty().set(template));
        printPanelHolder.getChildren().setAll(views.load(new PrintPanelView(viewModel.printPanel())));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.load();
        Platform.runLater(templateList::requestFocus);
    }
}
