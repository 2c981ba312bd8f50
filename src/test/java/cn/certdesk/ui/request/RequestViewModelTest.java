package cn.certdesk.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.AppContext;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.station.Station;
import cn.certdesk.printing.PdfBoxDocumentPreview;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Step 2 without a toolkit, on the real composition root: guidance for what stations no longer
 * issue, and a recorded refusal with its printed notice (R01, R02).
 */
class RequestViewModelTest {

    @TempDir
    Path dataDir;

    private DeskFixture desk;
    private RequestViewModel viewModel;
    private final List<byte[]> printed = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = DeskFixture.demoStation(dataDir);
        AppContext context = desk.context();
        Station station = context.onStoreThread(() -> context.stations().current().orElseThrow());
        Officer officer = context.onStoreThread(() -> ((AuthenticationResult.Success) context.accounts()
                .authenticate("100001", DeskFixture.PASSWORD.toCharArray())).officer());
        PrinterGateway printer = new PrinterGateway() {
            @Override
            public List<String> printers() {
                return List.of("窗口打印机");
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.of("窗口打印机");
            }

            @Override
            public PrintOutcome print(String name, byte[] pdf, int copies, String jobName) {
                printed.add(pdf);
                return new Sent(name);
            }
        };
        TaskRunner now = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = context.onStoreThread(work);
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
        Messages messages = new Messages(Messages.CHINESE);
        PrintPanelViewModel panel = new PrintPanelViewModel(printer, context.settings(), new PdfBoxDocumentPreview(), now,
                messages);
        viewModel = new RequestViewModel(context.reference().catalogue(), context.applications(station),
                context.documents(station), printer, panel, officer, station, () -> "王𠀋明", context.clock(), now,
                messages);
        panel.loadPrinters();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<RecordEvent> refusals() {
        return desk.context().onStoreThread(() -> new SqliteRecordEventLog(desk.context().database(),
                desk.context().clock()).after(0, 100)).stream()
                .filter(event -> event.eventType().equals("refusal-recorded")).toList();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    @Test
    void R01_aKindStationsStillIssueShowsWhatItNeedsAndCannotBeRefused() {
        viewModel.queryProperty().set("亲属关系");
        CertificateKind kinship = viewModel.kinds().stream().filter(CertificateKind::issuable).findFirst().orElseThrow();
        viewModel.selectedProperty().set(kinship);
        assertThat(viewModel.guidanceProperty().get()).contains("属于派出所出具的证明", "存根");
        assertThat(viewModel.canRefuseProperty().get()).isFalse();
    }

    @Test
    void R01_onlyAKindStationsStillIssueOpensTheIssuingForm() {
        java.util.List<CertificateKind> opened = new java.util.ArrayList<>();
        viewModel.setOnIssue(opened::add);
        viewModel.queryProperty().set("婚姻状况");
        viewModel.selectedProperty().set(viewModel.kinds().get(0));
        assertThat(viewModel.canIssueProperty().get()).isFalse();
        viewModel.issueSelected();
        assertThat(opened).isEmpty();

        viewModel.queryProperty().set("亲属关系");
        CertificateKind kinship = viewModel.kinds().stream().filter(CertificateKind::issuable).findFirst().orElseThrow();
        viewModel.selectedProperty().set(kinship);
        assertThat(viewModel.canIssueProperty().get()).isTrue();
        viewModel.issueSelected();
        assertThat(opened).containsExactly(kinship);
    }

    @Test
    void R02_anAbolishedKindIsExplainedRecordedAndItsNoticePrinted() throws Exception {
        viewModel.queryProperty().set("婚姻状况");
        CertificateKind marital = viewModel.kinds().stream().filter(kind -> kind.name().contains("婚姻状况"))
                .findFirst().orElseThrow();
        assertThat(marital.group()).isEqualTo(CertificateGroup.ABOLISHED_PROVINCIAL);
        viewModel.selectedProperty().set(marital);
        assertThat(viewModel.guidanceProperty().get()).contains(marital.refusalReason(), marital.useInstead(),
                marital.contact());

        viewModel.refuseAndPrintNotice();

        assertThat(refusals()).hasSize(1);
        assertThat(refusals().get(0).payload()).contains(marital.code());
        assertThat(viewModel.messageProperty().get()).contains("已记录不予出具");
        assertThat(viewModel.printPanel().pages()).isNotEmpty();
        viewModel.printPanel().print();
        assertThat(printed).hasSize(1);
        assertThat(text(printed.get(0))).contains("不予出具证明告知书", "王𠀋明", marital.name(),
                marital.refusalReason().replaceAll("\\s", ""));
    }

    @Test
    void R01_R02_aRequestOutsideTheCatalogueIsRecordedInTheApplicantsWordsWithItsNotice() throws Exception {
        viewModel.queryProperty().set("宠物饲养证明");
        assertThat(viewModel.kinds()).isEmpty();
        assertThat(viewModel.guidanceProperty().get()).contains("不在证明目录中");
        assertThat(viewModel.canRefuseProperty().get()).isTrue();

        viewModel.refuseAndPrintNotice();
        viewModel.printPanel().print();

        assertThat(refusals()).hasSize(1);
        assertThat(refusals().get(0).payload()).contains("宠物饲养证明", "outside_catalogue");
        assertThat(text(printed.get(0))).contains("宠物饲养证明", "不在公安派出所出具证明的范围内");
    }

    /** Every kind of the exchange and abolished groups (POLICY.md: 12 + 11 + the named local ones). */
    static List<CertificateKind> kindsNoLongerIssued() {
        return new CatalogueReader().readBundled().all().stream().filter(kind -> !kind.issuable()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsNoLongerIssued")
    void R01_R02_everyKindNoLongerIssuedEndsInARecordedRefusalAndAPrintedArchivedNotice(CertificateKind asked)
            throws Exception {
        viewModel.queryProperty().set(asked.name());
        CertificateKind found = viewModel.kinds().stream().filter(kind -> kind.code().equals(asked.code()))
                .findFirst().orElseThrow(() -> new AssertionError("searching its name does not find " + asked.code()));
        viewModel.selectedProperty().set(found);
        assertThat(viewModel.canRefuseProperty().get()).isTrue();

        viewModel.refuseAndPrintNotice();
        viewModel.printPanel().print();

        assertThat(refusals()).singleElement().satisfies(event -> {
            assertThat(event.payload()).contains(asked.code(), asked.group().code());
            assertThat(event.officerId()).isPresent();
        });
        assertThat(printed).hasSize(1);
        String notice = text(printed.get(0));
        assertThat(notice).contains("不予出具证明告知书", "王𠀋明", asked.name().replaceAll("\\s", ""),
                asked.refusalReason().replaceAll("\\s", ""));
        java.util.UUID refusalId = refusals().get(0).aggregateId();
        List<ArchivedDocument> archived = desk.context().onStoreThread(() -> desk.context()
                .applications(desk.context().stations().current().orElseThrow())
                .archivedDocuments(refusalId));
        assertThat(archived).singleElement().satisfies(doc -> assertThat(doc.kind())
                .isEqualTo(DocumentKind.REFUSAL_NOTICE));
    }
}
