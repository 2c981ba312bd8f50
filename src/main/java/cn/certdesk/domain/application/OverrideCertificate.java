package cn.certdesk.domain.application;

import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.FieldType;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.catalogue.SealType;
import java.util.List;
import java.util.Optional;

/**
 * The certificate printed through an override (R13 transition period, R14 special case) for a
 * request the catalogue does not issue — a kind of the exchange or abolished groups, or a request
 * outside the catalogue ({@link #OUTSIDE_CATALOGUE}). No kind's own template fits, so it prints
 * the general certificate {@value #TEMPLATE} (证明: the matter certified and the text the officer
 * writes), with the station's official seal. Immutable and thread-safe.
 */
public final class OverrideCertificate {

    /** The general certificate template ({@code templates/override-certificate.json}). */
    public static final String TEMPLATE = "override-certificate";
    /** Kind code of an override for a request outside the catalogue (the matter holds its words). */
    public static final String OUTSIDE_CATALOGUE = "OUTSIDE_CATALOGUE";
    /** Field: what is certified (证明事项) — the kind asked or the applicant's words. */
    public static final String MATTER = "matter";
    /** Field: the certificate's text as the officer writes it (证明内容). */
    public static final String TEXT = "certificateText";
    /** Field: R14, the code of the {@link SpecialCase}; not printed. */
    public static final String SPECIAL_CASE = "specialCase";
    public static final int MAX_MATTER = 100;
    public static final int MAX_TEXT = 1000;

    /**
     * The name an officer reads for an application's kind code: the catalogue's name, or 目录外证明
     * for an override of a request outside the catalogue (never the internal code).
     */
    public static String kindName(cn.certdesk.domain.catalogue.Catalogue catalogue, String kindCode) {
        if (OUTSIDE_CATALOGUE.equals(kindCode)) {
            return OUTSIDE_NAME;
        }
        return catalogue.byCode(kindCode).map(CertificateKind::name).orElse(kindCode);
    }

    /** The form's fields: the applicant from the register (R06), the matter and the text. */
    public static final List<RequiredField> FIELDS = List.of(
            new RequiredField("applicantName", "申请人姓名", FieldType.TEXT, false, "applicant.name", 50),
            new RequiredField("applicantIdNumber", "申请人公民身份号码", FieldType.ID_NUMBER, false,
                    "applicant.idNumber", FieldType.ID_NUMBER.defaultMaxLength()),
            new RequiredField(MATTER, "证明事项", FieldType.TEXT, false, null, MAX_MATTER),
            new RequiredField(TEXT, "证明内容", FieldType.LONG_TEXT, false, null, MAX_TEXT));

    private static final String OUTSIDE_NAME = "目录外证明";

    private OverrideCertificate() {
    }

    /**
     * What an override of {@code asked} (a kind the station does not issue) is checked and printed
     * as: the kind's code and name, the general certificate's fields, the official seal, no stub,
     * on the spot, and always station-head approval (R13, R14).
     */
    public static CertificateKind of(CertificateKind asked) {
        return new CertificateKind(asked.code(), asked.name(), asked.group(), asked.aliases(), asked.legalBasis(),
                asked.source(), asked.provisional(), asked.refusalReason() == null ? "" : asked.refusalReason(),
                asked.useInstead() == null ? "" : asked.useInstead(), asked.contact(), asked.requester(), null,
                SealType.OFFICIAL_SEAL, true, false, false, 0, FIELDS);
    }

    /** The override of a request outside the catalogue (the applicant's words go into {@link #MATTER}). */
    public static CertificateKind outsideCatalogue() {
        return new CertificateKind(OUTSIDE_CATALOGUE, OUTSIDE_NAME, CertificateGroup.ABOLISHED_LOCAL, List.of(),
                RefusalNotice.OUTSIDE_BASIS, "000 末段；001 §三.四", false, RefusalNotice.OUTSIDE_REASON, "", null,
                null, null, SealType.OFFICIAL_SEAL, true, false, false, 0, FIELDS);
    }

    /**
     * The kind an override application is checked as: {@code found} in the catalogue when the
     * station does not issue it, or the outside-catalogue kind; empty for a normal application.
     */
    static Optional<CertificateKind> forRoute(Route route, String kindCode, Optional<CertificateKind> found) {
        if (!route.override()) {
            return found;
        }
        if (found.isPresent()) {
            return Optional.of(found.get().issuable() ? found.get() : of(found.get()));
        }
        return OUTSIDE_CATALOGUE.equals(kindCode) ? Optional.of(outsideCatalogue()) : Optional.empty();
    }

    /**
     * The form of the general certificate for the officer's override choice: code and name of what
     * was asked, the general certificate's fields, head approval. Only the form uses it; the
     * service checks the application as {@link #forRoute}.
     */
    public static CertificateKind form(OverrideRequest request) {
        return new CertificateKind(request.kindCode(), request.matter(), CertificateGroup.ABOLISHED_LOCAL, List.of(),
                RefusalNotice.OUTSIDE_BASIS, "000 末段；001 §三.四", false, RefusalNotice.OUTSIDE_REASON, "", null,
                null, null, SealType.OFFICIAL_SEAL, true, false, false, 0, FIELDS);
    }

    /** The first values of the form: the matter, and the R14 special case (stored, not printed). */
    public static java.util.Map<String, String> values(OverrideRequest request, Applicant applicant) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        if (applicant != null) {
            values.put("applicantName", applicant.name());
            values.put("applicantIdNumber", applicant.idNumber());
        }
        values.put(MATTER, request.matter());
        return values;
    }

    /** The application of the filled-in form: the route, the reason and (R14) the special case. */
    public static NewApplication routed(NewApplication filled, OverrideRequest request) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(filled.fieldValues());
        if (request.specialCase() != null) {
            fields.put(SPECIAL_CASE, request.specialCase().code());
        }
        return new NewApplication(filled.kindCode(), filled.applicant(), filled.agent(), fields,
                filled.verificationRecord(), filled.stub(), request.route(), request.reason());
    }

    /**
     * The template an application prints with: the general certificate for an override of a kind
     * not issued or a request outside the catalogue (R13, R14), otherwise its kind's own.
     */
    public static String templateFor(String kindCode, Route route, Optional<CertificateKind> catalogueKind) {
        return printsGeneralCertificate(route, catalogueKind) ? TEMPLATE : kindCode;
    }

    /** Whether an application of {@code kindCode} prints the general certificate rather than its kind's template. */
    public static boolean printsGeneralCertificate(Route route, Optional<CertificateKind> catalogueKind) {
        return route.override() && catalogueKind.map(kind -> !kind.issuable()).orElse(true);
    }
}
