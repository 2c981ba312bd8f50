package cn.certdesk.app;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.store.Database;
import cn.certdesk.store.Migrations;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.StoreDamagedException;
import cn.certdesk.ui.common.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk demo-data --residents N}: fills the store in the data directory with the
 * synthetic demo station and its demo accounts. Refuses a store holding real records.
 */
@Command(name = "demo-data", description = "Fill the store with a synthetic demo station (residents in households, "
        + "demo accounts for every role), all marked synthetic. Refuses a store with real records.")
public final class DemoDataCommand implements Callable<Integer> {

    @ParentCommand
    CertDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--residents", paramLabel = "N", defaultValue = "20000",
            description = "Synthetic residents to generate (default ${DEFAULT-VALUE}; 1000000 works too).")
    long residents;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (residents < 1 || residents > 5_000_000) {
            err.println("--residents must be between 1 and 5000000");
            return 2;
        }
        Path dataDirectory = root.resolvedDataDirectory();
        LogSetup.configure(dataDirectory);
        Messages messages = Messages.forLanguage(root.language());
        Clock clock = Clock.systemDefaultZone();
        long step = Math.max(1, residents / 10);
        long[] nextReport = {step};
        long started = System.nanoTime();
        try (Database database = Database.open(dataDirectory.resolve(Database.FILE_NAME), clock, Migrations.bundled())) {
            AccountService accounts = new AccountService(new SqliteOfficerRepository(database), new PasswordHasher(), clock,
                    new cn.certdesk.store.SqliteAuditTrail(database, clock));
            out.println("生成演示站（合成数据）generating the synthetic demo station in " + dataDirectory);
            out.flush();
            long generated = new DemoStation(database, accounts, clock).ensure(residents, written -> {
                if (written >= nextReport[0]) {
                    out.printf("  %,d / %,d%n", written, residents);
                    out.flush();
                    nextReport[0] = written + step;
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            if (generated == 0) {
                out.println("演示站已存在，未重复生成 — the demo station already exists; demo accounts checked.");
            } else {
                out.printf("完成 done: %,d residents in %.1f s (%,.0f residents/s)%n", generated, seconds,
                        generated / seconds);
            }
            out.println("演示账户 demo accounts (password " + DemoStation.DEMO_PASSWORD + "):");
            for (DemoStation.DemoAccount account : DemoStation.ACCOUNTS) {
                out.println("  " + account.policeNumber() + "  " + account.name());
            }
            return 0;
        } catch (StoreDamagedException e) {
            err.println(messages.of(e));
            return 1;
        } catch (CertDeskException e) {
            err.println(messages.of(e));
            return 1;
        }
    }
}
