package cn.certdesk.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed catalogues are rejected with a message naming the entry and the field. */
class CatalogueReaderTest {

    private final CatalogueReader reader = new CatalogueReader();

    private static String issueEntry(int n) {
        return """
                {"code": "ISSUE_K%d", "name": "证明%d", "group": "issue", "aliases": [],
                 "legalBasis": "吉公办字〔2015〕56号", "source": "test", "provisional": false,
                 "handlingRole": "HOUSEHOLD_OFFICER", "sealType": "HOUSEHOLD_REGISTER_SEAL",
                 "headApproval": false, "stubRequired": true, "investigation": false, "timeLimitWorkingDays": 0,
                 "requiredFields": [{"id": "applicantName", "label": "申请人姓名", "type": "TEXT"}]}
                """.formatted(n, n);
    }

    private static final String ABOLISHED_NAME = """
            {"code": "ABOLISHED_NAME", "name": "公民姓名证明", "group": "abolished_provincial", "aliases": ["姓名证明"],
             "legalBasis": "吉公办字〔2015〕56号", "source": "001 §三.一", "provisional": false,
             "refusalReason": "居民身份证可以证明", "useInstead": "居民身份证", "contact": "要求证明的单位"}
            """;

    /** Nine valid issue entries followed by {@code extra} entries. */
    private static String catalogue(String... extra) {
        List<String> entries = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            entries.add(issueEntry(i));
        }
        entries.addAll(List.of(extra));
        return "{\"formatVersion\": 1, \"edition\": \"test\", \"entries\": [" + String.join(",", entries) + "]}";
    }

    @Test
    void validMinimalCatalogueLoads() {
        Catalogue catalogue = reader.read(catalogue(ABOLISHED_NAME));
        assertThat(catalogue.all()).hasSize(10);
        assertThat(catalogue.byCode("ABOLISHED_NAME")).get().extracting(CertificateKind::group)
                .isEqualTo(CertificateGroup.ABOLISHED_PROVINCIAL);
    }

    @Test
    void R01_missingRefusalReasonNamesEntryAndField() {
        String entry = ABOLISHED_NAME.replace("\"refusalReason\": \"居民身份证可以证明\", ", "");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("目录第10项（ABOLISHED_NAME）字段 refusalReason 缺失");
    }

    @Test
    void R01_missingUseInsteadNamesEntryAndField() {
        String entry = ABOLISHED_NAME.replace("\"useInstead\": \"居民身份证\", ", "");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessage("目录第10项（ABOLISHED_NAME）字段 useInstead 缺失");
    }

    @Test
    void blankNameNamesEntryAndField() {
        String entry = ABOLISHED_NAME.replace("\"公民姓名证明\"", "\"  \"");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessage("目录第10项（ABOLISHED_NAME）字段 name 不能为空");
    }

    @Test
    void missingCodeSaysSo() {
        String entry = ABOLISHED_NAME.replace("\"code\": \"ABOLISHED_NAME\", ", "");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessage("目录第10项（无代码）字段 code 缺失");
    }

    @Test
    void badGroupNamesEntryAndField() {
        String entry = ABOLISHED_NAME.replace("abolished_provincial", "abolished");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("目录第10项（ABOLISHED_NAME）字段 group 取值“abolished”无效");
    }

    @Test
    void duplicateCodeNamesBothEntries() {
        assertThatThrownBy(() -> reader.read(catalogue(ABOLISHED_NAME, ABOLISHED_NAME)))
                .hasMessage("目录第11项（ABOLISHED_NAME）字段 code 与第10项重复");
    }

    @Test
    void R17_eightIssueKindsAreAnError() {
        String json = catalogue(ABOLISHED_NAME).replace(issueEntry(9) + ",", "");
        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("group 为 issue")
                .hasMessageContaining("应为 9 种")
                .hasMessageContaining("实际为 8 种");
    }

    @Test
    void R17_tenIssueKindsAreAnError() {
        assertThatThrownBy(() -> reader.read(catalogue(issueEntry(10))))
                .hasMessageContaining("实际为 10 种");
    }

    @Test
    void issueKindWithoutSealTypeNamesEntryAndField() {
        String json = catalogue().replaceFirst("\"sealType\": \"HOUSEHOLD_REGISTER_SEAL\",", "");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessage("目录第1项（ISSUE_K1）字段 sealType 缺失");
    }

    @Test
    void issueKindWithoutHandlingRoleNamesEntryAndField() {
        String json = catalogue().replaceFirst("\"handlingRole\": \"HOUSEHOLD_OFFICER\",", "");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessage("目录第1项（ISSUE_K1）字段 handlingRole 缺失");
    }

    @Test
    void unknownSealTypeNamesEntryAndField() {
        String json = catalogue().replaceFirst("HOUSEHOLD_REGISTER_SEAL", "RED_SEAL");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessageStartingWith("目录第1项（ISSUE_K1）字段 sealType 取值“RED_SEAL”无效");
    }

    @Test
    void wrongTypeForABooleanNamesEntryAndField() {
        String json = catalogue().replaceFirst("\"headApproval\": false", "\"headApproval\": \"否\"");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessage("目录第1项（ISSUE_K1）字段 headApproval 应为 true 或 false");
    }

    @Test
    void R09_investigationWithoutTimeLimitIsAnError() {
        String json = catalogue().replaceFirst("\"investigation\": false", "\"investigation\": true");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessageStartingWith("目录第1项（ISSUE_K1）字段 timeLimitWorkingDays 需要调查核实");
    }

    @Test
    void R06_aFieldsPrefillSourceAndLengthLimitAreRead() {
        String json = catalogue().replaceFirst("\"type\": \"TEXT\"",
                "\"type\": \"TEXT\", \"prefill\": \"applicant.name\", \"maxLength\": 50");
        RequiredField field = reader.read(json).byCode("ISSUE_K1").orElseThrow().requiredFields().get(0);
        assertThat(field.prefillSource()).contains("applicant.name");
        assertThat(field.maxLength()).isEqualTo(50);
        RequiredField plain = reader.read(catalogue()).byCode("ISSUE_K1").orElseThrow().requiredFields().get(0);
        assertThat(plain.prefillSource()).isEmpty();
        assertThat(plain.maxLength()).isEqualTo(FieldType.TEXT.defaultMaxLength());
    }

    @Test
    void R06_anUnknownPrefillSourceNamesEntryAndFieldPath() {
        String json = catalogue().replaceFirst("\"type\": \"TEXT\"", "\"type\": \"TEXT\", \"prefill\": \"mother.name\"");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessageStartingWith("目录第1项（ISSUE_K1）字段 requiredFields[0].prefill 应为");
    }

    @Test
    void aLengthLimitBelowOneIsAnError() {
        String json = catalogue().replaceFirst("\"type\": \"TEXT\"", "\"type\": \"TEXT\", \"maxLength\": 0");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessageStartingWith("目录第1项（ISSUE_K1）字段 requiredFields[0].maxLength 应为正整数");
    }

    @Test
    void R07_theVerificationProcedureIsReadAndAnUnknownOneNamed() {
        String record = catalogue().replaceFirst("\"timeLimitWorkingDays\": 0", "\"timeLimitWorkingDays\": 0, \"verification\": \"record\"");
        assertThat(reader.read(record).byCode("ISSUE_K1").orElseThrow().verification())
                .isEqualTo(VerificationProcedure.RECORD);
        assertThat(reader.read(catalogue()).byCode("ISSUE_K1").orElseThrow().verification())
                .isEqualTo(VerificationProcedure.NONE);
        String wrong = catalogue().replaceFirst("\"timeLimitWorkingDays\": 0", "\"timeLimitWorkingDays\": 0, \"verification\": \"phone\"");
        assertThatThrownBy(() -> reader.read(wrong))
                .hasMessageStartingWith("目录第1项（ISSUE_K1）字段 verification 取值“phone”无效");
    }

    @Test
    void R07_theBundledR07KindsRecordTheirVerificationAndTheNoCriminalRecordKindHasItsOwn() {
        Catalogue bundled = reader.readBundled();
        assertThat(bundled.byCode("ISSUE_ABNORMAL_DEATH").orElseThrow().verification()).isEqualTo(VerificationProcedure.RECORD);
        assertThat(bundled.byCode("ISSUE_ABANDONED_CHILD").orElseThrow().verification()).isEqualTo(VerificationProcedure.RECORD);
        assertThat(bundled.byCode("ISSUE_NO_CRIMINAL_RECORD").orElseThrow().verification()).isEqualTo(VerificationProcedure.SPECIAL);
        assertThat(bundled.byCode("ISSUE_RESIDENT_IDENTITY").orElseThrow().verification()).isEqualTo(VerificationProcedure.NONE);
    }

    @Test
    void badRequiredFieldTypeNamesEntryAndFieldPath() {
        String json = catalogue().replaceFirst("\"type\": \"TEXT\"", "\"type\": \"STRING\"");
        assertThatThrownBy(() -> reader.read(json))
                .hasMessageStartingWith("目录第1项（ISSUE_K1）字段 requiredFields[0].type 取值“STRING”无效");
    }

    @Test
    void issueOnlyFieldOnARefusedKindIsAnError() {
        String entry = ABOLISHED_NAME.replace("\"provisional\": false,", "\"provisional\": false, \"sealType\": \"OFFICIAL_SEAL\",");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessageStartingWith("目录第10项（ABOLISHED_NAME）字段 sealType 不适用于 group 为 abolished_provincial");
    }

    @Test
    void exchangeKindWithoutRequesterNamesEntryAndField() {
        String entry = ABOLISHED_NAME.replace("abolished_provincial", "exchange").replace("ABOLISHED_NAME", "EXCHANGE_NAME");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessage("目录第10项（EXCHANGE_NAME）字段 requester 缺失");
    }

    @Test
    void misspelledFieldNamesEntryAndField() {
        String entry = ABOLISHED_NAME.replace("\"refusalReason\"", "\"refusalReasn\"");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessageStartingWith("目录第10项（ABOLISHED_NAME）字段 refusalReasn 未知");
    }

    @Test
    void lowerCaseCodeIsRejected() {
        String entry = ABOLISHED_NAME.replace("\"code\": \"ABOLISHED_NAME\"", "\"code\": \"abolished-name\"");
        assertThatThrownBy(() -> reader.read(catalogue(entry)))
                .hasMessageStartingWith("目录第10项（abolished-name）字段 code 应为大写");
    }

    @Test
    void notJsonIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> reader.read("{\"formatVersion\": 1, \"entries\": [ oops ]}"))
                .isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("证明目录不是有效的 JSON（第1行");
    }

    @Test
    void duplicateJsonKeyIsRejected() {
        assertThatThrownBy(() -> reader.read("{\"formatVersion\": 1, \"formatVersion\": 2}"))
                .hasMessageStartingWith("证明目录不是有效的 JSON");
    }

    @Test
    void unsupportedFormatVersionIsRejected() {
        assertThatThrownBy(() -> reader.read(catalogue().replace("\"formatVersion\": 1", "\"formatVersion\": 2")))
                .hasMessageContaining("formatVersion");
    }

    @Test
    void missingEntriesIsRejected() {
        assertThatThrownBy(() -> reader.read("{\"formatVersion\": 1, \"edition\": \"x\"}"))
                .hasMessage("证明目录字段 entries 缺失或不是数组");
    }

    @Test
    void catalogueFileOutsideTheApplicationReplacesTheBundledOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalogue.json");
        Files.writeString(file, catalogue(ABOLISHED_NAME), StandardCharsets.UTF_8);
        assertThat(reader.readFile(file).all()).hasSize(10);
    }
}
