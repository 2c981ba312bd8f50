package cn.certdesk.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditEntry;
import cn.certdesk.domain.audit.AuditQuery;
import cn.certdesk.domain.audit.AuditedPopulationRegister;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.SqliteSettingRepository;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.MutableClock;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R15, R16: what officers do at the desk leaves audit entries with officer, time, action and
 * object — and none of them holds the applicant's name, ID number or phone.
 */
class AuditHooksTest {

    private static final String NAME = "张三";
    private static final String ID_NUMBER = "220102199003071234";
    private static final String PHONE = "13900000000"; // the stub's phone in ApplicationDesk
    private static final char[] PASSWORD = "desk-pass-1234".toCharArray();

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private ApplicationDesk desk;
    private AccountService accounts;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
        accounts = new AccountService(new SqliteOfficerRepository(desk.database),
                new PasswordHasher(256, 1, 1, new SecureRandom()), clock, desk.audit);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<AuditEntry> entries() {
        return desk.audit.search(new AuditQuery(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), ""), 1000).reversed();
    }

    private List<AuditEntry> entries(AuditAction action) {
        return entries().stream().filter(entry -> entry.action() == action).toList();
    }

    private static String text(AuditEntry entry) {
        return entry.objectType() + " " + entry.objectRef() + " " + entry.detail();
    }

    @Test
    void R15_loginFailedLoginAndLogoutAreRecordedWithTheAccount() {
        assertThat(accounts.authenticate("100001", "wrong-password".toCharArray()))
                .isInstanceOf(AuthenticationResult.WrongCredentials.class);
        assertThat(accounts.authenticate("100001", PASSWORD)).isInstanceOf(AuthenticationResult.Success.class);
        accounts.logOut(desk.household, "menu");

        assertThat(entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LOGIN_FAILED, AuditAction.LOGIN, AuditAction.LOGOUT);
        assertThat(entries()).allSatisfy(entry -> {
            assertThat(entry.officerId()).contains(desk.household.id());
            assertThat(entry.objectRef()).isEqualTo("100001");
        });
        assertThat(entries(AuditAction.LOGIN_FAILED).get(0).detail()).contains("attempt=1/5");
        assertThat(desk.audit.verify().intact()).isTrue();
    }

    @Test
    void R16_aLoginWithAnUnknownNumberDoesNotRecordWhatWasTyped() {
        accounts.authenticate(ID_NUMBER, PASSWORD);

        AuditEntry failed = entries(AuditAction.LOGIN_FAILED).get(0);
        assertThat(failed.officerId()).isEmpty();
        assertThat(text(failed)).doesNotContain(ID_NUMBER).contains("unknown-police-number");
    }

    @Test
    void unlockingTheDeskIsRecordedAndAWrongPasswordThereIsAFailedLogin() {
        accounts.unlockDesk(desk.head.id(), "wrong-password".toCharArray());
        accounts.unlockDesk(desk.head.id(), PASSWORD);

        assertThat(entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LOGIN_FAILED, AuditAction.UNLOCK);
        assertThat(entries(AuditAction.LOGIN_FAILED).get(0).detail()).contains("step=unlock");
    }

    @Test
    void R15_R16_issuingPrintingApprovingRejectingVoidingAndRefusingAreRecordedWithoutPersonalData() {
        Application kinship = desk.applications.create(desk.household,
                desk.application("ISSUE_KINSHIP", NAME, ID_NUMBER));
        desk.applications.print(desk.household, kinship.id(), ApplicationDesk.printJob());
        desk.applications.confirmIssued(desk.household, kinship.id());
        desk.applications.void_(desk.household, kinship.id(), NAME + "的证明内容有误");

        Application approved = desk.applications.create(desk.community,
                desk.application("ISSUE_ABNORMAL_DEATH", NAME, ID_NUMBER));
        desk.applications.requestApproval(desk.community, approved.id());
        desk.applications.approve(desk.head, approved.id());
        Application rejected = desk.applications.create(desk.community,
                desk.application("ISSUE_ABNORMAL_DEATH", NAME, ID_NUMBER));
        desk.applications.requestApproval(desk.community, rejected.id());
        desk.applications.reject(desk.head, rejected.id(), NAME + "的核查记录不全，电话" + PHONE);
        desk.applications.recordRefusal(desk.household, new RefusalRequest(null, NAME + "要婚姻状况证明",
                "不属于公安机关职责"));

        assertThat(entries()).extracting(AuditEntry::action).containsExactly(
                AuditAction.CREATE, AuditAction.PRINT, AuditAction.ISSUE, AuditAction.VOID,
                AuditAction.CREATE, AuditAction.REQUEST_APPROVAL, AuditAction.APPROVE,
                AuditAction.CREATE, AuditAction.REQUEST_APPROVAL, AuditAction.REJECT,
                AuditAction.REFUSE);
        AuditEntry print = entries(AuditAction.PRINT).get(0);
        assertThat(print.officerId()).contains(desk.household.id());
        assertThat(print.objectRef()).isEqualTo(kinship.number().text());
        assertThat(print.detail()).contains("id=" + kinship.id(), "outcome=sent");
        AuditEntry approve = entries(AuditAction.APPROVE).get(0);
        assertThat(approve.officerId()).contains(desk.head.id());
        assertThat(approve.policeNumber()).contains("100003");
        assertThat(approve.objectRef()).isEqualTo(approved.number().text());
        assertThat(entries(AuditAction.CREATE).get(0).detail()).contains("kind=ISSUE_KINSHIP", "route=NORMAL");
        assertThat(entries(AuditAction.REFUSE).get(0).detail()).contains("group=outside_catalogue");
        assertThat(entries()).allSatisfy(entry -> {
            assertThat(entry.officerId()).isPresent();
            assertThat(entry.objectRef()).isNotBlank();
            assertThat(text(entry)).doesNotContain(NAME, ID_NUMBER, PHONE);
        });
        assertThat(desk.audit.verify().intact()).isTrue();
    }

    @Test
    void R15_aReprintOfTheArchivedCopyIsRecordedAsAReprintAndAPrint() {
        Application kinship = desk.applications.create(desk.household,
                desk.application("ISSUE_KINSHIP", NAME, ID_NUMBER));
        desk.applications.print(desk.household, kinship.id(), ApplicationDesk.printJob());
        desk.applications.confirmIssued(desk.household, kinship.id());

        desk.applications.reprint(desk.household, kinship.id(), NAME + "遗失，补打", "窗口打印机", 1);

        assertThat(entries()).extracting(AuditEntry::action).containsExactly(
                AuditAction.CREATE, AuditAction.PRINT, AuditAction.ISSUE, AuditAction.REPRINT, AuditAction.PRINT);
        assertThat(entries(AuditAction.PRINT).get(1).detail()).contains("reprint", "outcome=sent");
        assertThat(entries(AuditAction.REPRINT).get(0).objectRef()).isEqualTo(kinship.number().text());
        assertThat(entries()).allSatisfy(entry -> assertThat(text(entry)).doesNotContain(NAME, ID_NUMBER));
        assertThat(desk.audit.verify().intact()).isTrue();
    }

    @Test
    void R15_anActionWhoseAuditEntryCannotBeWrittenIsNotDone() throws Exception {
        try (Statement statement = desk.database.connection().createStatement()) {
            // every audit write fails, as on a full disk
            statement.executeUpdate("""
                    CREATE TRIGGER audit_entry_fails BEFORE INSERT ON audit_entry
                    BEGIN SELECT RAISE(ABORT, 'disk full'); END""");
        }

        assertThatThrownBy(() -> desk.applications.create(desk.household,
                desk.application("ISSUE_KINSHIP", NAME, ID_NUMBER))).isInstanceOf(CertDeskException.class);

        try (Statement statement = desk.database.connection().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT (SELECT count(*) FROM record_event), (SELECT count(*) FROM application)")) {
            rows.next();
            assertThat(rows.getInt(1)).as("events").isZero();
            assertThat(rows.getInt(2)).as("applications").isZero();
        }
    }

    @Test
    void R16_viewingAPersonsRecordIsRecordedByTheResidentsUuidOnly() throws Exception {
        UUID resident = UUID.randomUUID();
        try (PreparedStatement insert = desk.database.connection().prepareStatement("""
                INSERT INTO resident (id, id_number, name, former_names, gender, ethnicity, birth_date, birth_place,
                                      deceased_on, synthetic, created_at, updated_at)
                VALUES (?, ?, ?, '', 'M', '汉族', '1990-03-07', '吉林省长春市', NULL, 1, ?, ?)""")) {
            insert.setString(1, resident.toString());
            insert.setString(2, ID_NUMBER);
            insert.setString(3, NAME);
            insert.setString(4, "2026-11-23T01:30:00.000Z");
            insert.setString(5, "2026-11-23T01:30:00.000Z");
            insert.executeUpdate();
        }
        AuditedPopulationRegister register = new AuditedPopulationRegister(
                new SqlitePopulationRegister(desk.database), desk.audit, desk.household, clock);

        register.byIdNumber(ID_NUMBER);
        register.get(resident); // the detail right after the lookup: the same view
        register.search(NAME, 10); // a masked list is not a view of a record
        clock.advance(Duration.ofMinutes(3));
        register.get(resident);

        List<AuditEntry> views = entries(AuditAction.VIEW_PERSON);
        assertThat(entries()).hasSize(2);
        assertThat(views).hasSize(2).allSatisfy(view -> {
            assertThat(view.officerId()).contains(desk.household.id());
            assertThat(view.objectType()).isEqualTo("resident");
            assertThat(view.objectRef()).isEqualTo(resident.toString());
            assertThat(text(view)).doesNotContain(NAME, ID_NUMBER);
        });
    }

    @Test
    void R15_settingsAndAccountChangesAreRecordedWithWhoChangedThem() {
        DeskSettings settings = new DeskSettings(new SqliteSettingRepository(desk.database), clock, desk.audit);
        settings.setIdleLockMinutes(desk.head, 15);
        Officer admin = new Officer(UUID.randomUUID(), "900001", "管理员", Set.of(Role.ADMINISTRATOR), "x", 0,
                Optional.empty(), true, false);
        new SqliteOfficerRepository(desk.database).insert(admin, clock.instant());
        accounts.createOfficer(admin, "社区丁", "100020", Set.of(Role.COMMUNITY_OFFICER), "officer-pass-1".toCharArray(),
                "officer-pass-1".toCharArray());
        accounts.setActive(admin, desk.community.id(), false);

        AuditEntry setting = entries(AuditAction.SETTINGS_CHANGED).get(0);
        assertThat(setting.officerId()).contains(desk.head.id());
        assertThat(setting.objectRef()).isEqualTo(DeskSettings.IDLE_LOCK_MINUTES);
        assertThat(setting.detail()).isEqualTo("from=default; to=15");
        List<AuditEntry> accountChanges = entries(AuditAction.ACCOUNT_CHANGED);
        assertThat(accountChanges).extracting(AuditEntry::objectRef).containsExactly("100020", "100002");
        assertThat(accountChanges).allSatisfy(change -> assertThat(change.officerId()).contains(admin.id()));
        assertThat(accountChanges.get(0).detail()).isEqualTo("change=created; roles=COMMUNITY_OFFICER");
        assertThat(accountChanges.get(1).detail()).isEqualTo("change=deactivated");
        assertThat(entries()).allSatisfy(entry -> assertThat(text(entry)).doesNotContain("社区丁"));
    }
}
