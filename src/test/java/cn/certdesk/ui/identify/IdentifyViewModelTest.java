package cn.certdesk.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Agent;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.population.ResidentSummary;
import cn.certdesk.store.Database;
import cn.certdesk.store.demo.SyntheticStationWriter;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.TestResidents;
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

    // --- pinyin, masked lists -------------------------------------------------------------

    private void searchFor(String text) {
        viewModel.queryProperty().set(text);
        viewModel.search();
    }

    @Test
    void pinyinInitialsFindTheResident() {
        searchFor("zs");
        assertThat(viewModel.results()).extracting(ResidentSummary::name).contains("张三");
    }

    @Test
    void upperCaseInitialsWithSpacesFindTheResidentToo() {
        searchFor(" Z S ");
        assertThat(viewModel.results()).extracting(ResidentSummary::name).contains("张三");
    }

    @Test
    void fullPinyinFindsTheResident() {
        searchFor("zhangsan");
        assertThat(viewModel.results()).extracting(ResidentSummary::name).contains("张三");
    }

    @Test
    void aPinyinPrefixFindsTheResident() {
        searchFor("zhangs");
        assertThat(viewModel.results()).extracting(ResidentSummary::name).contains("张三");
    }

    @Test
    void R16_theResultLineShowsTheMaskedNumberAndNeverTheWholeOne() {
        searchFor("张三");
        ResidentSummary zhangSan = viewModel.results().stream().filter(person -> person.name().equals("张三"))
                .filter(person -> person.maskedIdNumber().equals(TestResidents.ZHANG_SAN.masked())).findFirst()
                .orElseThrow();
        String line = viewModel.summaryLine(zhangSan);
        assertThat(line).contains("张三", "220102********" + TestResidents.ZHANG_SAN.idNumber().substring(14))
                .doesNotContain(TestResidents.ZHANG_SAN.idNumber());
    }

    @Test
    void R16_theHouseholdListsMembersMaskedAndOnlyTheDetailShowsTheWholeNumber() {
        viewModel.idNumberProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.lookUpIdNumber();
        String household = viewModel.householdText(viewModel.households().get(0));
        assertThat(household).contains(TestResidents.HOUSEHOLD_NUMBER, TestResidents.WANG_EXT_B.name(),
                TestResidents.WANG_EXT_B.masked(), TestResidents.LI_EXT_B.masked())
                .doesNotContain(TestResidents.WANG_EXT_B.idNumber(), TestResidents.LI_EXT_B.idNumber());
        assertThat(viewModel.detailText(viewModel.residentProperty().get()))
                .contains(TestResidents.ZHANG_SAN.idNumber());
    }

    // --- what the rest of the desk reads ----------------------------------------------------

    @Test
    void aResidentFromTheRegisterIsTheApplicantCheckedAgainstTheRegister() {
        viewModel.idNumberProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.lookUpIdNumber();
        Applicant applicant = viewModel.applicantProperty().getValue();
        assertThat(applicant.name()).isEqualTo("张三");
        assertThat(applicant.idNumber()).isEqualTo(TestResidents.ZHANG_SAN.idNumber());
        assertThat(applicant.checkedAgainstRegister()).isTrue();
        assertThat(applicant.residentId()).isEqualTo(viewModel.residentProperty().get().id());
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.applicantLineProperty().get()).contains("张三", TestResidents.ZHANG_SAN.masked(),
                "已核对人口信息").doesNotContain(TestResidents.ZHANG_SAN.idNumber());
        assertThat(viewModel.agentLineProperty().get()).isEqualTo("本人办理（无委托人）");
    }

    @Test
    void aPersonNotInTheRegisterIsTypedInByHandAndFlaggedNotChecked() {
        viewModel.idNumberProperty().set(TestResidents.NOT_IN_REGISTER);
        viewModel.lookUpIdNumber();
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        assertThat(manual.idNumber().textProperty().get()).isEqualTo(TestResidents.NOT_IN_REGISTER);
        assertThat(manual.derivedProperty().get()).isEqualTo("性别：女　出生日期：1949-12-31（由号码得出）");
        manual.nameProperty().set("赵六");
        viewModel.confirmManualEntry();

        Applicant applicant = viewModel.applicantProperty().getValue();
        assertThat(applicant.checkedAgainstRegister()).isFalse();
        assertThat(applicant.residentId()).isNull();
        assertThat(applicant.name()).isEqualTo("赵六");
        assertThat(applicant.derivedBirthDate()).hasValue(java.time.LocalDate.of(1949, 12, 31));
        assertThat(viewModel.residentProperty().get()).isNull();
        assertThat(viewModel.manualEntryOpenProperty().get()).isFalse();
        assertThat(viewModel.applicantLineProperty().get()).contains("赵六", "未经人口信息核对");
        assertThat(viewModel.manualDetailText(applicant)).contains(TestResidents.NOT_IN_REGISTER, "未经人口信息核对",
                "性别：女");
    }

    @Test
    void aNumberTheRegisterKnowsIsNotTypedInByHandButTakenFromTheRegister() {
        viewModel.openManualEntry();
        viewModel.manualEntry().idNumber().textProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.manualEntry().nameProperty().set("张三");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue().checkedAgainstRegister()).isTrue();
        assertThat(viewModel.idMessageProperty().get()).contains("已按人口信息选定此人");
    }

    @Test
    void R15_anUnknownAddressCodeNeedsAReasonAndTheReasonTravelsWithTheApplicant() {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.UNKNOWN_ADDRESS_CODE);
        assertThat(manual.idNumber().reasonRequiredProperty().get()).isTrue();
        assertThat(manual.idNumber().messageProperty().get()).contains("地址码不在行政区划代码表中");
        manual.nameProperty().set("钱七");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).contains("写明理由");

        manual.idNumber().reasonProperty().set("新设区划，已电话核实户籍地派出所");
        viewModel.confirmManualEntry();
        Applicant applicant = viewModel.applicantProperty().getValue();
        assertThat(applicant.addressCodeReason()).isEqualTo("新设区划，已电话核实户籍地派出所");
        assertThat(viewModel.applicantLineProperty().get()).contains("地址码核对理由：新设区划");
    }

    @Test
    void anAgentIsRecordedWithTheNormalizedPhoneAndShownMasked() {
        viewModel.idNumberProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.lookUpIdNumber();
        viewModel.openAgentEntry();
        AgentEntryViewModel agentEntry = viewModel.agentEntry();
        agentEntry.idNumber().textProperty().set(TestResidents.AGENT_NOT_IN_REGISTER.toLowerCase());
        agentEntry.nameProperty().set("孙八");
        agentEntry.relationProperty().set("朋友");
        agentEntry.phoneProperty().set("138 1234 5678");
        assertThat(agentEntry.phoneMessageProperty().get()).isEqualTo("号码有效。");
        agentEntry.powerOfAttorneyProperty().set("WT-2026-001");
        viewModel.confirmAgent();

        Agent agent = viewModel.agentProperty().getValue();
        assertThat(agent).isEqualTo(new Agent(TestResidents.AGENT_NOT_IN_REGISTER, "孙八", "朋友", "13812345678",
                "WT-2026-001"));
        assertThat(viewModel.agentEntryOpenProperty().get()).isFalse();
        assertThat(viewModel.agentLineProperty().get()).contains("孙八", "朋友")
                .doesNotContain(TestResidents.AGENT_NOT_IN_REGISTER);
        assertThat(viewModel.agentDetailText(agent)).contains(TestResidents.AGENT_NOT_IN_REGISTER, "13812345678");

        viewModel.inPerson();
        assertThat(viewModel.agentProperty().getValue()).isNull();
    }

    @Test
    void theAgentCannotBeTheApplicant() {
        viewModel.idNumberProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.lookUpIdNumber();
        viewModel.openAgentEntry();
        AgentEntryViewModel agentEntry = viewModel.agentEntry();
        agentEntry.idNumber().textProperty().set(TestResidents.ZHANG_SAN.idNumber());
        agentEntry.nameProperty().set("张三");
        agentEntry.relationProperty().set("本人");
        agentEntry.phoneProperty().set("13812345678");
        agentEntry.powerOfAttorneyProperty().set("WT-1");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(agentEntry.messageProperty().get()).isEqualTo("委托人不能是申请人本人：申请人本人办理时不需要委托人。");
        assertThat(viewModel.agentEntryOpenProperty().get()).isTrue();
    }

    @Test
    void anAgentEnteredFirstIsDroppedWhenTheApplicantTurnsOutToBeThatPerson() {
        viewModel.openAgentEntry();
        AgentEntryViewModel agentEntry = viewModel.agentEntry();
        agentEntry.idNumber().textProperty().set(TestResidents.ZHANG_SAN.idNumber());
        agentEntry.nameProperty().set("张三");
        agentEntry.relationProperty().set("子");
        agentEntry.phoneProperty().set("0431-85551234");
        agentEntry.powerOfAttorneyProperty().set("WT-1");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNotNull();

        viewModel.idNumberProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.lookUpIdNumber();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(agentEntry.messageProperty().get()).contains("委托人不能是申请人本人");
    }

    @Test
    void anotherApplicantEndsThePreviousAgent() {
        viewModel.idNumberProperty().set(TestResidents.ZHANG_SAN.idNumber());
        viewModel.lookUpIdNumber();
        viewModel.openAgentEntry();
        AgentEntryViewModel agentEntry = viewModel.agentEntry();
        agentEntry.idNumber().textProperty().set(TestResidents.AGENT_NOT_IN_REGISTER);
        agentEntry.nameProperty().set("孙八");
        agentEntry.relationProperty().set("朋友");
        agentEntry.phoneProperty().set("13812345678");
        agentEntry.powerOfAttorneyProperty().set("WT-1");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNotNull();

        viewModel.idNumberProperty().set(TestResidents.WANG_EXT_B.idNumber());
        viewModel.lookUpIdNumber();
        assertThat(viewModel.applicantProperty().getValue().name()).isEqualTo(TestResidents.WANG_EXT_B.name());
        assertThat(viewModel.agentProperty().getValue()).isNull();
    }
}
