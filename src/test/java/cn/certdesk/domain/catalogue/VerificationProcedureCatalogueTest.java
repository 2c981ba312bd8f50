package cn.certdesk.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's {@code verification} field: which kinds have a kind-specific verification (R10–R12). */
class VerificationProcedureCatalogueTest {

    private final CatalogueReader reader = new CatalogueReader();

    private static String issueEntry(int n, String extra) {
        return """
                {"code": "ISSUE_K%d", "name": "证明%d", "group": "issue", "aliases": [],
                 "legalBasis": "吉公办字〔2015〕56号", "source": "test", "provisional": false,
                 "handlingRole": "HOUSEHOLD_OFFICER", "sealType": "HOUSEHOLD_REGISTER_SEAL",
                 "headApproval": false, "stubRequired": true, "investigation": false, "timeLimitWorkingDays": 0,
                 %s
                 "requiredFields": [{"id": "applicantName", "label": "申请人姓名", "type": "TEXT"}]}
                """.formatted(n, n, extra);
    }

    private static String catalogue(String firstExtra, String... more) {
        List<String> entries = new ArrayList<>();
        entries.add(issueEntry(1, firstExtra));
        for (int i = 2; i <= 9; i++) {
            entries.add(issueEntry(i, ""));
        }
        entries.addAll(List.of(more));
        return "{\"formatVersion\": 1, \"edition\": \"test\", \"entries\": [" + String.join(",", entries) + "]}";
    }

    @Test
    void R12_theBundledNoCriminalRecordKindNamesItsVerificationAndNoOtherKindHasOne() {
        Catalogue catalogue = reader.readBundled();
        assertThat(catalogue.byCode("ISSUE_NO_CRIMINAL_RECORD").orElseThrow().verificationProcedure())
                .contains(VerificationProcedure.NO_CRIMINAL_RECORD);
        assertThat(catalogue.all()).filteredOn(kind -> kind.verificationProcedure().isPresent())
                .extracting(CertificateKind::code).containsExactly("ISSUE_NO_CRIMINAL_RECORD");
    }

    @Test
    void aKnownProcedureIsRead() {
        Catalogue catalogue = reader.read(catalogue("\"verification\": \"NO_CRIMINAL_RECORD\","));
        assertThat(catalogue.byCode("ISSUE_K1").orElseThrow().verificationProcedure())
                .contains(VerificationProcedure.NO_CRIMINAL_RECORD);
        assertThat(catalogue.byCode("ISSUE_K2").orElseThrow().verificationProcedure()).isEmpty();
    }

    @Test
    void anUnknownProcedureNamesEntryAndField() {
        assertThatThrownBy(() -> reader.read(catalogue("\"verification\": \"CRIMINAL_CHECK\",")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("目录第1项（ISSUE_K1）字段 verification 取值“CRIMINAL_CHECK”无效，应为 NO_CRIMINAL_RECORD");
    }

    @Test
    void aProcedureThatIsNotTextNamesEntryAndField() {
        assertThatThrownBy(() -> reader.read(catalogue("\"verification\": 1,")))
                .hasMessage("目录第1项（ISSUE_K1）字段 verification 应为字符串");
    }

    @Test
    void aProcedureOnAKindNoLongerIssuedIsAnError() {
        String abolished = """
                {"code": "ABOLISHED_NAME", "name": "公民姓名证明", "group": "abolished_provincial", "aliases": [],
                 "legalBasis": "吉公办字〔2015〕56号", "source": "001 §三.一", "provisional": false,
                 "refusalReason": "居民身份证可以证明", "useInstead": "居民身份证", "contact": "要求证明的单位",
                 "verification": "NO_CRIMINAL_RECORD"}
                """;
        assertThatThrownBy(() -> reader.read(catalogue("", abolished)))
                .hasMessageStartingWith("目录第10项（ABOLISHED_NAME）字段 verification 不适用于 group 为 abolished_provincial");
    }
}
