package cn.certdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.station.StoreStatus;
import cn.certdesk.store.Database;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.testing.FastHasher;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's logic without a toolkit: idle lock, unlock, screens by role, status texts. */
class MainViewModelTest {

    private static final char[] PASSWORD = "officer-pass-1".toCharArray();

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final Messages messages = new Messages(Messages.CHINESE);
    private final Station station = new Station(UUID.randomUUID(), "220102001001", "自强派出所", "220102", "01", false);
    private final AtomicInteger logouts = new AtomicInteger();
    private Database database;
    private AccountService accounts;
    private cn.certdesk.store.SqliteAuditTrail audit;
    private Officer officer;
    private MainViewModel viewModel;

    @BeforeEach
    void setUp() {
        database = Database.open(dataDir.resolve(Database.FILE_NAME));
        audit = new cn.certdesk.store.SqliteAuditTrail(database, clock);
        accounts = new AccountService(new SqliteOfficerRepository(database), FastHasher.create(), clock, audit);
        Officer admin = accounts.createFirstAdministrator("管理员", "900001", PASSWORD, PASSWORD);
        officer = accounts.createOfficer(admin, "户籍民警甲", "100001", Set.of(Role.HOUSEHOLD_OFFICER), PASSWORD, PASSWORD);
        viewModel = newViewModel(officer);
    }

    private MainViewModel newViewModel(Officer who) {
        return new MainViewModel(who, station, accounts, Duration.ofMinutes(10),
                () -> new StoreStatus("/tmp/x.db", 1, 1, 20_000, 6_800, true), clock, TaskRunner.sameThread(), messages,
                logouts::incrementAndGet);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDeskLocksAfterTheConfiguredIdleTimeAndNotBefore() {
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        viewModel.tick();
        assertThat(viewModel.lockedProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        viewModel.tick();
        assertThat(viewModel.lockedProperty().get()).isTrue();
    }

    @Test
    void inputRestartsTheIdleTime() {
        clock.advance(Duration.ofMinutes(8));
        viewModel.activity();
        clock.advance(Duration.ofMinutes(8));
        viewModel.tick();
        assertThat(viewModel.lockedProperty().get()).isFalse();
    }

    @Test
    void aShorterConfiguredIdleTimeTakesEffectAtOnce() {
        viewModel.setIdleLockAfter(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        viewModel.tick();
        assertThat(viewModel.lockedProperty().get()).isTrue();
    }

    @Test
    void onlyTheOfficersOwnPasswordUnlocks() {
        viewModel.lockNow();
        viewModel.unlockPasswordProperty().set("someone-elses-password");
        viewModel.unlock();
        assertThat(viewModel.lockedProperty().get()).isTrue();
        assertThat(viewModel.lockMessageProperty().get()).contains("4");
        assertThat(viewModel.unlockPasswordProperty().get()).isEmpty();

        viewModel.unlockPasswordProperty().set(new String(PASSWORD));
        viewModel.unlock();
        assertThat(viewModel.lockedProperty().get()).isFalse();
        assertThat(logouts.get()).isZero();
    }

    @Test
    void inputWhileLockedDoesNotCountAsActivity() {
        viewModel.lockNow();
        clock.advance(Duration.ofMinutes(30));
        viewModel.activity();
        viewModel.unlockPasswordProperty().set(new String(PASSWORD));
        viewModel.unlock();
        clock.advance(Duration.ofMinutes(10));
        viewModel.tick();
        assertThat(viewModel.lockedProperty().get()).isTrue();
    }

    @Test
    void fiveWrongPasswordsAtTheLockLogOut() {
        viewModel.lockNow();
        for (int attempt = 0; attempt < AccountService.MAX_FAILED_ATTEMPTS; attempt++) {
            viewModel.unlockPasswordProperty().set("wrong-" + attempt);
            viewModel.unlock();
        }
        assertThat(logouts.get()).isEqualTo(1);
    }

    @Test
    void R16_screensFollowTheOfficersRoles() {
        assertThat(viewModel.screens()).containsExactly(Screen.OVERVIEW, Screen.IDENTIFY, Screen.CATALOGUE, Screen.TEMPLATES,
                Screen.HISTORY);
        Officer admin = accounts.authenticate("900001", PASSWORD) instanceof
                cn.certdesk.domain.officer.AuthenticationResult.Success s ? s.officer() : null;
        assertThat(newViewModel(admin).screens())
                .containsExactly(Screen.OVERVIEW, Screen.CATALOGUE, Screen.TEMPLATES, Screen.ACCOUNTS, Screen.SETTINGS);
    }

    @Test
    void R15_onlyTheStationHeadSeesTheAuditLog() {
        Officer admin = accounts.authenticate("900001", PASSWORD) instanceof
                cn.certdesk.domain.officer.AuthenticationResult.Success s ? s.officer() : null;
        Officer head = accounts.createOfficer(admin, "所长丙", "100003", Set.of(Role.STATION_HEAD), PASSWORD, PASSWORD);
        assertThat(newViewModel(head).screens())
                .containsExactly(Screen.OVERVIEW, Screen.IDENTIFY, Screen.CATALOGUE, Screen.HISTORY, Screen.APPROVALS,
                        Screen.AUDIT, Screen.STATISTICS);
        assertThat(viewModel.screens()).doesNotContain(Screen.AUDIT);
        assertThat(newViewModel(admin).screens()).doesNotContain(Screen.AUDIT);
    }

    @Test
    void R15_unlockLogoutAndExitAreAuditEntries() {
        viewModel.lockNow();
        viewModel.unlockPasswordProperty().set(new String(PASSWORD));
        viewModel.unlock();
        viewModel.logout();
        AtomicInteger exits = new AtomicInteger();
        viewModel.exit(exits::incrementAndGet);

        java.util.List<cn.certdesk.domain.audit.AuditEntry> entries = audit.search(
                new cn.certdesk.domain.audit.AuditQuery(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                        java.util.Optional.of(officer.id()), java.util.Optional.empty(), ""), 100).reversed();
        assertThat(entries).extracting(entry -> entry.action() + " " + entry.detail()).containsExactly(
                "UNLOCK ", "LOGOUT how=menu", "LOGOUT how=exit");
        assertThat(logouts.get()).isEqualTo(1);
        assertThat(exits.get()).isEqualTo(1);
    }

    @Test
    void theStatusBarNamesStationOfficerRoleAndStoreState() {
        viewModel.refreshStoreStatus();
        assertThat(viewModel.stationText()).isEqualTo("派出所：自强派出所（窗口 01）");
        assertThat(viewModel.officerText()).isEqualTo("民警：户籍民警甲（警号 100001）");
        assertThat(viewModel.roleText()).isEqualTo("角色：户籍民警");
        assertThat(viewModel.storeTextProperty().get()).isEqualTo("本地数据库：完好 · 结构版本 1 · 正式数据");
    }

    @Test
    void theDemoStationIsMarkedSyntheticInTheWindowTitle() {
        Station demo = new Station(UUID.randomUUID(), "220102001001", "自强派出所（演示）", "220102", "01", true);
        MainViewModel demoModel = new MainViewModel(officer, demo, accounts, Duration.ofMinutes(10),
                () -> null, clock, TaskRunner.sameThread(), messages, () -> { });
        assertThat(demoModel.windowTitleProperty().get()).contains("演示站（合成数据）");
        assertThat(viewModel.windowTitleProperty().get()).doesNotContain("演示");
    }
}
