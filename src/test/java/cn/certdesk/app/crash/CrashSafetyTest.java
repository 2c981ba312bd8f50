package cn.certdesk.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.store.Database;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.store.application.ProjectionRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (R15: nothing an officer did is lost or half-recorded): a child JVM issues
 * certificates in a loop and is killed with SIGKILL at random moments, again and again on the
 * same store. After every kill the store is sound, opens, holds no half-issued application,
 * its projection matches the events, and certificate numbers run 1..N per desk and year with
 * every missing number explained by a recorded void.
 */
class CrashSafetyTest {

    private static final int KILLS = 50;
    private static final long SEED = 20261123L;

    @TempDir
    Path dataDir;

    @Test
    void R15_killingTheDeskAtRandomMomentsNeverLeavesAHalfRecordedCertificate() throws Exception {
        Random random = new Random(SEED);
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        int issuedSeen = 0;
        long started = System.nanoTime();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-cp", classPath, "--enable-native-access=ALL-UNNAMED",
                    "-Dfile.encoding=UTF-8", CrashHarness.class.getName(), dataDir.toString(),
                    Long.toString(random.nextLong()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            awaitReady(child);
            // 0.1–2 s: early enough to hit the first transactions, long enough that a loaded machine
            // (class loading, the SM3 audit chain, JIT) still issues certificates between the kills
            Thread.sleep(100 + random.nextInt(1901));
            assertThat(child.isAlive()).as("the harness is still working when killed (kill %d)", kill).isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            issuedSeen = verify(kill);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("CrashSafetyTest: %d kills in %d s, %d certificates issued%n", KILLS, seconds, issuedSeen);
        assertThat(issuedSeen).as("certificates were issued between the kills").isPositive();
    }

    private static void awaitReady(Process child) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null) {
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> {
                    try {
                        output.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the harness ended before it was ready:\n" + seen);
    }

    /** @return the number of issued certificates */
    private int verify(int kill) throws SQLException {
        Path file = dataDir.resolve(Database.FILE_NAME);
        assertThat(Database.checkIntegrity(file)).as("integrity after kill %d", kill).isEmpty();
        try (ApplicationDesk desk = ApplicationDesk.open(dataDir, Clock.system(ZoneId.of("Asia/Shanghai")))) {
            Map<UUID, List<RecordEvent>> byAggregate = new HashMap<>();
            for (RecordEvent event : allEvents(desk)) {
                if (event.aggregateType().equals(CertificatePrinting.AGGREGATE)) {
                    byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event);
                }
            }
            // No half-issued application: every issued (and every print) belongs to a created application.
            for (List<RecordEvent> events : byAggregate.values()) {
                assertThat(events.get(0).eventType()).as("first event after kill %d", kill)
                        .isEqualTo(ApplicationEvents.CREATED);
            }
            List<Application> applications = desk.applications.replayAll();
            assertThat(applications).hasSameSizeAs(byAggregate.keySet());

            // The projection matches the events once the store is opened the way the app opens it
            // (AppContext.open catches up a row whose print events were written around the OS print
            // call, outside the store transaction); at most the one application being printed.
            int caughtUp = desk.applications.catchUpProjection();
            assertThat(caughtUp).as("projection rows caught up after kill %d", kill).isLessThanOrEqualTo(1);
            List<Map<String, Object>> live = ProjectionRows.read(desk.database.connection());
            desk.applications.rebuildProjection();
            assertThat(ProjectionRows.read(desk.database.connection())).as("projection after kill %d", kill)
                    .isEqualTo(live);

            // The audit chain is whole and holds one CREATE entry per application: entry and event share a transaction.
            assertThat(desk.audit.verify().intact()).as("audit chain after kill %d", kill).isTrue();
            assertThat(desk.audit.search(new cn.certdesk.domain.audit.AuditQuery(java.time.Instant.EPOCH,
                    java.time.Instant.parse("2100-01-01T00:00:00Z"), java.util.Optional.empty(),
                    java.util.Optional.of(cn.certdesk.domain.audit.AuditAction.CREATE), ""), Integer.MAX_VALUE))
                    .as("CREATE audit entries after kill %d", kill).hasSameSizeAs(applications);

            // Numbers per desk and year run 1..N; a missing one would have to be explained by a void.
            Map<String, TreeSet<Integer>> sequences = new TreeMap<>();
            Set<Integer> voided = new HashSet<>();
            for (Application application : applications) {
                CertificateNumber number = application.number();
                String desk_year = number.stationCode() + "-" + number.deskCode() + "-" + number.year();
                assertThat(sequences.computeIfAbsent(desk_year, k -> new TreeSet<>()).add(number.sequence()))
                        .as("number %s unique", number).isTrue();
                if (application.status() == ApplicationStatus.VOIDED) {
                    voided.add(number.sequence());
                }
            }
            Map<String, Integer> allocated = allocatedSequences(desk);
            assertThat(allocated.keySet()).isEqualTo(sequences.keySet());
            for (Map.Entry<String, TreeSet<Integer>> entry : sequences.entrySet()) {
                int last = allocated.get(entry.getKey());
                for (int sequence = 1; sequence <= last; sequence++) {
                    assertThat(entry.getValue().contains(sequence) || voided.contains(sequence))
                            .as("number %d of %s used or voided (kill %d)", sequence, entry.getKey(), kill).isTrue();
                }
                assertThat(entry.getValue().last()).isEqualTo(last);
                assertThat(entry.getValue()).hasSize(last); // with numbers allocated in the creating transaction: no gap at all
            }
            return (int) applications.stream().filter(a -> a.status() == ApplicationStatus.ISSUED
                    || a.issuedBeforeVoid()).count();
        }
    }

    private static List<RecordEvent> allEvents(ApplicationDesk desk) {
        List<RecordEvent> all = new ArrayList<>();
        long cursor = 0;
        while (true) {
            List<RecordEvent> page = desk.events.after(cursor, 5_000);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            cursor = page.getLast().sequence();
        }
    }

    private static Map<String, Integer> allocatedSequences(ApplicationDesk desk) throws SQLException {
        Map<String, Integer> allocated = new TreeMap<>();
        try (Statement statement = desk.database.connection().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT station_code, desk_code, year, last_sequence FROM certificate_number_sequence")) {
            while (rows.next()) {
                allocated.put(rows.getString(1) + "-" + rows.getString(2) + "-" + rows.getInt(3), rows.getInt(4));
            }
        }
        return allocated;
    }
}
