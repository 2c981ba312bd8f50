package cn.certdesk.ui.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApprovalDesk;
import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.Stub;
import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The approval screen's logic without a toolkit, over a real SQLite desk. */
class ApprovalViewModelTest {

    private static final String ABNORMAL_DEATH = "ISSUE_ABNORMAL_DEATH";
    private static final String ABANDONED_CHILD = "ISSUE_ABANDONED_CHILD";
    private static final String ID_NUMBER = "220102199003071234";

    @TempDir
    Path dataDir;

    // Monday 2026-11-23, 09:30 in Changchun.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final Messages messages = new Messages(Messages.CHINESE);
    private final List<String> renderedTemplates = new ArrayList<>();
    private final AtomicInteger blocked = new AtomicInteger();
    private ApplicationDesk desk;
    private ApprovalViewModel viewModel;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
        ApprovalDesk approvals = new ApprovalDesk(desk.applications, desk.accounts, (template, fields, header) -> {
            renderedTemplates.add(template + " " + header.number() + " " + header.officerName());
            return "%PDF".getBytes(StandardCharsets.US_ASCII);
        }, clock);
        DocumentPreview preview = (pdf, dpi) -> List.of(new DocumentPreview.PageImage(2, 1, new int[] {0, 0}));
        viewModel = new ApprovalViewModel(desk.head, approvals, desk.catalogue, preview, clock.getZone(),
                TaskRunner.sameThread(), messages, blocked::incrementAndGet);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Application awaiting(String kindCode, String name) {
        Application created = desk.applications.create(desk.community, desk.application(kindCode, name, ID_NUMBER)
                .withVerificationRecord(Map.of("incidentNumber", "J2201020000001")));
        return desk.applications.requestApproval(desk.community, created.id());
    }

    private ApprovalQueueItem select(Application application) {
        viewModel.refresh();
        ApprovalQueueItem item = viewModel.shown().stream().filter(i -> i.id().equals(application.id())).findFirst()
                .orElseThrow();
        viewModel.selectedProperty().set(item);
        return item;
    }

    @Test
    void R09_theQueueShowsOverdueFirstWithMaskedIdNumbersAndCounts() {
        Application overdue = awaiting(ABNORMAL_DEATH, "张三"); // due Mon 2026-11-30
        clock.advance(Duration.ofDays(8));
        Application later = awaiting(ABANDONED_CHILD, "李四");
        viewModel.refresh();
        assertThat(viewModel.shown()).extracting(ApprovalQueueItem::id).containsExactly(overdue.id(), later.id());
        ApprovalQueueItem first = viewModel.shown().getFirst();
        assertThat(viewModel.applicantText(first)).contains("220102********1234").doesNotContain(ID_NUMBER)
                .contains("未经人口信息核对");
        assertThat(viewModel.dueText(first)).isEqualTo("已逾期 2026-11-30");
        assertThat(viewModel.officerText(first)).isEqualTo("社区乙（警号 100002）");
        assertThat(viewModel.submittedText(first)).isEqualTo("2026-11-23 09:30");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("显示 2 件，共 2 件待审批，其中逾期 1 件。");
    }

    @Test
    void theQueueFiltersByKindAndByText() {
        Application death = awaiting(ABNORMAL_DEATH, "张三");
        Application child = awaiting(ABANDONED_CHILD, "李四");
        viewModel.refresh();
        assertThat(viewModel.kindChoices()).containsExactlyInAnyOrder(null, ABNORMAL_DEATH, ABANDONED_CHILD);
        viewModel.kindFilterProperty().set(ABANDONED_CHILD);
        assertThat(viewModel.shown()).extracting(ApprovalQueueItem::id).containsExactly(child.id());
        viewModel.kindFilterProperty().set(null);
        viewModel.textFilterProperty().set("张三");
        assertThat(viewModel.shown()).extracting(ApprovalQueueItem::id).containsExactly(death.id());
        viewModel.textFilterProperty().set(child.number().text());
        assertThat(viewModel.shown()).extracting(ApprovalQueueItem::id).containsExactly(child.id());
        viewModel.textFilterProperty().set("社区乙");
        assertThat(viewModel.shown()).hasSize(2);
        viewModel.textFilterProperty().set("无此人");
        assertThat(viewModel.shown()).isEmpty();
    }

