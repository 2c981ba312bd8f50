package cn.certdesk.domain.statistics;

import java.util.UUID;

/** An officer as the statistics name them: police number and name (officers, not citizens). */
public record OfficerRef(UUID id, String policeNumber, String name) {
}
