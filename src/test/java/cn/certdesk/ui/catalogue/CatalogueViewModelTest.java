package cn.certdesk.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.catalogue.Catalogue;
import cn.certdesk.domain.catalogue.CatalogueReader;
import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** The catalogue screen's logic without a toolkit. */
class CatalogueViewModelTest {

    private final Catalogue catalogue = new CatalogueReader().readBundled();
    private final CatalogueViewModel viewModel = new CatalogueViewModel(catalogue, new Messages(Messages.CHINESE));

    @Test
    void everyKindIsListedAtFirst() {
        assertThat(viewModel.kinds()).hasSameSizeAs(catalogue.all());
        assertThat(viewModel.summaryProperty().get()).isEqualTo("共 36 项（目录共 36 项）");
    }

    @Test
    void theGroupFilterShowsTheNineIssuedKinds() {
        viewModel.groupFilterProperty().set(CertificateGroup.ISSUE);
        assertThat(viewModel.kinds()).hasSize(9).allMatch(CertificateKind::issuable);
    }

    @Test
    void searchingFindsAKindByTheWordsPeopleUse() {
        viewModel.queryProperty().set("亲属");
        assertThat(viewModel.kinds()).extracting(CertificateKind::name).contains("亲属关系证明");
    }

    @Test
    void aRequestOutsideTheCatalogueSaysSo() {
        viewModel.queryProperty().set("宠物疫苗");
        assertThat(viewModel.kinds()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).contains("不在派出所出具范围内");
    }

    @Test
    void R01_R02_anAbolishedKindShowsWhyNotWhatToUseInsteadAndWhomToContact() {
        CertificateKind alive = catalogue.all().stream().filter(k -> k.name().contains("健在")).findFirst().orElseThrow();
        viewModel.selectedProperty().set(alive);
        assertThat(viewModel.detailProperty().get())
                .contains("不予出具的原因：" + alive.refusalReason())
                .contains("可改用：" + alive.useInstead())
                .contains("联系单位：" + alive.contact());
    }

    @Test
    void R07_anAbnormalDeathCertificateShowsHeadApprovalAndTheOfficialSeal() {
        CertificateKind death = catalogue.byCode("ISSUE_ABNORMAL_DEATH").orElseThrow();
        viewModel.selectedProperty().set(death);
        assertThat(viewModel.detailProperty().get()).contains("所领导审批：需要", "加盖印章：公章", "承办民警：社区民警");
    }
}
