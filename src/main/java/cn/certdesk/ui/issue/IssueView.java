package cn.certdesk.ui.issue;

import cn.certdesk.domain.catalogue.FieldType;
import cn.certdesk.domain.population.Relative;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.print.PrintPanelView;
import cn.certdesk.ui.stub.StubView;
import cn.certdesk.ui.verification.VerificationSection;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the issuing form: shows the request panel (step 2) until a kind is chosen, then the form
 * generated from the kind's fields, the verification, the stub and the print panel. Keyboard:
 * Tab through the fields, Ctrl+P issues (and prints when no approval is needed), Escape goes back
 * before anything is recorded, Ctrl+N takes the next applicant. An application resumed from the
 * work list shows read-only; the focus goes to its next step: the print button (Ctrl+P prints),
 * the "printed" answer (Space), or the void reason (Alt+Z, Enter voids).
 */
public final class IssueView {

    private static final KeyCombination ISSUE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final IssueViewModel viewModel;
    private final Parent requestPanel;
    private final ViewLoader views;

    @FXML
    private StackPane root;
    @FXML
    private StackPane requestHolder;
    @FXML
    private ScrollPane formScroll;
    @FXML
    private Label headingLabel;
    @FXML
    private Label requirementsLabel;
    @FXML
    private HBox relativeBox;
    @FXML
    private Label relativeLabel;
    @FXML
    private ComboBox<Relative> relativeBox2;
    @FXML
    private GridPane fieldGrid;
    @FXML
    private VBox verificationBox;
    @FXML
    private Label incidentLabel;
    @FXML
    private TextField incidentField;
    @FXML
    private Label verifiedOnLabel;
    @FXML
    private TextField verifiedOnField;
    @FXML
    private Label findingsLabel;
    @FXML
    private TextArea findingsArea;
    @FXML
    private Label verificationMessageLabel;
    @FXML
    private StackPane sectionHolder;
    @FXML
    private StackPane stubHolder;
    @FXML
    private Button submitButton;
    @FXML
    private Button cancelButton;
    @FXML
    private Button nextButton;
    @FXML
    private Label issueMessageLabel;
    @FXML
    private Label issueStatusLabel;
    @FXML
    private StackPane printHolder;
    @FXML
    private VBox formBox;
    @FXML
    private HBox voidBox;
    @FXML
    private Label voidReasonLabel;
    @FXML
    private TextField voidReasonField;

    private TextField phoneField;

