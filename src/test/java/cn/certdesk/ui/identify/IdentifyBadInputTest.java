package cn.certdesk.ui.identify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.IdNumberRejection;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.store.Database;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.TestResidents;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input on the identification screen, without a toolkit: each is refused with a clear Chinese
 * message, and what the officer typed stays as typed (nothing is cut or changed silently).
 */
class IdentifyBadInputTest {

    private static final String EXT_B_NAME = "王\uD840\uDC0B明"; // 王𠀋明
    private static final String EXT_B_ONLY = "\uD869\uDEA5"; // 𪚥

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

    // --- invalid ID numbers: every rejection reason, in every ID field ------------------------

    static Stream<Arguments> invalidIdNumbers() {
        String valid = TestResidents.ZHANG_SAN.idNumber();
        char last = valid.charAt(17);
        return Stream.of(
                Arguments.of(IdNumberRejection.EMPTY, ""),
                Arguments.of(IdNumberRejection.EMPTY, " \u3000 "),
                Arguments.of(IdNumberRejection.ILLEGAL_CHARACTER, "2201021985O6159911"),
                Arguments.of(IdNumberRejection.ILLEGAL_CHARACTER, "220102 198506159911"),
                Arguments.of(IdNumberRejection.ILLEGAL_CHARACTER, "220102\u00071985061599"),
                Arguments.of(IdNumberRejection.ILLEGAL_CHARACTER, "\u202E" + valid),
                Arguments.of(IdNumberRejection.ILLEGAL_CHARACTER, "22010X198506159911"),
                Arguments.of(IdNumberRejection.WRONG_LENGTH, valid.substring(0, 17)),
                Arguments.of(IdNumberRejection.WRONG_LENGTH, valid + "1"),
                Arguments.of(IdNumberRejection.INVALID_ADDRESS_CODE, TestResidents.number("99010219850615991")),
                Arguments.of(IdNumberRejection.INVALID_BIRTH_DATE, TestResidents.number("22010219850230991")),
                Arguments.of(IdNumberRejection.INVALID_BIRTH_DATE, TestResidents.number("22010219851301991")),
                Arguments.of(IdNumberRejection.BIRTH_DATE_BEFORE_1900, TestResidents.number("22010218991231991")),
                Arguments.of(IdNumberRejection.BIRTH_DATE_IN_FUTURE, TestResidents.number("22010220991231991")),
                Arguments.of(IdNumberRejection.CHECK_CHARACTER_MISMATCH,
                        valid.substring(0, 17) + (last == '1' ? '2' : '1')));
    }

