package cn.certdesk.app;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.catalogue.CatalogueException;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.store.Backups;
import cn.certdesk.store.Database;
import cn.certdesk.store.StoreDamagedException;
import cn.certdesk.ui.common.FxTaskRunner;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.UiFont;
import cn.certdesk.ui.common.ViewLoader;
import cn.certdesk.ui.damaged.DamagedStoreView;
import cn.certdesk.ui.damaged.DamagedStoreViewModel;
import cn.certdesk.ui.login.LoginView;
import cn.certdesk.ui.login.LoginViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk window's start in two halves. {@link #prepare} needs no JavaFX toolkit: it reads the
 * options, points the log at the data directory, glances at the store ({@link Database#glance}) and
 * starts opening it on a thread of its own (integrity check, backup, migrations, reference data;
 * on the demo station's first start also generating it). {@link #show} then puts the first screen
 * on the stage on the FX thread: the login, at once when the glance found the station and its
 * accounts (the officer types while the check runs; logging in waits for it, and a failed check
 * replaces the login with the damaged-store screen), otherwise once the store is open: the login
 * or first-run setup, the damaged-store screen, or a message when the reference data is invalid.
 * Nothing is written to the store before its check has passed.
 * {@link DeskLaunch} runs {@link #prepare} while the toolkit starts; {@link CertDeskApp} (the
 * tests' start through JavaFX) waits for the store before it shows anything.
 */
final class DeskStart {

    private final CertDeskCommand options;
    private final Path dataDirectory;
    private final Messages messages;
    private final Logger log;
    private final Optional<Database.Glance> glance;
    // Set by the opening thread; read after `opening` completed (which orders the writes before).
    private AppContext context;
    private StoreDamagedException damaged;
    private RuntimeException startFailure;
    private final CompletableFuture<Void> opening = new CompletableFuture<>();
    private final java.util.concurrent.atomic.AtomicBoolean openingBegun = new java.util.concurrent.atomic.AtomicBoolean();
    private java.util.concurrent.Executor openOn;
    private CompletableFuture<?> font;
    private DeskWindow window;

    private DeskStart(CertDeskCommand options, Path dataDirectory, Messages messages, Logger log,
            Optional<Database.Glance> glance) {
        this.options = options;
        this.dataDirectory = dataDirectory;
        this.messages = messages;
        this.log = log;
        this.glance = glance;
    }

    /**
     * Off the FX thread: parses the window's options and opens the store.
     *
     * @throws picocli.CommandLine.ParameterException when the options are not valid (nothing opened)
     */
    static DeskStart prepare(List<String> arguments) {
        return prepare(arguments, work -> {
            Thread thread = new Thread(work, "certdesk-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** As {@link #prepare(List)}, opening the store on {@code openOn} (tests hold it back). */
    static DeskStart prepare(List<String> arguments, java.util.concurrent.Executor openOn) {
        CertDeskCommand options = CertDeskCommand.parse(arguments);
        Path dataDirectory = options.resolvedDataDirectory();
        LogSetup.configure(dataDirectory);
        Logger log = LoggerFactory.getLogger(DeskStart.class);
        log.info("CertDesk starting; data directory {}, demo {}", dataDirectory, options.demo());
        DeskStart start = new DeskStart(options, dataDirectory, Messages.forLanguage(options.language()), log,
                Database.glance(dataDirectory.resolve(Database.FILE_NAME)));
        start.openOn = openOn;
        if (start.glance.filter(Database.Glance::hasAccounts).isEmpty()) {
            start.beginOpening(); // nothing to show before the store is open: open it now
        }
        return start;
    }

    /**
     * Starts opening the store, once. With a login to show from the glance, {@link #show} starts it
     * when that login has been drawn: on two cores the whole-file check would otherwise slow down
     * the drawing of the very window the officer waits for, while the officer's typing takes
     * longer than the check at 20,000 residents (docs/benchmarks.md, start-up).
     */
    private void beginOpening() {
        if (openingBegun.compareAndSet(false, true)) {
            CompletableFuture.runAsync(this::openContext, openOn).whenComplete((done, failure) -> {
                if (failure == null) {
                    opening.complete(null);
                } else {
                    opening.completeExceptionally(failure);
                }
            });
        }
    }

    /** Waits until the store is open (or found damaged, or failed). */
    DeskStart awaitOpen() {
        beginOpening();
        opening.join();
        return this;
    }

    /**
     * The UI font is being loaded elsewhere: the launcher loads it on its own thread while the FX
     * thread builds the first screen (JavaFX allows that once the toolkit runs); the screen waits
     * for it only before it is shown. Without this, {@link #show} loads it first.
     */
    void fontLoadedBy(CompletableFuture<?> loading) {
        font = loading;
    }

    private void awaitFont() {
        if (font == null) {
            UiFont.load();
            font = CompletableFuture.completedFuture(null);
        }
        font.join();
    }

    private void openContext() {
        damaged = null;
        startFailure = null;
        try {
            context = AppContext.open(dataDirectory, Clock.systemDefaultZone(), messages, new PasswordHasher());
            log.info("Store open {} ms after JVM start", System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
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

    /**
     * On the FX thread: shows the first screen on {@code stage}; {@code exit} ends the application
     * (the officer's 退出, or the start-up probe of the benchmarks).
     */
    void show(Stage stage, Runnable exit) {
        Optional<Database.Glance> loginNow = glance.filter(Database.Glance::hasAccounts);
        if (opening.isDone()) {
            awaitFont();
            showOpened(stage, exit);
            // Benchmarks only (docs/benchmarks.md): inactive unless -Dcertdesk.startupProbe=FILE.
            StartupProbe.fromSystemProperties().ifPresent(probe -> probe.afterFirstFrame(exit));
        } else if (loginNow.isPresent()) {
            showLoginWhileOpening(stage, exit, loginNow.get());
            // Benchmarks only (docs/benchmarks.md): inactive unless -Dcertdesk.startupProbe=FILE.
            StartupProbe.fromSystemProperties().ifPresent(probe -> probe.afterFirstFrame(exit));
            afterFirstFrame(this::beginOpening);
            opening.whenComplete((done, failure) -> Platform.runLater(() -> afterOpeningBehindLogin(stage, exit)));
        } else {
            opening.whenComplete((done, failure) -> Platform.runLater(() -> {
                awaitFont();
                showOpened(stage, exit);
                StartupProbe.fromSystemProperties().ifPresent(probe -> probe.afterFirstFrame(exit));
            }));
        }
    }

    /** Runs {@code work} once the pulse that drew the shown scene has finished (cf. {@link StartupProbe}). */
    private static void afterFirstFrame(Runnable work) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }

    private void showOpened(Stage stage, Runnable exit) {
        if (damaged != null) {
            showDamaged(stage, exit);
        } else if (startFailure != null) {
            showStartFailure(exit);
        } else {
            window(stage, exit).showStart();
        }
    }

    private DeskWindow window(Stage stage, Runnable exit) {
        if (window == null) {
            window = new DeskWindow(stage, context, exit, true);
        }
        return window;
    }

    /**
     * The login on screen while the store is still being checked: what it shows comes from the
     * glance; logging in waits for the check on a thread of its own.
     */
    private void showLoginWhileOpening(Stage stage, Runnable exit, Database.Glance station) {
        ExecutorService loginThread = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "certdesk-login");
            thread.setDaemon(true);
            return thread;
        });
        LoginViewModel.Authenticator waitForStore = new LoginViewModel.Authenticator() {
            @Override
            public AuthenticationResult authenticate(String policeNumber, char[] password) {
                awaitOpen();
                if (context == null) { // found damaged, or failed: its screen replaces this one
                    throw new CertDeskException("store.not.opened");
                }
                return context.onStoreThread(() -> context.accounts().authenticate(policeNumber, password));
            }

            @Override
            public boolean ready() {
                return opening.isDone();
            }
        };
        LoginViewModel viewModel = new LoginViewModel(waitForStore, new FxTaskRunner(loginThread), messages, officer -> {
            loginThread.shutdown();
            window(stage, exit).showMain(officer);
        });
        javafx.scene.Parent login = new LoginView(viewModel, station.stationName(), station.synthetic(), messages).root();
        awaitFont();
        Scene scene = new Scene(login, DeskWindow.WIDTH, DeskWindow.HEIGHT);
        scene.getStylesheets().add(UiFont.styleSheet());
        stage.titleProperty().unbind();
        stage.setTitle(DeskWindow.title(messages, station.stationName(), station.synthetic()));
        stage.setScene(scene);
        stage.setMinWidth(DeskWindow.MIN_WIDTH);
        stage.setMinHeight(DeskWindow.MIN_HEIGHT);
        stage.setMaximized(true);
        stage.show();
    }

    /** The check behind the login has finished: a damaged store or a failure replaces the login. */
    private void afterOpeningBehindLogin(Stage stage, Runnable exit) {
        if (damaged != null || startFailure != null) {
            showOpened(stage, exit);
        } else if (context.onStoreThread(() -> context.firstRunSetup().needed())) {
            window(stage, exit).showStart(); // the accounts the glance saw are gone: setup, as on any start
        } else {
            log.info("Store checked behind the login");
        }
    }

    private void showDamaged(Stage stage, Runnable exit) {
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
                        new DeskWindow(stage, context, exit, true).showStart();
                    } else if (damaged != null) {
                        showDamaged(stage, exit);
                    } else {
                        showStartFailure(exit);
                    }
                });
        Scene scene = new Scene(new ViewLoader(messages).load(new DamagedStoreView(viewModel, exit)),
                DeskWindow.WIDTH, DeskWindow.HEIGHT);
        scene.getStylesheets().add(UiFont.styleSheet());
        stage.titleProperty().unbind(); // a stage that showed a main window before (tests reuse it)
        stage.setTitle(messages.get("damaged.title"));
        stage.setScene(scene);
        stage.show();
    }

    private void showStartFailure(Runnable exit) {
        String text = startFailure instanceof CertDeskException known ? messages.of(known) : startFailure.getMessage();
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        alert.setHeaderText(messages.get("error.start.failed"));
        alert.getDialogPane().getStylesheets().add(UiFont.styleSheet());
        alert.showAndWait();
        exit.run();
    }

    /** Closes the store; the application is ending. */
    void close() {
        if (context != null) {
            context.close();
        }
        log.info("CertDesk stopped");
    }
}