    @Test
    void theDetailShowsWhatTheOfficerCapturedAndThePreview() {
        SignatureStrokes strokes = new SignatureStrokes(List.of(
                new Stroke(List.of(new StrokePoint(10, 10, 0), new StrokePoint(200, 40, 80))),
                new Stroke(List.of(new StrokePoint(20, 60, 120), new StrokePoint(220, 90, 200)))));
        var request = desk.application(ABNORMAL_DEATH, "张三", ID_NUMBER);
        request = new cn.certdesk.domain.application.NewApplication(request.kindCode(), request.applicant(), null,
                request.fieldValues(), Map.of("incidentNumber", "J2201020000001"),
                new Stub("13912345678", strokes.toJson()), Route.NORMAL, null)
                .withAgent(new Agent("220102198001011239", "王五", "子", "13800000000", "WT-1"));
        Application created = desk.applications.create(desk.community, request);
        desk.applications.requestApproval(desk.community, created.id());
        ApprovalQueueItem item = select(created);

        assertThat(viewModel.applicationProperty().get().id()).isEqualTo(created.id());
        assertThat(viewModel.headingProperty().get()).contains("非正常死亡", created.number().text());
        assertThat(viewModel.details()).extracting(ApprovalViewModel.Line::value)
                .contains("张三 " + ID_NUMBER + " （未经人口信息核对）", "按目录出具", "社区乙（警号 100002）")
                .anySatisfy(value -> assertThat(value).contains("王五", "子", "WT-1"));
        String firstLabel = desk.catalogue.byCode(ABNORMAL_DEATH).orElseThrow().requiredFields().getFirst().label();
        assertThat(viewModel.formLines()).extracting(ApprovalViewModel.Line::label).contains(firstLabel);
        assertThat(viewModel.verificationLines()).containsExactly(
                new ApprovalViewModel.Line("incidentNumber", "J2201020000001"));
        assertThat(viewModel.stubTextProperty().get()).contains("13912345678");
        assertThat(viewModel.signatureProperty().get()).isEqualTo(strokes);
        assertThat(viewModel.previewPages()).hasSize(1);
        assertThat(renderedTemplates).containsExactly(ABNORMAL_DEATH + " " + created.number().text() + " 社区乙");
        assertThat(item.toString()).doesNotContain("张三");
    }

    @Test
    void R13_anOverrideShowsItsRouteAndReason() {
        Application override = desk.applications.create(desk.household,
                desk.application("EXCHANGE_NAME", "赵六", ID_NUMBER).withRoute(Route.TRANSITION_OVERRIDE, "单位仍要求"));
        desk.applications.requestApproval(desk.household, override.id());
        select(override);
        assertThat(viewModel.details()).contains(
                new ApprovalViewModel.Line("办理途径", "过渡期目录外出具（R13）"),
                new ApprovalViewModel.Line("特办/过渡期理由", "单位仍要求"));
    }

    @Test
    void R07_approvingNeedsThePasswordAndThenLeavesTheQueue() {
        Application application = awaiting(ABNORMAL_DEATH, "张三");
        select(application);
        viewModel.approve();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请输入本人密码以确认审批决定。");
        assertThat(viewModel.errorProperty().get()).isTrue();
        viewModel.passwordProperty().set(ApplicationDesk.PASSWORD);
        viewModel.approve();
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(viewModel.messageProperty().get()).contains("已批准", application.number().text());
        assertThat(viewModel.errorProperty().get()).isFalse();
        assertThat(viewModel.shown()).isEmpty();
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
    }

    @Test
    void aWrongPasswordRecordsNothingSaysSoAndEmptiesTheField() {
        Application application = awaiting(ABNORMAL_DEATH, "张三");
        select(application);
        viewModel.passwordProperty().set("wrong-password");
        viewModel.approve();
        assertThat(viewModel.messageProperty().get()).isEqualTo("密码错误，未作任何审批记录。再错 4 次账户将被锁定。");
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(viewModel.selectedProperty().get()).isNotNull();
    }

