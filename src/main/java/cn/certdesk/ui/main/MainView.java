package cn.certdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.effect.GaussianBlur;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu, navigation, the current screen, the status bar and the lock overlay.
 * Screens are created once per session and kept, so switching or locking loses no work.
 */
public final class MainView {

    private final MainViewModel viewModel;
    private final Function<Screen, Parent> screenFactory;
    private final Runnable onExit;
    private final Function<Runnable, Parent> headApproval;
    private final Map<Screen, Parent> screens = new EnumMap<>(Screen.class);
    private Timeline idleTicker;
    private Parent headApprovalOverlay;

    @FXML
    private BorderPane root;
    @FXML
    private Menu viewMenu;
    @FXML
    private ListView<Screen> navigation;
    @FXML
    private StackPane contentPane;
    @FXML
    private BorderPane workArea;
    @FXML
    private VBox lockOverlay;
    @FXML
    private Label lockedByLabel;
    @FXML
    private PasswordField unlockPasswordField;
    @FXML
    private Label lockMessageLabel;
    @FXML
    private StatusBar statusBar;
    @FXML
    private Label demoBanner;
    @FXML
    private StackPane centerStack;
    @FXML
    private Button headApprovalButton;

    public MainView(MainViewModel viewModel, Function<Screen, Parent> screenFactory, Runnable onExit) {
        this(viewModel, screenFactory, onExit, null);
    }

    /**
     * @param headApproval builds the station head's approval overlay for the lock screen, given what
     *                     closes it; {@code null}: no head approval on the lock screen
     */
    public MainView(MainViewModel viewModel, Function<Screen, Parent> screenFactory, Runnable onExit,
            Function<Runnable, Parent> headApproval) {
        this.viewModel = viewModel;
        this.screenFactory = screenFactory;
        this.onExit = onExit;
        this.headApproval = headApproval;
    }

    @FXML
    private void initialize() {
        demoBanner.setVisible(viewModel.synthetic());
        demoBanner.setManaged(viewModel.synthetic());
        navigation.getItems().setAll(viewModel.screens());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Screen item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.roleSafeTitle(item));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.screenProperty().set(selected);
            }
        });
        viewModel.screenProperty().addListener((obs, old, selected) -> show(selected));
        int number = 1;
        for (Screen screen : viewModel.screens()) {
            MenuItem item = new MenuItem(viewModel.roleSafeTitle(screen));
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(number++)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(event -> navigation.getSelectionModel().select(screen));
            item.disableProperty().bind(viewModel.lockedProperty());
            viewMenu.getItems().add(item);
        }
        navigation.getSelectionModel().select(Screen.OVERVIEW);
        show(Screen.OVERVIEW);

        Label station = new Label(viewModel.stationText());
        Label officer = new Label(viewModel.officerText());
        Label role = new Label(viewModel.roleText());
        station.setId("statusStation");
        officer.setId("statusOfficer");
        role.setId("statusRole");
        statusBar.getLeftItems().setAll(station, new Label("｜"), officer, new Label("｜"), role, new Label("｜"));
        statusBar.textProperty().bind(viewModel.storeTextProperty());
        viewModel.refreshStoreStatus();

        lockedByLabel.setText(viewModel.lockedByText());
        unlockPasswordField.textProperty().bindBidirectional(viewModel.unlockPasswordProperty());
        unlockPasswordField.setOnAction(event -> viewModel.unlock());
        lockMessageLabel.textProperty().bind(viewModel.lockMessageProperty());
        lockOverlay.visibleProperty().bind(viewModel.lockedProperty());
        workArea.disableProperty().bind(viewModel.lockedProperty());
        viewModel.lockedProperty().addListener((obs, was, isLocked) -> {
            workArea.setEffect(isLocked ? new GaussianBlur(24) : null);
            if (isLocked) {
                Platform.runLater(unlockPasswordField::requestFocus);
            } else {
                Platform.runLater(() -> navigation.requestFocus());
            }
        });

        headApprovalButton.setVisible(headApproval != null);
        headApprovalButton.setManaged(headApproval != null);
        viewModel.headApprovalOpenProperty().addListener((obs, was, open) -> showHeadApproval(open));
        // Under the head's overlay the lock card takes no keys (its default button would fire on Enter).
        lockOverlay.disableProperty().bind(viewModel.headApprovalOpenProperty());

        root.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                watchActivity(scene);
            }
        });
        idleTicker = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        idleTicker.setCycleCount(Animation.INDEFINITE);
        idleTicker.play();
        Platform.runLater(() -> navigation.requestFocus());
    }

    private void watchActivity(Scene scene) {
        scene.addEventFilter(KeyEvent.ANY, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
    }

    private void activity(Event event) {
        viewModel.activity();
    }

    private void show(Screen screen) {
        Parent content = screens.computeIfAbsent(screen, screenFactory);
        contentPane.getChildren().setAll(content);
    }

    /** The head's approval over the lock screen: a fresh overlay each time, removed when the head leaves. */
    private void showHeadApproval(boolean open) {
        if (open && headApproval != null) {
            headApprovalOverlay = headApproval.apply(viewModel::closeHeadApproval);
            centerStack.getChildren().add(headApprovalOverlay);
            // The officer's work is kept as it is, only not drawn (nor blurred) under the opaque overlay.
            workArea.setVisible(false);
        } else if (!open && headApprovalOverlay != null) {
            centerStack.getChildren().remove(headApprovalOverlay);
            headApprovalOverlay = null;
            workArea.setVisible(true);
            Platform.runLater(unlockPasswordField::requestFocus);
        }
    }

    @FXML
    private void openHeadApproval() {
        viewModel.openHeadApproval();
    }

    /** Stops the idle ticker when the window leaves this session. */
    public void dispose() {
        idleTicker.stop();
    }

    @FXML
    private void lock() {
        viewModel.lockNow();
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void logout() {
        dispose();
        viewModel.logout();
    }

    @FXML
    private void exit() {
        dispose();
        viewModel.exit(onExit);
    }
}
