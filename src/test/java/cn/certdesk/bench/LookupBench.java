package cn.certdesk.bench;

import cn.certdesk.domain.idnumber.CheckCharacter;
import cn.certdesk.domain.population.PopulationRegister;
import cn.certdesk.store.Database;
import cn.certdesk.store.population.SqlitePopulationRegister;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Per-query latency of the population register on a large demo store (issue 4: ID lookup p99 ≤ 5 ms,
 * name and pinyin search p99 ≤ 50 ms over 1,000,000 residents), for {@code src/bench/run-benchmarks.sh}
 * ({@code FIGURES=4}). Plain {@code System.nanoTime} harness, one run per JVM. Not a test.
 *
 * <pre>
 *   LookupBench STORE_FILE [BASELINE_STORE_FILE] [QUERIES_PER_KIND] [SEED]
 * </pre>
 *
 * Both stores must exist (made by {@code certdesk demo-data --residents N}); they are opened with
 * {@link Database#open} (integrity check, migrations) as the desk opens them, and queried through
 * {@link SqlitePopulationRegister} exactly as the identification screen does: {@code byIdNumber} for
 * an ID number typed or read from a card, {@code search(text, 50)} for the search field.
 *
 * <p>Kinds of query, each {@code QUERIES_PER_KIND} (default 2,000) different queries drawn at random
 * from the store with {@code SEED} (default 1):
 * <ul>
 *   <li>{@code id-present} — {@code byIdNumber} of an existing resident's number;
 *   <li>{@code id-absent} — {@code byIdNumber} of a well-formed number (valid check character) that
 *       is not in the store: a resident's number with a different sequence code (and, where the
 *       generator used them all, an earlier birth date);
 *   <li>{@code name-full} — a resident's full name;
 *   <li>{@code name-prefix} — what an officer has typed of a name: all but its last character
 *       (surname + start of the given name; the surname alone for a two-character name);
 *   <li>{@code pinyin-initials} — a resident's name's initials ("zs", "wxm"), first reading;
 *   <li>{@code pinyin-full} — a resident's name in full pinyin ("zhangwei"), first reading.
 * </ul>
 * Baselines measured in the same run, interleaved with the queries: {@code select-1}, one
 * {@code SELECT 1} prepared, executed and read through the same JDBC connection (one round trip
 * through the driver, no table touched) after every query; and, when {@code BASELINE_STORE_FILE} is
 * given, the same kinds of query drawn from that (smaller) store. All queries of all kinds and
 * stores run in one shuffled order, so a burst of load from other processes hits every kind alike.
 * A warm-up of separate queries (300 per kind and store) runs first.
 *
 * <p>Besides wall-clock time, each query's CPU time on the calling thread
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}) is measured: on a loaded machine a query can wait
 * for a core, which shows in wall time only, so the two together tell the query's own cost from
 * time spent waiting to run.
 *
 * <p>Experiment switch: {@code -Dlookupbench.pragma="mmap_size=1073741824"} (any {@code PRAGMA}
 * assignment) is run on every store connection after opening, to measure a connection setting
 * the store does not (yet) make, without changing it.
 *
 * <p>Prints a table, then one machine-readable line per kind and store:
 * {@code result STORE_LABEL KIND n hits median_ms p95_ms p99_ms max_ms cpu_median_ms cpu_p99_ms}.
 * Never prints a name or an ID number.
 */
public final class LookupBench {

    static final int SEARCH_LIMIT = 50; // IdentifyViewModel.SEARCH_LIMIT
    static final int WARMUP_PER_KIND = 300;
    static final List<String> KINDS =
            List.of("id-present", "id-absent", "name-full", "name-prefix", "pinyin-initials", "pinyin-full");

    private LookupBench() {
    }

    /** One store under test: its register and the queries drawn from it. */
    private record Store(String label, Database database, PopulationRegister register,
                         Map<String, List<String>> warmup, Map<String, List<String>> measured) {
    }

