package cn.certdesk.store.demo;

import cn.certdesk.domain.demo.SyntheticHousehold;
import cn.certdesk.domain.demo.SyntheticMembership;
import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.demo.SyntheticResident;
import cn.certdesk.domain.population.NamePinyin;

import cn.certdesk.domain.CertDeskException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Writes the synthetic demo station (演示站（合成数据）) into a migrated store: the station row and a
 * {@link SyntheticPopulation}, every row marked {@code synthetic = 1}.
 *
 * <p>Refusals (a {@link CertDeskException} whose message key names the refusal):
 * <ul>
 *   <li>the store's station row is not synthetic, or the store holds any non-synthetic record or
 *       any event without a station: real records and demo data never mix;</li>
 *   <li>the store already holds households or residents. Appending is deliberately not offered:
 *       a second population would reuse ID numbers, household numbers and (with the same seed)
 *       UUIDs. To regenerate, start from a new store file.</li>
 * </ul>
 *
 * <p>Rows go in with batched prepared statements, {@value #HOUSEHOLDS_PER_TRANSACTION} households
 * per transaction; the store's durability settings (synchronous, journal mode) are left as they
 * are. If writing fails part-way, the transactions already committed stay: the store then holds a
 * partial demo population and refuses a second write, so delete the file and start again.
 *
 * <p>Not thread-safe; uses the connection it is given and restores its auto-commit mode.
 */
public final class SyntheticStationWriter {

    public static final String STATION_NAME = "长春市公安局南关分局自强派出所（演示）";
    /** 12 digits: region 220102, station 001, demo station 001. */
    public static final String STATION_CODE = "220102001001";
    public static final String REGION_CODE = "220102";
    public static final String DESK_CODE = "01";
    public static final int HOUSEHOLDS_PER_TRANSACTION = 5_000;
    /**
     * Page cache for the write, in KiB (SQLite's negative {@code cache_size}); the connection's own
     * value comes back afterwards. A cache, not a durability setting: at a million residents the
     * random-order indexes (ID number, name, household number) otherwise spill to the file between pages.
     */
    static final int WRITE_CACHE_KIB = 131_072;


    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final String INSERT_STATION = """
            INSERT INTO station (id, station_code, name, region_code, desk_code, synthetic, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 1, ?, ?)""";
    private static final String INSERT_HOUSEHOLD = """
            INSERT INTO household (id, household_number, household_type, address, region_code, split_from_id,
                                   closed_on, closed_reason, synthetic, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""";
    private static final String INSERT_RESIDENT = """
            INSERT INTO resident (id, id_number, name, former_names, gender, ethnicity, birth_date, birth_place,
                                  deceased_on, pinyin_initials, pinyin_full, synthetic, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""";
    private static final String INSERT_MEMBERSHIP = """
            INSERT INTO household_member (id, household_id, resident_id, relation, joined_on, left_on, left_reason,
                                          synthetic, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""";

    /** What was written. */
    public record Summary(UUID stationId, long households, long residents, long memberships) {
    }

    private final Connection connection;
    private final Clock clock;

    /**
     * @param connection a connection to a store migrated to at least V003 (pinyin search keys)
     * @param clock      gives {@code created_at} / {@code updated_at}
     */
    public SyntheticStationWriter(Connection connection, Clock clock) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the demo station row (unless a synthetic one is already there) and the population.
     *
     * @param residentsWritten told the number of residents committed so far, after each transaction
     * @throws CertDeskException if the store is refused (see class comment) or a write fails
     */
    public Summary write(SyntheticPopulation population, LongConsumer residentsWritten) {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(residentsWritten, "residentsWritten");
        boolean autoCommit;
        long cacheSize;
        try {
            autoCommit = connection.getAutoCommit();
            cacheSize = cacheSize();
            setCacheSize(-WRITE_CACHE_KIB);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new CertDeskException("demo.write.failed", e);
        }
        try {
            return writeInTransactions(population, residentsWritten);
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new CertDeskException("demo.write.failed", e);
        } catch (RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            restore(autoCommit, cacheSize);
        }
    }

    private Summary writeInTransactions(SyntheticPopulation population, LongConsumer residentsWritten)
            throws SQLException {
        String now = now();
        UUID stationId = refuseUnlessEmptyDemoStore();
        if (stationId == null) {
            stationId = UUID.randomUUID();
            try (PreparedStatement station = connection.prepareStatement(INSERT_STATION)) {
                station.setString(1, stationId.toString());
                station.setString(2, STATION_CODE);
                station.setString(3, STATION_NAME);
                station.setString(4, REGION_CODE);
                station.setString(5, DESK_CODE);
                station.setString(6, now);
                station.setString(7, now);
                station.executeUpdate();
            }
        }
        long households = 0;
        long residents = 0;
        long memberships = 0;
        try (PreparedStatement household = connection.prepareStatement(INSERT_HOUSEHOLD);
             PreparedStatement resident = connection.prepareStatement(INSERT_RESIDENT);
             PreparedStatement membership = connection.prepareStatement(INSERT_MEMBERSHIP);
             Stream<SyntheticHousehold> stream = population.households()) {
            Iterator<SyntheticHousehold> generated = stream.iterator();
            int inTransaction = 0;
            while (generated.hasNext()) {
                SyntheticHousehold next = generated.next();
                addHousehold(household, next, now);
                for (SyntheticResident person : next.residents()) {
                    addResident(resident, person, now);
                }
                for (SyntheticMembership member : next.memberships()) {
                    addMembership(membership, member, now);
                }
                households++;
                residents += next.residents().size();
                memberships += next.memberships().size();
                if (++inTransaction == HOUSEHOLDS_PER_TRANSACTION) {
                    commit(household, resident, membership);
                    residentsWritten.accept(residents);
                    inTransaction = 0;
                    now = now();
                }
            }
            commit(household, resident, membership);
            residentsWritten.accept(residents);
        }
        return new Summary(stationId, households, residents, memberships);
    }

    /**
     * @return the id of the synthetic station row already there, or null if there is none
     * @throws CertDeskException if the store holds real records or a population
     */
    private UUID refuseUnlessEmptyDemoStore() throws SQLException {
        UUID stationId = null;
        try (Statement statement = connection.createStatement();
             ResultSet station = statement.executeQuery("SELECT id, synthetic FROM station")) {
            if (station.next()) {
                if (station.getInt("synthetic") != 1) {
                    throw new CertDeskException("demo.refused.real.store");
                }
                stationId = UUID.fromString(station.getString("id"));
            }
        }
        if (exists("""
                SELECT 1 FROM officer WHERE synthetic = 0
                UNION ALL SELECT 1 FROM household WHERE synthetic = 0
                UNION ALL SELECT 1 FROM resident WHERE synthetic = 0
                UNION ALL SELECT 1 FROM household_member WHERE synthetic = 0""")
                || stationId == null && exists("SELECT 1 FROM record_event")) {
            throw new CertDeskException("demo.refused.real.store");
        }
        if (exists("SELECT 1 FROM household UNION ALL SELECT 1 FROM resident")) {
            throw new CertDeskException("demo.refused.populated");
        }
        return stationId;
    }

    private boolean exists(String query) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (" + query + ")")) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }

    private static void addHousehold(PreparedStatement statement, SyntheticHousehold household, String now)
            throws SQLException {
        statement.setString(1, household.id().toString());
        statement.setString(2, household.householdNumber());
        statement.setString(3, household.type());
        statement.setString(4, household.address());
        statement.setString(5, household.regionCode());
        statement.setString(6, household.splitFromId() == null ? null : household.splitFromId().toString());
        statement.setString(7, date(household.closedOn()));
        statement.setString(8, household.closedReason());
        statement.setString(9, now);
        statement.setString(10, now);
        statement.addBatch();
    }

    private static void addResident(PreparedStatement statement, SyntheticResident resident, String now)
            throws SQLException {
        statement.setString(1, resident.id().toString());
        statement.setString(2, resident.idNumber());
        statement.setString(3, resident.name());
        statement.setString(4, String.join("|", resident.formerNames()));
        statement.setString(5, resident.gender().code());
        statement.setString(6, resident.ethnicity());
        statement.setString(7, resident.birthDate().toString());
        statement.setString(8, resident.birthPlace());
        statement.setString(9, date(resident.deceasedOn()));
        NamePinyin pinyin = NamePinyin.of(resident.name());
        statement.setString(10, pinyin.initialsColumn());
        statement.setString(11, pinyin.fullColumn());
        statement.setString(12, now);
        statement.setString(13, now);
        statement.addBatch();
    }

    private static void addMembership(PreparedStatement statement, SyntheticMembership membership, String now)
            throws SQLException {
        statement.setString(1, membership.id().toString());
        statement.setString(2, membership.householdId().toString());
        statement.setString(3, membership.residentId().toString());
        statement.setString(4, membership.relation());
        statement.setString(5, membership.joinedOn().toString());
        statement.setString(6, date(membership.leftOn()));
        statement.setString(7, membership.leftReason());
        statement.setString(8, now);
        statement.setString(9, now);
        statement.addBatch();
    }

    /** Households first: residents and memberships of a batch may refer to them (foreign keys). */
    private void commit(PreparedStatement household, PreparedStatement resident, PreparedStatement membership)
            throws SQLException {
        household.executeBatch();
        resident.executeBatch();
        membership.executeBatch();
        connection.commit();
    }

    private void restore(boolean autoCommit, long cacheSize) {
        try {
            connection.setAutoCommit(autoCommit);
            setCacheSize(cacheSize);
        } catch (SQLException e) {
            throw new CertDeskException("demo.write.failed", e);
        }
    }

    private long cacheSize() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA cache_size")) {
            return rows.next() ? rows.getLong(1) : -2000;
        }
    }

    private void setCacheSize(long cacheSize) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = " + cacheSize);
        }
    }

    private void rollbackQuietly(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private String now() {
        return TIMESTAMP.format(clock.instant());
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