    @Test
    void everyRejectionReasonHasACase() {
        Set<IdNumberRejection> covered = invalidIdNumbers().map(arguments -> (IdNumberRejection) arguments.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdNumberRejection.class)));
        assertThat(covered).containsExactlyInAnyOrder(IdNumberRejection.values());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidIdNumbers")
    void theLookupFieldNamesTheReasonInChinese(IdNumberRejection reason, String input) {
        viewModel.idNumberProperty().set(input);
        viewModel.lookUpIdNumber();
        assertThat(viewModel.idMessageProperty().get()).startsWith(reason.message());
        assertThat(viewModel.idProblemProperty().get()).isTrue();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(viewModel.idNumberProperty().get()).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidIdNumbers")
    void aManualEntryWithAnInvalidNumberIsRefusedWithTheReason(IdNumberRejection reason, String input) {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(input);
        manual.nameProperty().set("赵六");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).startsWith("“申请人公民身份号码”：" + reason.message());
        assertThat(manual.idNumber().textProperty().get()).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidIdNumbers")
    void anAgentWithAnInvalidNumberIsRefusedWithTheReason(IdNumberRejection reason, String input) {
        fillAgent();
        viewModel.agentEntry().idNumber().textProperty().set(input);
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.agentEntry().messageProperty().get()).startsWith("“委托人公民身份号码”：" + reason.message());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidIdNumbers")
    void whileTypingACompleteOrIllegalNumberShowsItsReasonAtOnce(IdNumberRejection reason, String input) {
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(input);
        if (reason == IdNumberRejection.EMPTY) {
            assertThat(manual.idNumber().messageProperty().get()).isEmpty();
        } else if (reason == IdNumberRejection.WRONG_LENGTH && input.length() < 18) {
            assertThat(manual.idNumber().messageProperty().get()).isEqualTo("已输入 17 位");
            assertThat(manual.idNumber().problemProperty().get()).isFalse();
        } else {
            assertThat(manual.idNumber().messageProperty().get()).startsWith(reason.message());
            assertThat(manual.idNumber().problemProperty().get()).isTrue();
        }
    }

    // --- empty required fields ---------------------------------------------------------------

    private void fillAgent() {
        viewModel.openAgentEntry();
        AgentEntryViewModel agent = viewModel.agentEntry();
        agent.idNumber().textProperty().set(TestResidents.AGENT_NOT_IN_REGISTER);
        agent.nameProperty().set("孙八");
        agent.relationProperty().set("朋友");
        agent.phoneProperty().set("13812345678");
        agent.powerOfAttorneyProperty().set("WT-2026-001");
    }

    static Stream<Arguments> agentFields() {
        return Stream.of(
                Arguments.of("委托人姓名", (BiConsumer<AgentEntryViewModel, String>) (agent, value) ->
                        agent.nameProperty().set(value), 60),
                Arguments.of("委托人与申请人关系", (BiConsumer<AgentEntryViewModel, String>) (agent, value) ->
                        agent.relationProperty().set(value), 30),
                Arguments.of("委托书编号", (BiConsumer<AgentEntryViewModel, String>) (agent, value) ->
                        agent.powerOfAttorneyProperty().set(value), 100));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentFields")
    void anEmptyAgentFieldIsNamed(String field, BiConsumer<AgentEntryViewModel, String> set, int limit) {
        fillAgent();
        set.accept(viewModel.agentEntry(), "  ");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.agentEntry().messageProperty().get()).isEqualTo("请填写“" + field + "”。");
    }

    @Test
    void anEmptyAgentPhoneIsNamed() {
        fillAgent();
        viewModel.agentEntry().phoneProperty().set("");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.agentEntry().messageProperty().get()).isEqualTo("联系电话：请填写联系电话。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "23812345678", "138123456789", "+8613812345678", "0431-123"})
    void aWrongAgentPhoneIsRefusedAsTypedAndOnConfirm(String phone) {
        fillAgent();
        viewModel.agentEntry().phoneProperty().set(phone);
        assertThat(viewModel.agentEntry().phoneProblemProperty().get()).isTrue();
        assertThat(viewModel.agentEntry().phoneMessageProperty().get()).containsPattern("手机|固定电话|联系电话");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.agentEntry().messageProperty().get()).startsWith("联系电话：");
        assertThat(viewModel.agentEntry().phoneProperty().get()).isEqualTo(phone);
    }

    @Test
    void anEmptyManualNameIsNamed() {
        viewModel.openManualEntry();
        viewModel.manualEntry().idNumber().textProperty().set(TestResidents.NOT_IN_REGISTER);
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(viewModel.manualEntry().messageProperty().get()).isEqualTo("请填写“申请人姓名”。");
    }

    @Test
    void anEmptySearchSaysWhatToType() {
        viewModel.queryProperty().set("  ");
        viewModel.search();
        assertThat(viewModel.resultMessageProperty().get()).isEqualTo("请输入姓名、拼音首字母、全拼或部分身份号码。");
    }

    @Test
    void R15_aMissingOverrideReasonIsNamedAndABlankOneDoesNotCount() {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.UNKNOWN_ADDRESS_CODE);
        manual.idNumber().reasonProperty().set("   ");
        manual.nameProperty().set("钱七");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).startsWith("“申请人公民身份号码”的地址码不在行政区划代码表中");
    }

    // --- over-long values: a limit and a message, nothing cut -------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentFields")
    void anOverLongAgentFieldIsRefusedWithItsLimitAndKeptWhole(String field, BiConsumer<AgentEntryViewModel, String> set,
            int limit) {
        fillAgent();
        String tooLong = "长".repeat(limit + 1);
        set.accept(viewModel.agentEntry(), tooLong);
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.agentEntry().messageProperty().get()).isEqualTo("“" + field + "”最多 " + limit
                + " 个字，现在是 " + (limit + 1) + " 个字。内容未被截断，请修改后再提交。");
        assertThat(viewModel.agentEntry().nameProperty().get() + viewModel.agentEntry().relationProperty().get()
                + viewModel.agentEntry().powerOfAttorneyProperty().get()).contains(tooLong);
    }

    @Test
    void anOverLongNameIsRefusedAndKeptWhole() {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.NOT_IN_REGISTER);
        String tooLong = "阿".repeat(Applicant.MAX_NAME + 1);
        manual.nameProperty().set(tooLong);
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).isEqualTo("“申请人姓名”最多 60 个字，现在是 61 个字。内容未被截断，请修改后再提交。");
        assertThat(manual.nameProperty().get()).isEqualTo(tooLong);
    }

    @Test
    void theNameLimitCountsCharactersOutsideTheBmpOnceEach() {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.NOT_IN_REGISTER);
        manual.nameProperty().set(EXT_B_ONLY.repeat(Applicant.MAX_NAME));
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue().name()).isEqualTo(EXT_B_ONLY.repeat(Applicant.MAX_NAME));

        viewModel.openManualEntry();
        manual.idNumber().textProperty().set(TestResidents.NOT_IN_REGISTER);
        manual.nameProperty().set(EXT_B_ONLY.repeat(Applicant.MAX_NAME + 1));
        viewModel.confirmManualEntry();
        assertThat(manual.messageProperty().get()).contains("最多 60 个字，现在是 61 个字");
    }

    @Test
    void anOverLongOverrideReasonIsRefusedAndKeptWhole() {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.UNKNOWN_ADDRESS_CODE);
        String tooLong = "因".repeat(201);
        manual.idNumber().reasonProperty().set(tooLong);
        manual.nameProperty().set("钱七");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).isEqualTo(
                "“申请人号码的地址码核对理由”最多 200 个字，现在是 201 个字。内容未被截断，请修改后再提交。");
        assertThat(manual.idNumber().reasonProperty().get()).isEqualTo(tooLong);
    }

    @Test
    void anOverLongSearchIsRefusedWithItsLimit() {
        viewModel.queryProperty().set("张".repeat(IdentifyViewModel.MAX_QUERY + 1));
        viewModel.search();
        assertThat(viewModel.resultMessageProperty().get()).isEqualTo(
                "“姓名或拼音”最多 50 个字，现在是 51 个字。内容未被截断，请修改后再提交。");
        assertThat(viewModel.results()).isEmpty();
    }

    // --- control and bidirectional-override characters ----------------------------------------

    static Stream<Arguments> invisibleCharacters() {
        return Stream.of("\u0000", "\u0007", "\t", "\u001B", "\u007F", "\u0085", "\u061C", "\u200E", "\u200F",
                "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069")
                .map(character -> Arguments.of(String.format("U+%04X", (int) character.charAt(0)), character));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisibleCharacters")
    void aNameWithAControlOrDirectionCharacterIsRefusedNamingIt(String codePoint, String character) {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.NOT_IN_REGISTER);
        manual.nameProperty().set("张" + character + "三");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).isEqualTo("“申请人姓名”第 2 个字符（" + codePoint
                + "）是不可见的控制字符或方向控制字符，不能保存。");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisibleCharacters")
    void anAgentFieldWithAControlOrDirectionCharacterIsRefused(String codePoint, String character) {
        fillAgent();
        viewModel.agentEntry().powerOfAttorneyProperty().set("WT" + character + "001");
        viewModel.confirmAgent();
        assertThat(viewModel.agentProperty().getValue()).isNull();
        assertThat(viewModel.agentEntry().messageProperty().get()).contains("委托书编号", codePoint, "不能保存");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisibleCharacters")
    void aSearchWithAControlOrDirectionCharacterIsRefused(String codePoint, String character) {
        viewModel.queryProperty().set("张" + character + "三");
        viewModel.search();
        assertThat(viewModel.resultMessageProperty().get()).contains("姓名或拼音", codePoint, "不能保存");
    }

    @Test
    void aReasonWithADirectionOverrideIsRefused() {
        viewModel.openManualEntry();
        ManualEntryViewModel manual = viewModel.manualEntry();
        manual.idNumber().textProperty().set(TestResidents.UNKNOWN_ADDRESS_CODE);
        manual.idNumber().reasonProperty().set("已核实\u202E实核未");
        manual.nameProperty().set("钱七");
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue()).isNull();
        assertThat(manual.messageProperty().get()).contains("U+202E", "不能保存");
    }

    // --- names outside the Basic Multilingual Plane are kept exactly ------------------------------

    @ParameterizedTest
    @ValueSource(strings = {EXT_B_NAME, EXT_B_ONLY, "李" + EXT_B_ONLY, "阿依古丽·买买提"})
    void aNameWithRareCharactersIsAcceptedExactly(String name) {
        viewModel.openManualEntry();
        viewModel.manualEntry().idNumber().textProperty().set(TestResidents.NOT_IN_REGISTER);
        viewModel.manualEntry().nameProperty().set(name);
        viewModel.confirmManualEntry();
        assertThat(viewModel.applicantProperty().getValue().name()).isEqualTo(name);
        assertThat(viewModel.applicantLineProperty().get()).contains(name);
    }
}
