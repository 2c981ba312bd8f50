package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.certificate.CertificateNumber;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.PrintFailure;
import cn.certdesk.domain.printing.PrintState;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.station.Station;
import cn.certdesk.store.Database;
import cn.certdesk.store.SqliteCertificateNumberSequence;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.store.SqliteStationRepository;
import cn.certdesk.store.SqliteTransactions;
import cn.certdesk.testing.CupsQueue;
import cn.certdesk.testing.FastHasher;
import cn.certdesk.testing.TestPdfs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing through a real CUPS queue: the PDF the queue writes is read back; a failed print
 * leaves the certificate un-issued and it is printed again with the same number (R08).
 */
class CertificatePrintingCupsTest {

    private static final char[] PASSWORD = "officer-pass-1".toCharArray();

    @TempDir
    Path dataDir;

    private Database database;
    private CertificatePrinting printing;
    private Officer officer;
    private Station station;
    private CertificateNumber number;
    private final UUID certificateId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        CupsQueue.require();
        Clock clock = Clock.systemUTC();
        database = Database.open(dataDir.resolve(Database.FILE_NAME));
        station = new Station(UUID.randomUUID(), "220102001001", "自强派出所", "220102", "01", false);
        new SqliteStationRepository(database).insert(station, clock.instant());
        AccountService accounts = new AccountService(new SqliteOfficerRepository(database), FastHasher.create(), clock,
                cn.certdesk.domain.audit.AuditTrail.notRecorded());
        Officer admin = accounts.createFirstAdministrator("管理员", "900001", PASSWORD, PASSWORD);
        officer = accounts.createOfficer(admin, "户籍民警甲", "100001", Set.of(Role.HOUSEHOLD_OFFICER), PASSWORD, PASSWORD);
        printing = new CertificatePrinting(CupsPrintGateway.forThisMachine(), new SqliteRecordEventLog(database, clock),
                new SqliteTransactions(database), clock, new cn.certdesk.store.SqliteAuditTrail(database, clock));
        number = new SqliteCertificateNumberSequence(database, clock).next(station.stationCode(), station.deskCode(), 2026);
    }

    @AfterEach
    void tearDown() {
        CupsQueue.cancelAll();
        CupsQueue.enable();
        CupsQueue.accept();
        if (database != null) {
            database.close();
        }
    }

    private CertificatePrinting.PrintRequest request(byte[] pdf) {
        return new CertificatePrinting.PrintRequest(certificateId, number, station.id(), officer, CupsQueue.NAME, 1, pdf,
                "ISSUE_RESIDENT_IDENTITY", 1);
    }

    @Test
    void R08_aCertificatePrintedThroughTheRealQueueComesOutAsThePdfAndIsIssuedOnlyWhenConfirmed() throws Exception {
        String marker = "居民身份信息证明 " + number.text();
        byte[] pdf = TestPdfs.withText(marker);

        PrinterGateway.PrintOutcome outcome = printing.print(request(pdf));

        assertThat(outcome).isInstanceOf(PrinterGateway.Sent.class);
        Path written = CupsQueue.awaitOutput(30_000).orElseThrow(
                () -> new AssertionError("the queue wrote no PDF within 30 s"));
        // cups-pdf redraws text as outlines, so the page is read back through its QR code.
        assertThat(TestPdfs.decodeQr(written)).contains(marker);
        assertThat(printing.state(certificateId)).isEqualTo(PrintState.AWAITING_CONFIRMATION);

        printing.confirmIssued(certificateId, number, station.id(), officer);
        assertThat(printing.state(certificateId)).isEqualTo(PrintState.ISSUED);
        assertThatThrownBy(() -> printing.print(request(pdf))).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("print.already.issued"));
    }

    @Test
    void R08_aQueueThatRejectsJobsFailsThePrintAndTheSameNumberPrintsOnceItAcceptsAgain() throws Exception {
        byte[] pdf = TestPdfs.withText("亲属关系证明 " + number.text());
        CupsQueue.reject();

        PrinterGateway.PrintOutcome refused = printing.print(request(pdf));

        assertThat(refused).isInstanceOfSatisfying(PrinterGateway.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintFailure.PRINTER_NOT_ACCEPTING));
        assertThat(printing.state(certificateId)).isEqualTo(PrintState.PRINT_FAILED);

        CupsQueue.accept();
        assertThat(printing.print(request(pdf))).isInstanceOf(PrinterGateway.Sent.class);
        assertThat(CupsQueue.awaitOutput(30_000)).isPresent();
        printing.confirmIssued(certificateId, number, station.id(), officer);

        assertThat(printing.history(certificateId)).extracting(RecordEvent::eventType)
                .containsExactly("print-failed", "print-sent", "issued");
        assertThat(printing.history(certificateId)).allSatisfy(
                event -> assertThat(event.payload()).contains(number.text()));
    }

    @Test
    void R08_aDisabledQueueTakesTheJobButNoPaperComesOutSoTheCertificateStaysUnissuedAndRetryable() throws Exception {
        byte[] pdf = TestPdfs.withText("户口登记项目变更更正证明 " + number.text());
        CupsQueue.disable();

        assertThat(printing.print(request(pdf))).isInstanceOf(PrinterGateway.Sent.class);
        assertThat(CupsQueue.awaitOutput(4_000)).as("a disabled queue prints nothing").isEmpty();
        assertThatThrownBy(() -> printing.print(request(pdf))).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("print.confirm.previous.first"));

        printing.reportNotPrinted(certificateId, number, station.id(), officer);
        assertThat(printing.state(certificateId)).isEqualTo(PrintState.PRINT_FAILED);

        CupsQueue.cancelAll();
        CupsQueue.enable();
        CupsQueue.clearOutput();
        assertThat(printing.print(request(pdf))).isInstanceOf(PrinterGateway.Sent.class);
        assertThat(CupsQueue.awaitOutput(30_000)).isPresent();
        printing.confirmIssued(certificateId, number, station.id(), officer);
        assertThat(printing.history(certificateId)).extracting(RecordEvent::eventType)
                .containsExactly("print-sent", "print-failed", "print-sent", "issued");
        assertThat(printing.history(certificateId).get(1).payload()).contains("NO_PAPER_REPORTED");
    }

    @Test
    void anUnknownPrinterFailsWithoutLosingTheCertificate() {
        CertificatePrinting.PrintRequest toNowhere = new CertificatePrinting.PrintRequest(certificateId, number,
                station.id(), officer, "已删除的打印机", 1, TestPdfs.withText("x"), "stub", 1);
        assertThat(printing.print(toNowhere)).isInstanceOfSatisfying(PrinterGateway.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintFailure.PRINTER_NOT_FOUND));
        assertThat(printing.state(certificateId)).isEqualTo(PrintState.PRINT_FAILED);
        assertThat(printing.history(certificateId).get(0).officerId()).isEqualTo(Optional.of(officer.id()));
    }
}
