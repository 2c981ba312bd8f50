package cn.certdesk.ui.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.station.StoreStatus;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A station head signing in on another officer's lock screen, and the main window's part in it, without a toolkit. */
class HeadSignInViewModelTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final Messages messages = new Messages(Messages.CHINESE);
    private final AtomicInteger logouts = new AtomicInteger();
    private ApplicationDesk desk;
    private HeadSignInViewModel signIn;
    private MainViewModel main;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
        signIn = new HeadSignInViewModel(desk.accounts, desk.community.id(), TaskRunner.sameThread(), messages);
        main = new MainViewModel(desk.community, desk.station, desk.accounts, Duration.ofMinutes(10),
                () -> new StoreStatus("/tmp/x.db", 1, 1, 0, 0, true), clock, TaskRunner.sameThread(), messages,
                logouts::incrementAndGet);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void signInAs(String policeNumber, String password) {
        signIn.policeNumberProperty().set(policeNumber);
        signIn.passwordProperty().set(password);
        signIn.signIn();
    }

    @Test
    void aStationHeadSignsInAndOut() {
        signInAs("100003", ApplicationDesk.PASSWORD);
        assertThat(signIn.headProperty().get().id()).isEqualTo(desk.head.id());
        assertThat(signIn.passwordProperty().get()).isEmpty();
        signIn.signOut();
        assertThat(signIn.headProperty().get()).isNull();
    }

    @Test
    void anOfficerWithoutTheApprovePermissionIsRefused() {
        signInAs("100001", ApplicationDesk.PASSWORD);
        assertThat(signIn.headProperty().get()).isNull();
        assertThat(signIn.messageProperty().get()).isEqualTo("该账户没有审批权限，只有所领导可以在锁屏时审批。");
    }

    @Test
    void theLockedSessionsOwnOfficerIsSentToUnlock() {
        signInAs("100002", ApplicationDesk.PASSWORD);
        assertThat(signIn.headProperty().get()).isNull();
        assertThat(signIn.messageProperty().get()).contains("解锁");
    }

    @Test
    void aWrongPasswordCountsTowardTheHeadsLockOut() {
        signInAs("100003", "wrong-password");
        assertThat(signIn.headProperty().get()).isNull();
        assertThat(signIn.messageProperty().get()).contains("再错 4 次");
    }

    @Test
    void headApprovalOpensOnlyOnTheLockScreenAndTheOfficersUnlockWaitsForIt() {
        main.openHeadApproval();
        assertThat(main.headApprovalOpenProperty().get()).as("not locked").isFalse();
        main.lockNow();
        main.openHeadApproval();
        assertThat(main.headApprovalOpenProperty().get()).isTrue();
        main.unlockPasswordProperty().set(ApplicationDesk.PASSWORD);
        main.unlock();
        assertThat(main.lockedProperty().get()).as("no unlock under the head's overlay").isTrue();
        main.closeHeadApproval();
        main.unlockPasswordProperty().set(ApplicationDesk.PASSWORD);
        main.unlock();
        assertThat(main.lockedProperty().get()).isFalse();
        assertThat(logouts.get()).isZero();
    }

    @Test
    void headApprovalLeftIdleClosesAndTheSessionStaysLocked() {
        main.lockNow();
        main.openHeadApproval();
        clock.advance(Duration.ofMinutes(9));
        main.activity();
        clock.advance(Duration.ofMinutes(9));
        main.tick();
        assertThat(main.headApprovalOpenProperty().get()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        main.tick();
        assertThat(main.headApprovalOpenProperty().get()).isFalse();
        assertThat(main.lockedProperty().get()).isTrue();
    }
}
