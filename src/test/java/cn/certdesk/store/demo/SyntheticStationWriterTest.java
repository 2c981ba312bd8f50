package cn.certdesk.store.demo;

import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.demo.SyntheticResident;
import cn.certdesk.domain.CertDeskException;
import cn.certdesk.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SyntheticStationWriterTest {

    private static final long SEED = 42L;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;
    private Database database;
    private Connection connection;
    private SyntheticStationWriter writer;

    @BeforeEach
    void openStore() {
        database = Database.open(directory.resolve("demo.db"));
        connection = database.connection();
        writer = new SyntheticStationWriter(connection, CLOCK);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void writesExactlyTheRequestedNumberOfResidents() throws SQLException {
        SyntheticStationWriter.Summary summary = writer.write(new SyntheticPopulation(SEED, 2_000), written -> { });

        assertThat(summary.residents()).isEqualTo(2_000);
        assertThat(count("SELECT COUNT(*) FROM resident")).isEqualTo(2_000);
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(summary.households());
        assertThat(count("SELECT COUNT(*) FROM household_member")).isEqualTo(summary.memberships());
    }

    @Test
    void writesTheDemoStationRow() throws SQLException {
        SyntheticStationWriter.Summary summary = writer.write(new SyntheticPopulation(SEED, 10), written -> { });

        try (Statement statement = connection.createStatement();
             ResultSet station = statement.executeQuery("SELECT * FROM station")) {
            assertThat(station.next()).isTrue();
            assertThat(station.getString("id")).isEqualTo(summary.stationId().toString());
            assertThat(station.getString("name")).isEqualTo("长春市公安局南关分局自强派出所（演示）");
            assertThat(station.getString("station_code")).matches("220102001\\d{3}");
            assertThat(station.getString("region_code")).isEqualTo("220102");
            assertThat(station.getString("desk_code")).isEqualTo("01");
            assertThat(station.getInt("synthetic")).isEqualTo(1);
        }
    }

    @Test
    void marksEveryRowSynthetic() throws SQLException {
        writer.write(new SyntheticPopulation(SEED, 2_000), written -> { });

        for (String table : List.of("station", "household", "resident", "household_member")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE synthetic <> 1")).as(table).isZero();
            assertThat(count("SELECT COUNT(*) FROM " + table)).as(table).isPositive();
        }
    }

    @Test
    void namesWithCharactersOutsideTheBasicMultilingualPlaneRoundTripExactly() throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(SEED, 2_000);
        writer.write(population, written -> { });

        Map<String, String> storedNames = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, name FROM resident")) {
            while (rows.next()) {
                storedNames.put(rows.getString("id"), rows.getString("name"));
            }
        }
        List<SyntheticResident> supplementary = population.households()
                .flatMap(household -> household.residents().stream())
                .filter(resident -> resident.name().codePoints().anyMatch(codePoint -> codePoint > 0xFFFF))
                .toList();
        assertThat(supplementary).hasSizeGreaterThanOrEqualTo(3);
        assertThat(supplementary).allSatisfy(resident ->
                assertThat(storedNames.get(resident.id().toString())).isEqualTo(resident.name()));
    }

    @Test
    void aNameWithASupplementaryCharacterIsFoundByExactMatch() throws SQLException {
        SyntheticPopulation population = new SyntheticPopulation(SEED, 2_000);
        writer.write(population, written -> { });
        String name = population.households().flatMap(household -> household.residents().stream())
                .map(SyntheticResident::name)
                .filter(candidate -> candidate.codePoints().anyMatch(codePoint -> codePoint > 0xFFFF))
                .findFirst().orElseThrow();

        try (var query = connection.prepareStatement("SELECT COUNT(*) FROM resident WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
        }
    }

    @Test
    void storedRowsSatisfyTheForeignKeys() throws SQLException {
        writer.write(new SyntheticPopulation(SEED, 3_000), written -> { });

        assertThat(count("SELECT COUNT(*) FROM pragma_foreign_key_check")).isZero();
        assertThat(count("SELECT COUNT(*) FROM household WHERE split_from_id IS NOT NULL")).isPositive();
    }

    @Test
    void writesTimestampsAsUtcInstantsAndDatesAsIsoDates() throws SQLException {
        writer.write(new SyntheticPopulation(SEED, 500), written -> { });

        assertThat(count("SELECT COUNT(*) FROM resident WHERE created_at <> '2025-07-01T08:00:00.000Z'"
                + " OR updated_at <> created_at")).isZero();
        assertThat(count("SELECT COUNT(*) FROM resident WHERE birth_date NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM household_member WHERE left_on IS NOT NULL AND left_reason IS NULL"))
                .isZero();
    }

    @Test
    void reportsTheResidentsWrittenAfterEveryTransaction() {
        List<Long> progress = new ArrayList<>();

        writer.write(new SyntheticPopulation(SEED, 20_000), progress::add);

        assertThat(progress).hasSizeGreaterThan(1).isSorted();
        assertThat(progress.getLast()).isEqualTo(20_000L);
    }

    @Test
    void refusesAStoreWhoseStationIsNotSynthetic() throws SQLException {
        execute("INSERT INTO station VALUES ('real', '220102001001', '长春市公安局南关分局自强派出所', '220102', '01', 0,"
                + " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')");

        CertDeskException refusal = catchThrowableOfType(CertDeskException.class,
                () -> writer.write(new SyntheticPopulation(SEED, 100), written -> { }));

        assertThat(refusal.messageKey()).isEqualTo("demo.refused.real.store");
        assertThat(count("SELECT COUNT(*) FROM resident")).isZero();
        assertThat(count("SELECT COUNT(*) FROM station")).isEqualTo(1);
    }

    @Test
    void refusesAStoreWithoutStationThatHoldsRealResidents() throws SQLException {
        execute("INSERT INTO resident (id, id_number, name, gender, ethnicity, birth_date, birth_place, synthetic,"
                + " created_at, updated_at) VALUES ('r', 'x', 'x', 'M', '汉族', '1980-01-01', 'x', 0, 't', 't')");

        CertDeskException refusal = catchThrowableOfType(CertDeskException.class,
                () -> writer.write(new SyntheticPopulation(SEED, 100), written -> { }));

        assertThat(refusal.messageKey()).isEqualTo("demo.refused.real.store");
        assertThat(count("SELECT COUNT(*) FROM station")).isZero();
    }

    @Test
    void refusesToWriteASecondPopulationIntoTheSameStore() throws SQLException {
        writer.write(new SyntheticPopulation(SEED, 100), written -> { });

        CertDeskException refusal = catchThrowableOfType(CertDeskException.class,
                () -> writer.write(new SyntheticPopulation(SEED + 1, 100), written -> { }));

        assertThat(refusal.messageKey()).isEqualTo("demo.refused.populated");
        assertThat(count("SELECT COUNT(*) FROM resident")).isEqualTo(100);
    }

    @Test
    void keepsAnExistingSyntheticStationRow() throws SQLException {
        execute("INSERT INTO station VALUES ('5f0c3c52-4f7e-4d6a-9a51-0f3e3b1f2a10', '220102001001', '演示', '220102', '01', 1,"
                + " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')");

        SyntheticStationWriter.Summary summary = writer.write(new SyntheticPopulation(SEED, 100), written -> { });

        assertThat(summary.stationId()).hasToString("5f0c3c52-4f7e-4d6a-9a51-0f3e3b1f2a10");
        assertThat(count("SELECT COUNT(*) FROM station")).isEqualTo(1);
    }

    @Test
    void restoresTheConnectionsAutoCommitModeAndCacheSize() throws SQLException {
        execute("PRAGMA cache_size = -4000");

        writer.write(new SyntheticPopulation(SEED, 100), written -> { });

        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(count("PRAGMA cache_size")).isEqualTo(-4000);
    }

    @Test
    void leavesTheStoresDurabilitySettingsAlone() throws SQLException {
        long synchronous = count("PRAGMA synchronous");

        writer.write(new SyntheticPopulation(SEED, 100), written -> { });

        assertThat(count("PRAGMA synchronous")).isEqualTo(synchronous);
    }

    private long count(String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
