package cn.certdesk.domain.officer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of POLICY.md's role table, each with its permissions. The administrator manages
 * the desk but never sees citizens' data (R16: least privilege).
 */
public enum Role {
    /** 户籍民警. */
    HOUSEHOLD_OFFICER(EnumSet.of(Permission.IDENTIFY_APPLICANT, Permission.ISSUE_REGISTER_CERTIFICATES,
            Permission.PRINT, Permission.VOID_REPRINT_OWN, Permission.VIEW_CATALOGUE)),
    /** 社区民警. */
    COMMUNITY_OFFICER(EnumSet.of(Permission.IDENTIFY_APPLICANT, Permission.PREPARE_VERIFIED_CERTIFICATES,
            Permission.PRINT, Permission.VOID_REPRINT_OWN, Permission.VIEW_CATALOGUE)),
    /** 所领导. */
    STATION_HEAD(EnumSet.of(Permission.IDENTIFY_APPLICANT, Permission.APPROVE, Permission.OVERRIDE,
            Permission.VIEW_CATALOGUE, Permission.VOID_REPRINT_ANY, Permission.VIEW_AUDIT,
            Permission.VIEW_STATISTICS)),
    /** IT / 系统管理员. */
    ADMINISTRATOR(EnumSet.of(Permission.MANAGE_ACCOUNTS, Permission.CONFIGURE_STATION, Permission.VIEW_CATALOGUE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
