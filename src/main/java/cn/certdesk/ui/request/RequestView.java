package cn.certdesk.ui.request;

import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.SpecialCase;
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
    // R13, R14: the override of a request the station does not issue
    @FXML
    private javafx.scene.layout.VBox overrideBox;
    @FXML
    private javafx.scene.control.RadioButton transitionChoice;
    @FXML
    private javafx.scene.control.RadioButton specialChoice;
    @FXML
    private javafx.scene.control.ComboBox<SpecialCase> specialCaseBox;
    @FXML
    private Label overrideReasonLabel;
    @FXML
    private TextField overrideReasonField;
    @FXML
    private Button overrideButton;
    @FXML
    private Label overrideMessageLabel;

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
        bindOverride();
    }

    /** R13, R14: the override choice, shown where a refusal is offered. */
    private void bindOverride() {
        overrideBox.visibleProperty().bind(viewModel.canOverrideProperty());
        overrideBox.managedProperty().bind(viewModel.canOverrideProperty());
        javafx.scene.control.ToggleGroup routes = new javafx.scene.control.ToggleGroup();
        transitionChoice.setToggleGroup(routes);
        specialChoice.setToggleGroup(routes);
        transitionChoice.setUserData(Route.TRANSITION_OVERRIDE);
        specialChoice.setUserData(Route.SPECIAL_CASE_OVERRIDE);
        // R13: offered only while the transition period is open, with its last day
        transitionChoice.textProperty().bind(viewModel.transitionTextProperty());
        transitionChoice.visibleProperty().bind(viewModel.transitionOpenProperty());
        transitionChoice.managedProperty().bind(viewModel.transitionOpenProperty());
        routes.selectedToggleProperty().addListener((obs, old, toggle) -> viewModel.overrideRouteProperty()
                .set(toggle == null ? null : (Route) toggle.getUserData()));
        viewModel.overrideRouteProperty().addListener((obs, old, route) -> {
            if (route == null) {
                routes.selectToggle(null);
            } else if (route == Route.TRANSITION_OVERRIDE) {
                routes.selectToggle(transitionChoice);
            } else {
                routes.selectToggle(specialChoice);
            }
        });
        specialCaseBox.setItems(viewModel.specialCases());
        specialCaseBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SpecialCase specialCase) {
                return specialCase == null ? "" : specialCase.label();
            }

            @Override
            public SpecialCase fromString(String text) {
                return null;
            }
        });
        specialCaseBox.valueProperty().bindBidirectional(viewModel.specialCaseProperty());
        specialCaseBox.disableProperty().bind(specialChoice.selectedProperty().not());
        // R14: choosing the special-case path takes the officer on to the list of cases (arrows choose)
        specialChoice.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                javafx.application.Platform.runLater(specialCaseBox::requestFocus);
            }
        });
        overrideReasonLabel.setLabelFor(overrideReasonField);
        overrideReasonField.textProperty().bindBidirectional(viewModel.overrideReasonProperty());
        overrideReasonField.setOnAction(event -> viewModel.startOverride());
        overrideButton.disableProperty().bind(viewModel.overrideRouteProperty().isNull());
        overrideMessageLabel.textProperty().bind(viewModel.overrideMessageProperty());
        overrideMessageLabel.managedProperty().bind(viewModel.overrideMessageProperty().isNotEmpty());
        viewModel.canOverrideProperty().addListener((obs, was, now) -> viewModel.refreshTransition());
    }

    @FXML
    private void startOverride() {
        viewModel.startOverride();
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
