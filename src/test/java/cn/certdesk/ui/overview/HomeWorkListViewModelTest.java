package cn.certdesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's work list without a toolkit, over a real SQLite store (R09, R16). */
class HomeWorkListViewModelTest {

    private static final String ID_NUMBER = "220102199003071234";

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages(Messages.CHINESE);
    private final List<ApplicationSummary> opened = new ArrayList<>();
    private ApplicationDesk desk;

    private ApplicationDesk deskAt(String instant) {
        desk = ApplicationDesk.open(dataDir, new MutableClock(Instant.parse(instant), ZoneId.of("Asia/Shanghai")));
        return desk;
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private Application abnormalDeath(String name) {
        return desk.applications.create(desk.community, desk.application("ISSUE_ABNORMAL_DEATH", name, ID_NUMBER)
                .withVerificationRecord(Map.of("incidentNumber", "J2201020000001")));
    }

    private HomeWorkListViewModel viewModel(Officer officer) {
        HomeWorkListViewModel viewModel = new HomeWorkListViewModel(officer, desk.applications, desk.catalogue,
                TaskRunner.sameThread(), messages, opened::add);
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void R09_overdueApplicationsComeFirstAndAreMarked() {
        deskAt("2026-11-23T01:30:00Z"); // Monday
        Application overdue = abnormalDeath("张三"); // due Mon 2026-11-30
        desk.close();
        MutableClock later = new MutableClock(Instant.parse("2026-12-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        desk = ApplicationDesk.open(dataDir, later); // Tue 2026-12-01
        Application fresh = abnormalDeath("李四"); // due Tue 2026-12-08

        HomeWorkListViewModel viewModel = viewModel(desk.community);
        assertThat(viewModel.rows()).extracting(row -> row.summary().id()).containsExactly(overdue.id(), fresh.id());
        assertThat(viewModel.rows().get(0).overdue()).isTrue();
        assertThat(viewModel.rows().get(0).due()).isEqualTo("已逾期 2026-11-30");
        assertThat(viewModel.rows().get(1).due()).isEqualTo("2026-12-08");
        assertThat(viewModel.rows().get(0).kind()).isEqualTo("非正常死亡证明");
        assertThat(viewModel.messageProperty().get()).contains("2 件").contains("1 件已逾期");
    }

    @Test
    void R09_aRejectedApplicationShowsTheHeadsReason() {
        deskAt("2026-11-23T01:30:00Z");
        Application application = abnormalDeath("张三");
        desk.applications.requestApproval(desk.community, application.id());
        desk.applications.reject(desk.head, application.id(), "接处警记录编号有误");

        HomeWorkListViewModel viewModel = viewModel(desk.community);
        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo("已退回：接处警记录编号有误");
            assertThat(row.rejected()).isTrue();
        });
    }

    @Test
    void R09_aDueDateInAYearTheCalendarDoesNotCoverIsFlaggedEstimated() {
        deskAt("2026-12-31T01:30:00Z"); // Thu 2026-12-31: the 5 working days run into 2027
        abnormalDeath("张三");
        HomeWorkListViewModel viewModel = viewModel(desk.community);
        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.estimated()).isTrue();
            assertThat(row.due()).contains("按周一至周五估算");
        });
    }

    @Test
    void R09_eachStatusReadsAsTheOfficerNamesIt() {
        deskAt("2026-11-23T01:30:00Z");
        desk.applications.create(desk.household, desk.application("ISSUE_KINSHIP", "李四", ID_NUMBER));
        Application printed = desk.applications.create(desk.household,
                desk.application("ISSUE_KINSHIP", "王五", ID_NUMBER));
        desk.applications.print(desk.household, printed.id(), ApplicationDesk.printJob());
        Application awaiting = abnormalDeath("张三");
        desk.applications.requestApproval(desk.community, awaiting.id());
        Application approved = abnormalDeath("赵六");
        desk.applications.requestApproval(desk.community, approved.id());
        desk.applications.approve(desk.head, approved.id());

        assertThat(viewModel(desk.household).rows()).extracting(HomeWorkListViewModel.Row::status)
                .containsExactlyInAnyOrder("草稿", "已打印，待确认出纸");
        assertThat(viewModel(desk.community).rows()).extracting(HomeWorkListViewModel.Row::status)
                .containsExactlyInAnyOrder("待所领导审批", "已审批，待打印");
    }

    @Test
    void R16_theListShowsMaskedIdNumbersAndFlagsManualEntries() {
        deskAt("2026-11-23T01:30:00Z");
        abnormalDeath("张三");
        assertThat(viewModel(desk.community).rows()).singleElement().satisfies(row -> assertThat(row.applicant())
                .isEqualTo("张三（220102********1234，未经人口信息核对）").doesNotContain(ID_NUMBER));
    }

    @Test
    void openingTheSelectedApplicationHandsItToTheIssuingScreen() {
        deskAt("2026-11-23T01:30:00Z");
        Application application = abnormalDeath("张三");
        HomeWorkListViewModel viewModel = viewModel(desk.community);
        viewModel.openSelected();
        assertThat(opened).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请先在待办列表中选择一件申请。");
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.openSelected();
        assertThat(opened).extracting(ApplicationSummary::id).containsExactly(application.id());
    }

    @Test
    void anEmptyWorkListSaysSo() {
        deskAt("2026-11-23T01:30:00Z");
        HomeWorkListViewModel viewModel = viewModel(desk.household);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("没有待办的申请。");
    }
}
