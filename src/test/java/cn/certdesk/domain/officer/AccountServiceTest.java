package cn.certdesk.domain.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.store.Database;
import cn.certdesk.store.Migrations;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.testing.FastHasher;
import cn.certdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Officer accounts against a real SQLite file. */
class AccountServiceTest {

    private static final char[] ADMIN_PASSWORD = "admin-pass-1".toCharArray();
    private static final char[] OFFICER_PASSWORD = "officer-pass-1".toCharArray();

    @TempDir
    Path dataDir;

    private Database database;
    private AccountService accounts;
    private Officer admin;

    @BeforeEach
    void openStore() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
        accounts = new AccountService(new SqliteOfficerRepository(database), FastHasher.create(), clock,
                new cn.certdesk.store.SqliteAuditTrail(database, clock));
        admin = accounts.createFirstAdministrator("管理员", "900001", ADMIN_PASSWORD, ADMIN_PASSWORD);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private Officer householdOfficer() {
        return accounts.createOfficer(admin, "户籍民警甲", "100001", Set.of(Role.HOUSEHOLD_OFFICER),
                OFFICER_PASSWORD, OFFICER_PASSWORD);
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnlyOnce() {
        assertThat(accounts.needsFirstAdministrator()).isFalse();
        assertThatThrownBy(() -> accounts.createFirstAdministrator("第二个", "900002", ADMIN_PASSWORD, ADMIN_PASSWORD))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.setup.done"));
    }

    @Test
    void theRightPasswordLogsIn() {
        householdOfficer();
        AuthenticationResult result = accounts.authenticate("100001", OFFICER_PASSWORD);
        assertThat(result).isInstanceOfSatisfying(AuthenticationResult.Success.class,
                success -> assertThat(success.officer().name()).isEqualTo("户籍民警甲"));
    }

    @Test
    void passwordsAreStoredAsArgon2idHashesNeverInClear() {
        householdOfficer();
        Officer stored = new SqliteOfficerRepository(database).findByPoliceNumber("100001").orElseThrow();
        assertThat(stored.passwordHash()).startsWith("$argon2id$v=19$").doesNotContain("officer-pass-1");
    }

    @Test
    void aWrongPasswordSaysHowManyAttemptsRemain() {
        householdOfficer();
        AuthenticationResult result = accounts.authenticate("100001", "wrong-password".toCharArray());
        assertThat(result).isEqualTo(new AuthenticationResult.WrongCredentials(4));
    }

    @Test
    void anUnknownPoliceNumberIsRefusedLikeAWrongPassword() {
        assertThat(accounts.authenticate("123456", OFFICER_PASSWORD))
                .isEqualTo(new AuthenticationResult.WrongCredentials(-1));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        householdOfficer();
        for (int attempt = 1; attempt < AccountService.MAX_FAILED_ATTEMPTS; attempt++) {
            assertThat(accounts.authenticate("100001", "wrong".toCharArray()))
                    .isInstanceOf(AuthenticationResult.WrongCredentials.class);
        }
        assertThat(accounts.authenticate("100001", "wrong".toCharArray())).isInstanceOf(AuthenticationResult.Locked.class);
        assertThat(accounts.authenticate("100001", OFFICER_PASSWORD)).isInstanceOf(AuthenticationResult.Locked.class);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        householdOfficer();
        for (int attempt = 1; attempt < AccountService.MAX_FAILED_ATTEMPTS; attempt++) {
            accounts.authenticate("100001", "wrong".toCharArray());
        }
        accounts.authenticate("100001", OFFICER_PASSWORD);
        assertThat(accounts.authenticate("100001", "wrong".toCharArray()))
                .isEqualTo(new AuthenticationResult.WrongCredentials(4));
    }

    @Test
    void theAdministratorUnlocksALockedAccount() {
        Officer officer = householdOfficer();
        for (int attempt = 0; attempt < AccountService.MAX_FAILED_ATTEMPTS; attempt++) {
            accounts.authenticate("100001", "wrong".toCharArray());
        }
        accounts.unlock(admin, officer.id());
        assertThat(accounts.authenticate("100001", OFFICER_PASSWORD)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void failedReentriesAtTheIdleLockCountTowardsTheLockOut() {
        Officer officer = householdOfficer();
        for (int attempt = 1; attempt < AccountService.MAX_FAILED_ATTEMPTS; attempt++) {
            accounts.reauthenticate(officer.id(), "wrong".toCharArray());
        }
        assertThat(accounts.reauthenticate(officer.id(), "wrong".toCharArray()))
                .isInstanceOf(AuthenticationResult.Locked.class);
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        Officer officer = householdOfficer();
        accounts.setActive(admin, officer.id(), false);
        assertThat(accounts.authenticate("100001", OFFICER_PASSWORD)).isInstanceOf(AuthenticationResult.Inactive.class);
    }

    @Test
    void onlyTheAdministratorManagesAccounts() {
        Officer officer = householdOfficer();
        assertThatThrownBy(() -> accounts.createOfficer(officer, "新民警", "100002", Set.of(Role.STATION_HEAD),
                OFFICER_PASSWORD, OFFICER_PASSWORD))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("permission.denied"));
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        assertThatThrownBy(() -> accounts.setActive(admin, admin.id(), false))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.cannot.deactivate.self"));
    }

    @Test
    void aPoliceNumberCanHaveOnlyOneAccount() {
        householdOfficer();
        assertThatThrownBy(this::householdOfficer).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("account.police.number.taken"));
    }

    @Test
    void malformedEntriesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> accounts.createOfficer(admin, "张三", "12AB56", Set.of(Role.HOUSEHOLD_OFFICER),
                OFFICER_PASSWORD, OFFICER_PASSWORD)).hasMessageContaining("account.police.number.invalid");
        assertThatThrownBy(() -> accounts.createOfficer(admin, "张三", "100003", Set.of(Role.HOUSEHOLD_OFFICER),
                "short".toCharArray(), "short".toCharArray())).hasMessageContaining("account.password.too.short");
        assertThatThrownBy(() -> accounts.createOfficer(admin, "张三", "100003", Set.of(Role.HOUSEHOLD_OFFICER),
                OFFICER_PASSWORD, "different-1".toCharArray())).hasMessageContaining("account.password.mismatch");
        assertThatThrownBy(() -> accounts.createOfficer(admin, "张\u202E三", "100003", Set.of(Role.HOUSEHOLD_OFFICER),
                OFFICER_PASSWORD, OFFICER_PASSWORD)).hasMessageContaining("input.illegal.character");
        assertThatThrownBy(() -> accounts.createOfficer(admin, "张三", "100003", Set.of(),
                OFFICER_PASSWORD, OFFICER_PASSWORD)).hasMessageContaining("account.roles.empty");
    }

    @Test
    void aNameWithACharacterOutsideTheBmpIsStoredExactly() {
        String rare = "王\uD840\uDC0B"; // 王𠀋, U+2000B from CJK Extension B
        accounts.createOfficer(admin, rare, "100005", Set.of(Role.COMMUNITY_OFFICER), OFFICER_PASSWORD,
                OFFICER_PASSWORD);
        assertThat(new SqliteOfficerRepository(database).findByPoliceNumber("100005").orElseThrow().name())
                .isEqualTo(rare);
    }

    @Test
    void R16_theAdministratorRoleNeverSeesCitizensData() {
        assertThat(admin.may(Permission.IDENTIFY_APPLICANT)).isFalse();
        assertThat(admin.may(Permission.MANAGE_ACCOUNTS)).isTrue();
        assertThat(Role.HOUSEHOLD_OFFICER.permissions()).doesNotContain(Permission.APPROVE, Permission.MANAGE_ACCOUNTS);
        assertThat(Role.STATION_HEAD.permissions()).contains(Permission.APPROVE, Permission.OVERRIDE);
    }
}
