package cn.certdesk.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled catalogue against POLICY.md. */
class CatalogueTest {

    private final Catalogue catalogue = new CatalogueReader().readBundled();

    private CertificateKind kind(String code) {
        return catalogue.byCode(code).orElseThrow(() -> new AssertionError("missing " + code));
    }

    @Test
    void R17_bundledCatalogueHasNineIssueTwelveExchangeElevenProvincialAndTheNamedLocalKinds() {
        assertThat(catalogue.inGroup(CertificateGroup.ISSUE)).hasSize(9);
        assertThat(catalogue.inGroup(CertificateGroup.EXCHANGE)).hasSize(12);
        assertThat(catalogue.inGroup(CertificateGroup.ABOLISHED_PROVINCIAL)).hasSize(11);
        assertThat(catalogue.inGroup(CertificateGroup.ABOLISHED_LOCAL)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(catalogue.formatVersion()).isEqualTo(1);
    }

    @Test
    void issueKindsNamedInTheSeedsArePresentAndNotProvisional() {
        assertThat(catalogue.inGroup(CertificateGroup.ISSUE).stream().filter(k -> !k.provisional()).map(CertificateKind::name))
                .containsExactly("亲属关系证明", "户口登记项目变更更正证明", "居民身份信息证明", "非正常死亡证明",
                        "捡拾弃婴（儿童）证明", "无违法犯罪记录核查证明");
    }

    @Test
    void provincialAbolishedKindsAreTheElevenOf001() {
        assertThat(catalogue.inGroup(CertificateGroup.ABOLISHED_PROVINCIAL).stream().map(CertificateKind::name))
                .containsExactly("公民姓名证明", "性别证明", "出生日期证明", "户籍所在地证明", "死亡证明", "健在证明",
                        "实际居住地证明", "同一人身份认定证明", "文化程度证明", "婚姻状况证明", "户口性质证明");
    }

    @Test
    void localAbolishedKindsIncludeTheFourNamedInTheSeeds() {
        assertThat(catalogue.inGroup(CertificateGroup.ABOLISHED_LOCAL).stream().map(CertificateKind::name))
                .contains("有无上访记录证明", "精神病证明", "手机遗失证明", "贫困证明");
    }

    @Test
    void exchangeKindsNamedIn001ArePresentWithARequester() {
        for (String code : List.of("EXCHANGE_HOUSEHOLD_CANCELLATION", "EXCHANGE_HOUSEHOLD_MIGRATION", "EXCHANGE_CITIZEN_IDENTITY")) {
            assertThat(kind(code).provisional()).as(code).isFalse();
        }
        assertThat(catalogue.inGroup(CertificateGroup.EXCHANGE)).allSatisfy(k -> assertThat(k.requester()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISSUE_KINSHIP", "ISSUE_REGISTER_ITEM_CHANGE", "ISSUE_RESIDENT_IDENTITY"})
    void R06_householdOfficerKindsNeedStubAndHouseholdSealWithoutHeadApproval(String code) {
        CertificateKind kind = kind(code);
        assertThat(kind.stubRequired()).isTrue();
        assertThat(kind.sealType()).isEqualTo(SealType.HOUSEHOLD_REGISTER_SEAL);
        assertThat(kind.sealType().label()).isEqualTo("户口专用章");
        assertThat(kind.handlingRole()).isEqualTo(HandlingRole.HOUSEHOLD_OFFICER);
        assertThat(kind.headApproval()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISSUE_ABNORMAL_DEATH", "ISSUE_ABANDONED_CHILD"})
    void R07_abnormalDeathAndAbandonedChildNeedStubHeadApprovalAndOfficialSealByCommunityOfficer(String code) {
        CertificateKind kind = kind(code);
        assertThat(kind.stubRequired()).isTrue();
        assertThat(kind.headApproval()).isTrue();
        assertThat(kind.sealType()).isEqualTo(SealType.OFFICIAL_SEAL);
        assertThat(kind.handlingRole()).isEqualTo(HandlingRole.COMMUNITY_OFFICER);
        assertThat(kind.handlingRole().permits("COMMUNITY_OFFICER")).isTrue();
        assertThat(kind.handlingRole().permits("HOUSEHOLD_OFFICER")).isFalse();
    }

    @Test
    void R07_verificationRecordNumberIsAFieldOfTheR07Kinds() {
        assertThat(kind("ISSUE_ABNORMAL_DEATH").requiredFields()).extracting(RequiredField::id).contains("incidentRecordNumber");
        assertThat(kind("ISSUE_ABANDONED_CHILD").requiredFields()).extracting(RequiredField::id).contains("incidentRecordNumber");
    }

    @Test
    void R12_noCriminalRecordNeedsHeadApprovalAndOfficialSeal() {
        CertificateKind kind = kind("ISSUE_NO_CRIMINAL_RECORD");
        assertThat(kind.headApproval()).isTrue();
        assertThat(kind.sealType()).isEqualTo(SealType.OFFICIAL_SEAL);
        assertThat(kind.handlingRole()).isEqualTo(HandlingRole.EITHER);
    }

    @Test
    void rescuedAbductedChildIsHandledLikeTheR07KindsWithHeadApproval() {
        assertThat(kind("ISSUE_RESCUED_CHILD_IDENTITY").headApproval()).isTrue();
    }

    @Test
    void R09_kindsNeedingInvestigationHaveFiveWorkingDaysAndOthersAreOnTheSpot() {
        assertThat(catalogue.inGroup(CertificateGroup.ISSUE)).allSatisfy(kind ->
                assertThat(kind.timeLimitWorkingDays()).as(kind.code()).isEqualTo(kind.investigation() ? 5 : 0));
        assertThat(kind("ISSUE_KINSHIP").onTheSpot()).isTrue();
    }

    @Test
    void R01_everyNonIssueKindRequiresRefusalWithReasonUseInsteadAndContact() {
        List<CertificateKind> refused = catalogue.all().stream().filter(catalogue::requiresRefusal).toList();
        assertThat(refused).hasSize(catalogue.all().size() - 9);
        assertThat(refused).allSatisfy(kind -> {
            assertThat(kind.issuable()).isFalse();
            assertThat(kind.refusalReason()).as(kind.code()).isNotBlank();
            assertThat(kind.useInstead()).as(kind.code()).isNotBlank();
            assertThat(kind.contact()).as(kind.code()).isNotBlank();
            assertThat(kind.legalBasis()).as(kind.code()).contains("吉公办字〔2015〕56号");
            assertThat(kind.sealType()).isNull();
        });
    }

    @Test
    void R01_issueKindsAreNotRefusedAndHaveContentFields() {
        assertThat(catalogue.inGroup(CertificateGroup.ISSUE)).allSatisfy(kind -> {
            assertThat(catalogue.requiresRefusal(kind)).isFalse();
            assertThat(kind.refusalReason()).isNull();
            assertThat(kind.requiredFields()).isNotEmpty();
        });
    }

    @Test
    void R01_provisionalKindsNameTheirSource() {
        assertThat(catalogue.all().stream().filter(CertificateKind::provisional))
                .allSatisfy(kind -> assertThat(kind.source()).contains("provisional"));
    }

    @Test
    void searchFindsAKindByAliasAndRanksTheExactNameFirst() {
        assertThat(catalogue.search("开户籍证明")).first().extracting(CertificateKind::code).isEqualTo("ISSUE_RESIDENT_IDENTITY");
        assertThat(catalogue.search("死亡证明")).first().extracting(CertificateKind::code).isEqualTo("ABOLISHED_DEATH");
        assertThat(catalogue.search("死亡证明")).extracting(CertificateKind::code).contains("ISSUE_ABNORMAL_DEATH");
    }

    @Test
    void searchFindsAKindNamedInsideASentence() {
        assertThat(catalogue.search("我要开 无犯罪记录证明")).extracting(CertificateKind::code).contains("ISSUE_NO_CRIMINAL_RECORD");
        assertThat(catalogue.search("单身证明")).extracting(CertificateKind::code).containsExactly("ABOLISHED_MARITAL_STATUS");
    }

    @Test
    void searchForSomethingOutsideTheCatalogueFindsNothing() {
        assertThat(catalogue.search("驾驶证")).isEmpty();
        assertThat(catalogue.search("  ")).isEmpty();
    }
}
