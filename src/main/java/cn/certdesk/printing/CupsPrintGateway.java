package cn.certdesk.printing;

import cn.certdesk.domain.printing.PrintFailure;
import cn.certdesk.domain.printing.PrinterGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The CUPS print system (Linux, macOS) through its own client commands {@code lpstat} and
 * {@code lp}: the PDF itself goes to the queue, so what the preview shows is what prints. Java's
 * print service caches a printer's "accepting jobs" state for the life of the process, so a
 * printer paused once would stay unusable; asking CUPS each time avoids that
 * (docs/decisions/0011-printing-through-the-os.md). Thread-safe; call it off the FX thread.
 */
public final class CupsPrintGateway implements PrinterGateway {

    private static final long TIMEOUT_SECONDS = 30;

    private final String lp;
    private final String lpstat;

    public CupsPrintGateway(String lp, String lpstat) {
        this.lp = lp;
        this.lpstat = lpstat;
    }

    /** The CUPS gateway when CUPS's client commands are installed, otherwise Java's print service. */
    public static PrinterGateway forThisMachine() {
        Optional<Path> lpCommand = onPath("lp");
        Optional<Path> lpstatCommand = onPath("lpstat");
        if (lpCommand.isPresent() && lpstatCommand.isPresent()
                && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return new CupsPrintGateway(lpCommand.get().toString(), lpstatCommand.get().toString());
        }
        return new JavaPrintGateway();
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Arrays.stream(path.split(java.io.File.pathSeparator)).map(folder -> Path.of(folder, command))
                .filter(Files::isExecutable).findFirst();
    }

    @Override
    public List<String> printers() {
        Result result = run(List.of(lpstat, "-e"), null);
        if (result.exitCode() != 0) {
            return List.of();
        }
        return result.out().lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
    }

    @Override
    public Optional<String> defaultPrinter() {
        Result result = run(List.of(lpstat, "-d"), null);
        String out = result.out().strip();
        int colon = out.lastIndexOf(':');
        if (result.exitCode() != 0 || colon < 0 || out.startsWith("no ")) {
            return Optional.empty();
        }
        return Optional.of(out.substring(colon + 1).strip()).filter(name -> !name.isEmpty());
    }

    @Override
    public PrintOutcome print(String printer, byte[] pdf, int copies, String jobName) {
        List<String> installed = printers();
        if (installed.isEmpty()) {
            return new Failed(PrintFailure.NO_PRINTER, "lpstat -e lists no destination");
        }
        if (!installed.contains(printer)) {
            return new Failed(PrintFailure.PRINTER_NOT_FOUND, "not among the CUPS destinations");
        }
        Result result = run(List.of(lp, "-d", printer, "-n", Integer.toString(copies), "-t", jobName,
                "-o", "media=A4"), pdf);
        if (result.exitCode() == 0) {
            return new Sent(printer);
        }
        String error = result.err().strip();
        PrintFailure failure = error.contains("not accepting") ? PrintFailure.PRINTER_NOT_ACCEPTING : PrintFailure.FAILED;
        return new Failed(failure, "lp exit " + result.exitCode() + ": " + error);
    }

    private static final int TIMED_OUT = -2;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> command, byte[] input) {
        try {
            Process process = new ProcessBuilder(command).start();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(TIMED_OUT, "", "timed out after " + TIMEOUT_SECONDS + " s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
