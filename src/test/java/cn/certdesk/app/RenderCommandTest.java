package cn.certdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.CommandLineTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code certdesk render} and {@code certdesk verify} as a template author runs them. */
class RenderCommandTest {

    @TempDir
    static Path dataDir;

    @TempDir
    Path work;

    @BeforeAll
    static void demoStation() {
        assertThat(CommandLineTest.certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "50")
                .exitCode()).isZero();
    }

    static Stream<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("templates/samples"))) {
            return files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    private Run render(String kind, Path data, Path out) {
        return CommandLineTest.certdesk("--data-dir", dataDir.toString(), "render", "--kind", kind,
                "--data", data.toString(), "--out", out.toString(), "--templates", "templates");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleRendersAsItIsAndTheResultVerifies(String name) {
        Path out = work.resolve(name + ".pdf");
        Run rendered = render(name, Path.of("templates/samples", name + ".json"), out);
        assertThat(rendered.exitCode()).as(rendered.err()).isZero();
        assertThat(rendered.out()).contains("QR signed by station 220102001001");

        Run verified = CommandLineTest.certdesk("--data-dir", dataDir.toString(), "verify", out.toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("有效 VALID", "220102001001-01-2026-");
    }

    @Test
    void anInvalidIdNumberIsRefusedNamingTheFieldAndTheReason() throws Exception {
        String sample = Files.readString(Path.of("templates/samples/ISSUE_KINSHIP.json"));
        Path data = work.resolve("bad-id.json");
        Files.writeString(data, sample.replace("220104199003071238", "220104199003071234"));
        Run run = render("ISSUE_KINSHIP", data, work.resolve("bad.pdf"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("applicantIdNumber", "申请人公民身份号码", "校验位错误");
        assertThat(work.resolve("bad.pdf")).doesNotExist();
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingIt() throws Exception {
        String sample = Files.readString(Path.of("templates/samples/ISSUE_KINSHIP.json"));
        Path data = work.resolve("missing.json");
        Files.writeString(data, sample.replaceFirst("\"relation\": \"[^\"]*\",", ""));
        Run run = render("ISSUE_KINSHIP", data, work.resolve("missing.pdf"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("relation");
    }

    @Test
    void anUnknownTemplateListsTheTemplatesThereAre() {
        Run run = render("ISSUE_MARRIAGE", Path.of("templates/samples/ISSUE_KINSHIP.json"), work.resolve("x.pdf"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ISSUE_KINSHIP", "refusal-notice", "stub");
    }

    @Test
    void aDataDirectoryWithoutAStationCannotSign(@TempDir Path empty) {
        Run run = CommandLineTest.certdesk("--data-dir", empty.toString(), "render", "--kind", "stub", "--data",
                "templates/samples/stub.json", "--out", work.resolve("stub.pdf").toString(), "--templates", "templates");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("签名密钥");
    }
}
