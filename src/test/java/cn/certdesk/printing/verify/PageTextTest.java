package cn.certdesk.printing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the verifier finds a signed value in the printed text, also when it runs on to page 2. */
class PageTextTest {

    private static final String VALUE = "该事项属于部门间信息核查范围派出所不再出具证明请向相关部门咨询办理";

    private static final List<String> PRINTED = List.of(
            "一、不予出具的理由：该事项属于部门间",
            "信息核查范围派出所不再出具",
            "承办民警：李建国（警号：061234）",
            "长春市公安局朝阳分局红旗街派出所",
            "二〇二六年十一月二十二日",
            "编号：220104510000-01-2026-000561",
            "证明请向相关部门咨询办理",
            "二、法律政策依据：……");

    @Test
    void aValueInterruptedByTheSignatureBlockAndThePageBreakIsFound() {
        assertThat(PdfCertificateVerifier.runsAcrossLines(PRINTED, VALUE)).isTrue();
    }

    @Test
    void oneChangedCharacterOnTheSecondPageIsNotFound() {
        List<String> tampered = new java.util.ArrayList<>(PRINTED);
        tampered.set(6, "证明请向有关部门咨询办理");
        assertThat(PdfCertificateVerifier.runsAcrossLines(tampered, VALUE)).isFalse();
    }

    @Test
    void aMissingPartIsNotFound() {
        List<String> cut = new java.util.ArrayList<>(PRINTED);
        cut.remove(1);
        assertThat(PdfCertificateVerifier.runsAcrossLines(cut, VALUE)).isFalse();
    }

    @Test
    void aDateIsFoundInTheFormsTheTemplatesPrint() {
        assertThat(PdfCertificateVerifier.displayForms("2026-11-22")).contains("二〇二六年十一月二十二日", "2026年11月22日");
    }
}
