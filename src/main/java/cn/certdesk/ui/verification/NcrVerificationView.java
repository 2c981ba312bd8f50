package cn.certdesk.ui.verification;

import cn.certdesk.domain.verification.CheckResult;
import cn.certdesk.domain.verification.NcrPath;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.print.PrintPanelView;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The no-criminal-record verification section (R10–R12) as the issuing form embeds it. Keyboard:
 * Tab walks the controls and Space ticks or presses the focused one — the path (choosing it puts
 * the cursor in that path's first field), the fields, 打印申请表, each system's pair of radio
 * buttons (未发现记录 / 发现记录), 记录不予出具. The labels also declare Alt mnemonics (U, J, P, R …);
 * the tested keyboard path is Tab and Space ({@code NcrVerificationScreenTest}).
 */
public final class NcrVerificationView implements VerificationSection {

    private final NcrVerificationViewModel viewModel;
    private final ViewLoader views;
    private Parent root;

    @FXML
    private ToggleGroup pathGroup;
    @FXML
    private RadioButton unitRadio;
    @FXML
    private RadioButton residentRadio;
    @FXML
    private VBox inputBox;
    @FXML
    private GridPane unitPane;
    @FXML
    private Label unitNameLabel;
    @FXML
    private TextField unitNameField;
    @FXML
    private Label letterNumberLabel;
    @FXML
    private TextField letterNumberField;
    @FXML
    private Label staffNameLabel;
    @FXML
    private TextField staffNameField;
    @FXML
    private Label staffIdLabel;
    @FXML
    private TextField staffIdField;
    @FXML
    private Label staffIdMessageLabel;
    @FXML
    private Label unitPurposeLabel;
    @FXML
    private TextField unitPurposeField;
    @FXML
    private VBox residentPane;
    @FXML
    private Label ethnicityLabel;
    @FXML
    private TextField ethnicityField;
    @FXML
    private Label registeredAddressLabel;
    @FXML
    private TextField registeredAddressField;
    @FXML
    private Label currentAddressLabel;
    @FXML
    private TextField currentAddressField;
    @FXML
    private Label phoneLabel;
    @FXML
    private TextField phoneField;
    @FXML
    private Label residentPurposeLabel;
    @FXML
    private TextField residentPurposeField;
    @FXML
    private Label recipientLabel;
    @FXML
    private TextField recipientField;
    @FXML
    private Button printFormButton;
    @FXML
    private Label formNumberLabel;
    @FXML
    private GridPane checksGrid;
    @FXML
    private Label statusLabel;
    @FXML
    private Button refuseButton;
    @FXML
    private Label messageLabel;
    @FXML
    private StackPane printHolder;

    public NcrVerificationView(NcrVerificationViewModel viewModel, ViewLoader views) {
        this.viewModel = viewModel;
        this.views = views;
    }

    @FXML
    private void initialize() {
        unitRadio.setUserData(NcrPath.UNIT);
        residentRadio.setUserData(NcrPath.RESIDENT);
        pathGroup.selectedToggleProperty().addListener((obs, before, after) -> {
            if (after != null) {
                viewModel.pathProperty().set((NcrPath) after.getUserData());
            }
        });
        unitPane.visibleProperty().bind(viewModel.pathProperty().isEqualTo(NcrPath.UNIT));
        unitPane.managedProperty().bind(unitPane.visibleProperty());
        residentPane.visibleProperty().bind(viewModel.pathProperty().isEqualTo(NcrPath.RESIDENT));
        residentPane.managedProperty().bind(residentPane.visibleProperty());
        // after the bindings above, so the chosen pane is visible when its field takes the focus
        viewModel.pathProperty().addListener((obs, before, after) -> {
            selectPath(after);
            // keyboard: the first field the officer types in (the register fills the resident's details)
            if (after == NcrPath.UNIT) {
                unitNameField.requestFocus();
            } else if (after == NcrPath.RESIDENT) {
                phoneField.requestFocus();
            }
        });
        selectPath(viewModel.pathProperty().get());

        field(unitNameLabel, unitNameField, viewModel.unitNameProperty());
        field(letterNumberLabel, letterNumberField, viewModel.letterNumberProperty());
        field(staffNameLabel, staffNameField, viewModel.staffNameProperty());
        field(staffIdLabel, staffIdField, viewModel.staffIdNumberProperty());
        staffIdMessageLabel.textProperty().bind(viewModel.staffIdMessageProperty());
        field(unitPurposeLabel, unitPurposeField, viewModel.purposeProperty());
        field(ethnicityLabel, ethnicityField, viewModel.ethnicityProperty());
        field(registeredAddressLabel, registeredAddressField, viewModel.registeredAddressProperty());
        field(currentAddressLabel, currentAddressField, viewModel.currentAddressProperty());
        field(phoneLabel, phoneField, viewModel.phoneProperty());
        field(residentPurposeLabel, residentPurposeField, viewModel.purposeProperty());
        field(recipientLabel, recipientField, viewModel.recipientProperty());
        printFormButton.disableProperty().bind(viewModel.busyProperty());
        formNumberLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.formNumberProperty().get().isEmpty() ? ""
                        : views.messages().get("ncr.form.number", viewModel.formNumberProperty().get()),
                viewModel.formNumberProperty()));

        int row = 0;
        for (NcrVerificationViewModel.SystemCheck check : viewModel.checks()) {
            checksGrid.addRow(row++, checkRow(check));
        }
        inputBox.disableProperty().bind(viewModel.refusedProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        refuseButton.disableProperty().bind(viewModel.canRefuseProperty().not().or(viewModel.busyProperty()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        printHolder.getChildren().setAll(views.load(new PrintPanelView(viewModel.printPanel())));
    }

    private static void field(Label label, TextField field, javafx.beans.property.StringProperty value) {
        label.setLabelFor(field);
        field.textProperty().bindBidirectional(value);
    }

    /** The system's name and its two results, one toggle group per system. */
    private javafx.scene.Node[] checkRow(NcrVerificationViewModel.SystemCheck check) {
        String id = check.system().id();
        Label name = new Label(check.system().name());
        ToggleGroup group = new ToggleGroup();
        RadioButton none = new RadioButton(views.messages().get("ncr.check.none.found"));
        none.setId("check-" + id + "-none");
        none.setUserData(CheckResult.NONE_FOUND);
        RadioButton found = new RadioButton(views.messages().get("ncr.check.record.found"));
        found.setId("check-" + id + "-found");
        found.setUserData(CheckResult.RECORD_FOUND);
        none.setToggleGroup(group);
        found.setToggleGroup(group);
        none.setAccessibleText(check.system().name() + " " + none.getText());
        found.setAccessibleText(check.system().name() + " " + found.getText());
        group.selectedToggleProperty().addListener((obs, before, after) ->
                check.resultProperty().set(after == null ? null : (CheckResult) after.getUserData()));
        check.resultProperty().addListener((obs, before, after) -> {
            Toggle wanted = after == CheckResult.NONE_FOUND ? none : after == CheckResult.RECORD_FOUND ? found : null;
            if (group.getSelectedToggle() != wanted) {
                group.selectToggle(wanted);
            }
        });
        return new javafx.scene.Node[] {name, none, found};
    }

    private void selectPath(NcrPath path) {
        Toggle wanted = path == NcrPath.UNIT ? unitRadio : path == NcrPath.RESIDENT ? residentRadio : null;
        if (pathGroup.getSelectedToggle() != wanted) {
            pathGroup.selectToggle(wanted);
        }
    }

    @FXML
    private void printForm() {
        viewModel.printApplicationForm();
    }

    @FXML
    private void refuse() {
        viewModel.recordRefusal();
    }

    // --- VerificationSection ---------------------------------------------------------------

    @Override
    public Parent view() {
        if (root == null) {
            root = views.load(this);
        }
        return root;
    }

    @Override
    public ObservableBooleanValue completeProperty() {
        return viewModel.completeProperty();
    }

    @Override
    public ObservableBooleanValue refusedProperty() {
        return viewModel.refusedProperty();
    }

    @Override
    public Map<String, String> record() {
        return viewModel.record();
    }

    @Override
    public Map<String, String> formValues() {
        return viewModel.formValues();
    }

    public NcrVerificationViewModel viewModel() {
        return viewModel;
    }
}
