package cn.certdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IT staff's command line: help, version, demo-data and selftest, as a shell would run them. */
class CommandLineTest {

    @TempDir
    Path dataDir;

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run certdesk(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheGlobalOptionAndTheSubcommands() {
        Run run = certdesk("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--data-dir", "demo-data", "selftest", "--version");
    }

    @Test
    void versionNamesTheProgramAndTheJavaRuntime() {
        Run run = certdesk("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("CertDesk", "Java " + Runtime.version().feature());
    }

    @Test
    void demoDataFillsTheStoreWithASyntheticStationAndSelftestPasses() throws Exception {
        Run demo = certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "500");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("100001", "100003", "100009", DemoStation.DEMO_PASSWORD);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM resident")).isEqualTo(500);
            assertThat(count(statement, "SELECT count(*) FROM resident WHERE synthetic = 0")).isZero();
            assertThat(count(statement, "SELECT count(*) FROM station WHERE synthetic = 1")).isEqualTo(1);
            assertThat(count(statement, "SELECT count(*) FROM officer WHERE synthetic = 1")).isEqualTo(4);
        }

        Run selftest = certdesk("selftest", "--data-dir", dataDir.toString());
        assertThat(selftest.exitCode()).as(selftest.out()).isZero();
        assertThat(selftest.out().lines().filter(line -> line.startsWith("PASS"))).hasSize(9); // incl. the audit chain (R15)
        assertThat(selftest.out()).doesNotContain("FAIL");
    }

    @Test
    void runningDemoDataTwiceDoesNotDuplicateTheStation() {
        certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "100");
        Run again = certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "100");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("已存在");
    }

    @Test
    void demoDataRefusesAStoreWithRealRecords() throws Exception {
        try (Database database = Database.open(dataDir.resolve(Database.FILE_NAME));
                Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO station (id, station_code, name, region_code, desk_code, synthetic, created_at, updated_at)
                    VALUES ('5b0c7f0e-0000-4000-8000-000000000001', '220102001001', '自强派出所', '220102', '01', 0,
                            '2026-11-23T00:00:00Z', '2026-11-23T00:00:00Z')""");
        }
        Run run = certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "100");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("真实业务数据");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM resident")).isZero();
            assertThat(count(statement, "SELECT count(*) FROM officer")).isZero();
        }
    }

    @Test
    void selftestFailsAndNamesTheCheckWhenTheStoreIsDamaged() throws Exception {
        certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "300");
        Path store = dataDir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(store);
        for (int page = 2; page < bytes.length / 4096; page++) {
            bytes[page * 4096 + 100] ^= 0x5A;
            bytes[page * 4096 + 2000] ^= 0x5A;
        }
        Files.write(store, bytes);

        Run selftest = certdesk("--data-dir", dataDir.toString(), "selftest");
        assertThat(selftest.exitCode()).isEqualTo(1);
        assertThat(selftest.out()).containsPattern("FAIL 失败  数据库完整性 store integrity");
    }

    @Test
    void selftestFailsWhenThereIsNoStoreYet() {
        Run selftest = certdesk("--data-dir", dataDir.toString(), "selftest");
        assertThat(selftest.exitCode()).isEqualTo(1);
        assertThat(selftest.out()).contains("FAIL 失败  本地数据库 store");
    }

    @Test
    void aMalformedCatalogueOverrideFailsSelftestNamingTheEntryAndField() throws Exception {
        certdesk("--data-dir", dataDir.toString(), "demo-data", "--residents", "50");
        Path reference = Files.createDirectories(dataDir.resolve(ReferenceData.FOLDER));
        String bundled = new String(getClass().getResourceAsStream("/cn/certdesk/domain/catalogue/catalogue.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(reference.resolve(ReferenceData.CATALOGUE_FILE),
                bundled.replaceFirst("\"sealType\": \"HOUSEHOLD_REGISTER_SEAL\"", "\"sealType\": \"NO_SUCH_SEAL\""));
        Run selftest = certdesk("--data-dir", dataDir.toString(), "selftest");
        assertThat(selftest.exitCode()).isEqualTo(1);
        assertThat(selftest.out()).contains("FAIL", "ISSUE_KINSHIP", "sealType");
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
