package cn.certdesk.app;

import cn.certdesk.ui.common.UiFont;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Opens the desk window with its start spread over two threads: the JavaFX toolkit starts on this
 * thread while a second one parses the options and opens the store ({@link DeskStart#prepare}).
 * Done one after the other (as {@code Application.launch} does: toolkit, then {@code init}), the
 * two took about 0.45 s and 0.7 s of a 1.7 s start (docs/benchmarks.md, start-up).
 *
 * <p>Used for the arguments {@link #opensWindow} recognises before any parsing; anything else goes
 * through the full command line first, and a usage error found here is reported by it.
 */
final class DeskLaunch {

    private static final Set<String> INFO_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    /**
     * The names of {@link CertDeskCommand}'s subcommands. Listed here rather than read from their
     * annotations: reading annotations costs ~0.1 s in a fresh JVM, before the toolkit could start.
     * {@code DeskLaunchTest} checks the list against the annotations.
     */
    static final Set<String> SUBCOMMANDS = Set.of("demo-data", "selftest", "render", "verify", "help");

    private final List<String> arguments;
    private final PrintWriter err;
    private final Runnable startToolkit;

    DeskLaunch(PrintWriter err, String... arguments) {
        this(err, () -> Platform.startup(() -> { }), arguments);
    }

    /** With another way to start the toolkit (tests: one that fails as without a display). */
    DeskLaunch(PrintWriter err, Runnable startToolkit, String... arguments) {
        this.arguments = List.of(arguments);
        this.err = err;
        this.startToolkit = startToolkit;
    }

    /**
     * Whether these arguments open the desk window: no subcommand and no help or version option.
     * A subcommand's name given as an option's value (e.g. {@code --data-dir selftest}) counts as a
     * subcommand here; the full command line then sorts it out, only without the parallel start.
     */
    static boolean opensWindow(String... arguments) {
        return Arrays.stream(arguments).noneMatch(argument -> SUBCOMMANDS.contains(argument)
                || INFO_OPTIONS.contains(argument));
    }

    private static boolean optionsInvalid(Future<DeskStart> prepared) {
        try {
            prepared.get();
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof CommandLine.ParameterException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs the window until the officer closes it.
     *
     * @param usageError run when the options are not valid (the full command line prints why); its
     *                   result is returned
     * @return the exit code: 0; 1 when there is no display to open the window on; or
     *         {@code usageError}'s
     */
    int run(IntSupplier usageError) {
        ExecutorService starter = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "certdesk-start");
            thread.setDaemon(true);
            return thread;
        });
        Future<DeskStart> prepared = starter.submit(() -> DeskStart.prepare(arguments));
        starter.shutdown();
        // Rare name characters (CJK Extension B …) from the print fonts rather than boxes (ADR 0017);
        // JavaFX reads this once, when its font system starts.
        UiFont.useRareCharacterFallback(TemplatesLocation.resolve(null).resolve("fonts"));
        CountDownLatch closed = new CountDownLatch(1);
        try {
            startToolkit.run();
        } catch (RuntimeException noDisplay) { // e.g. "Unable to open DISPLAY" over ssh
            if (optionsInvalid(prepared)) {
                return usageError.getAsInt();
            }
            err.println("certdesk: 无法打开窗口：没有可用的图形显示（例如通过 SSH 登录时）。命令行工具见 certdesk --help。");
            err.println("certdesk: cannot open the window, no graphical display (" + noDisplay.getMessage()
                    + "); see certdesk --help for the command-line tools.");
            return 1;
        }
        Platform.setImplicitExit(false); // the window's closing ends the run below, not the toolkit by itself
        DeskStart start;
        try {
            start = prepared.get();
        } catch (ExecutionException e) {
            Platform.exit();
            if (e.getCause() instanceof CommandLine.ParameterException) {
                return usageError.getAsInt();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Platform.exit();
            return 1;
        }
        Runnable exit = () -> {
            Platform.exit();
            closed.countDown();
        };
        // The font loads here while the FX thread builds the first screen.
        CompletableFuture<Void> font = new CompletableFuture<>();
        start.fontLoadedBy(font);
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                stage.setOnHidden(event -> exit.run()); // closed from the window's title bar
                start.show(stage, exit);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(DeskLaunch.class).error("The window could not be shown", e);
                exit.run();
            }
        });
        try {
            UiFont.load();
            font.complete(null);
        } catch (RuntimeException e) {
            font.completeExceptionally(e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        start.close();
        return 0;
    }
}
