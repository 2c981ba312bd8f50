package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.AppContext;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.station.Station;
import cn.certdesk.store.SqliteApplicationProjection;
import cn.certdesk.store.SqliteCertificateNumberSequence;
import cn.certdesk.store.SqliteDocumentArchive;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.store.SqliteTransactions;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * R15, R17: the station head opens the statistics screen from the keyboard, types a period and
 * reads the figures of what officers did on the real store (seeded through ApplicationService
 * with a printer that takes every job).
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsScreenTest {

    private static final String KINSHIP_NAME = "亲属关系证明";

    @TempDir
    Path dataDir;

    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        cn.certdesk.ui.common.UiFont.load(); // as CertDeskApp does: the screenshots show 汉字, not boxes
        desk = DeskFixture.demoStation(dataDir);
        AppContext context = desk.context();
        Officer household = desk.officer("100001");
        // Monday 2026-11-23: an issue kind refused (应开不开). Tuesday 11-24: two kinship certificates
        // issued, one request outside the catalogue refused. The desk then shows Wednesday 11-25.
        context.onStoreThread(() -> applications(context).recordRefusal(household,
                new RefusalRequest("ISSUE_KINSHIP", null, "材料不全")));
        desk.clock().advance(Duration.ofDays(1));
        context.onStoreThread(() -> {
            ApplicationService applications = applications(context);
            for (int i = 0; i < 2; i++) {
                Application created = applications.create(household, kinship(context));
                applications.print(household, created.id(), ApplicationDesk.printJob());
                applications.confirmIssued(household, created.id());
            }
            return applications.recordRefusal(household, new RefusalRequest(null, "学历证明", "请联系学校"));
        });
        desk.clock().advance(Duration.ofDays(1));
        desk.showIn(stage);
    }

    private static NewApplication kinship(AppContext context) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        context.reference().catalogue().byCode("ISSUE_KINSHIP").orElseThrow().requiredFields()
                .forEach(field -> fields.put(field.id(), "值"));
        return NewApplication.of("ISSUE_KINSHIP", cn.certdesk.domain.application.Applicant.manualEntry("张三",
                "220102199003071234"), fields, new cn.certdesk.domain.application.Stub("13900000000", "signature"));
    }

    /** The desk's application service with a printer that takes every job (no print system in tests). */
    private static ApplicationService applications(AppContext context) {
        Station station = context.stations().current().orElseThrow();
        SqliteRecordEventLog events = new SqliteRecordEventLog(context.database(), context.clock());
        SqliteTransactions transactions = new SqliteTransactions(context.database());
        cn.certdesk.store.SqliteAuditTrail audit = new cn.certdesk.store.SqliteAuditTrail(context.database(),
                context.clock());
        return new ApplicationService(events, new SqliteCertificateNumberSequence(context.database(), context.clock()),
                transactions, context.reference().calendar(), context.clock(), context.reference().catalogue(), station,
                new SqliteApplicationProjection(context.database()), new CertificatePrinting(
                        new ApplicationDesk.AcceptingPrinter(), events, transactions, context.clock(), audit),
                context.settings().transitionPeriod(), new SqliteDocumentArchive(context.database(), context.clock()),
                audit);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void R15_R17_theHeadTypesAPeriodAndReadsFiguresTableAndChartFromTheKeyboard(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100003");
        @SuppressWarnings("unchecked")
        ListView<Object> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        int position = navigation.getItems().stream().map(Object::toString).toList().indexOf("STATISTICS") + 1;
        assertThat(position).as("the head's navigation lists the statistics screen").isPositive();
        robot.push(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(position)),
                KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#fromPicker").tryQuery().isPresent());

        // Opening computes this month so far: both days.
        waitFor(15, () -> label(robot, "#summaryLabel").startsWith("出具 2 份，不予出具 2 次"));
        assertThat(label(robot, "#summaryLabel")).contains("应开不开（拒绝可出具的证明）1 次");

        // The start date has the focus: type Tuesday–Wednesday, Tab on, Enter computes.
        DatePicker fromPicker = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        waitFor(() -> fromPicker.isFocused() || fromPicker.getEditor().isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2026-11-24").type(KeyCode.TAB);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2026-11-25").type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        waitFor(15, () -> label(robot, "#messageLabel").equals("已统计 2026-11-24 至 2026-11-25。"));
        assertThat(label(robot, "#summaryLabel")).startsWith("出具 2 份，不予出具 1 次")
                .contains("应开不开（拒绝可出具的证明）0 次");

        @SuppressWarnings("unchecked")
        TableView<List<Object>> kinds = robot.lookup("#kindTable").queryAs(TableView.class);
        assertThat(kinds.getItems()).filteredOn(row -> row.getFirst().equals(KINSHIP_NAME))
                .singleElement().satisfies(row -> assertThat(row.subList(1, 5)).containsExactly(2, 0, 0, 0));
        assertThat(kinds.getItems()).filteredOn(row -> row.getFirst().equals("目录外事项"))
                .singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo(1));
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#kindChart").queryAs(BarChart.class);
        XYChart.Series<String, Number> issued = chart.getData().getFirst();
        assertThat(issued.getName()).isEqualTo("出具");
        assertThat(issued.getData()).filteredOn(point -> point.getXValue().equals(KINSHIP_NAME))
                .singleElement().satisfies(point -> assertThat(point.getYValue().intValue()).isEqualTo(2));

        // At 1366×768 the export buttons are on screen and usable.
        for (String id : List.of("#csvButton", "#xlsxButton")) {
            Button button = robot.lookup(id).queryAs(Button.class);
            assertThat(button.isDisabled()).isFalse();
            Bounds bounds = button.localToScene(button.getBoundsInLocal());
            Node root = button.getScene().getRoot();
            assertThat(bounds.getMaxX()).as(id + " inside the window").isLessThanOrEqualTo(root.getLayoutBounds().getWidth());
        }
        assertThat(robot.lookup("#fromPicker").query().getScene().getWidth()).isLessThanOrEqualTo(1366);

        // Pictures for the reviewer (issue 5 asks to look at the screen): target/screenshots/.
        javafx.scene.control.TabPane tabs = robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class);
        for (int tab : new int[] {0, 1, 2, 6}) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            waitFor(() -> true);
            snapshot(robot, "statistics-tab" + tab + ".png");
        }
    }

    private static void snapshot(FxRobot robot, String name) throws Exception {
        javafx.scene.Scene scene = robot.lookup("#fromPicker").query().getScene();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        int width = (int) image.get().getWidth();
        int height = (int) image.get().getHeight();
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = image.get().getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(png, "png", folder.resolve(name).toFile());
    }
}
