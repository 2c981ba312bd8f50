package cn.certdesk.store.population;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.store.Database;
import cn.certdesk.store.Migrations;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinyinBackfillTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void residentsOfAStoreMigratedFromV002BecomeSearchableByPinyin() throws SQLException {
        Path file = directory.resolve("old.db");
        Migrations bundled = Migrations.bundled();
        UUID resident;
        try (Database v002 = Database.open(file, CLOCK, new Migrations(bundled.all().subList(0, 2)))) {
            resident = new HandBuiltRegister(v002.connection()).resident("单田芳", "M", "1934-12-17", null, "");
        }
        try (Database database = Database.open(file, CLOCK, bundled)) {
            SqlitePopulationRegister register = new SqlitePopulationRegister(database);
            assertThat(register.search("stf", 10)).isEmpty();

            long filled = new PinyinBackfill(database).run();

            assertThat(filled).isEqualTo(1);
            assertThat(register.search("stf", 10)).extracting(ResidentSummary::id).containsExactly(resident);
            assertThat(register.search("dantianfang", 10)).extracting(ResidentSummary::id).containsExactly(resident);
            assertThat(count(database, "SELECT count(*) FROM resident_pinyin")).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void aSecondRunHasNothingToDo() throws SQLException {
        try (Database database = Database.open(directory.resolve("new.db"), CLOCK, Migrations.bundled())) {
            new HandBuiltRegister(database.connection()).resident("张三", "M", "1970-01-01", null, "");
            assertThat(new PinyinBackfill(database).run()).isEqualTo(1);

            assertThat(new PinyinBackfill(database).run()).isZero();
            assertThat(count(database, "SELECT count(*) FROM resident_pinyin")).isEqualTo(2);
        }
    }

    @Test
    void aNewNameReplacesTheOldSearchKeys() throws SQLException {
        try (Database database = Database.open(directory.resolve("rename.db"), CLOCK, Migrations.bundled())) {
            UUID resident = new HandBuiltRegister(database.connection()).resident("张三", "M", "1970-01-01", null, "");
            new PinyinBackfill(database).run();
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate("UPDATE resident SET name = '李四', pinyin_initials = '', pinyin_full = ''");
            }
            new PinyinBackfill(database).run();
            SqlitePopulationRegister register = new SqlitePopulationRegister(database);

            assertThat(register.search("zs", 10)).isEmpty();
            assertThat(register.search("lisi", 10)).extracting(ResidentSummary::id).containsExactly(resident);
        }
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Statement statement = database.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
