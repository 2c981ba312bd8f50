package cn.certdesk.testing;

import cn.certdesk.domain.verification.CheckResult;
import cn.certdesk.domain.verification.CriminalRecordSystem;
import cn.certdesk.domain.verification.CriminalRecordSystems;
import cn.certdesk.domain.verification.NcrVerification;
import cn.certdesk.domain.verification.UnitRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Verification records for tests that create no-criminal-record applications (R10–R12). */
public final class NcrApplications {

    /** A valid ID number (check character correct) for the unit's staff member. */
    public static final String STAFF_ID_NUMBER = "220104199003071238";

    private NcrApplications() {
    }

    /** A unit's request (R11) of a people's court, with letter, staff member and purpose. */
    public static UnitRequest courtRequest() {
        return new UnitRequest("长春市朝阳区人民法院", "朝法介〔2026〕18号", "刘警官", STAFF_ID_NUMBER, "案件办理");
    }

    /** Every system of the bundled list with {@code result}. */
    public static Map<String, CheckResult> every(CheckResult result) {
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        for (CriminalRecordSystem system : CriminalRecordSystems.bundled().all()) {
            checks.put(system.id(), result);
        }
        return checks;
    }

    /** A complete unit-path verification with nothing found in any system. */
    public static NcrVerification nothingFoundVerification() {
        return NcrVerification.unit(UUID.randomUUID(), courtRequest(), every(CheckResult.NONE_FOUND));
    }

    /** The record of {@link #nothingFoundVerification()}: what an NCR application needs to be created. */
    public static Map<String, String> nothingFound() {
        return nothingFoundVerification().toRecord();
    }
}
