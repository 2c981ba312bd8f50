package cn.certdesk.bench;

import cn.certdesk.app.DemoStation;
import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.store.Database;
import cn.certdesk.store.demo.SyntheticStationWriter;
import cn.certdesk.store.population.SqlitePopulationRegister;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Population search timings on a large demo store. Not a test.
 *
 * <pre>
 *   PopulationSearchBench STORE_FILE [RESIDENTS]   writes the demo population first if the file does not exist
 * </pre>
 *
 * For each query: one warm-up, then the median and maximum of 20 runs of {@code search(query, 50)},
 * in milliseconds, and the query plans of the SQL it runs. Queries taken from the store itself
 * (an ID number, a name, a former name) are printed masked / as lengths only.
 */
public final class PopulationSearchBench {

    private PopulationSearchBench() {
    }

    public static void main(String[] args) throws SQLException {
        Path file = Path.of(args[0]);
        long residents = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        boolean generate = !Files.exists(file);
        try (Database database = Database.open(file)) {
            if (generate) {
                long started = System.nanoTime();
                new SyntheticStationWriter(database.connection(), Clock.systemUTC())
                        .write(new SyntheticPopulation(DemoStation.SEED, residents), written -> { });
                System.out.printf("generated %d residents in %.1f s%n", residents, (System.nanoTime() - started) / 1e9);
            }
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("ANALYZE");
            }
            SqlitePopulationRegister register = new SqlitePopulationRegister(database);
            String idNumber = single(database, "SELECT id_number FROM resident ORDER BY id LIMIT 1 OFFSET 777");
            String commonName = single(database,
                    "SELECT name FROM resident GROUP BY name ORDER BY count(*) DESC LIMIT 1");
            String rareName = single(database, "SELECT name FROM resident WHERE length(name) = 3 ORDER BY id LIMIT 1 OFFSET 12345");
            String supplementary = single(database,
                    "SELECT name FROM resident WHERE name GLOB '*[𠀀-𯿿]*' LIMIT 1");
            String formerName = single(database,
                    "SELECT former_names FROM resident WHERE former_names <> '' ORDER BY id LIMIT 1 OFFSET 99").split("\\|")[0];
            List<String[]> queries = new ArrayList<>();
            queries.add(new String[] {"full ID number", idNumber});
            queries.add(new String[] {"full ID number, lower-case x", idNumber.toLowerCase()});
            queries.add(new String[] {"ID prefix 6 digits", idNumber.substring(0, 6)});
            queries.add(new String[] {"ID prefix 10 digits", idNumber.substring(0, 10)});
            queries.add(new String[] {"ID prefix 14 digits", idNumber.substring(0, 14)});
            queries.add(new String[] {"most common name", commonName});
            queries.add(new String[] {"a 3-character name", rareName});
            queries.add(new String[] {"surname only 张", "张"});
            queries.add(new String[] {"surname only 李", "李"});
            queries.add(new String[] {"name with a supplementary character", supplementary == null ? "𠀀" : supplementary});
            queries.add(new String[] {"former name", formerName});
            queries.add(new String[] {"no match 鬼鬼鬼", "鬼鬼鬼"});
            queries.add(new String[] {"initials z", "z"});
            queries.add(new String[] {"initials zs", "zs"});
            queries.add(new String[] {"initials wxm", "wxm"});
            queries.add(new String[] {"full pinyin zhang", "zhang"});
            queries.add(new String[] {"full pinyin zhangwei", "zhangwei"});
            queries.add(new String[] {"full pinyin liuyang", "liu yang"});
            queries.add(new String[] {"no match qqqq", "qqqq"});
            for (String[] query : queries) {
                register.search(query[1], 50);
                long[] times = new long[20];
                int found = 0;
                for (int run = 0; run < times.length; run++) {
                    long started = System.nanoTime();
                    List<ResidentSummary> result = register.search(query[1], 50);
                    times[run] = System.nanoTime() - started;
                    found = result.size();
                }
                java.util.Arrays.sort(times);
                System.out.printf("%-40s found %2d  median %6.2f ms  max %6.2f ms%n", query[0], found,
                        times[times.length / 2] / 1e6, times[times.length - 1] / 1e6);
            }
            UUID someone = UUID.fromString(single(database, "SELECT resident_id FROM household_member WHERE left_reason = '分户' LIMIT 1"));
            long started = System.nanoTime();
            int relatives = register.relativesOf(someone).size();
            System.out.printf("relativesOf (a resident who split off): %d relatives in %.2f ms%n", relatives,
                    (System.nanoTime() - started) / 1e6);
            plan(database, "SELECT r.id FROM resident_pinyin p JOIN resident r ON r.id = p.resident_id"
                    + " WHERE p.kind = 'i' AND p.key > 'zs' AND p.key < 'zs{' AND r.deceased_on IS NULL ORDER BY p.key, r.name");
            plan(database, "SELECT r.id FROM resident_pinyin p JOIN resident r ON r.id = p.resident_id"
                    + " WHERE p.kind = 'i' AND p.key = 'zs' AND r.deceased_on IS NULL ORDER BY r.name");
            plan(database, "SELECT r.id FROM resident r WHERE r.name > '张' AND r.name < '张z' AND r.deceased_on IS NULL ORDER BY r.name");
            plan(database, "SELECT r.id FROM resident r WHERE r.id_number > '220102' AND r.id_number < '220102~' AND r.deceased_on IS NULL ORDER BY r.id_number");
            plan(database, "SELECT r.id FROM resident r INDEXED BY resident_former_names WHERE r.former_names <> ''"
                    + " AND instr('|' || r.former_names, '|' || 'x') > 0 AND r.deceased_on IS NULL ORDER BY r.name");
        }
    }

    private static String single(Database database, String sql) throws SQLException {
        try (Statement statement = database.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void plan(Database database, String sql) throws SQLException {
        try (PreparedStatement statement = database.connection().prepareStatement("EXPLAIN QUERY PLAN " + sql);
             ResultSet rows = statement.executeQuery()) {
            System.out.println("plan: " + sql.replaceAll("SELECT r.id FROM ", "").substring(0, 60) + " …");
            while (rows.next()) {
                System.out.println("    " + rows.getString("detail"));
            }
        }
    }
}
