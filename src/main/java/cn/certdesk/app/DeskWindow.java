package cn.certdesk.app;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.station.Station;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.UiFont;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's one window and its way through the screens: first-run setup → login → main
 * window → (logout) login. Sized for 1366×768 and larger.
 */
public final class DeskWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private static final Logger LOG = LoggerFactory.getLogger(DeskWindow.class);

    private final Stage stage;
    private final AppContext context;
    private final Runnable onExit;
    private final boolean maximized;
    private Scene scene;
    private AppContext.MainWindow main;

    /**
     * @param maximized open maximized, as a desk PC should (tests use a fixed window size)
     */
    public DeskWindow(Stage stage, AppContext context, Runnable onExit, boolean maximized) {
        this.stage = stage;
        this.context = context;
        this.onExit = onExit;
        this.maximized = maximized;
    }

    /** Shows setup when the desk has no accounts, otherwise the login. */
    public void showStart() {
        boolean setupNeeded = context.onStoreThread(() -> context.firstRunSetup().needed());
        if (setupNeeded) {
            boolean stationKnown = context.onStoreThread(() -> context.firstRunSetup().stationKnown());
            stage.titleProperty().unbind();
            stage.setTitle(context.messages().get("setup.title"));
            setRoot(context.setupView(stationKnown, admin -> showLogin()));
        } else {
            showLogin();
        }
        stage.show();
    }

    public void showLogin() {
        disposeMain();
        Station station = context.onStoreThread(() -> context.stations().current()).orElseThrow();
        stage.titleProperty().unbind();
        stage.setTitle(title(context.messages(), station.name(), station.synthetic()));
        setRoot(context.loginView(station, this::showMain));
    }

    /** The window's title before login: the station, and that it is the synthetic demo station. */
    static String title(Messages messages, String stationName, boolean synthetic) {
        return synthetic ? messages.get("window.title.demo", stationName) : messages.get("window.title", stationName);
    }

    /** The main window of the officer who just logged in (also after a login shown before the store was open). */
    void showMain(Officer officer) {
        Station station = context.onStoreThread(() -> context.stations().current()).orElseThrow();
        java.time.Duration idleLockAfter = context.onStoreThread(() -> context.settings().idleLockAfter());
        main = context.mainView(officer, station, idleLockAfter, this::showLogin, this::exit);
        stage.titleProperty().bind(main.viewModel().windowTitleProperty());
        setRoot(main.root());
        LOG.info("Main window shown for officer {}", officer.id());
    }

    private void disposeMain() {
        if (main != null) {
            main.view().dispose();
            main = null;
        }
    }

    private void exit() {
        disposeMain();
        onExit.run();
    }

    private void setRoot(Parent root) {
        if (scene == null) {
            scene = new Scene(root, WIDTH, HEIGHT);
            scene.getStylesheets().add(UiFont.styleSheet());
            stage.setScene(scene);
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
            stage.setMaximized(maximized);
        } else {
            scene.setRoot(root);
        }
    }

}
