package cn.certdesk.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
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

    @Option(names = "--residents", paramLabel = "N", defaultValue = "20000",
            description = "With --demo on first start: synthetic residents to generate (default ${DEFAULT-VALUE}).")
    int demoResidents;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the window: zh (default) or en.")
    String language;

    private String[] rawArguments = new String[0];

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
        // Rare name characters (CJK Extension B …) from the print fonts rather than boxes (ADR 0017).
        cn.certdesk.ui.common.UiFont.useRareCharacterFallback(TemplatesLocation.resolve(null).resolve("fonts"));
        Application.launch(CertDeskApp.class, rawArguments);
        return 0;
    }

    /** Parses the window's options again inside the JavaFX application. */
    static CertDeskCommand parse(java.util.List<String> arguments) {
        CertDeskCommand command = new CertDeskCommand();
        new CommandLine(command).parseArgs(arguments.toArray(String[]::new));
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
