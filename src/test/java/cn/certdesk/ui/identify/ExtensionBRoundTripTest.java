package cn.certdesk.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.RefusalNotice;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.printing.DocumentData;
import cn.certdesk.printing.DocumentMeta;
import cn.certdesk.printing.TemplateEngine;
import cn.certdesk.store.Database;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.TestResidents;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names with characters outside the Basic Multilingual Plane (CJK Extension B: 𠀋 U+2000B, 𪚥
 * U+2A6A5) go through the whole identification path unchanged: stored in SQLite, found by the name,
 * by its start and by pinyin, shown in the list and the detail, carried in the applicant's recorded
 * event, and printed — the PDF's text read back is the same code points.
 */
class ExtensionBRoundTripTest {

    @TempDir
    Path dataDir;

    private Database database;
    private IdentifyViewModel viewModel;

    @BeforeEach
    void open() {
        database = Database.open(dataDir.resolve(Database.FILE_NAME));
        TestResidents.addTo(database);
        viewModel = new IdentifyViewModel(new SqlitePopulationRegister(database),
                new IdNumberValidator(AddressCodeTable.loadBundled(), Clock.systemUTC()), TaskRunner.sameThread(),
                new Messages(Messages.CHINESE));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theStoreKeepsTheCodePointsExactly() throws Exception {
        try (PreparedStatement statement = database.connection().prepareStatement(
                "SELECT name, length(name), hex(name) FROM resident WHERE id_number = ?")) {
            statement.setString(1, TestResidents.WANG_EXT_B.idNumber());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("王\uD840\uDC0B明");
                assertThat(row.getInt(2)).as("SQLite counts characters").isEqualTo(3);
                assertThat(row.getString(3)).as("UTF-8, not CESU-8 surrogates").isEqualTo("E78E8BF0A0808BE6988E");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"王\uD840\uDC0B明", "王\uD840\uDC0B", "李\uD869\uDEA5", "wangming", "wm"})
    void theNameIsFoundAndListedExactly(String query) {
        viewModel.queryProperty().set(query);
        viewModel.search();
        String expected = query.startsWith("李") ? TestResidents.LI_EXT_B.name() : TestResidents.WANG_EXT_B.name();
        ResidentSummary found = viewModel.results().stream().filter(person -> person.name().equals(expected))
                .findFirst().orElseThrow(() -> new AssertionError("not found by " + query));
        assertThat(viewModel.summaryLine(found)).startsWith(expected + "  ");
    }

    @Test
    void theDetailAndTheApplicantCarryTheNameExactly() {
        viewModel.idNumberProperty().set(TestResidents.LI_EXT_B.idNumber());
        viewModel.lookUpIdNumber();
        assertThat(viewModel.detailText(viewModel.residentProperty().get())).startsWith("姓名：李\uD869\uDEA5\n");
        Applicant applicant = viewModel.applicantProperty().getValue();
        assertThat(applicant.name()).isEqualTo("李\uD869\uDEA5");
        assertThat(viewModel.applicantLineProperty().get()).contains("李\uD869\uDEA5");

        ApplicationEvents events = new ApplicationEvents();
        String json = events.write(applicant);
        assertThat(json).contains("李\uD869\uDEA5");
    }

    @Test
    void R02_theNamePrintsExactlyOnTheRefusalNotice() throws Exception {
        String name = TestResidents.WANG_EXT_B.name();
        try (TemplateEngine engine = TemplateEngine.load(Path.of("templates"), new CatalogueReader().readBundled())) {
            byte[] pdf = engine.render(RefusalNotice.TEMPLATE, new DocumentData(
                    RefusalNotice.outsideCatalogue("宠物饲养证明", name),
                    new DocumentMeta("220102001001-01-2026-RTEST0001", "测试派出所", "220102001001", "测试民警", "100001",
                            LocalDate.of(2026, 11, 23), Optional.empty(), ""))).pdf();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(name).contains("宠物饲养证明");
            }
        }
    }
}
