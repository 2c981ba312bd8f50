package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.ui.approval.ApprovalSeed;
import cn.certdesk.ui.main.Screen;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import cn.certdesk.ui.overview.HomeWorkListViewModel;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The station head's approval screen driven from the keyboard against the real store (R07, R12). */
@ExtendWith(ApplicationExtension.class)
class ApprovalScreenTest {

    private static final String HEAD = "100003";
    private static final String COMMUNITY = "100002";

    @TempDir
    Path dataDir;

    /** Seconds to wait for work on the store thread that may queue behind the first certificate render. */
    private static final long SLOW = 60;

    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        cn.certdesk.ui.common.UiFont.load(); // as the app does: the screenshot shows Chinese, not boxes
        desk = DeskFixture.demoStation(dataDir);
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
    }

    /** Logs in, opens the approval screen (the head's fourth screen) and chooses the first waiting application. */
    private void openFirstApplication(FxRobot robot, String policeNumber) throws Exception {
        FxSteps.logIn(robot, policeNumber);
        openApprovals(robot, policeNumber);
        waitFor(() -> robot.lookup("#queueTable").tryQuery().isPresent()
                && !robot.lookup("#queueTable").queryAs(TableView.class).getItems().isEmpty());
        alt(robot, KeyCode.F);
        robot.type(KeyCode.ENTER); // filter → queue, first row chosen
        waitFor(() -> !robot.lookup("#approveButton").query().isDisabled());
        robot.type(KeyCode.ENTER); // queue → password
    }

    /** The window as the head sees it, for a look by eye (target/screenshots). */
    private static void screenshot(FxRobot robot, Node any, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> any.getScene().snapshot(null)).get();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage((int) image.getWidth(),
                (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(picture, "png", file.toFile());
    }

    /** Ctrl+N opens the N-th screen the officer may see; the approval screen's place depends on the roles. */
    private void openApprovals(FxRobot robot, String policeNumber) {
        int position = Screen.allowedScreens(desk.officer(policeNumber)).indexOf(Screen.APPROVALS) + 1;
        assertThat(position).as("the approval screen is among the first nine").isBetween(1, 9);
        robot.push(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(position)),
                KeyCombination.SHORTCUT_DOWN));
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    void R07_aHeadApprovesFromTheKeyboardAfterSeeingTheCapturedRecordAndThePreview(FxRobot robot) throws Exception {
        Application application = ApprovalSeed.awaitingApproval(desk, COMMUNITY);
        openFirstApplication(robot, HEAD);
        waitFor(SLOW, () -> !robot.lookup("#previewBox").queryAs(VBox.class).getChildren().isEmpty());
        assertThat(robot.lookup("#headingLabel").queryAs(Label.class).getText()).contains(application.number().text());
        assertThat(robot.lookup(ApprovalSeed.INCIDENT).tryQuery()).isPresent();
        assertThat(robot.lookup("#stubLabel").queryAs(Label.class).getText()).contains(ApprovalSeed.PHONE);
        Node signature = robot.lookup("#stubSignature").query();
        assertThat(signature.isVisible()).isTrue();
        screenshot(robot, signature, "approval-screen.png");
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(".scroll-pane").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.ScrollPane pane
                        && pane.getContent() != null && pane.lookup("#previewBox") != null)
                .forEach(node -> ((javafx.scene.control.ScrollPane) node).setVvalue(0.8))).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, signature, "approval-screen-preview.png");

        robot.write(DeskFixture.PASSWORD);
        alt(robot, KeyCode.A);
        waitFor(SLOW, () -> ApprovalSeed.stored(desk, application).status() == ApplicationStatus.APPROVED);
        waitFor(SLOW, () -> message(robot).contains("已批准"));
        assertThat(ApprovalSeed.stored(desk, application).approvedBy()).contains(desk.officer(HEAD).id());
        waitFor(SLOW, () -> robot.lookup("#queueTable").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void R12_aHeadRejectsWithAReasonAndTheOfficerSeesItOnTheirHomeScreen(FxRobot robot) throws Exception {
        Application application = ApprovalSeed.awaitingApproval(desk, COMMUNITY);
        openFirstApplication(robot, HEAD);
        robot.write(DeskFixture.PASSWORD);
        alt(robot, KeyCode.R);
        waitFor(SLOW, () -> message(robot).equals("驳回须填写原因。"));
        assertThat(ApprovalSeed.stored(desk, application).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);

        alt(robot, KeyCode.E);
        robot.write("接处警记录号与现场不符，请核实");
        alt(robot, KeyCode.P);
        robot.write(DeskFixture.PASSWORD);
        alt(robot, KeyCode.R);
        waitFor(SLOW, () -> ApprovalSeed.stored(desk, application).status() == ApplicationStatus.REJECTED);

        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#policeNumberField").tryQuery().isPresent());
        FxSteps.logIn(robot, COMMUNITY);
        // The officer's work list on the home screen keeps the rejected application with the head's reason.
        waitFor(() -> robot.lookup("#workTable").tryQuery().isPresent()
                && !robot.lookup("#workTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> workList = robot.lookup("#workTable").queryAs(TableView.class);
        assertThat(workList.isVisible()).isTrue();
        assertThat(workList.getItems()).singleElement().satisfies(item -> {
            HomeWorkListViewModel.Row row = (HomeWorkListViewModel.Row) item;
            assertThat(row.number()).isEqualTo(application.number().text());
            assertThat(row.rejected()).isTrue();
            assertThat(row.status()).contains("接处警记录号与现场不符，请核实");
        });
    }

    @Test
    void aWrongPasswordAtDecisionTimeRecordsNothing(FxRobot robot) throws Exception {
        Application application = ApprovalSeed.awaitingApproval(desk, COMMUNITY);
        int events = ApprovalSeed.eventCount(desk);
        openFirstApplication(robot, HEAD);
        robot.write("not-my-password");
        alt(robot, KeyCode.A);
        // The decision waits on the store thread behind the first preview render (the fonts load once).
        waitFor(SLOW, () -> message(robot).startsWith("密码错误"));
        assertThat(message(robot)).contains("未作任何审批记录", "4");
        assertThat(ApprovalSeed.eventCount(desk)).isEqualTo(events);
        assertThat(ApprovalSeed.stored(desk, application).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(desk.officer(HEAD).failedAttempts()).isEqualTo(1);
    }

    @Test
    void fourEyes_aHeadCannotApproveTheirOwnApplication(FxRobot robot) throws Exception {
        desk.context().onStoreThread(() -> desk.context().accounts().createDemoOfficer("兼职所领导", "100007",
                Set.of(Role.STATION_HEAD, Role.COMMUNITY_OFFICER), DeskFixture.PASSWORD.toCharArray()));
        Application own = ApprovalSeed.awaitingApproval(desk, "100007");
        FxSteps.logIn(robot, "100007");
        openApprovals(robot, "100007");
        waitFor(() -> robot.lookup("#queueTable").tryQuery().isPresent()
                && !robot.lookup("#queueTable").queryAs(TableView.class).getItems().isEmpty());
        alt(robot, KeyCode.F);
        robot.type(KeyCode.ENTER);
        waitFor(() -> !robot.lookup("#approveButton").query().isDisabled());
        robot.type(KeyCode.ENTER).write(DeskFixture.PASSWORD);
        alt(robot, KeyCode.A);
        waitFor(SLOW, () -> message(robot).equals("不能审批本人经办的申请。"));
        assertThat(ApprovalSeed.stored(desk, own).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
    }
}
