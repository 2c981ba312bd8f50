package cn.certdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Command;

/**
 * Which command lines open the desk window with the parallel start ({@link DeskLaunch}); every
 * other one goes through the full command line (help, version, subcommands, usage errors).
 */
class DeskLaunchTest {

    @ParameterizedTest(name = "[{0}] opens the window: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                     | true",
        "--demo                                 | true",
        "--data-dir /srv/cd                     | true",
        "--demo --residents 500 --lang en       | true",
        "--help                                 | false",
        "-h                                     | false",
        "--version                              | false",
        "-V                                     | false",
        "selftest                               | false",
        "--data-dir /srv/cd selftest            | false",
        "--data-dir /srv/cd demo-data           | false",
        "render stub                            | false",
        "verify                                 | false",
        "help selftest                          | false",
    })
    void onlyTheWindowsOwnOptionsTakeTheParallelStart(String arguments, boolean opensWindow) {
        String[] split = arguments.isBlank() ? new String[0] : arguments.trim().split(" +");

        assertThat(DeskLaunch.opensWindow(split)).isEqualTo(opensWindow);
    }

    @Test
    void withoutADisplayAMistypedOptionIsStillReportedAsAUsageError() {
        StringWriter err = new StringWriter();
        Runnable noDisplay = () -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        };

        int code = new DeskLaunch(new PrintWriter(err, true), noDisplay, "--dta-dir", "/srv/cd").run(() -> 2);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("无法打开窗口");
    }

    @Test
    void withoutADisplayTheWindowSaysWhyInOneLineInsteadOfAStackTrace(@TempDir Path dataDir) {
        try (DeskFixture desk = DeskFixture.demoStation(dataDir)) {
            desk.context().onStoreThread(() -> null);
        }
        StringWriter err = new StringWriter();
        Runnable noDisplay = () -> {
            throw new UnsupportedOperationException("Unable to open DISPLAY");
        };

        int code = new DeskLaunch(new PrintWriter(err, true), noDisplay, "--data-dir", dataDir.toString())
                .run(() -> 2);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("无法打开窗口：没有可用的图形显示", "Unable to open DISPLAY")
                .doesNotContain("at com.sun");
    }

    @Test
    void theListOfSubcommandsIsTheCommandLinesOwn() {
        Set<String> declared = Arrays.stream(CertDeskCommand.class.getAnnotation(Command.class).subcommands())
                .flatMap(type -> {
                    Command command = type.getAnnotation(Command.class);
                    return Stream.concat(Stream.of(command.name()), Arrays.stream(command.aliases()));
                })
                .collect(Collectors.toSet());

        assertThat(DeskLaunch.SUBCOMMANDS).isEqualTo(declared);
    }
}
