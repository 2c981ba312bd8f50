package cn.certdesk.ui.request;

import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.print.PrintPanelView;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;

/** Binds step 2: what the applicant asks for, the guidance, and the refusal notice. */
public final class RequestView {

    private final RequestViewModel viewModel;
    private final ViewLoader views;

    @FXML
    private Label requestLabel;
    @FXML
    private TextField requestField;
    @FXML
    private ListView<CertificateKind> kindList;
    @FXML
    private TextArea guidanceArea;
    @FXML
    private Button refuseButton;
    @FXML
    private Label requestMessageLabel;
    @FXML
    private StackPane noticeHolder;

    public RequestView(RequestViewModel viewModel, ViewLoader views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        requestLabel.setLabelFor(requestField);
        requestField.textProperty().bindBidirectional(viewModel.queryProperty());
        requestField.setOnAction(event -> {
            if (!viewModel.kinds().isEmpty()) {
                kindList.requestFocus();
                kindList.getSelectionModel().selectFirst();
            } else if (viewModel.canRefuseProperty().get()) {
                refuseButton.requestFocus();
            }
        });
        kindList.setItems(viewModel.kinds());
        kindList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CertificateKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.line(item));
            }
        });
        kindList.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, kind) -> viewModel.selectedProperty().set(kind));
        kindList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && viewModel.canRefuseProperty().get()) {
                refuseButton.requestFocus();
            }
        });
        guidanceArea.textProperty().bind(viewModel.guidanceProperty());
        refuseButton.disableProperty().bind(viewModel.canRefuseProperty().not());
        requestMessageLabel.textProperty().bind(viewModel.messageProperty());
        noticeHolder.getChildren().setAll(views.load(new PrintPanelView(viewModel.printPanel())));
    }

    @FXML
    private void refuse() {
        viewModel.refuseAndPrintNotice();
    }
}
