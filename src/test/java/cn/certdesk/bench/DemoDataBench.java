package cn.certdesk.bench;

import cn.certdesk.app.DemoStation;
import cn.certdesk.domain.demo.SyntheticHousehold;
import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.store.Database;
import cn.certdesk.store.demo.SyntheticStationWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Demo-data generation rate, one measurement per JVM, for {@code src/bench/run-benchmarks.sh}.
 *
 * <pre>
 *   DemoDataBench generate N          SyntheticPopulation.households() only, nothing written (baseline)
 *   DemoDataBench write N STORE_FILE  SyntheticStationWriter.write into a new store (opened and migrated first)
 * </pre>
 *
 * Prints one line {@code mode residents seconds residents_per_second}; the timed part excludes JVM
 * start and, for {@code write}, opening the store. Uses the demo station's seed. Not a test.
 */
public final class DemoDataBench {

    private DemoDataBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !(args[0].equals("generate") || args[0].equals("write") && args.length == 3)) {
            System.err.println("usage: DemoDataBench generate N | write N STORE_FILE");
            System.exit(2);
        }
        long residents = Long.parseLong(args[1]);
        SyntheticPopulation population = new SyntheticPopulation(DemoStation.SEED, residents);
        long written;
        long started;
        long finished;
        if (args[0].equals("generate")) {
            started = System.nanoTime();
            written = consume(population);
            finished = System.nanoTime();
        } else {
            try (Database database = Database.open(Path.of(args[2]))) {
                Clock clock = Clock.systemUTC();
                started = System.nanoTime();
                written = new SyntheticStationWriter(database.connection(), clock).write(population, progress -> { })
                        .residents();
                finished = System.nanoTime();
            }
        }
        double seconds = (finished - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%s %d %.3f %.0f%n", args[0], written, seconds, written / seconds);
    }

    /** Walks every household as the writer does, reading the fields it binds, so nothing is optimised away. */
    private static long consume(SyntheticPopulation population) {
        long residents = 0;
        long checksum = 0;
        try (Stream<SyntheticHousehold> stream = population.households()) {
            Iterator<SyntheticHousehold> households = stream.iterator();
            while (households.hasNext()) {
                SyntheticHousehold household = households.next();
                checksum += household.householdNumber().hashCode() + household.memberships().size();
                for (var resident : household.residents()) {
                    checksum += resident.idNumber().hashCode() + resident.name().hashCode();
                }
                residents += household.residents().size();
            }
        }
        if (checksum == 42) {
            System.err.println("checksum " + checksum);
        }
        return residents;
    }
}
