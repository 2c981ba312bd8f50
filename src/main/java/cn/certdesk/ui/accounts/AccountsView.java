package cn.certdesk.ui.accounts;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Binds the account management screen. */
public final class AccountsView {

    private final AccountsViewModel viewModel;

    @FXML
    private TableView<Officer> table;
    @FXML
    private TableColumn<Officer, String> policeNumberColumn;
    @FXML
    private TableColumn<Officer, String> nameColumn;
    @FXML
    private TableColumn<Officer, String> rolesColumn;
    @FXML
    private TableColumn<Officer, String> stateColumn;
    @FXML
    private TextField nameField;
    @FXML
    private TextField policeNumberField;
    @FXML
    private HBox rolesBox;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField confirmationField;
    @FXML
    private Label messageLabel;

    public AccountsView(AccountsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.officers());
        column(policeNumberColumn, Officer::policeNumber);
        column(nameColumn, Officer::name);
        column(rolesColumn, viewModel::rolesText);
        column(stateColumn, viewModel::stateText);
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, officer) -> viewModel.selectedProperty().set(officer));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        policeNumberField.textProperty().bindBidirectional(viewModel.policeNumberProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        confirmationField.textProperty().bindBidirectional(viewModel.confirmationProperty());
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(viewModel.roleName(role));
            box.setId("role" + role.name());
            box.selectedProperty().bindBidirectional(viewModel.roleProperty(role));
            rolesBox.getChildren().add(box);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.refresh();
    }

    private static void column(TableColumn<Officer, String> column, Function<Officer, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void create() {
        viewModel.create();
    }

    @FXML
    private void unlock() {
        viewModel.unlockSelected();
    }

    @FXML
    private void toggleActive() {
        viewModel.toggleActiveSelected();
    }

    @FXML
    private void resetPassword() {
        viewModel.resetPasswordOfSelected();
    }
}
