package cn.certdesk.domain.application;

import java.util.Objects;

/**
 * What the officer chose on the request panel for a request the station does not issue: the
 * override route (R13 transition period, R14 special case), the special case (R14 only) and the
 * mandatory reason; checked when made, so the form opens only on a complete choice. The
 * certificate then prints as the general certificate ({@link OverrideCertificate}).
 *
 * @param kindCode    the catalogue kind asked for, or {@link OverrideCertificate#OUTSIDE_CATALOGUE}
 * @param matter      what is certified: the kind's name or the applicant's words
 * @param specialCase R14: the listed special case; {@code null} for R13
 * @param reason      why the station issues it all the same (stripped, at most 500 characters)
 */
public record OverrideRequest(String kindCode, String matter, Route route, SpecialCase specialCase, String reason) {

    public OverrideRequest {
        Objects.requireNonNull(kindCode, "kindCode");
        Objects.requireNonNull(route, "route");
        if (!route.override()) {
            throw new IllegalArgumentException("not an override route: " + route);
        }
        matter = cn.certdesk.domain.TextInput.require("field.override.matter", matter, OverrideCertificate.MAX_MATTER);
        if (route == Route.SPECIAL_CASE_OVERRIDE && specialCase == null) {
            throw new cn.certdesk.domain.CertDeskException("override.special.case.required"); // R14
        }
        if (route != Route.SPECIAL_CASE_OVERRIDE) {
            specialCase = null;
        }
        reason = ApplicationService.requireReason("application.override.reason.required", reason); // R13, R14
    }

    /** Personal data may be in the reason: not printed. */
    @Override
    public String toString() {
        return "OverrideRequest[" + kindCode + ", " + route + "]";
    }
}
