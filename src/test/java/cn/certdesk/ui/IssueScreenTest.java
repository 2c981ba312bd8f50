package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.AppContext;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.HandlingRole;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.station.Station;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.testing.CupsQueue;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.testing.TestPdfs;
import cn.certdesk.ui.stub.SignaturePad;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import org.testfx.util.WaitForAsyncUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;

/**
 * At the counter, from the keyboard, for every kind the station issues (R06–R09): ID entry, the
 * request, the form generated from the catalogue, the stub the applicant signs, then the printed
 * certificate confirmed by the officer — or, for kinds the station head approves, the approval
 * queue. The stored record, its events and the PDF text are checked. The no-criminal-record kind
 * fills its own verification section in the form (R10–R12: a unit's request, every system "none
 * found") and goes to the approval queue.
 */
@ExtendWith(ApplicationExtension.class)
class IssueScreenTest {

    private static final Catalogue CATALOGUE = new CatalogueReader().readBundled();
    private static final String NCR = "ISSUE_NO_CRIMINAL_RECORD";

    @TempDir
    Path dataDir;

    private DeskFixture desk;
    private String idNumber;
    private String applicantName;

    static Stream<String> issuableKinds() {
        return CATALOGUE.all().stream().filter(CertificateKind::issuable).map(CertificateKind::code);
    }

