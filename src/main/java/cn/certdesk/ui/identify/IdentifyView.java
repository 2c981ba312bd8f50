package cn.certdesk.ui.identify;

import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.population.HouseholdView;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.domain.population.ResidentSummary;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Binds the applicant identification screen. Enter in the ID field looks the number up (a card
 * reader types the number and Enter); Enter in the search field searches. Alt+M types a person in by
 * hand, Alt+A opens the agent form, Alt+P sets "in person"; in a form Enter moves to the next field
 * and confirms on the last one, Esc closes it.
 */
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
    private Button manualButton;
    @FXML
    private Button agentButton;
    @FXML
    private Button inPersonButton;
    @FXML
    private Label applicantLabel;
    @FXML
    private Label agentLabel;
    @FXML
    private VBox manualPane;
    @FXML
    private Label manualIdLabel;
    @FXML
    private TextField manualIdField;
    @FXML
    private Label manualIdMessageLabel;
    @FXML
    private Label manualReasonLabel;
    @FXML
    private TextField manualReasonField;
    @FXML
    private Label manualNameLabel;
    @FXML
    private TextField manualNameField;
    @FXML
    private Label manualDerivedLabel;
    @FXML
    private Button manualConfirmButton;
    @FXML
    private Button manualCancelButton;
    @FXML
    private Label manualMessageLabel;
    @FXML
    private VBox agentPane;
    @FXML
    private Label agentIdLabel;
    @FXML
    private TextField agentIdField;
    @FXML
    private Label agentIdMessageLabel;
    @FXML
    private Label agentReasonLabel;
    @FXML
    private TextField agentReasonField;
    @FXML
    private Label agentNameLabel;
    @FXML
    private TextField agentNameField;
    @FXML
    private Label agentRelationLabel;
    @FXML
    private TextField agentRelationField;
    @FXML
    private Label agentPhoneLabel;
    @FXML
    private TextField agentPhoneField;
    @FXML
    private Label agentPhoneMessageLabel;
    @FXML
    private Label agentPoaLabel;
    @FXML
    private TextField agentPoaField;
    @FXML
    private Button agentConfirmButton;
    @FXML
    private Button agentCancelButton;
    @FXML
    private Label agentMessageLabel;
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
        problemStyle(idMessageLabel, viewModel.idProblemProperty());
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
        applicantLabel.textProperty().bind(viewModel.applicantLineProperty());
        agentLabel.textProperty().bind(viewModel.agentLineProperty());
        viewModel.residentProperty().addListener((obs, old, record) -> showDetail());
        viewModel.applicantProperty().addListener((obs, old, applicant) -> {
            showDetail();
            if (applicant != null) {
                Platform.runLater(requestPanel::requestFocus); // on to step 2: what the applicant asks for
            } else if (idField.getText() == null || idField.getText().isEmpty()) {
                Platform.runLater(idField::requestFocus); // the next applicant
            }
        });
        viewModel.agentProperty().addListener((obs, old, agent) -> showDetail());
        viewModel.households().addListener((ListChangeListener<HouseholdView>) change -> showDetail());
        viewModel.relatives().addListener((ListChangeListener<Relative>) change -> showDetail());
        bindManualEntry();
        bindAgentEntry();
        requestHolder.getChildren().setAll(requestPanel);
        Platform.runLater(idField::requestFocus);
    }

    private void bindManualEntry() {
        ManualEntryViewModel manual = viewModel.manualEntry();
        showWhen(manualPane, viewModel.manualEntryOpenProperty());
        manualIdLabel.setLabelFor(manualIdField);
        manualReasonLabel.setLabelFor(manualReasonField);
        manualNameLabel.setLabelFor(manualNameField);
        manualIdField.textProperty().bindBidirectional(manual.idNumber().textProperty());
        manualIdMessageLabel.textProperty().bind(manual.idNumber().messageProperty());
        problemStyle(manualIdMessageLabel, manual.idNumber().problemProperty());
        manualReasonField.textProperty().bindBidirectional(manual.idNumber().reasonProperty());
        showWhen(manualReasonLabel, manual.idNumber().reasonRequiredProperty());
        showWhen(manualReasonField, manual.idNumber().reasonRequiredProperty());
        manualNameField.textProperty().bindBidirectional(manual.nameProperty());
        manualDerivedLabel.textProperty().bind(manual.derivedProperty());
        manualMessageLabel.textProperty().bind(manual.messageProperty());
        manualIdField.setOnAction(event -> (manual.idNumber().reasonRequiredProperty().get() ? manualReasonField
                : manualNameField).requestFocus());
        manualReasonField.setOnAction(event -> manualNameField.requestFocus());
        manualNameField.setOnAction(event -> viewModel.confirmManualEntry());
        manualConfirmButton.setOnAction(event -> viewModel.confirmManualEntry());
        manualCancelButton.setOnAction(event -> closeEntry());
        manualPane.addEventFilter(KeyEvent.KEY_PRESSED, this::escapeCloses);
        manualButton.setOnAction(event -> {
            viewModel.openManualEntry();
            boolean numberValid = manual.idNumber().check().isValid();
            Platform.runLater(() -> (!numberValid ? manualIdField
                    : manual.idNumber().reasonRequiredProperty().get() ? manualReasonField : manualNameField)
                    .requestFocus());
        });
        viewModel.manualEntryOpenProperty().addListener((obs, was, open) -> {
            if (!open) {
                idField.requestFocus();
            }
        });
    }

    private void bindAgentEntry() {
        AgentEntryViewModel agent = viewModel.agentEntry();
        showWhen(agentPane, viewModel.agentEntryOpenProperty());
        agentIdLabel.setLabelFor(agentIdField);
        agentReasonLabel.setLabelFor(agentReasonField);
        agentNameLabel.setLabelFor(agentNameField);
        agentRelationLabel.setLabelFor(agentRelationField);
        agentPhoneLabel.setLabelFor(agentPhoneField);
        agentPoaLabel.setLabelFor(agentPoaField);
        agentIdField.textProperty().bindBidirectional(agent.idNumber().textProperty());
        agentIdMessageLabel.textProperty().bind(agent.idNumber().messageProperty());
        problemStyle(agentIdMessageLabel, agent.idNumber().problemProperty());
        agentReasonField.textProperty().bindBidirectional(agent.idNumber().reasonProperty());
        showWhen(agentReasonLabel, agent.idNumber().reasonRequiredProperty());
        showWhen(agentReasonField, agent.idNumber().reasonRequiredProperty());
        agentNameField.textProperty().bindBidirectional(agent.nameProperty());
        agentRelationField.textProperty().bindBidirectional(agent.relationProperty());
        agentPhoneField.textProperty().bindBidirectional(agent.phoneProperty());
        agentPhoneMessageLabel.textProperty().bind(agent.phoneMessageProperty());
        problemStyle(agentPhoneMessageLabel, agent.phoneProblemProperty());
        agentPoaField.textProperty().bindBidirectional(agent.powerOfAttorneyProperty());
        agentMessageLabel.textProperty().bind(agent.messageProperty());
        // a card reader types the agent's number and Enter: go on to the next field
        agentIdField.setOnAction(event -> (agent.idNumber().reasonRequiredProperty().get() ? agentReasonField
                : agentNameField).requestFocus());
        agentReasonField.setOnAction(event -> agentNameField.requestFocus());
        agentNameField.setOnAction(event -> agentRelationField.requestFocus());
        agentRelationField.setOnAction(event -> agentPhoneField.requestFocus());
        agentPhoneField.setOnAction(event -> agentPoaField.requestFocus());
        agentPoaField.setOnAction(event -> viewModel.confirmAgent());
        agentConfirmButton.setOnAction(event -> viewModel.confirmAgent());
        agentCancelButton.setOnAction(event -> closeEntry());
        agentPane.addEventFilter(KeyEvent.KEY_PRESSED, this::escapeCloses);
        agentButton.setOnAction(event -> {
            viewModel.openAgentEntry();
            Platform.runLater(agentIdField::requestFocus);
        });
        inPersonButton.setOnAction(event -> viewModel.inPerson());
        viewModel.agentEntryOpenProperty().addListener((obs, was, open) -> {
            if (!open) {
                idField.requestFocus();
            }
        });
    }

    private void escapeCloses(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            closeEntry();
        }
    }

    private void closeEntry() {
        viewModel.closeEntry();
        idField.requestFocus();
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static void problemStyle(Label label, ObservableBooleanValue problem) {
        problem.addListener((obs, was, isProblem) -> {
            label.getStyleClass().removeAll("error-message", "info-message");
            label.getStyleClass().add(isProblem ? "error-message" : "info-message");
        });
    }

    private void chooseSelected() {
        ResidentSummary chosen = resultList.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            viewModel.choose(chosen.id());
        }
    }

    private void showDetail() {
        Applicant applicant = viewModel.applicantProperty().getValue();
        StringBuilder text = new StringBuilder();
        if (viewModel.residentProperty().get() != null) {
            text.append(viewModel.detailText(viewModel.residentProperty().get()));
            for (HouseholdView household : viewModel.households()) {
                text.append('\n').append(viewModel.householdText(household)).append('\n');
            }
            if (!viewModel.relatives().isEmpty()) {
                text.append('\n');
                viewModel.relatives().forEach(relative -> text.append(viewModel.relativeLine(relative)).append('\n'));
            }
        } else if (applicant != null) {
            text.append(viewModel.manualDetailText(applicant));
        }
        Agent agent = viewModel.agentProperty().getValue();
        if (agent != null) {
            text.append('\n').append(viewModel.agentDetailText(agent)).append('\n');
        }
        detailArea.setText(text.toString());
    }
}
