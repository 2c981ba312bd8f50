package cn.certdesk.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code certdesk}: with no subcommand it opens the desk window; IT staff use the subcommands.
 * Later issues add subcommands the same way (a class in {@code app}, listed below).
 */
@Command(name = "certdesk", mixinStandardHelpOptions = true, versionProvider = CertDeskCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"CertDesk 派出所证明出具系统 — police-station certificate desk.",
                "Without a subcommand: opens the desk window."},
        subcommands = {DemoDataCommand.class, SelftestCommand.class, RenderCommand.class, VerifyCommand.class,
                CommandLine.HelpCommand.class})
public final class CertDeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (store, backups, logs). Default: the per-user data directory "
                    + "($XDG_DATA_HOME/certdesk, %%APPDATA%%\\CertDesk); with --demo its 'demo' subfolder.")
    Path dataDirectory;

    @Option(names = "--demo", description = "Open the demo station: synthetic data in its own folder, created "
            + "on first start with demo accounts for every role (README).")
    boolean demo;

    // The defaults are the fields' initial values, which picocli takes as defaults too: a desk started
    // without arguments skips the command-line parser (see parse).
    @Option(names = "--residents", paramLabel = "N",
            description = "With --demo on first start: synthetic residents to generate (default ${DEFAULT-VALUE}).")
    int demoResidents = 20_000;

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of the window: zh (default) or en.")
    String language = "zh";

    private String[] rawArguments = new String[0];

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec; // set by picocli when it runs this command

    /** The directory this run uses. */
    public Path resolvedDataDirectory() {
        return DataDirectory.resolve(dataDirectory, demo);
    }

    public boolean demo() {
        return demo;
    }

    public int demoResidents() {
        return demoResidents;
    }

    public String language() {
        return language;
    }

    void rawArguments(String[] arguments) {
        this.rawArguments = arguments.clone();
    }

    @Override
    public Integer call() {
        // Reached when Main did not recognise the window's arguments itself (e.g. --data-dir selftest).
        return new DeskLaunch(spec.commandLine().getErr(), rawArguments).run(() -> {
            throw new IllegalStateException("options accepted by the command line and refused by the window");
        });
    }

    /**
     * Parses the window's options. Without arguments (how a desk PC starts it) there is nothing to
     * parse: the defaults are the fields' initial values, and picocli, which costs ~0.2 s to set up
     * in a fresh JVM (docs/benchmarks.md, start-up), is not loaded at all.
     */
    static CertDeskCommand parse(java.util.List<String> arguments) {
        CertDeskCommand command = new CertDeskCommand();
        if (!arguments.isEmpty()) {
            new CommandLine(command).parseArgs(arguments.toArray(String[]::new));
        }
        return command;
    }

    /** The version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CertDeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"CertDesk " + (version == null ? "development build" : version),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
