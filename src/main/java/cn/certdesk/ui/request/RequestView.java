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
    private Button issueButton;
    @FXML
    private javafx.scene.layout.VBox requestRoot;
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
            } else if (event.getCode() == KeyCode.ENTER && viewModel.canIssueProperty().get()) {
                viewModel.issueSelected(); // step 3: the issuing form
            }
        });
        guidanceArea.textProperty().bind(viewModel.guidanceProperty());
        refuseButton.disableProperty().bind(viewModel.canRefuseProperty().not());
        issueButton.disableProperty().bind(viewModel.canIssueProperty().not());
        kindList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.issueSelected();
            }
        });
        // the identify step hands the focus on: it lands in the request field
        requestRoot.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                requestField.requestFocus();
            }
        });
        requestMessageLabel.textProperty().bind(viewModel.messageProperty());
        noticeHolder.getChildren().setAll(views.load(new PrintPanelView(viewModel.printPanel())));
    }

    @FXML
    private void issue() {
        viewModel.issueSelected();
    }

    @FXML
    private void refuse() {
        viewModel.refuseAndPrintNotice();
    }
}