    @Test
    void R12_rejectingNeedsAReasonBeforeThePasswordIsEvenChecked() {
        Application application = awaiting(ABNORMAL_DEATH, "张三");
        select(application);
        viewModel.passwordProperty().set("wrong-password");
        viewModel.reject();
        assertThat(viewModel.messageProperty().get()).isEqualTo("驳回须填写原因。");
        assertThat(new cn.certdesk.store.SqliteOfficerRepository(desk.database).findById(desk.head.id())
                .orElseThrow().failedAttempts()).isZero();
        viewModel.rejectReasonProperty().set("接处警记录号不符");
        viewModel.passwordProperty().set(ApplicationDesk.PASSWORD);
        viewModel.reject();
        assertThat(desk.applications.get(application.id()).rejectionReason()).contains("接处警记录号不符");
        assertThat(viewModel.messageProperty().get()).contains("已驳回");
        assertThat(viewModel.rejectReasonProperty().get()).isEmpty();
    }

    @Test
    void R12_theOfficersHomeScreenListsOnlyTheirOwnRejectedApplicationsWithTheReason() {
        Application rejected = awaiting(ABNORMAL_DEATH, "张三");
        awaiting(ABANDONED_CHILD, "李四"); // still waiting: not in the list
        select(rejected);
        viewModel.rejectReasonProperty().set("接处警记录号不符");
        viewModel.passwordProperty().set(ApplicationDesk.PASSWORD);
        viewModel.reject();
        cn.certdesk.ui.overview.OverviewViewModel home = new cn.certdesk.ui.overview.OverviewViewModel(
                desk.community, desk.station, () -> new cn.certdesk.domain.station.StoreStatus("/tmp/x.db", 5, 5, 0, 0,
                        true), TaskRunner.sameThread(), messages, desk.applications::openApplications,
                code -> desk.catalogue.byCode(code).orElseThrow().name());
        home.refresh();
        assertThat(home.rejectedApplications()).singleElement().asString()
                .contains(rejected.number().text(), "非正常死亡", "张三", "驳回原因：接处警记录号不符");
        cn.certdesk.ui.overview.OverviewViewModel otherOfficer = new cn.certdesk.ui.overview.OverviewViewModel(
                desk.household, desk.station, () -> new cn.certdesk.domain.station.StoreStatus("/tmp/x.db", 5, 5, 0,
                        0, true), TaskRunner.sameThread(), messages, desk.applications::openApplications, code -> code);
        otherOfficer.refresh();
        assertThat(otherOfficer.rejectedApplications()).isEmpty();
    }

    @Test
    void fourEyes_theHeadsOwnApplicationIsRefusedWithAMessage() {
        Application own = desk.applications.create(desk.preparingHead, desk.application(ABNORMAL_DEATH, "张三",
                ID_NUMBER));
        desk.applications.requestApproval(desk.preparingHead, own.id());
        ApprovalViewModel ownViewModel = new ApprovalViewModel(desk.preparingHead,
                new ApprovalDesk(desk.applications, desk.accounts, (t, f, h) -> new byte[0], clock),
                desk.catalogue, (pdf, dpi) -> List.of(), clock.getZone(), TaskRunner.sameThread(), messages, () -> { });
        ownViewModel.refresh();
        ownViewModel.selectedProperty().set(ownViewModel.shown().getFirst());
        ownViewModel.passwordProperty().set(ApplicationDesk.PASSWORD);
        ownViewModel.approve();
        assertThat(ownViewModel.messageProperty().get()).isEqualTo("不能审批本人经办的申请。");
        assertThat(desk.applications.get(own.id()).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountAndSignTheHeadOut() {
        Application application = awaiting(ABNORMAL_DEATH, "张三");
        select(application);
        for (int attempt = 1; attempt <= 5; attempt++) {
            viewModel.passwordProperty().set("wrong-" + attempt);
            viewModel.approve();
        }
        assertThat(blocked.get()).isEqualTo(1);
        assertThat(viewModel.messageProperty().get()).contains("锁定");
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
    }

    @Test
    void nothingToDecideBeforeAnApplicationIsChosen() {
        awaiting(ABNORMAL_DEATH, "张三");
        viewModel.refresh();
        assertThat(viewModel.decidableProperty().get()).isFalse();
        viewModel.passwordProperty().set(ApplicationDesk.PASSWORD);
        viewModel.approve();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请先在列表中选择一件申请。");
    }
}
