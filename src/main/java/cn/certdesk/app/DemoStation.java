package cn.certdesk.app;

import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.domain.CertDeskException;
import cn.certdesk.store.Database;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.SqliteStationRepository;
import cn.certdesk.store.demo.SyntheticStationWriter;
import cn.certdesk.store.keys.StationKeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo station: a synthetic population and one documented demo account per role (README).
 * Written only into a store that is empty or already synthetic; everything is marked synthetic.
 * Not thread-safe: the store's thread.
 */
public final class DemoStation {

    /** The password of every demo account; printed in the README and by {@code demo-data}. */
    public static final String DEMO_PASSWORD = "demo-2026";
    /** The seed that makes every demo station the same population. */
    public static final long SEED = 20151021L;

    /** A documented demo account. */
    public record DemoAccount(String policeNumber, String name, Role role) {
    }

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("100001", "演示户籍民警", Role.HOUSEHOLD_OFFICER),
            new DemoAccount("100002", "演示社区民警", Role.COMMUNITY_OFFICER),
            new DemoAccount("100003", "演示所领导", Role.STATION_HEAD),
            new DemoAccount("100009", "演示管理员", Role.ADMINISTRATOR));

    private static final Logger LOG = LoggerFactory.getLogger(DemoStation.class);

    private final Database database;
    private final AccountService accounts;
    private final Clock clock;

    public DemoStation(Database database, AccountService accounts, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Generates the station and {@code residents} synthetic residents if the store has no station
     * yet, and creates the demo accounts that are missing.
     *
     * @return the number of residents generated now (0 when the demo station already existed)
     */
    public long ensure(long residents, LongConsumer progress) {
        var station = new SqliteStationRepository(database).find();
        boolean realAccounts = new SqliteOfficerRepository(database).findAll().stream().anyMatch(o -> !o.synthetic());
        if (station.map(s -> !s.synthetic()).orElse(false) || realAccounts) {
            // Real records and demo data never mix: no demo population, no demo accounts here.
            throw new CertDeskException("demo.refused.real.store");
        }
        long generated = 0;
        if (station.isEmpty()) {
            long started = System.nanoTime();
            var summary = new SyntheticStationWriter(database.connection(), clock)
                    .write(new SyntheticPopulation(SEED, residents), progress);
            generated = summary.residents();
            LOG.info("Demo station generated: {} residents in {} households in {} ms", summary.residents(),
                    summary.households(), (System.nanoTime() - started) / 1_000_000);
        }
        // The demo station signs its (sample) certificates with its own key, like a real one.
        new StationKeyStore(database.file().toAbsolutePath().getParent())
                .ensureKeyPair(new SqliteStationRepository(database).find().orElseThrow().stationCode());
        for (DemoAccount account : ACCOUNTS) {
            if (!accountExists(account.policeNumber())) {
                accounts.createDemoOfficer(account.name(), account.policeNumber(), Set.of(account.role()),
                        DEMO_PASSWORD.toCharArray());
            }
        }
        return generated;
    }

    private boolean accountExists(String policeNumber) {
        return new SqliteOfficerRepository(database).findByPoliceNumber(policeNumber).isPresent();
    }
}
