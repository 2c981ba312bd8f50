package cn.certdesk.testing;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real CUPS print queue whose output is a PDF file (Debian cups + cups-bsd +
 * printer-driver-cups-pdf; `.ci/run` installs them and starts the scheduler). The queue writes to
 * {@code ~/PDF}. Outside CI, tests that need it are skipped when CUPS is not there; in CI
 * ({@code CI=true}) a missing CUPS fails them.
 */
public final class CupsQueue {

    public static final String NAME = "CertDeskPDF";

    private CupsQueue() {
    }

    /** Makes sure the queue exists, is enabled and accepts jobs. */
    public static void require() {
        boolean ready = run("lpstat", "-p", NAME) || (run("lpadmin", "-p", NAME, "-v", "cups-pdf:/", "-E", "-m",
                "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd") && run("lpstat", "-p", NAME));
        if (!ready && "true".equals(System.getenv("CI"))) {
            fail("CUPS with the cups-pdf queue is required in CI (see .ci/run)");
        }
        assumeTrue(ready, "CUPS with a cups-pdf queue is not available on this machine");
        enable();
        accept();
        run("cancel", "-a", NAME);
        clearOutput();
    }

    /** Removes the PDFs earlier jobs wrote, so a test sees only its own. */
    public static void clearOutput() {
        if (!Files.isDirectory(outputFolder())) {
            return;
        }
        try (Stream<Path> files = Files.list(outputFolder())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void disable() {
        run("cupsdisable", NAME);
    }

    public static void enable() {
        run("cupsenable", NAME);
    }

    public static void reject() {
        run("cupsreject", NAME);
    }

    public static void accept() {
        run("cupsaccept", NAME);
    }

    public static void cancelAll() {
        run("cancel", "-a", NAME);
    }

    public static Path outputFolder() {
        return Path.of(System.getProperty("user.home"), "PDF");
    }

    /** Waits for a complete PDF in the queue's output folder (cleared by {@link #require()}). */
    public static Optional<Path> awaitOutput(long timeoutMillis) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(outputFolder())) {
                try (Stream<Path> files = Files.list(outputFolder())) {
                    List<Path> fresh = files.filter(p -> p.toString().endsWith(".pdf")).toList();
                    for (Path file : fresh) {
                        if (Files.size(file) > 0 && complete(file)) {
                            return Optional.of(file);
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    private static boolean complete(Path file) throws IOException {
        String tail = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
