package cn.certdesk.testing;

import cn.certdesk.app.AppContext;
import cn.certdesk.app.DemoStation;
import cn.certdesk.app.DeskWindow;
import cn.certdesk.ui.common.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import javafx.stage.Stage;

/**
 * A real desk for UI tests: the real composition root on a real SQLite store in a temporary
 * folder, a clock the test moves, quick password hashing, and (optionally) a small demo station
 * with the documented demo accounts.
 */
public final class DeskFixture implements AutoCloseable {

    public static final String PASSWORD = DemoStation.DEMO_PASSWORD;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AppContext context;

    private DeskFixture(Path dataDirectory, boolean demo) {
        context = AppContext.open(dataDirectory, clock, new Messages(Messages.CHINESE), FastHasher.create());
        if (demo) {
            context.onStoreThread(() -> new DemoStation(context.database(), context.accounts(), clock)
                    .ensure(300, written -> { }));
        }
    }

    /** A demo station with 300 synthetic residents and the four demo accounts. */
    public static DeskFixture demoStation(Path dataDirectory) {
        return new DeskFixture(dataDirectory, true);
    }

    /** A brand-new desk: empty store, no accounts (first-run setup). */
    public static DeskFixture emptyDesk(Path dataDirectory) {
        return new DeskFixture(dataDirectory, false);
    }

    public void showIn(Stage stage) {
        new DeskWindow(stage, context, stage::close, false).showStart();
    }

    /** The stored account, read on the store thread. */
    public cn.certdesk.domain.officer.Officer officer(String policeNumber) {
        return context.onStoreThread(() -> new cn.certdesk.store.SqliteOfficerRepository(context.database())
                .findByPoliceNumber(policeNumber).orElseThrow());
    }

    public MutableClock clock() {
        return clock;
    }

    public AppContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