    @Start
    void start(Stage stage) {
        desk = DeskFixture.demoStation(dataDir);
        // a resident with relatives in the register (kinship needs one), alive
        String[] chosen = desk.context().onStoreThread(() -> {
            try (Statement statement = desk.context().database().connection().createStatement();
                    ResultSet row = statement.executeQuery("""
                            SELECT r.id_number, r.name FROM resident r
                            JOIN household_member m ON m.resident_id = r.id AND m.relation = '户主'
                            WHERE r.deceased_on IS NULL AND EXISTS (SELECT 1 FROM household_member o
                              WHERE o.household_id = m.household_id AND o.resident_id <> r.id
                              AND o.relation IN ('配偶', '子', '女'))
                            ORDER BY r.id_number LIMIT 1""")) {
                row.next();
                return new String[] {row.getString(1), row.getString(2)};
            }
        });
        idNumber = chosen[0];
        applicantName = chosen[1];
        desk.context().onStoreThread(() -> {
            desk.context().settings().setPrinter(CupsQueue.NAME); // this desk's printer, remembered
            return null;
        });
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @ParameterizedTest
    @MethodSource("issuableKinds")
    void R06_R07_R08_R09_eachIssuableKindGoesFromIdEntryToPaperOrTheApprovalQueue(String code, FxRobot robot)
            throws Exception {
        CupsQueue.require();
        CertificateKind kind = CATALOGUE.byCode(code).orElseThrow();
        FxSteps.logIn(robot, kind.handlingRole() == HandlingRole.COMMUNITY_OFFICER ? "100002" : "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#idField").tryQuery().isPresent() && robot.lookup("#idField").query().isFocused());

        robot.write(idNumber).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#requestField").query().isFocused());
        robot.write(kind.name()).type(KeyCode.ENTER).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#formScroll").query().isVisible());
        if (code.equals(NCR)) {
            verifyNothingFound(robot, kind);
        } else {
            fillWhatTheRegisterDidNot(robot, kind);
            sign(robot);
        }
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));

        Application application;
        if (kind.headApproval()) {
            waitFor(30, () -> label(robot, "#issueStatusLabel").contains("审批队列"));
            application = onlyApplication();
            assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
            // the form's own print panel (the NCR section has one for its application form)
            assertThat(robot.lookup("#formBox > #printHolder").query().isVisible()).isFalse();
            if (kind.stubRequired()) {
                assertThat(eventTypes(application.id())).containsExactly(ApplicationEvents.CREATED,
                        ApplicationEvents.STUB_SIGNED, ApplicationEvents.APPROVAL_REQUESTED);
            } else { // R12: the application form and the verification record instead of a stub
                assertThat(eventTypes(application.id())).containsExactly(ApplicationEvents.CREATED,
                        ApplicationEvents.APPROVAL_REQUESTED);
                assertThat(application.details().verificationRecord()).containsEntry("path", "UNIT")
                        .containsEntry("unitName", "长春市朝阳区人民法院")
                        .containsEntry("staffIdNumber", cn.certdesk.testing.NcrApplications.STAFF_ID_NUMBER);
                assertThat(application.details().verificationRecord().entrySet().stream()
                        .filter(entry -> entry.getKey().startsWith("check")).map(java.util.Map.Entry::getValue)
                        .toList()).as("every system checked: none found").isNotEmpty().containsOnly("NONE_FOUND");
            }
            if (kind.investigation()) { // R09
                assertThat(label(robot, "#issueStatusLabel")).contains(application.due().date().toString());
                assertThat(application.due().date()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
            }
        } else {
            waitOrExplain(robot, () -> robot.lookup("#confirmPrintedButton").queryAll().stream().anyMatch(Node::isFocused));
            robot.type(KeyCode.SPACE); // the paper came out
            waitFor(30, () -> label(robot, "#issueStatusLabel").contains("已出具"));
            application = onlyApplication();
            assertThat(application.status()).isEqualTo(ApplicationStatus.ISSUED);
            assertThat(eventTypes(application.id())).containsExactly(ApplicationEvents.CREATED,
                    ApplicationEvents.STUB_SIGNED, "print-sent", "issued");
            String certificate = pdfText(application.id(), DocumentKind.CERTIFICATE);
            assertThat(certificate).contains(applicantName).contains(application.number().text());
        }
        assertThat(application.kindCode()).isEqualTo(code);
        assertThat(application.applicant().idNumber()).isEqualTo(idNumber);
        if (kind.stubRequired()) {
            assertThat(application.details().stub().phone()).isEqualTo("13804310000");
            String stub = pdfText(application.id(), DocumentKind.STUB);
            assertThat(stub).contains(applicantName).contains(application.number().text()).contains("13804310000");
        }

        // the next citizen: the desk is clear
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#idField").queryAs(TextField.class).getText().isEmpty()
                && !robot.lookup("#formScroll").query().isVisible());
    }

    /**
     * Officer effort: a resident identity certificate for a person in the store takes at most 8
     * officer actions (a typed value or one key) from ID entry to print. The applicant's signature
     * on the pad is the applicant's action, not the officer's.
     */
    @org.junit.jupiter.api.Test
    void R06_aResidentIdentityCertificateTakesAtMostEightOfficerActions(FxRobot robot) throws Exception {
        CupsQueue.require();
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#idField").tryQuery().isPresent() && robot.lookup("#idField").query().isFocused());

        OfficerActions officer = new OfficerActions(robot);
        officer.types(idNumber);
        officer.presses(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#requestField").query().isFocused());
        officer.types("居民身份");
        officer.presses(KeyCode.ENTER);
        officer.presses(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#formScroll").query().isVisible()
                && robot.lookup("#phoneField").query().isFocused());
        officer.types("13804310000");
        sign(robot); // the applicant signs
        snapshot(robot, "issue-form-1366x768.png");
        officer.pushes(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        waitOrExplain(robot, () -> robot.lookup("#confirmPrintedButton").queryAll().stream().anyMatch(Node::isFocused));
        officer.presses(KeyCode.SPACE);
        waitFor(30, () -> label(robot, "#issueStatusLabel").contains("已出具"));
        snapshot(robot, "issue-issued-1366x768.png");

        Application application = onlyApplication();
        assertThat(application.kindCode()).isEqualTo("ISSUE_RESIDENT_IDENTITY");
        assertThat(application.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(officer.count()).as("officer actions from ID entry to print").isLessThanOrEqualTo(8);
    }

    /** The window as the officer sees it, for a look at the layout (target/screenshots). */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        javafx.scene.Scene scene = robot.listTargetWindows().get(0).getScene();
        javafx.scene.image.WritableImage[] taken = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> taken[0] = scene.snapshot(null));
        int width = (int) taken[0].getWidth();
        int height = (int) taken[0].getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[width * height];
        taken[0].getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(picture, "png", folder.resolve(name).toFile());
    }

    /** Counts what the officer does: each typed value and each key (or key combination) is one action. */
    private static final class OfficerActions {
        private final FxRobot robot;
        private int count;

        OfficerActions(FxRobot robot) {
            this.robot = robot;
        }

        void types(String value) {
            robot.write(value);
            count++;
        }

        void presses(KeyCode key) {
            robot.type(key);
            count++;
        }

        void pushes(KeyCodeCombination combination) {
            robot.push(combination);
            count++;
        }

        int count() {
            return count;
        }
    }

    /**
     * R11, R12: the no-criminal-record section inside the form, from the keyboard: whatever the
     * register did not fill, then a unit's request (court, letter, staff member, purpose) and every
     * system checked with "none found".
     */
    private void verifyNothingFound(FxRobot robot, CertificateKind kind) throws Exception {
        waitFor(() -> robot.lookup("#unitRadio").tryQuery().isPresent());
        Path photo = dataDir.resolve("photo.png");
        tabTo(robot, "unitRadio", input -> robot.write(valueFor(input.getId(), kind, photo)));
        robot.type(KeyCode.SPACE);
        waitFor(5, () -> robot.lookup("#unitNameField").query().isFocused());
        robot.write("长春市朝阳区人民法院").type(KeyCode.TAB).write("朝法介〔2026〕18号").type(KeyCode.TAB)
                .write("刘警官").type(KeyCode.TAB).write(cn.certdesk.testing.NcrApplications.STAFF_ID_NUMBER)
                .type(KeyCode.TAB).write("案件办理");
        List<String> noneFound = robot.lookup(node -> node.getId() != null && node.getId().startsWith("check-")
                && node.getId().endsWith("-none")).queryAll().stream().map(Node::getId).toList();
        assertThat(noneFound).as("the systems to check").isNotEmpty();
        for (String id : noneFound) {
            tabTo(robot, id, input -> { });
            robot.type(KeyCode.SPACE);
        }
        waitFor(5, () -> robot.lookup("#statusLabel").queryAll().stream()
                .anyMatch(node -> ((Label) node).getText().startsWith("各系统均未发现违法犯罪记录")));
    }

    /**
     * Tabs forward until the node with {@code id} has the focus (at most 120 steps); an empty form
     * field passed on the way is filled by {@code fill}.
     */
    private void tabTo(FxRobot robot, String id, java.util.function.Consumer<TextInputControl> fill)
            throws Exception {
        for (int step = 0; step < 120; step++) {
            Node focused = robot.listTargetWindows().get(0).getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            if (focused instanceof TextInputControl input && input.getId() != null && input.getId().startsWith("field-")
                    && input.getText().isBlank()) {
                fill.accept(input);
            }
            robot.type(KeyCode.TAB);
            waitFor(() -> true);
        }
        throw new AssertionError("no focus reached " + id);
    }

    /** Types, from the keyboard, every required field the register could not fill, Tab by Tab. */
    private void fillWhatTheRegisterDidNot(FxRobot robot, CertificateKind kind) throws Exception {
        waitFor(() -> robot.lookup("#phoneField").query().isFocused() || focusedField(robot) != null);
        Path photo = dataDir.resolve("photo.png");
        ImageIO.write(new BufferedImage(70, 90, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        for (int step = 0; step < 80 && !robot.lookup("#phoneField").query().isFocused(); step++) {
            Node focused = robot.listTargetWindows().get(0).getScene().getFocusOwner();
            if (focused instanceof TextInputControl input && input.getText().isBlank() && input.getId() != null) {
                robot.write(valueFor(input.getId(), kind, photo));
            }
            robot.type(KeyCode.TAB);
            waitFor(() -> true);
        }
        assertThat(robot.lookup("#phoneField").query().isFocused()).as("the stub's phone follows the form").isTrue();
    }

    private TextInputControl focusedField(FxRobot robot) {
        Node focused = robot.listTargetWindows().get(0).getScene().getFocusOwner();
        return focused instanceof TextInputControl input && input.getId() != null
                && input.getId().startsWith("field-") ? input : null;
    }

    private String valueFor(String nodeId, CertificateKind kind, Path photo) {
        return switch (nodeId) {
            case "incidentField" -> "J2026112000123";
            case "verifiedOnField" -> "2026-11-22";
            case "findingsArea" -> "警综平台有接处警记录，情况属实。";
            default -> {
                String fieldId = nodeId.substring("field-".length());
                var field = kind.requiredFields().stream().filter(f -> f.id().equals(fieldId)).findFirst().orElseThrow();
                yield switch (field.type()) {
                    case ID_NUMBER -> idNumber;
                    case DATE -> "2026-11-20";
                    case DATE_TIME -> "2026-11-20 08:30";
                    case GENDER -> "男";
                    case PHOTO -> photo.toString();
                    case LONG_TEXT -> "经调查核实，情况属实。";
                    default -> "测试内容";
                };
            }
        };
    }

    /**
     * The stub: the phone number typed, then the applicant signs on the pad. The pad is scrolled into
     * view first (a long form puts it below the fold), and a signature the pad did not take (the drag
     * started before the layout settled on a loaded machine) is signed again, as an applicant would.
     */
    private void sign(FxRobot robot) throws Exception {
        if (robot.lookup("#phoneField").queryAs(TextField.class).getText().isBlank()) {
            robot.write("13804310000");
        }
        SignaturePad pad = robot.lookup("#signaturePad").queryAs(SignaturePad.class);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#formScroll").queryAs(javafx.scene.control.ScrollPane.class);
        for (int attempt = 1; ; attempt++) {
            robot.interact(() -> {
                scroll.layout();
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                Bounds inContent = scroll.getContent().sceneToLocal(pad.localToScene(pad.getBoundsInLocal()));
                if (content > viewport) {
                    scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() / (content - viewport))));
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            Bounds bounds = pad.localToScreen(pad.getBoundsInLocal());
            robot.moveTo(new Point2D(bounds.getMinX() + 40, bounds.getMinY() + 90), Motion.DIRECT);
            robot.press(MouseButton.PRIMARY);
            for (int step = 0; step < 30; step++) {
                robot.moveBy(10, step % 2 == 0 ? 12 : -12, Motion.DIRECT);
            }
            robot.release(MouseButton.PRIMARY);
            try {
                waitFor(5, () -> pad.getStrokes().hasEnoughInk());
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Waits up to 30 s; on timeout the failure says what the screen said. */
    private static void waitOrExplain(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            waitFor(30, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("screen says: " + label(robot, "#issueMessageLabel") + " | "
                    + label(robot, "#issueStatusLabel") + " | " + robot.lookup("#messageLabel").queryAll().stream()
                    .map(node -> ((Label) node).getText()).toList() + " | focus: "
                    + robot.listTargetWindows().get(0).getScene().getFocusOwner(), e);
        }
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Application onlyApplication() {
        AppContext context = desk.context();
        return context.onStoreThread(() -> {
            Station station = context.stations().current().orElseThrow();
            ApplicationService applications = context.applications(station);
            List<RecordEvent> created = new SqliteRecordEventLog(context.database(), context.clock()).after(0, 5000)
                    .stream().filter(e -> e.eventType().equals(ApplicationEvents.CREATED)).toList();
            assertThat(created).hasSize(1);
            return applications.get(created.get(0).aggregateId());
        });
    }

    private List<String> eventTypes(UUID applicationId) {
        return desk.context().onStoreThread(() -> new SqliteRecordEventLog(desk.context().database(),
                desk.context().clock()).forAggregate(applicationId).stream().map(RecordEvent::eventType).toList());
    }

    private String pdfText(UUID applicationId, DocumentKind kind) throws Exception {
        byte[] pdf = desk.context().onStoreThread(() -> {
            ApplicationService applications = desk.context().applications(desk.context().stations().current().orElseThrow());
            ArchivedDocument document = applications.archivedDocuments(applicationId).stream()
                    .filter(doc -> doc.kind() == kind).reduce((first, second) -> second).orElseThrow();
            return applications.archivedContent(document.id());
        });
        Path file = Files.write(dataDir.resolve(kind + "-" + applicationId + ".pdf"), pdf);
        return TestPdfs.text(file);
    }
}
