package cn.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.testing.NcrApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-criminal-record verification (R10–R12) in the domain, and its enforcement by the service
 * that records applications, against a real SQLite store.
 */
class NcrVerificationTest {

    private static final String NCR = "ISSUE_NO_CRIMINAL_RECORD";
    private static final String APPLICANT_ID = "220102199003071234";
    private static final cn.certdesk.domain.application.Applicant APPLICANT =
            cn.certdesk.domain.application.Applicant.manualEntry("王五", APPLICANT_ID);
    private static final CriminalRecordSystems SYSTEMS = CriminalRecordSystems.bundled();

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

    private NewApplication ncrApplication(Map<String, String> record) {
        return desk.application(NCR, "王五", APPLICANT_ID).withVerificationRecord(record);
    }

    private static String key(Throwable thrown) {
        return ((CertDeskException) thrown).messageKey();
    }

    private List<RecordEvent> allEvents() {
        return desk.events.after(0, 1000);
    }

    private static Map<String, CheckResult> allBut(String systemId, CheckResult result) {
        Map<String, CheckResult> checks = NcrApplications.every(result);
        checks.remove(systemId);
        return checks;
    }

    // --- enforcement in ApplicationService.create -------------------------------------------

    @Test
    void R10_anApplicationWithoutAVerificationRecordIsNotCreatedAndTakesNoNumber() {
        assertThatThrownBy(() -> desk.applications.create(desk.household, ncrApplication(Map.of())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.verification.missing"));
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                ncrApplication(Map.of("nationalDatabase", "none found"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.verification.missing"));
        assertThat(allEvents()).isEmpty();
    }

    @Test
    void R12_anIncompleteCheckBlocksTheApplicationAndNamesTheSystemsNotChecked() {
        NcrVerification verification = NcrVerification.unit(UUID.randomUUID(), NcrApplications.courtRequest(),
                allBut("paperArchives", CheckResult.NONE_FOUND));
        assertThat(verification.outcome(SYSTEMS)).isEqualTo(NcrVerification.Outcome.INCOMPLETE);
        assertThatThrownBy(() -> desk.applications.create(desk.household, ncrApplication(verification.toRecord())))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("ncr.verification.incomplete");
                    assertThat(((CertDeskException) e).arguments()).containsExactly("相关纸质档案");
                });
        assertThat(allEvents()).isEmpty();
    }

    @Test
    void R12_aRecordFoundInOneSystemIsNeverACertificateButARecordedRefusal() {
        Map<String, CheckResult> checks = new HashMap<>(Map.of("nationalDatabase", CheckResult.NONE_FOUND,
                "drugControl", CheckResult.RECORD_FOUND));
        NcrVerification verification = NcrVerification.unit(UUID.randomUUID(), NcrApplications.courtRequest(), checks);
        assertThat(verification.outcome(SYSTEMS)).as("a found record decides before every system is checked")
                .isEqualTo(NcrVerification.Outcome.RECORD_FOUND);

        assertThatThrownBy(() -> desk.applications.create(desk.household, ncrApplication(verification.toRecord())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.verification.record.found"));

        Refusal refusal = desk.applications.recordNcrRefusal(desk.household, verification, APPLICANT);
        assertThat(refusal.id()).isEqualTo(verification.id());
        assertThat(refusal.kindAsked()).isEqualTo(NCR);
        assertThat(refusal.reasonShown()).isEqualTo(NcrRefusalNotice.REASON);
        assertThat(refusal.officerId()).isEqualTo(desk.household.id());
        assertThat(desk.applications.refusal(refusal.id())).isEqualTo(refusal);
        assertThat(desk.applications.refusalVerificationRecord(refusal.id())).get()
                .satisfies(record -> assertThat(record).containsEntry("checkDrugControl", "RECORD_FOUND")
                        .containsEntry("unitName", "长春市朝阳区人民法院"));
        assertThat(allEvents()).extracting(RecordEvent::eventType)
                .containsExactly(ApplicationEvents.REFUSAL_RECORDED, NcrVerification.RECORDED_EVENT);
        assertThat(desk.applications.replayAll()).as("no certificate application").isEmpty();

        assertThatThrownBy(() -> desk.applications.recordNcrRefusal(desk.household, verification, APPLICANT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.refusal.already.recorded"));
    }

    @Test
    void R12_nothingFoundCannotBeRecordedAsARefusal() {
        assertThatThrownBy(() -> desk.applications.recordNcrRefusal(desk.household,
                NcrApplications.nothingFoundVerification(), APPLICANT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.refusal.nothing.found"));
        assertThat(allEvents()).isEmpty();
    }

    @Test
    void R12_nothingFoundInEverySystemGoesToTheStationHeadWithTheVerificationRecordForTheApprover() {
        NcrVerification verification = NcrApplications.nothingFoundVerification();
        Application created = desk.applications.create(desk.household, ncrApplication(verification.toRecord()));
        assertThat(created.approvalRequired()).isTrue();
        assertThatThrownBy(() -> desk.applications.print(desk.household, created.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.approval.required"));

        Application awaiting = desk.applications.requestApproval(desk.household, created.id());

        assertThat(awaiting.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        Map<String, String> seenByApprover = desk.applications.get(created.id()).details().verificationRecord();
        assertThat(NcrVerification.fromRecord(seenByApprover)).isEqualTo(verification);
        for (CriminalRecordSystem system : SYSTEMS.all()) {
            assertThat(seenByApprover).containsEntry(system.recordKey(), "NONE_FOUND");
        }
        assertThat(seenByApprover).containsEntry("path", "UNIT").containsEntry("letterNumber", "朝法介〔2026〕18号");
    }

    @Test
    void R12_theApproverReadsTheVerificationAsPlainLinesWithTheStaffIdNumberMasked() {
        NcrVerification verification = NcrVerification.fromRecord(NcrApplications.nothingFound());
        assertThat(verification.summary(SYSTEMS)).startsWith("核查途径：单位核实（持单位介绍信，R11）",
                "单位：长春市朝阳区人民法院　介绍信编号：朝法介〔2026〕18号").contains("全国违法犯罪人员信息资源库：未发现记录",
                "相关纸质档案：未发现记录").hasSize(4 + SYSTEMS.all().size());
        assertThat(String.join("\n", verification.summary(SYSTEMS))).doesNotContain(NcrApplications.STAFF_ID_NUMBER);
    }

    @Test
    void R12_theResidentPathGoesOnOnlyOnceTheApplicationFormIsArchived() {
        NcrVerification verification = NcrVerification.resident(UUID.randomUUID(),
                new ResidentRequest("出国（移民）", "加拿大驻华使馆", "220102001001-01-2026-A1234ABCD"),
                NcrApplications.every(CheckResult.NONE_FOUND));
        assertThatThrownBy(() -> desk.applications.create(desk.household, ncrApplication(verification.toRecord())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.form.not.archived"));

        desk.applications.archiveDocument(desk.household, verification.id(), DocumentKind.NCR_APPLICATION_FORM,
                verification.resident().formNumber(), ApplicationDesk.PDF);
        Application created = desk.applications.create(desk.household, ncrApplication(verification.toRecord()));

        assertThat(created.details().verificationRecord()).containsEntry("path", "RESIDENT")
                .containsEntry("formNumber", "220102001001-01-2026-A1234ABCD")
                .containsEntry("verificationId", verification.id().toString());
    }

    @Test
    void R12_aResidentRefusalNeedsTheArchivedFormToo() {
        NcrVerification verification = NcrVerification.resident(UUID.randomUUID(),
                new ResidentRequest("省外权益事务", "上海市某公证处", "F-1"), NcrApplications.every(CheckResult.RECORD_FOUND));
        assertThatThrownBy(() -> desk.applications.recordNcrRefusal(desk.community, verification, APPLICANT))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.form.not.archived"));
    }

    @Test
    void aTamperedRecordIsRejected() {
        Map<String, String> record = new HashMap<>(NcrApplications.nothingFound());
        record.put("checkNationalDatabase", "MAYBE");
        assertThatThrownBy(() -> desk.applications.create(desk.household, ncrApplication(record)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.verification.invalid"));
        Map<String, String> extra = new HashMap<>(NcrApplications.nothingFound());
        extra.put("note", "口头说没有记录");
        assertThatThrownBy(() -> NcrVerification.fromRecord(extra))
                .satisfies(e -> assertThat(((CertDeskException) e).arguments()).containsExactly("note"));
    }

    // --- the unit path (R11) --------------------------------------------------------------

    @Test
    void R11_theStaffMembersIdNumberIsCheckedAndLowerCaseXIsStoredUpperCase() {
        assertThatThrownBy(() -> new UnitRequest("某某人民检察院", "检介〔2026〕3号", "赵某", "220104199003071239", "政治审核"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.unit.staff.id.invalid"));
        assertThatThrownBy(() -> new UnitRequest("某某人民检察院", "检介〔2026〕3号", "赵某", "2201041990030712", "政治审核"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("ncr.unit.staff.id.invalid"));
        assertThat(new UnitRequest("某某人民检察院", "检介〔2026〕3号", "赵某", " 22010419850615118x ", "政治审核")
                .staffIdNumber()).isEqualTo("22010419850615118X");
    }

    @Test
    void R11_everyItemOfTheUnitsRequestIsRequiredAndNothingIsCutSilently() {
        assertThatThrownBy(() -> new UnitRequest("某某人民检察院", " ", "赵某", NcrApplications.STAFF_ID_NUMBER, "政治审核"))
                .satisfies(e -> {
                    assertThat(key(e)).isEqualTo("input.empty");
                    assertThat(((CertDeskException) e).arguments()).containsExactly("field.ncr.letter.number");
                });
        assertThatThrownBy(() -> new UnitRequest("院".repeat(101), "3号", "赵某", NcrApplications.STAFF_ID_NUMBER, "政治审核"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("input.too.long"));
        assertThatThrownBy(() -> new UnitRequest("某某\u202E院", "3号", "赵某", NcrApplications.STAFF_ID_NUMBER, "政治审核"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("input.illegal.character"));
        assertThatThrownBy(() -> new UnitRequest("某某人民检察院", "3号", "赵某", NcrApplications.STAFF_ID_NUMBER, ""))
                .satisfies(e -> assertThat(((CertDeskException) e).arguments()).containsExactly("field.ncr.purpose"));
    }

    @Test
    void R11_theUnitsRequestDoesNotShowPersonalDataInLogs() {
        assertThat(NcrApplications.courtRequest().toString()).doesNotContain(NcrApplications.STAFF_ID_NUMBER, "刘警官");
        assertThat(NcrApplications.nothingFoundVerification().toString())
                .doesNotContain(NcrApplications.STAFF_ID_NUMBER, "刘警官");
    }

    // --- the systems list as data ----------------------------------------------------------

    @Test
    void R10_theNoCriminalRecordKindIsTheOnlyKindWithItsOwnVerificationInTheCatalogue() {
        assertThat(desk.catalogue.all()).filteredOn(kind -> kind.verification()
                == cn.certdesk.domain.catalogue.VerificationProcedure.SPECIAL)
                .extracting(cn.certdesk.domain.catalogue.CertificateKind::code).containsExactly(NCR);
    }

    @Test
    void R12_theBundledListHasTheSixSystemsOfTheSeedInOrder() {
        assertThat(SYSTEMS.all()).extracting(CriminalRecordSystem::name).containsExactly("全国违法犯罪人员信息资源库",
                "吉林省违法犯罪人员信息系统", "吉林省禁毒信息管理系统", "吉林省警综平台", "吉林省大情报平台", "相关纸质档案");
    }

    @Test
    void R12_everySystemOfTheListHasItsResultLineOnThePrintedApplicationForm() throws Exception {
        JsonNode template = new ObjectMapper().readTree(Path.of("templates", NcrApplicationForm.TEMPLATE + ".json")
                .toFile());
        List<String> fields = new ArrayList<>();
        template.get("fields").forEach(field -> fields.add(field.get("id").asText()));
        String text = template.toString();
        for (CriminalRecordSystem system : SYSTEMS.all()) {
            assertThat(fields).contains(system.recordKey());
            assertThat(text).contains("{" + system.recordKey() + "}");
        }
    }

    @Test
    void R12_theCertificatesResultTextNamesEverySystemSearched() {
        assertThat(NcrApplications.nothingFoundVerification().checkResultText(SYSTEMS)).isEqualTo(
                "经查询全国违法犯罪人员信息资源库、吉林省违法犯罪人员信息系统、吉林省禁毒信息管理系统、吉林省警综平台、"
                        + "吉林省大情报平台及相关纸质档案，均未发现记录。");
    }

    @Test
    void aMalformedSystemsListIsRejectedWithItsLine() {
        assertThatThrownBy(() -> CriminalRecordSystems.parse("# comment\nnationalDatabase\t全国库\n"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> CriminalRecordSystems.parse("a\t甲\tx\na\t乙\tx\n"))
                .hasMessageContaining("duplicate");
    }

    @Test
    void R12_R15_aRefusalAfterARecordWasFoundCountsAsRefusedButNotAsAWrongfulRefusalOfAnIssuableKind() {
        Map<String, CheckResult> checks = new HashMap<>(Map.of("drugControl", CheckResult.RECORD_FOUND));
        NcrVerification verification = NcrVerification.unit(UUID.randomUUID(), NcrApplications.courtRequest(), checks);
        desk.applications.recordNcrRefusal(desk.household, verification, APPLICANT);
        desk.applications.recordRefusal(desk.household, new cn.certdesk.domain.application.RefusalRequest(NCR, null,
                "窗口以本人档案不全为由拒绝"));

        cn.certdesk.domain.statistics.StatisticsReport report = new cn.certdesk.domain.statistics.StatisticsService(
                desk.events, desk.catalogue, new cn.certdesk.store.SqliteOfficerRepository(desk.database), clock)
                .compute(desk.head, new cn.certdesk.domain.statistics.StatisticsPeriod(
                        java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30)));
        assertThat(report.totals().refused()).isEqualTo(2);
        assertThat(report.issuableRefusals()).singleElement()
                .satisfies(refusal -> assertThat(refusal.toString()).contains("窗口以本人档案不全为由拒绝"));
    }
}
