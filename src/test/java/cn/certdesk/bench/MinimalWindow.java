package cn.certdesk.bench;

import cn.certdesk.app.DeskWindow;
import cn.certdesk.app.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up and memory baseline of {@code src/bench/run-benchmarks.sh}: a JavaFX window with one
 * label, the same size as the desk window, that writes the same {@link StartupProbe} as CertDesk.
 * Started by a copy of the real launcher (same java, flags and class path plus test classes), so
 * the difference to CertDesk is CertDesk's own work. Not a test; not run by the test suite.
 *
 * <p>Like CertDesk ({@code Main} → {@code CertDeskApp}) the main class is not the
 * {@link Application}: on the class path the java launcher refuses to start an {@code Application}
 * main class ("JavaFX runtime components are missing").
 */
public final class MinimalWindow {

    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    /** The window: one label. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("Minimal window");
            stage.setScene(new Scene(new StackPane(new Label("Minimal window")), DeskWindow.WIDTH, DeskWindow.HEIGHT));
            stage.show();
            StartupProbe.fromSystemProperties().ifPresent(probe -> probe.afterFirstFrame(Platform::exit));
        }
    }
}
