package cn.certdesk.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.OverrideCertificate;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.SpecialCase;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The override paths at the desk against a real SQLite store: R13 (transition period, up to its
 * configured last day) and R14 (the listed special cases), both printed as the general
 * certificate for a kind the station does not issue or a request outside the catalogue, both with
 * a mandatory reason, recorded as such and sent to the station head.
 */
class OverrideApplicationTest {

    private static final String ID_NUMBER = "220102199003071234";
    private static final String MARITAL_STATUS = "ABOLISHED_MARITAL_STATUS";

    @TempDir
    Path dataDir;

    // Monday 2026-11-23, 09:30 in Changchun.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private ApplicationDesk desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private ApplicationDesk open(LocalDate transitionLastDay) {
        desk = ApplicationDesk.open(dataDir, clock, transitionLastDay);
        return desk;
    }

    private static NewApplication override(String kindCode, Route route, String reason, String specialCase) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicantName", "李四");
        fields.put("applicantIdNumber", ID_NUMBER);
        fields.put(OverrideCertificate.MATTER, "婚姻状况证明");
        fields.put(OverrideCertificate.TEXT, "经核查，申请人户籍登记在本所辖区。");
        if (specialCase != null) {
            fields.put(OverrideCertificate.SPECIAL_CASE, specialCase);
        }
        return new NewApplication(kindCode, Applicant.manualEntry("李四", ID_NUMBER), null, fields, Map.of(), null,
                route, reason);
    }

    private static String key(Throwable thrown) {
        return ((CertDeskException) thrown).messageKey();
    }

    @Test
    void R14_anApprovedOverrideIsResumedAsTheGeneralCertificateAndPrintsItsTemplate() {
        open(LocalDate.of(2026, 12, 31));
        Application created = desk.applications.create(desk.household,
                override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "出国办理养老金", "GOING_ABROAD"));
        if (desk.applications.get(created.id()).status() == cn.certdesk.domain.application.ApplicationStatus.CREATED) {
            desk.applications.requestApproval(desk.household, created.id());
        }
        desk.applications.approve(desk.head, created.id());
        Application approved = desk.applications.get(created.id());

        assertThat(desk.applications.templateFor(approved)).isEqualTo(OverrideCertificate.TEMPLATE);
        assertThat(desk.applications.kindOf(approved).requiredFields()).isEqualTo(OverrideCertificate.FIELDS);
        assertThat(desk.applications.kindOf(approved).code()).isEqualTo(MARITAL_STATUS);
    }

    @Test
    void R13_R14_listsNameAnOverrideOutsideTheCatalogueInChineseNotByItsCode() {
        open(LocalDate.of(2026, 12, 31));
        assertThat(OverrideCertificate.kindName(desk.catalogue, OverrideCertificate.OUTSIDE_CATALOGUE))
                .isEqualTo("目录外证明");
        assertThat(OverrideCertificate.kindName(desk.catalogue, MARITAL_STATUS))
                .isEqualTo(desk.catalogue.byCode(MARITAL_STATUS).orElseThrow().name()).doesNotContain("_");
    }

    @Test
    void R13_transitionOverrideIsRefusedAfterTheConfiguredEndDate() {
        open(LocalDate.of(2026, 11, 22));
        assertThat(desk.applications.transitionOpen()).isFalse();
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                override(MARITAL_STATUS, Route.TRANSITION_OVERRIDE, "单位仍要求", null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.transition.ended"));
        assertThat(desk.applications.awaitingApproval()).isEmpty();
    }

    @Test
    void R13_transitionOverrideOnItsLastDayIsAcceptedAndAwaitsTheHead() {
        open(LocalDate.of(2026, 11, 23));
        assertThat(desk.applications.transitionOpen()).isTrue();
        Application created = desk.applications.create(desk.household,
                override(MARITAL_STATUS, Route.TRANSITION_OVERRIDE, "单位仍要求", null));
        assertThat(created.route()).isEqualTo(Route.TRANSITION_OVERRIDE);
        assertThat(created.approvalRequired()).isTrue();
        assertThat(created.kindCode()).isEqualTo(MARITAL_STATUS);
    }

    @Test
    void R13_R14_anOverrideWithoutAReasonIsRefused() {
        open(LocalDate.of(2026, 12, 31));
        for (Route route : new Route[] {Route.TRANSITION_OVERRIDE, Route.SPECIAL_CASE_OVERRIDE}) {
            String specialCase = route == Route.SPECIAL_CASE_OVERRIDE ? "GOING_ABROAD" : null;
            assertThatThrownBy(() -> desk.applications.create(desk.household,
                    override(MARITAL_STATUS, route, "   ", specialCase)))
                    .as(route.name())
                    .satisfies(e -> assertThat(key(e)).isEqualTo("application.override.reason.required"));
        }
    }

    @Test
    void R13_R14_theGeneralCertificateNeedsItsTextAndKeepsItsLimit() {
        open(LocalDate.of(2026, 12, 31));
        NewApplication request = override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "出国办理养老金", "GOING_ABROAD");
        Map<String, String> withoutText = new LinkedHashMap<>(request.fieldValues());
        withoutText.remove(OverrideCertificate.TEXT);
        assertThatThrownBy(() -> desk.applications.create(desk.household, new NewApplication(request.kindCode(),
                request.applicant(), null, withoutText, Map.of(), null, request.route(), request.overrideReason())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.field.missing"));
        Map<String, String> tooLong = new LinkedHashMap<>(request.fieldValues());
        tooLong.put(OverrideCertificate.TEXT, "证".repeat(OverrideCertificate.MAX_TEXT + 1));
        assertThatThrownBy(() -> desk.applications.create(desk.household, new NewApplication(request.kindCode(),
                request.applicant(), null, tooLong, Map.of(), null, request.route(), request.overrideReason())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("input.too.long"));
    }

    @Test
    void R13_anIssuableKindIsNotATransitionOverride() {
        open(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                desk.application("ISSUE_KINSHIP", "李四", ID_NUMBER).withRoute(Route.TRANSITION_OVERRIDE, "理由")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("override.transition.issuable"));
    }

    @Test
    void R14_specialCaseOverrideAlwaysAwaitsTheStationHead() {
        open(LocalDate.of(2026, 12, 31));
        Application created = desk.applications.create(desk.household,
                override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "出国（境）办理养老金", "GOING_ABROAD"));
        assertThat(created.approvalRequired()).isTrue();
        Application sent = desk.applications.requestApproval(desk.household, created.id());
        assertThat(sent.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(desk.applications.awaitingApproval()).extracting(item -> item.id())
                .containsExactly(created.id());
        assertThatThrownBy(() -> desk.applications.print(desk.household, created.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.awaiting.approval"));
    }

    @Test
    void R14_theSpecialCaseMustBeOneOfTheListedCases() {
        open(LocalDate.of(2026, 12, 31));
        assertThat(desk.applications.specialCases()).extracting(SpecialCase::code)
                .contains("OUT_OF_PROVINCE_RIGHTS", "GOING_ABROAD");
        for (String code : new String[] {null, "BECAUSE_I_SAY_SO"}) {
            assertThatThrownBy(() -> desk.applications.create(desk.household,
                    override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "理由", code)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("override.special.case.required"));
        }
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                override(MARITAL_STATUS, Route.TRANSITION_OVERRIDE, "理由", "GOING_ABROAD")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("override.special.case.not.special"));
    }

    @Test
    void R14_aRequestOutsideTheCatalogueCanBeOverriddenAsTheGeneralCertificate() {
        open(LocalDate.of(2026, 12, 31));
        Application created = desk.applications.create(desk.household, override(OverrideCertificate.OUTSIDE_CATALOGUE,
                Route.SPECIAL_CASE_OVERRIDE, "外省维权需要", "OUT_OF_PROVINCE_RIGHTS"));
        assertThat(created.kindCode()).isEqualTo(OverrideCertificate.OUTSIDE_CATALOGUE);
        assertThat(created.approvalRequired()).isTrue();
        assertThatThrownBy(() -> desk.applications.create(desk.household, new NewApplication(
                OverrideCertificate.OUTSIDE_CATALOGUE, Applicant.manualEntry("李四", ID_NUMBER), null, Map.of(),
                Map.of(), null, Route.NORMAL, null)))
                .as("outside the catalogue there is no normal route (R01)")
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.kind.unknown"));
    }

    @Test
    void R13_R14_theCreatedEventRecordsTheRouteTheReasonAndTheSpecialCase() {
        open(LocalDate.of(2026, 12, 31));
        Application special = desk.applications.create(desk.household,
                override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "出国（境）办理养老金", "GOING_ABROAD"));
        Application transition = desk.applications.create(desk.community,
                override(OverrideCertificate.OUTSIDE_CATALOGUE, Route.TRANSITION_OVERRIDE, "过渡期内单位仍要求", null));
        RecordEvent specialCreated = created(special);
        assertThat(specialCreated.officerId()).contains(desk.household.id());
        assertThat(specialCreated.payload()).contains("SPECIAL_CASE_OVERRIDE", "出国（境）办理养老金", "GOING_ABROAD");
        assertThat(special.details().overrideReason()).isEqualTo("出国（境）办理养老金");
        RecordEvent transitionCreated = created(transition);
        assertThat(transitionCreated.officerId()).contains(desk.community.id());
        assertThat(transitionCreated.payload()).contains("TRANSITION_OVERRIDE", "过渡期内单位仍要求");
        assertThat(desk.applications.get(transition.id()).route()).isEqualTo(Route.TRANSITION_OVERRIDE);
    }

    @Test
    void R14_theDeskOfficerPreparesWithoutOverrideAndOnlyAnotherHeadDecides() {
        open(LocalDate.of(2026, 12, 31));
        Application created = desk.applications.requestApproval(desk.household, desk.applications.create(
                desk.household, override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "出国办理", "GOING_ABROAD"))
                .id());
        assertThatThrownBy(() -> desk.applications.approve(desk.household, created.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
        Application byHead = desk.applications.requestApproval(desk.preparingHead, desk.applications.create(
                desk.preparingHead, override(MARITAL_STATUS, Route.SPECIAL_CASE_OVERRIDE, "出国办理", "GOING_ABROAD"))
                .id());
        assertThatThrownBy(() -> desk.applications.approve(desk.preparingHead, byHead.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.four.eyes"));
        assertThat(desk.applications.approve(desk.head, created.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    private RecordEvent created(Application application) {
        return desk.events.forAggregate(application.id()).stream()
                .filter(event -> ApplicationEvents.CREATED.equals(event.eventType())).findFirst().orElseThrow();
    }
}
