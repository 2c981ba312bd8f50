package cn.certdesk.domain.audit;

import java.util.List;

/** Reading the audit trail (implemented by the store); {@link AuditReview} checks who may. */
public interface AuditLog {

    /** Entries matching the query, newest first, at most {@code limit}. */
    List<AuditEntry> search(AuditQuery query, int limit);

    /** Every officer account, for the viewer's filter and names. */
    List<AuditOfficer> officers();

    /** Verifies the whole chain against its head ({@link AuditChainVerifier}). */
    ChainStatus verify();
}
