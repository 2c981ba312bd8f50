package cn.certdesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditOfficer;
import cn.certdesk.domain.audit.AuditReview;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.store.Database;
import cn.certdesk.store.Migrations;
import cn.certdesk.store.SqliteAuditTrail;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R15: the station head's audit viewer without a toolkit, over a real audit trail. */
class AuditViewModelTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private Database database;
    private SqliteAuditTrail trail;
    private Officer head;
    private Officer household;
    private AuditViewModel viewModel;

    @BeforeEach
    void setUp() {
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
        SqliteOfficerRepository officers = new SqliteOfficerRepository(database);
        head = officer("100003", "所长丙", Role.STATION_HEAD);
        household = officer("100001", "户籍甲", Role.HOUSEHOLD_OFFICER);
        officers.insert(head, clock.instant());
        officers.insert(household, clock.instant());
        trail = new SqliteAuditTrail(database, clock);
        // 2026-11-20 (three days ago, desk time) and today
        clock.advance(Duration.ofDays(-3));
        trail.record(household, AuditAction.LOGIN, "officer", "100001", "");
        trail.record(household, AuditAction.CREATE, "application", "220102001001-01-2026-000001",
                "id=" + UUID.randomUUID() + "; kind=ISSUE_KINSHIP; route=NORMAL");
        clock.advance(Duration.ofDays(3));
        trail.record(null, AuditAction.LOGIN_FAILED, "officer", "unknown", "step=login; reason=unknown-police-number");
        trail.record(head, AuditAction.LOGIN, "officer", "100003", "");
        trail.record(head, AuditAction.APPROVE, "application", "220102001001-01-2026-000002", "id=" + UUID.randomUUID());
        viewModel = new AuditViewModel(head, new AuditReview(trail), clock, TaskRunner.sameThread(),
                new Messages(Messages.CHINESE));
    }

    private static Officer officer(String policeNumber, String name, Role role) {
        return new Officer(UUID.randomUUID(), policeNumber, name, Set.of(role), "x", 0, Optional.empty(), true, false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void R15_onOpeningItShowsTheLastSevenDaysNewestFirstWithOfficerNameAndPoliceNumberInChinese() {
        viewModel.load();

        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(viewModel.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(viewModel.rows()).extracting(AuditViewModel.Row::action)
                .containsExactly("审批同意", "登录", "登录失败", "登记申请", "登录");
        AuditViewModel.Row approve = viewModel.rows().get(0);
        assertThat(approve.officer()).isEqualTo("所长丙（100003）");
        assertThat(approve.object()).isEqualTo("证明申请 220102001001-01-2026-000002");
        assertThat(approve.time()).isEqualTo("2026-11-23 09:30:00");
        assertThat(viewModel.rows().get(2).officer()).isEqualTo("系统 / 未知警号");
        assertThat(viewModel.messageProperty().get()).isEqualTo("共 5 条记录。");
        assertThat(viewModel.officers()).extracting(AuditOfficer::policeNumber).containsExactly("100001", "100003");
    }

    @Test
    void R15_theChainStatusSaysIntact() {
        viewModel.load();
        assertThat(viewModel.chainIntactProperty().get()).isTrue();
        assertThat(viewModel.chainTextProperty().get()).contains("审计链完整", "5");
    }

    @Test
    void R15_aTamperedTrailIsShownBrokenNamingTheFirstBrokenEntry() throws Exception {
        try (Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("DROP TRIGGER audit_entry_no_update");
            statement.executeUpdate("UPDATE audit_entry SET police_number = '100009' WHERE seq = 2");
        }
        viewModel.load();
        assertThat(viewModel.chainIntactProperty().get()).isFalse();
        assertThat(viewModel.chainTextProperty().get()).contains("审计链已被破坏", "第 2 号", "内容被改动");
    }

    @Test
    void filtersNarrowByDateOfficerActionAndObjectText() {
        viewModel.load();
        viewModel.fromProperty().set(LocalDate.of(2026, 11, 20));
        viewModel.toProperty().set(LocalDate.of(2026, 11, 20));
        viewModel.search();
        assertThat(viewModel.rows()).extracting(AuditViewModel.Row::action).containsExactly("登记申请", "登录");

        viewModel.toProperty().set(LocalDate.of(2026, 11, 23));
        viewModel.officerProperty().set(viewModel.officers().get(1)); // 100003
        viewModel.actionProperty().set(AuditAction.LOGIN);
        viewModel.search();
        assertThat(viewModel.rows()).extracting(AuditViewModel.Row::officer).containsExactly("所长丙（100003）");

        viewModel.officerProperty().set(null);
        viewModel.actionProperty().set(null);
        viewModel.objectTextProperty().set("2026-000001");
        viewModel.search();
        assertThat(viewModel.rows()).extracting(AuditViewModel.Row::object)
                .containsExactly("证明申请 220102001001-01-2026-000001");
    }

    @Test
    void aStartAfterTheEndIsRefusedInChineseAndTheListStays() {
        viewModel.load();
        viewModel.fromProperty().set(LocalDate.of(2026, 11, 24));
        viewModel.search();
        assertThat(viewModel.messageProperty().get()).isEqualTo("开始日期不能晚于结束日期。");
        assertThat(viewModel.rows()).hasSize(5);
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aMissingDateIsSaid() {
        viewModel.toProperty().set(null);
        viewModel.search();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请填写开始日期和结束日期。");
    }

    @Test
    void R16_anOfficerWithoutTheAuditPermissionIsRefused() {
        AuditViewModel notAllowed = new AuditViewModel(household, new AuditReview(trail), clock,
                TaskRunner.sameThread(), new Messages(Messages.CHINESE));
        notAllowed.load();
        assertThat(notAllowed.rows()).isEmpty();
        assertThat(notAllowed.messageProperty().get()).isNotBlank();
        assertThat(notAllowed.chainIntactProperty().get()).isFalse();
    }

    @Test
    void everyActionHasAChineseName() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(viewModel.actionName(action)).doesNotStartWith("!").matches(".*\\p{IsHan}.*");
        }
    }
}
