package cn.certdesk.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.store.Database;
import cn.certdesk.store.demo.SyntheticStationWriter;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applicant identification without a toolkit, over a real synthetic register. */
class IdentifyViewModelTest {

    @TempDir
    Path dataDir;

    private Database database;
    private IdentifyViewModel viewModel;
    private String someIdNumber;
    private String someName;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dataDir.resolve(Database.FILE_NAME));
        new SyntheticStationWriter(database.connection(), Clock.systemUTC()).write(new SyntheticPopulation(7, 400), n -> { });
        try (Statement statement = database.connection().createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT id_number, name FROM resident WHERE deceased_on IS NULL ORDER BY id_number LIMIT 1")) {
            row.next();
            someIdNumber = row.getString(1);
            someName = row.getString(2);
        }
        viewModel = new IdentifyViewModel(new SqlitePopulationRegister(database),
                new IdNumberValidator(AddressCodeTable.loadBundled(), Clock.systemUTC()), TaskRunner.sameThread(),
                new Messages(Messages.CHINESE));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNumberBeingTypedIsNotYetAnError() {
        viewModel.idNumberProperty().set(someIdNumber.substring(0, 10));
        assertThat(viewModel.idProblemProperty().get()).isFalse();
        assertThat(viewModel.idMessageProperty().get()).isEqualTo("已输入 10 位");
    }

    @Test
    void aWrongCheckCharacterIsNamedAsSoonAsTheNumberIsComplete() {
        char last = someIdNumber.charAt(17);
        String wrong = someIdNumber.substring(0, 17) + (last == '1' ? '2' : '1');
        viewModel.idNumberProperty().set(wrong);
        assertThat(viewModel.idProblemProperty().get()).isTrue();
        assertThat(viewModel.idMessageProperty().get()).contains("校验位错误");
    }

    @Test
    void aLetterIsAnErrorAtOnce() {
        viewModel.idNumberProperty().set("2201A");
        assertThat(viewModel.idProblemProperty().get()).isTrue();
        assertThat(viewModel.idMessageProperty().get()).contains("含非法字符");
    }

    @Test
    void aCardReadersNumberAndEnterShowTheResidentWithTheWholeNumberAndHousehold() {
        viewModel.idNumberProperty().set(someIdNumber.toLowerCase());
        viewModel.lookUpIdNumber();
        assertThat(viewModel.residentProperty().get()).isNotNull();
        assertThat(viewModel.residentProperty().get().name()).isEqualTo(someName);
        assertThat(viewModel.detailText(viewModel.residentProperty().get())).contains(someIdNumber);
        assertThat(viewModel.households()).isNotEmpty();
        assertThat(viewModel.householdText(viewModel.households().get(0))).doesNotContain(someIdNumber);
    }

    @Test
    void aValidNumberNotInTheRegisterSaysSoAndOffersManualEntry() {
        viewModel.idNumberProperty().set("11010519491231002X");
        viewModel.lookUpIdNumber();
        assertThat(viewModel.residentProperty().get()).isNull();
        assertThat(viewModel.idMessageProperty().get()).contains("本地人口信息中没有此人", "未经人口信息核对");
    }

    @Test
    void R16_searchResultsShowOnlyMaskedIdNumbers() {
        viewModel.queryProperty().set(someName);
        viewModel.search();
        assertThat(viewModel.results()).isNotEmpty();
        for (ResidentSummary person : viewModel.results()) {
            String line = viewModel.summaryLine(person);
            assertThat(line).contains("********").doesNotContainPattern("[0-9]{17}[0-9X]");
        }
        assertThat(viewModel.results()).extracting(ResidentSummary::name).contains(someName);
    }

    @Test
    void aSearchWithNoMatchSaysSo() {
        viewModel.queryProperty().set("不存在的人名字");
        viewModel.search();
        assertThat(viewModel.results()).isEmpty();
        assertThat(viewModel.resultMessageProperty().get()).isEqualTo("没有找到符合的人员。");
    }
}
