package cn.certdesk.domain.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.catalogue.CertificateKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StubTest {

    private static final Catalogue CATALOGUE = new CatalogueReader().readBundled();

    private static Stub stub() {
        return new Stub(Signer.APPLICANT, " 张三 ", PhoneNumber.parse("13812345678"),
                SignatureStrokesTest.twoStrokeSignature());
    }

    @Test
    void aStubHoldsSignerPhoneAndSignature() {
        Stub stub = stub();
        assertThat(stub.signerName()).isEqualTo("张三");
        assertThat(stub.phone().value()).isEqualTo("13812345678");
        assertThat(stub.strokes().strokeCount()).isEqualTo(2);
    }

    @Test
    void aStubWithTooLittleInkIsRefused() {
        SignatureStrokes dot = SignatureStrokes.EMPTY.withStroke(SignatureStrokesTest.dot(5, 5));
        assertThatThrownBy(() -> new Stub(Signer.AGENT, "李四", PhoneNumber.parse("13812345678"), dot))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stub.signature.too.short"));
    }

    @Test
    void aStubNeedsTheSignersName() {
        assertThatThrownBy(() -> new Stub(Signer.AGENT, "  ", PhoneNumber.parse("13812345678"),
                SignatureStrokesTest.twoStrokeSignature()))
                .isInstanceOfSatisfying(CertDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("input.empty");
                    assertThat(e.arguments()).containsExactly("field.stub.signer.name");
                });
    }

    @Test
    void toStringLeaksNeitherNameNorNumber() {
        assertThat(stub().toString()).doesNotContain("张三", "12345678").contains("138****5678", "APPLICANT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISSUE_KINSHIP", "ISSUE_REGISTER_ITEM_CHANGE", "ISSUE_RESIDENT_IDENTITY"})
    void R06_householdRegisterCertificatesCannotGoOnWithoutAStub(String code) {
        assertStubRequired(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISSUE_ABNORMAL_DEATH", "ISSUE_ABANDONED_CHILD"})
    void R07_abnormalDeathAndFoundChildCertificatesCannotGoOnWithoutAStub(String code) {
        assertStubRequired(code);
    }

    @Test
    void aKindWithoutStubRuleNeedsNoStub() {
        CertificateKind kind = CATALOGUE.all().stream().filter(k -> k.issuable() && !k.stubRequired())
                .findFirst().orElseThrow();
        assertThatCode(() -> StubRequirement.check(kind, Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> StubRequirement.check(false, Optional.empty())).doesNotThrowAnyException();
    }

    private static void assertStubRequired(String code) {
        CertificateKind kind = CATALOGUE.byCode(code).orElseThrow();
        assertThatThrownBy(() -> StubRequirement.check(kind, Optional.empty()))
                .isInstanceOfSatisfying(CertDeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("stub.required");
                    assertThat(e.arguments()).containsExactly(kind.name());
                });
        assertThatThrownBy(() -> StubRequirement.check(true, Optional.empty())).isInstanceOf(CertDeskException.class);
        assertThatCode(() -> StubRequirement.check(kind, Optional.of(stub()))).doesNotThrowAnyException();
    }
}
