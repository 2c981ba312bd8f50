package cn.certdesk.domain.audit;

import java.util.UUID;

/** An officer as the audit viewer names them: 警号 and name, nothing else of the account. Immutable. */
public record AuditOfficer(UUID id, String policeNumber, String name) {
}
