package cn.certdesk.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.PrintJob;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R08, R15: what was printed is archived append-only; the projection catches up after a crash. */
class DocumentArchiveTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private ApplicationDesk desk;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Application kinship() {
        return desk.applications.create(desk.household, desk.application("ISSUE_KINSHIP", "张三", "220102199003071234"));
    }

    @Test
    void R08_printingArchivesExactlyThePdfThatWentToThePrinter() {
        Application application = kinship();
        byte[] pdf = "%PDF-1.7 证明 𠀀".getBytes(StandardCharsets.UTF_8);
        desk.applications.print(desk.household, application.id(), new PrintJob("desk-printer", 1, pdf, "kinship", 2));

        List<ArchivedDocument> archived = desk.applications.archivedDocuments(application.id());
        assertThat(archived).singleElement().satisfies(doc -> {
            assertThat(doc.kind()).isEqualTo(DocumentKind.CERTIFICATE);
            assertThat(doc.reference()).isEqualTo(application.number().text());
            assertThat(doc.officerId()).isEqualTo(desk.household.id());
            assertThat(doc.size()).isEqualTo(pdf.length);
        });
        assertThat(desk.applications.archivedContent(archived.get(0).id())).isEqualTo(pdf);
    }

    @Test
    void R08_printingTheSamePaperAgainAfterAFailedAttemptArchivesItOnce() {
        Application application = kinship();
        desk.applications.print(desk.household, application.id(), ApplicationDesk.printJob());
        desk.applications.reportNotPrinted(desk.household, application.id());
        desk.applications.print(desk.household, application.id(), ApplicationDesk.printJob());

        assertThat(desk.applications.archivedDocuments(application.id())).hasSize(1);
    }

    @Test
    void R15_theArchiveRefusesUpdatesAndDeletes() throws SQLException {
        Application application = kinship();
        desk.applications.print(desk.household, application.id(), ApplicationDesk.printJob());
        try (Statement statement = desk.database.connection().createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE archived_document SET content = x'00'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM archived_document"))
                    .hasMessageContaining("append-only");
        }
        assertThat(desk.applications.archivedDocuments(application.id())).hasSize(1);
    }

    @Test
    void aProjectionRowLeftBehindItsEventsByACrashIsCaughtUp() throws SQLException {
        Application application = kinship();
        // What a crash right after the print attempt was recorded leaves: the event, not the row.
        desk.events.append(new RecordEvent(0, UUID.randomUUID(), CertificatePrinting.AGGREGATE, application.id(),
                CertificatePrinting.PRINT_SENT, "{\"certificateNumber\":\"" + application.number().text() + "\"}",
                Optional.of(desk.household.id()), desk.station.id(), clock.instant()));
        assertThat(printState(application)).isEqualTo("NOT_PRINTED");

        assertThat(desk.applications.catchUpProjection()).isEqualTo(1);

        assertThat(printState(application)).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(desk.applications.catchUpProjection()).isZero();
    }

    private String printState(Application application) throws SQLException {
        try (Statement statement = desk.database.connection().createStatement();
                ResultSet row = statement.executeQuery("SELECT print_state FROM application WHERE id = '"
                        + application.id() + "'")) {
            row.next();
            return row.getString(1);
        }
    }
}
