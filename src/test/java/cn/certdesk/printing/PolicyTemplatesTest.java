package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed page says what the rules require (POLICY.md rule IDs). */
class PolicyTemplatesTest {

    private static String text(String template) throws IOException {
        return text(template, PrintingFixture.sample(template));
    }

    private static String text(String template, DocumentData data) throws IOException {
        try (PDDocument document = Loader.loadPDF(PrintingFixture.engine().render(template, data).pdf())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    @Test
    void R09_everyIssueKindHasItsOneStandardTemplate() {
        List<String> issueKinds = PrintingFixture.catalogue().inGroup(CertificateGroup.ISSUE).stream()
                .map(CertificateKind::code).toList();
        assertThat(issueKinds).hasSize(9);
        assertThat(PrintingFixture.engine().templateNames()).containsAll(issueKinds);
        issueKinds.forEach(code -> assertThat(PrintingFixture.engine().info(code).kindCode()).isEqualTo(code));
    }

    @Test
    void R06_householdRegisterCertificatesCarryTheHouseholdRegisterSealSlot() throws IOException {
        for (String kind : List.of("ISSUE_KINSHIP", "ISSUE_REGISTER_ITEM_CHANGE", "ISSUE_RESIDENT_IDENTITY")) {
            assertThat(text(kind)).as(kind).contains("此处加盖户口专用章").doesNotContain("此处加盖公章");
        }
    }

    @Test
    void R07_abnormalDeathAndFoundChildCertificatesCarryTheOfficialSealSlotAndTheRecordNumber() throws IOException {
        for (String kind : List.of("ISSUE_ABNORMAL_DEATH", "ISSUE_ABANDONED_CHILD")) {
            assertThat(text(kind)).as(kind).contains("此处加盖公章").contains("接处警记录编号");
        }
    }

    @Test
    void R02_theRefusalNoticeSaysWhyTheBasisWhatToUseInsteadAndWhomToContact() throws IOException {
        Map<String, String> fields = PrintingFixture.sample("refusal-notice").fields();
        String page = text("refusal-notice");
        for (String field : List.of("refusalReason", "legalBasis", "useInstead", "contact", "requestedCertificate")) {
            assertThat(page).as(field).contains(fields.get(field).replaceAll("\\s", ""));
        }
        assertThat(page).contains("不予出具证明告知书");
    }

    @Test
    void R12_theApplicationFormListsEverySystemTheOfficerChecks() throws IOException {
        assertThat(text("ncr-application-form")).contains("无违法犯罪记录核查证明出具申请表", "全国违法犯罪人员信息资源库",
                "吉林省违法犯罪人员信息系统", "吉林省禁毒信息管理系统", "吉林省警综平台", "吉林省大情报平台", "纸质档案");
    }

    @Test
    void R12_aFoundRecordEndsInAWrittenRefusalNotNoCertificate() throws IOException {
        assertThat(text("ncr-refusal-notice")).contains("不予出具无违法犯罪记录核查证明告知书");
    }

    @Test
    void R11_theVerificationLetterNamesTheUnitItsLetterAndTheStaffMember() throws IOException {
        Map<String, String> fields = PrintingFixture.sample("verification-letter").fields();
        String page = text("verification-letter");
        for (String field : List.of("recipientUnit", "letterNumber", "staffName", "requestPurpose")) {
            assertThat(page).as(field).contains(fields.get(field).replaceAll("\\s", ""));
        }
    }
}
