package cn.certdesk.app;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.catalogue.CatalogueException;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.store.Backups;
import cn.certdesk.store.StoreDamagedException;
import cn.certdesk.ui.common.FxTaskRunner;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.UiFont;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.damaged.DamagedStoreView;
import cn.certdesk.ui.damaged.DamagedStoreViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: {@link #init()} opens the store off the FX thread (and on the demo
 * station's first start generates it), {@link #start} shows the desk window, or the
 * damaged-store screen, or a message when the reference data is invalid.
 */
public final class CertDeskApp extends Application {

    private CertDeskCommand options;
    private Messages messages;
    private Path dataDirectory;
    private AppContext context;
    private StoreDamagedException damaged;
    private RuntimeException startFailure;
    private Logger log;

    @Override
    public void init() {
        options = CertDeskCommand.parse(getParameters().getRaw());
        dataDirectory = options.resolvedDataDirectory();
        LogSetup.configure(dataDirectory);
        log = LoggerFactory.getLogger(CertDeskApp.class);
        messages = Messages.forLanguage(options.language());
        log.info("CertDesk starting; data directory {}, demo {}", dataDirectory, options.demo());
        openContext();
    }

    private void openContext() {
        damaged = null;
        startFailure = null;
        try {
            context = AppContext.open(dataDirectory, Clock.systemDefaultZone(), messages, new PasswordHasher());
            if (options.demo()) {
                context.onStoreThread(() -> new DemoStation(context.database(), context.accounts(), context.clock())
                        .ensure(options.demoResidents(), residents -> { }));
            }
        } catch (StoreDamagedException e) {
            damaged = e;
        } catch (CertDeskException | CatalogueException e) {
            log.error("Start failed: {}", e.getMessage());
            startFailure = e;
        } catch (RuntimeException e) {
            // A bad reference file (calendar, address codes) or an unreadable data folder.
            log.error("Start failed", e);
            startFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        UiFont.load();
        if (damaged != null) {
            showDamaged(stage);
        } else if (startFailure != null) {
            showStartFailure();
        } else {
            new DeskWindow(stage, context, Platform::exit, true).showStart();
            // Benchmarks only (docs/benchmarks.md): inactive unless -Dcertdesk.startupProbe=FILE.
            StartupProbe.fromSystemProperties().ifPresent(probe -> probe.afterFirstFrame(Platform::exit));
        }
    }

    private void showDamaged(Stage stage) {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Backups backups = new Backups(damaged.damagedFile(), Clock.systemDefaultZone());
        DamagedStoreViewModel viewModel = new DamagedStoreViewModel(messages, new FxTaskRunner(worker),
                damaged.damagedFile().toAbsolutePath().toString(),
                damaged.latestBackup().map(p -> p.getFileName().toString()),
                () -> {
                    String keptAt = backups.restore(damaged.latestBackup().orElseThrow()).toString();
                    openContext();
                    return keptAt;
                },
                keptAt -> {
                    worker.shutdown();
                    Alert restored = new Alert(Alert.AlertType.INFORMATION, messages.get("damaged.restored", keptAt),
                            ButtonType.OK);
                    restored.setHeaderText(messages.get("damaged.restore"));
                    restored.getDialogPane().getStylesheets().add(UiFont.styleSheet());
                    restored.showAndWait();
                    if (context != null) {
                        new DeskWindow(stage, context, Platform::exit, true).showStart();
                    } else if (damaged != null) {
                        showDamaged(stage);
                    } else {
                        showStartFailure();
                    }
                });
        Scene scene = new Scene(new ViewLoader(messages).load(new DamagedStoreView(viewModel, Platform::exit)),
                DeskWindow.WIDTH, DeskWindow.HEIGHT);
        scene.getStylesheets().add(UiFont.styleSheet());
        stage.titleProperty().unbind(); // a stage that showed a main window before (tests reuse it)
        stage.setTitle(messages.get("damaged.title"));
        stage.setScene(scene);
        stage.show();
    }

    private void showStartFailure() {
        String text = startFailure instanceof CertDeskException known ? messages.of(known) : startFailure.getMessage();
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        alert.setHeaderText(messages.get("error.start.failed"));
        alert.getDialogPane().getStylesheets().add(UiFont.styleSheet());
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
        if (log != null) {
            log.info("CertDesk stopped");
        }
    }
}
