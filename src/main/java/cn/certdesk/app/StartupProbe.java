package cn.certdesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import org.slf4j.LoggerFactory;

/**
 * Start-up probe for the benchmarks ({@code src/bench/}, {@code docs/benchmarks.md}); inactive
 * unless asked for.
 *
 * <p>When the system property {@value #FILE_PROPERTY} names a file, {@link #afterFirstFrame}
 * writes into it the milliseconds from JVM start ({@code RuntimeMXBean.getStartTime()}) to the
 * moment the window is <em>usable</em>: the first screen (login or setup) is on the stage and one
 * pulse has rendered it. It waits for the second frame of an {@link AnimationTimer}: animation
 * timers run at the start of a pulse, so the second call means the pulse that laid out and drew
 * the shown scene has finished. With {@value #EXIT_PROPERTY}{@code =true} the application then
 * exits.
 *
 * <p>The file holds one line, an integer number of milliseconds. Writing those few bytes on the FX
 * thread is accepted here: it happens once, and only in a benchmark run.
 *
 * <p>Not thread-safe: the FX thread only.
 */
public final class StartupProbe {

    /** System property naming the file the milliseconds are written to. */
    public static final String FILE_PROPERTY = "certdesk.startupProbe";
    /** System property: {@code true} makes the application exit once the probe is written. */
    public static final String EXIT_PROPERTY = "certdesk.startupProbe.exit";

    private final Path file;
    private final boolean exit;

    StartupProbe(Path file, boolean exit) {
        this.file = file;
        this.exit = exit;
    }

    /** The probe the system properties ask for, or empty in a normal run. */
    public static Optional<StartupProbe> fromSystemProperties() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StartupProbe(Path.of(file), Boolean.getBoolean(EXIT_PROPERTY)));
    }

    /**
     * Call on the FX thread right after the first screen was put on the shown stage: writes the
     * probe once that screen has been rendered, then runs {@code exitApplication} if asked to exit.
     */
    public void afterFirstFrame(Runnable exitApplication) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                long usableAt = System.currentTimeMillis();
                write(usableAt - ManagementFactory.getRuntimeMXBean().getStartTime());
                if (exit) {
                    exitApplication.run();
                }
            }
        }.start();
    }

    private void write(long millisSinceJvmStart) {
        // The logger is looked up only after the file is written, so that the baseline window
        // (which logs nothing else) does not pay for starting the logging before its probe.
        try {
            Files.writeString(file, millisSinceJvmStart + System.lineSeparator(), StandardCharsets.UTF_8);
            LoggerFactory.getLogger(StartupProbe.class)
                    .info("Start-up probe: usable {} ms after JVM start", millisSinceJvmStart);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartupProbe.class).error("Start-up probe could not write {}", file, e);
        }
    }
}
