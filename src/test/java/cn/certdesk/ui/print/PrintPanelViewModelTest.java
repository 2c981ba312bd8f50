package cn.certdesk.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.printing.DocumentPreview;
import cn.certdesk.domain.printing.PrintFailure;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.printing.PdfBoxDocumentPreview;
import cn.certdesk.store.Database;
import cn.certdesk.store.SqliteSettingRepository;
import cn.certdesk.testing.TestPdfs;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview-and-print panel's logic without a toolkit, over a real settings store. */
class PrintPanelViewModelTest {

    @TempDir
    Path dataDir;

    private Database database;
    private DeskSettings settings;
    private final byte[] pdf = TestPdfs.withText("居民身份信息证明 220102001001-01-2026-000007");

    /** A print system with two printers that records what it was asked to print. */
    private static final class TwoPrinters implements PrinterGateway {
        final List<String> jobs = new ArrayList<>();
        PrintOutcome next = null;

        @Override
        public List<String> printers() {
            return List.of("前台激光打印机", "户籍室打印机");
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.of("户籍室打印机");
        }

        @Override
        public PrintOutcome print(String printer, byte[] document, int copies, String jobName) {
            jobs.add(printer + " x" + copies);
            return next != null ? next : new Sent(printer);
        }
    }

    /** A certificate as the panel sees it, recording the officer's answers. */
    private final class Certificate implements PrintTarget {
        final List<String> answers = new ArrayList<>();
        final TwoPrinters printers;

        Certificate(TwoPrinters printers) {
            this.printers = printers;
        }

        @Override
        public String title() {
            return "居民身份信息证明 220102001001-01-2026-000007";
        }

        @Override
        public byte[] pdf() {
            return pdf;
        }

        @Override
        public PrinterGateway.PrintOutcome print(String printer, int copies) {
            return printers.print(printer, pdf, copies, title());
        }

        @Override
        public boolean needsConfirmation() {
            return true;
        }

        @Override
        public void confirmPrinted() {
            answers.add("printed");
        }

        @Override
        public void reportNotPrinted() {
            answers.add("not printed");
        }
    }

    @BeforeEach
    void open() {
        database = Database.open(dataDir.resolve(Database.FILE_NAME));
        settings = new DeskSettings(new SqliteSettingRepository(database), Clock.systemUTC(),
                cn.certdesk.domain.audit.AuditTrail.notRecorded());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PrintPanelViewModel panel(PrinterGateway printers) {
        return new PrintPanelViewModel(printers, settings, new PdfBoxDocumentPreview(), TaskRunner.sameThread(),
                new Messages(Messages.CHINESE));
    }

    @Test
    void thePreviewShowsThePagesOfTheVeryPdfThatPrints() {
        PrintPanelViewModel panel = panel(new TwoPrinters());
        panel.show(new Certificate(new TwoPrinters()));
        assertThat(panel.pages()).hasSize(1);
        DocumentPreview.PageImage page = panel.pages().get(0);
        assertThat(page.width()).as("A4 width at the preview resolution")
                .isCloseTo(Math.round(595.27f / 72 * PrintPanelViewModel.PREVIEW_DPI), org.assertj.core.data.Offset.offset(1));
        assertThat(java.util.Arrays.stream(page.argb()).anyMatch(pixel -> (pixel & 0xFFFFFF) == 0))
                .as("some black: text and QR").isTrue();
    }

    @Test
    void theSystemDefaultPrinterIsPreselectedUntilTheDeskHasUsedOne() {
        TwoPrinters printers = new TwoPrinters();
        PrintPanelViewModel first = panel(printers);
        first.loadPrinters();
        assertThat(first.printerProperty().get()).isEqualTo("户籍室打印机");

        first.show(new Certificate(printers));
        first.printerProperty().set("前台激光打印机");
        first.print();

        PrintPanelViewModel later = panel(printers);
        later.loadPrinters();
        assertThat(later.printerProperty().get()).as("remembered per desk").isEqualTo("前台激光打印机");
    }

    @Test
    void aSentCertificateWaitsForTheOfficersAnswerBeforeItCountsAsIssued() {
        TwoPrinters printers = new TwoPrinters();
        Certificate certificate = new Certificate(printers);
        PrintPanelViewModel panel = panel(printers);
        panel.loadPrinters();
        panel.show(certificate);
        panel.copiesProperty().set(2);

        panel.print();
        assertThat(printers.jobs).containsExactly("户籍室打印机 x2");
        assertThat(panel.awaitingConfirmationProperty().get()).isTrue();
        assertThat(panel.messageProperty().get()).contains("纸质证明打出来了吗");
        panel.print();
        assertThat(printers.jobs).as("no second paper while the first is unanswered").hasSize(1);

        panel.confirmPrinted();
        assertThat(certificate.answers).containsExactly("printed");
        assertThat(panel.messageProperty().get()).isEqualTo("已记录：证明已出具。");
    }

    @Test
    void aPausedPrinterIsExplainedInChineseAndNothingWaitsForConfirmation() {
        TwoPrinters printers = new TwoPrinters();
        printers.next = new PrinterGateway.Failed(PrintFailure.PRINTER_NOT_ACCEPTING, "lp exit 1");
        PrintPanelViewModel panel = panel(printers);
        panel.loadPrinters();
        panel.show(new Certificate(printers));
        panel.print();
        assertThat(panel.messageProperty().get()).contains("户籍室打印机", "脱机或暂停", "证明尚未出具");
        assertThat(panel.awaitingConfirmationProperty().get()).isFalse();
    }

    @Test
    void withoutAnyPrinterTheOfficerIsToldSo() {
        PrinterGateway none = new PrinterGateway() {
            @Override
            public List<String> printers() {
                return List.of();
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.empty();
            }

            @Override
            public PrintOutcome print(String printer, byte[] document, int copies, String jobName) {
                throw new AssertionError("nothing to print to");
            }
        };
        PrintPanelViewModel panel = panel(none);
        panel.loadPrinters();
        assertThat(panel.messageProperty().get()).contains("本机没有安装打印机");
        panel.show(new Certificate(new TwoPrinters()));
        panel.print();
        assertThat(panel.messageProperty().get()).contains("本机没有安装打印机");
    }
}
