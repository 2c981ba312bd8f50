package cn.certdesk.ui.approval;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.Stub;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import cn.certdesk.testing.DeskFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applications awaiting approval, written through the real services of a {@link DeskFixture} desk. */
public final class ApprovalSeed {

    public static final String ABNORMAL_DEATH = "ISSUE_ABNORMAL_DEATH";
    public static final String APPLICANT = "审批测试";
    public static final String ID_NUMBER = "220102199003071234";
    public static final String PHONE = "13912345678";
    public static final String INCIDENT = "J2201020000001";

    private ApprovalSeed() {
    }

    /** An abnormal-death application (R07) prepared by {@code policeNumber}, sent to approval. */
    public static Application awaitingApproval(DeskFixture desk, String policeNumber) {
        Officer officer = desk.officer(policeNumber);
        return desk.context().onStoreThread(() -> {
            Station station = desk.context().stations().current().orElseThrow();
            ApplicationService applications = desk.context().applications(station);
            CertificateKind kind = desk.context().reference().catalogue().byCode(ABNORMAL_DEATH).orElseThrow();
            Map<String, String> fields = new LinkedHashMap<>();
            for (RequiredField field : kind.requiredFields()) {
                fields.put(field.id(), switch (field.type()) {
                    case DATE -> "2026-11-20";
                    case DATE_TIME -> "2026-11-20T08:30";
                    case ID_NUMBER -> ID_NUMBER;
                    case PHONE -> PHONE;
                    case GENDER -> "男";
                    case PHOTO -> "";
                    default -> "测试内容";
                });
            }
            fields.values().removeIf(String::isEmpty);
            SignatureStrokes signature = new SignatureStrokes(List.of(
                    new Stroke(List.of(new StrokePoint(20, 30, 0), new StrokePoint(220, 60, 90))),
                    new Stroke(List.of(new StrokePoint(40, 120, 150), new StrokePoint(300, 100, 260)))));
            NewApplication request = new NewApplication(ABNORMAL_DEATH, Applicant.manualEntry(APPLICANT, ID_NUMBER),
                    null, fields, Map.of("incidentNumber", INCIDENT), new Stub(PHONE, signature.toJson()),
                    Route.NORMAL, null);
            Application created = applications.create(officer, request);
            return applications.requestApproval(officer, created.id());
        });
    }

    /** The application as stored now. */
    public static Application stored(DeskFixture desk, Application application) {
        return desk.context().onStoreThread(() -> desk.context()
                .applications(desk.context().stations().current().orElseThrow()).get(application.id()));
    }

    /** How many events the store holds. */
    public static int eventCount(DeskFixture desk) {
        return desk.context().onStoreThread(() -> new cn.certdesk.store.SqliteRecordEventLog(
                desk.context().database(), desk.clock()).after(0, 1_000_000).size());
    }
}