    /** One timed call. */
    private record Task(Store store, String kind, String query) {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 1) {
            System.err.println("usage: LookupBench STORE_FILE [BASELINE_STORE_FILE] [QUERIES_PER_KIND] [SEED]");
            System.exit(2);
        }
        int perKind = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        List<Path> files = new ArrayList<>();
        files.add(Path.of(args[0]));
        if (args.length > 1 && !args[1].isEmpty() && !args[1].equals("-")) {
            files.add(Path.of(args[1]));
        }
        List<Database> opened = new ArrayList<>();
        try {
            List<Store> stores = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    System.err.println("no store at " + file + " (make one with certdesk demo-data --residents N)");
                    System.exit(2);
                }
                long started = System.nanoTime();
                Database database = Database.open(file);
                opened.add(database);
                String pragma = System.getProperty("lookupbench.pragma", "");
                if (!pragma.isBlank()) {
                    try (PreparedStatement statement = database.connection().prepareStatement("PRAGMA " + pragma);
                         ResultSet ignored = statement.executeQuery()) {
                        System.out.println("PRAGMA " + pragma);
                    }
                }
                long residents = count(database.connection());
                String label = residents >= 1_000_000 && residents % 1_000_000 == 0 ? residents / 1_000_000 + "M"
                        : residents % 1_000 == 0 ? residents / 1_000 + "k" : Long.toString(residents);
                System.out.printf(Locale.ROOT, "store %s: %,d residents, opened in %.1f s%n", label, residents,
                        (System.nanoTime() - started) / 1e9);
                Random random = new Random(seed * 31 + stores.size());
                Map<String, List<String>> warmup = draw(database.connection(), random, WARMUP_PER_KIND);
                Map<String, List<String>> measured = draw(database.connection(), random, perKind);
                stores.add(new Store(label, database, new SqlitePopulationRegister(database), warmup, measured));
            }
            run(stores, new Random(seed));
        } finally {
            for (Database database : opened) {
                database.close();
            }
        }
    }

    private static void run(List<Store> stores, Random random) throws SQLException {
        Connection main = stores.get(0).database().connection();
        List<Task> warmup = new ArrayList<>();
        List<Task> measured = new ArrayList<>();
        for (Store store : stores) {
            for (String kind : KINDS) {
                store.warmup().get(kind).forEach(query -> warmup.add(new Task(store, kind, query)));
                store.measured().get(kind).forEach(query -> measured.add(new Task(store, kind, query)));
            }
        }
        Collections.shuffle(warmup, random);
        Collections.shuffle(measured, random);
        long warmStarted = System.nanoTime();
        for (Task task : warmup) {
            execute(task);
            selectOne(main);
        }
        System.out.printf(Locale.ROOT, "warm-up: %,d queries in %.1f s%n", warmup.size(),
                (System.nanoTime() - warmStarted) / 1e9);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, long[]> cpuTimes = new LinkedHashMap<>();
        Map<String, int[]> hits = new LinkedHashMap<>();
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (Store store : stores) {
            for (String kind : KINDS) {
                String key = store.label() + " " + kind;
                times.put(key, new long[store.measured().get(kind).size()]);
                cpuTimes.put(key, new long[store.measured().get(kind).size()]);
                hits.put(key, new int[1]);
                filled.put(key, 0);
            }
        }
        String baselineKey = stores.get(0).label() + " select-1";
        times.put(baselineKey, new long[measured.size()]);
        cpuTimes.put(baselineKey, new long[measured.size()]);
        hits.put(baselineKey, new int[1]);
        filled.put(baselineKey, 0);
        long runStarted = System.nanoTime();
        for (Task task : measured) {
            String key = task.store().label() + " " + task.kind();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            int found = execute(task);
            long elapsed = System.nanoTime() - started;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
            int index = filled.merge(key, 1, Integer::sum) - 1;
            times.get(key)[index] = elapsed;
            cpuTimes.get(key)[index] = cpu;
            hits.get(key)[0] += found > 0 ? 1 : 0;

            cpuStarted = threads.getCurrentThreadCpuTime();
            started = System.nanoTime();
            int one = selectOne(main);
            elapsed = System.nanoTime() - started;
            cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
            index = filled.merge(baselineKey, 1, Integer::sum) - 1;
            times.get(baselineKey)[index] = elapsed;
            cpuTimes.get(baselineKey)[index] = cpu;
            hits.get(baselineKey)[0] += one;
        }
        System.out.printf(Locale.ROOT, "measured: %,d queries (+ as many SELECT 1) in %.1f s%n", measured.size(),
                (System.nanoTime() - runStarted) / 1e9);

        System.out.println();
        System.out.println("| store | kind | n | found | median ms | p95 ms | p99 ms | max ms | p99 ÷ SELECT 1 p99"
                + " | CPU median ms | CPU p99 ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double baselineP99 = percentile(sorted(times.get(baselineKey)), 0.99) / 1e6;
        List<String> machine = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : times.entrySet()) {
            long[] sorted = sorted(entry.getValue());
            double median = percentile(sorted, 0.50) / 1e6;
            double p95 = percentile(sorted, 0.95) / 1e6;
            double p99 = percentile(sorted, 0.99) / 1e6;
            double max = sorted[sorted.length - 1] / 1e6;
            long[] cpuSorted = sorted(cpuTimes.get(entry.getKey()));
            double cpuMedian = percentile(cpuSorted, 0.50) / 1e6;
            double cpuP99 = percentile(cpuSorted, 0.99) / 1e6;
            String[] key = entry.getKey().split(" ");
            int found = hits.get(entry.getKey())[0];
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %.3f | %.3f | %.3f | %.3f | %.0f | %.3f | %.3f |%n",
                    key[0], key[1], sorted.length, found, median, p95, p99, max, p99 / baselineP99, cpuMedian, cpuP99);
            machine.add(String.format(Locale.ROOT, "result %s %s %d %d %.4f %.4f %.4f %.4f %.4f %.4f", key[0], key[1],
                    sorted.length, found, median, p95, p99, max, cpuMedian, cpuP99));
        }
        System.out.println();
        machine.forEach(System.out::println);
    }

    /** Runs one query as the identification screen does; returns how many residents it found. */
    private static int execute(Task task) {
        PopulationRegister register = task.store().register();
        return switch (task.kind()) {
            case "id-present", "id-absent" -> register.byIdNumber(task.query()).isPresent() ? 1 : 0;
            default -> register.search(task.query(), SEARCH_LIMIT).size();
        };
    }

    /** The baseline: one statement prepared, executed and read through the same connection, as the register does. */
    private static int selectOne(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Draws {@code perKind} queries of each kind from random residents of the store. */
    static Map<String, List<String>> draw(Connection connection, Random random, int perKind) throws SQLException {
        long maxRowid = single(connection, "SELECT max(rowid) FROM resident");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        KINDS.forEach(kind -> queries.put(kind, new ArrayList<>()));
        Set<String> absentSeen = new HashSet<>();
        try (PreparedStatement resident = connection.prepareStatement(
                "SELECT id_number, name, pinyin_initials, pinyin_full FROM resident WHERE rowid = ?");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM resident WHERE id_number = ?")) {
            Supplier<String[]> randomResident = () -> {
                try {
                    while (true) {
                        resident.setLong(1, 1 + (long) (random.nextDouble() * maxRowid));
                        try (ResultSet rows = resident.executeQuery()) {
                            if (rows.next()) {
                                return new String[] {rows.getString(1), rows.getString(2), rows.getString(3),
                                        rows.getString(4)};
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            for (int index = 0; index < perKind; index++) {
                queries.get("id-present").add(randomResident.get()[0]);
                queries.get("id-absent").add(absent(randomResident.get()[0], random, exists, absentSeen));
                queries.get("name-full").add(randomResident.get()[1]);
                queries.get("name-prefix").add(typedPrefix(randomResident.get()[1]));
                queries.get("pinyin-initials").add(firstReading(randomResident.get()[2]));
                queries.get("pinyin-full").add(firstReading(randomResident.get()[3]));
            }
        }
        return queries;
    }

    /**
     * The resident's number with another sequence code (and its check character) that no resident
     * has. At a million residents the generator has used every sequence code of many (area, birth
     * date) buckets, so after a few tries the birth date moves too, by up to ten years.
     */
    private static String absent(String present, Random random, PreparedStatement exists, Set<String> seen)
            throws SQLException {
        LocalDate birth = LocalDate.parse(present.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        for (int attempt = 0; attempt < 100_000; attempt++) {
            LocalDate date = attempt < 5 ? birth : birth.minusDays(random.nextInt(3_650));
            String first17 = present.substring(0, 6) + date.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(999));
            String candidate = first17 + CheckCharacter.of(first17);
            if (seen.contains(candidate)) {
                continue;
            }
            exists.setString(1, candidate);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    seen.add(candidate);
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("found no absent ID number near a resident's");
    }

    /** All but the last character of a name (code points): surname and the start of the given name. */
    static String typedPrefix(String name) {
        int[] codePoints = name.codePoints().toArray();
        int keep = Math.max(1, codePoints.length - 1);
        return new String(codePoints, 0, keep);
    }

    private static String firstReading(String readings) {
        String first = readings.split(" ")[0];
        if (first.isEmpty()) {
            throw new IllegalStateException("a resident without pinyin keys: is the store's backfill done?");
        }
        return first;
    }

    private static long count(Connection connection) throws SQLException {
        return single(connection, "SELECT count(*) FROM resident");
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
