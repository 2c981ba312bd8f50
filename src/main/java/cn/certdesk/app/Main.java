package cn.certdesk.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the launcher and of {@code ./mvnw exec:exec@demo}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 success, 1 failure, 2 usage). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line writing to the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (DeskLaunch.opensWindow(args)) {
            return new DeskLaunch(err, args).run(() -> commandLine(out, err, args));
        }
        return commandLine(out, err, args);
    }

    private static int commandLine(PrintWriter out, PrintWriter err, String... args) {
        CertDeskCommand root = new CertDeskCommand();
        root.rawArguments(args);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
