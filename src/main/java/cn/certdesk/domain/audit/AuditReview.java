package cn.certdesk.domain.audit;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Permission;
import java.util.List;

/**
 * The station head's view of the audit trail (R15): search it and verify its chain. Only
 * officers with {@link Permission#VIEW_AUDIT} may (R16: least privilege). Not thread-safe: the
 * store's thread.
 */
public final class AuditReview {

    /** The most rows one search shows; narrow the filters for more. */
    public static final int LIMIT = 1_000;

    private final AuditLog log;

    public AuditReview(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> search(Officer actor, AuditQuery query) {
        requirePermission(actor);
        return log.search(query, LIMIT);
    }

    public List<AuditOfficer> officers(Officer actor) {
        requirePermission(actor);
        return log.officers();
    }

    public ChainStatus verify(Officer actor) {
        requirePermission(actor);
        return log.verify();
    }

    private static void requirePermission(Officer actor) {
        if (!actor.may(Permission.VIEW_AUDIT)) {
            throw new CertDeskException("permission.denied");
        }
    }
}