    /**
     * @param requestPanel step 2, shown while no form is open
     */
    public IssueView(IssueViewModel viewModel, Parent requestPanel, ViewLoader views) {
        this.viewModel = viewModel;
        this.requestPanel = requestPanel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        requestHolder.getChildren().setAll(requestPanel);
        Parent stubView = views.load(new StubView(viewModel.stub()));
        stubHolder.getChildren().setAll(stubView);
        phoneField = (TextField) stubView.lookup("#phoneField");
        printHolder.getChildren().setAll(views.load(new PrintPanelView(viewModel.printPanel())));

        relativeLabel.setLabelFor(relativeBox2);
        incidentLabel.setLabelFor(incidentField);
        verifiedOnLabel.setLabelFor(verifiedOnField);
        findingsLabel.setLabelFor(findingsArea);
        tabLeaves(findingsArea);
        relativeBox2.setItems(viewModel.relatives());
        relativeBox2.setCellFactory(list -> relativeCell());
        relativeBox2.setButtonCell(relativeCell());
        relativeBox2.valueProperty().bindBidirectional(viewModel.relativeProperty());
        relativeBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.relatives()));
        relativeBox.managedProperty().bind(relativeBox.visibleProperty());

        incidentField.textProperty().bindBidirectional(viewModel.incidentNumberProperty());
        verifiedOnField.textProperty().bindBidirectional(viewModel.verifiedOnProperty());
        findingsArea.textProperty().bindBidirectional(viewModel.findingsProperty());
        verificationMessageLabel.textProperty().bind(viewModel.verificationMessageProperty());
        verificationBox.visibleProperty().bind(viewModel.verificationRecordShownProperty());
        verificationBox.managedProperty().bind(verificationBox.visibleProperty());
        stubHolder.visibleProperty().bind(viewModel.stubRequiredProperty());
        stubHolder.managedProperty().bind(stubHolder.visibleProperty());

        headingLabel.textProperty().bind(viewModel.headingProperty());
        requirementsLabel.textProperty().bind(viewModel.requirementsProperty());
        issueMessageLabel.textProperty().bind(viewModel.messageProperty());
        issueStatusLabel.textProperty().bind(viewModel.statusProperty());
        submitButton.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.approvalRequiredProperty())
                .then(views.messages().get("issue.submit.approval")).otherwise(views.messages().get("issue.submit")));
        submitButton.disableProperty().bind(viewModel.stageProperty().isNotEqualTo(IssueViewModel.Stage.EDITING));
        cancelButton.disableProperty().bind(viewModel.stageProperty().isNotEqualTo(IssueViewModel.Stage.EDITING));
        nextButton.disableProperty().bind(viewModel.stageProperty().isEqualTo(IssueViewModel.Stage.SUBMITTING));
        // R07, R12: nothing prints before approval; the print panel shows only a printable certificate
        printHolder.visibleProperty().bind(viewModel.stageProperty().isEqualTo(IssueViewModel.Stage.PRINTING)
                .or(viewModel.stageProperty().isEqualTo(IssueViewModel.Stage.ISSUED)));
        printHolder.managedProperty().bind(printHolder.visibleProperty());
        // a rejected application opened from the work list: the officer voids it with a reason (R15)
        voidReasonLabel.setLabelFor(voidReasonField);
        voidReasonField.textProperty().bindBidirectional(viewModel.voidReasonProperty());
        voidReasonField.setOnAction(event -> voidRejected());
        voidBox.visibleProperty().bind(viewModel.stageProperty().isEqualTo(IssueViewModel.Stage.REJECTED));
        voidBox.managedProperty().bind(voidBox.visibleProperty());

        // "not printed": the print button takes the focus again, one key prints once more
        viewModel.printPanel().awaitingConfirmationProperty().addListener((obs, was, awaiting) -> {
            if (was && !awaiting && viewModel.stageProperty().get() == IssueViewModel.Stage.PRINTING) {
                Platform.runLater(() -> {
                    Node print = printHolder.lookup("#printButton");
                    if (print != null && viewModel.stageProperty().get() == IssueViewModel.Stage.PRINTING) {
                        print.requestFocus();
                    }
                });
            }
        });
        viewModel.fields().addListener((ListChangeListener<IssueViewModel.FieldEntry>) change -> buildFields());
        viewModel.sectionProperty().addListener((obs, old, section) -> showSection(section));
        viewModel.stageProperty().addListener((obs, old, stage) -> stageChanged(old, stage));
        // once the register's values are in, focus skips what they filled (R06)
        viewModel.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                Platform.runLater(this::focusFirst);
            }
        });
        root.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                (formScroll.isVisible() ? formScroll : requestPanel).requestFocus();
                focusFirst();
            }
        });
        // what has the focus scrolls into view; the phone brings the whole stub (the signature pad) with it
        root.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, owner) -> scrollTo(owner));
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ISSUE.match(event) && formScroll.isVisible()) {
                issue();
                event.consume();
            } else if (NEXT.match(event) && formScroll.isVisible()) {
                next();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && formScroll.isVisible()
                    && viewModel.stageProperty().get() == IssueViewModel.Stage.EDITING) {
                cancel();
                event.consume();
            }
        });
    }

    private void scrollTo(Node owner) {
        if (owner == null || !formScroll.isVisible() || !isInForm(owner)) {
            return;
        }
        Node shown = owner == phoneField ? stubHolder : owner;
        javafx.geometry.Bounds bounds = formBox.sceneToLocal(shown.localToScene(shown.getBoundsInLocal()));
        double contentHeight = formBox.getBoundsInLocal().getHeight();
        double viewportHeight = formScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight || bounds == null) {
            return;
        }
        double top = formScroll.getVvalue() * (contentHeight - viewportHeight);
        double wanted = top;
        if (bounds.getMaxY() > top + viewportHeight) {
            wanted = Math.min(bounds.getMinY(), bounds.getMaxY() - viewportHeight);
        } else if (bounds.getMinY() < top) {
            wanted = bounds.getMinY();
        }
        formScroll.setVvalue(Math.max(0, Math.min(1, wanted / (contentHeight - viewportHeight))));
    }

    private boolean isInForm(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == formBox) {
                return true;
            }
        }
        return false;
    }

    private ListCell<Relative> relativeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Relative item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : views.messages().get(item.formerHousehold()
                        ? "issue.relative.former" : "issue.relative.current", item.person().name(), item.relation(),
                        item.person().maskedIdNumber()));
            }
        };
    }

    private void buildFields() {
        fieldGrid.getChildren().clear();
        int row = 0;
        for (IssueViewModel.FieldEntry entry : viewModel.fields()) {
            Label label = new Label(entry.label());
            TextInputControl input;
            if (entry.field().type() == FieldType.LONG_TEXT) {
                TextArea area = new TextArea();
                area.setPrefRowCount(2);
                area.setWrapText(true);
                tabLeaves(area);
                input = area;
            } else {
                TextField field = new TextField();
                field.setPromptText(prompt(entry.field().type()));
                input = field;
            }
            input.setId("field-" + entry.field().id());
            // a resumed application shows what was recorded; nothing is changed afterwards (R15)
            input.setEditable(!viewModel.resumedProperty().get());
            input.textProperty().bindBidirectional(entry.valueProperty());
            input.focusedProperty().addListener((obs, was, focused) -> {
                if (was && !focused && !entry.text().isBlank()) {
                    entry.check();
                }
            });
            label.setLabelFor(input);
            Label message = new Label();
            message.getStyleClass().add("error-message");
            message.setWrapText(true);
            message.textProperty().bind(entry.messageProperty());
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.visibleProperty().bind(message.managedProperty());
            fieldGrid.add(label, 0, row);
            fieldGrid.add(input, 1, row);
            GridPane.setHgrow(input, javafx.scene.layout.Priority.ALWAYS);
            fieldGrid.add(message, 1, row + 1);
            row += 2;
        }
    }

    /** Tab leaves a text area like any field (certificate texts need no tab characters). */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
    }

    private String prompt(FieldType type) {
        return switch (type) {
            case DATE -> views.messages().get("issue.date.prompt");
            case DATE_TIME -> views.messages().get("issue.date.time.prompt");
            case GENDER -> views.messages().get("issue.gender.prompt");
            case PHOTO -> views.messages().get("issue.photo.prompt");
            default -> "";
        };
    }

    private void showSection(VerificationSection section) {
        sectionHolder.getChildren().setAll(section == null ? java.util.List.of() : java.util.List.of(section.view()));
    }

    private void stageChanged(IssueViewModel.Stage old, IssueViewModel.Stage stage) {
        boolean formShown = stage != IssueViewModel.Stage.CLOSED;
        formScroll.setVisible(formShown);
        formScroll.setManaged(formShown);
        requestHolder.setVisible(!formShown);
        requestHolder.setManaged(!formShown);
        if (viewModel.resumedProperty().get() && stage != IssueViewModel.Stage.CLOSED) {
            formScroll.setVvalue(0);
            Platform.runLater(this::focusFirst);
        } else if (old == IssueViewModel.Stage.CLOSED && stage == IssueViewModel.Stage.EDITING) {
            formScroll.setVvalue(0);
            Platform.runLater(this::focusFirst);
        } else if (stage == IssueViewModel.Stage.AWAITING_APPROVAL || stage == IssueViewModel.Stage.ISSUED) {
            Platform.runLater(nextButton::requestFocus);
        } else if (stage == IssueViewModel.Stage.CLOSED && old == IssueViewModel.Stage.EDITING) {
            Platform.runLater(requestPanel::requestFocus);
        }
    }

    /** The first field still empty, else the stub's phone, else the issue button. */
    private void focusFirst() {
        if (!formScroll.isVisible()) {
            return;
        }
        if (viewModel.resumedProperty().get()) {
            focusResumedStep();
            return;
        }
        Node target = viewModel.firstEmptyRequired().map(entry -> fieldGrid.lookup("#field-" + entry.field().id()))
                .orElse(null);
        if (target == null) {
            target = viewModel.stubRequiredProperty().get() && phoneField != null ? phoneField : submitButton;
        }
        target.requestFocus();
    }

    /** A resumed application: the focus goes to its next step (print, confirm, the void reason). */
    private void focusResumedStep() {
        Node target = switch (viewModel.stageProperty().get()) {
            case PRINTING -> viewModel.printPanel().awaitingConfirmationProperty().get()
                    ? printHolder.lookup("#confirmPrintedButton") : printHolder.lookup("#printButton");
            case REJECTED -> voidReasonField;
            default -> nextButton;
        };
        if (target != null) {
            target.requestFocus();
        }
    }

    @FXML
    private void voidRejected() {
        viewModel.voidRejected();
    }

    @FXML
    private void issue() {
        viewModel.issue();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void next() {
        viewModel.nextApplicant();
    }
}
