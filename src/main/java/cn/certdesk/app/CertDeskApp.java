package cn.certdesk.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desk as a JavaFX {@link Application}, for starts through JavaFX's own launcher (the tests'
 * {@code FxToolkit.setupApplication}): {@link #init()} prepares the start off the FX thread
 * ({@link DeskStart#prepare}) after the toolkit has started, {@link #start} shows the first screen.
 * The launcher does not use it: {@link DeskLaunch} opens the store while the toolkit starts.
 */
public final class CertDeskApp extends Application {

    private DeskStart start;

    @Override
    public void init() {
        start = DeskStart.prepare(getParameters().getRaw()).awaitOpen();
    }

    @Override
    public void start(Stage stage) {
        start.show(stage, Platform::exit);
    }

    @Override
    public void stop() {
        if (start != null) {
            start.close();
        }
    }
}
