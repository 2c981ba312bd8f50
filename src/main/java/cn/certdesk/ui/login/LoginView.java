package cn.certdesk.ui.login;

import cn.certdesk.ui.common.Messages;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The login screen bound to its view model; Enter logs in from either field, Alt+N and Alt+P go to
 * the fields.
 *
 * <p>Unlike the other screens it is built in code rather than from FXML: it is the first screen of
 * every start, and loading it through {@code FXMLLoader} in a fresh JVM cost about 0.15 s more than
 * building the same nodes (docs/benchmarks.md, start-up; ADR 0021). Node ids and style classes are
 * those the FXML had.
 */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final String stationLine;
    private final boolean synthetic;
    private final Messages messages;

    public LoginView(LoginViewModel viewModel, String stationLine, boolean synthetic, Messages messages) {
        this.viewModel = viewModel;
        this.stationLine = stationLine;
        this.synthetic = synthetic;
        this.messages = messages;
    }

    /** Builds the screen; call once, on the FX thread. */
    public Parent root() {
        Label title = label(messages.get("app.title"), "app-title");
        Label stationLabel = label(stationLine, "station-line");
        stationLabel.setId("stationLabel");
        stationLabel.setWrapText(true);
        Label demoLabel = label(messages.get("demo.banner"), "demo-banner");
        demoLabel.setId("demoLabel");
        demoLabel.setWrapText(true);
        demoLabel.setVisible(synthetic);
        demoLabel.setManaged(synthetic);

        TextField policeNumberField = new TextField();
        policeNumberField.setId("policeNumberField");
        policeNumberField.setPromptText(messages.get("login.police.number.prompt"));
        policeNumberField.setPrefColumnCount(16);
        PasswordField passwordField = new PasswordField();
        passwordField.setId("passwordField");
        Label policeNumberLabel = fieldLabel(messages.get("login.police.number"), policeNumberField);
        policeNumberLabel.setId("policeNumberLabel");
        Label passwordLabel = fieldLabel(messages.get("login.password"), passwordField);
        passwordLabel.setId("passwordLabel");
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(10);
        fields.addRow(0, policeNumberLabel, policeNumberField);
        fields.addRow(1, passwordLabel, passwordField);

        Button logInButton = new Button(messages.get("login.submit"));
        logInButton.setId("logInButton");
        logInButton.setDefaultButton(true);
        logInButton.setMaxWidth(Double.MAX_VALUE);
        logInButton.setOnAction(event -> viewModel.logIn());
        Label messageLabel = label("", "error-message");
        messageLabel.setId("messageLabel");
        messageLabel.setWrapText(true);

        VBox card = new VBox(14, title, stationLabel, demoLabel, fields, logInButton, messageLabel);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        card.setMaxWidth(440);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane screen = new StackPane(card);
        screen.getStyleClass().add("login-screen");

        policeNumberField.textProperty().bindBidirectional(viewModel.policeNumberProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        logInButton.disableProperty().bind(viewModel.canLogInProperty().not());
        policeNumberField.setOnAction(event -> passwordField.requestFocus());
        passwordField.setOnAction(event -> viewModel.logIn());
        Platform.runLater(policeNumberField::requestFocus);
        return screen;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label fieldLabel(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
