package cn.certdesk.domain.catalogue;

import java.util.Set;

/**
 * Which officer role prepares a certificate kind: 户籍民警 (R06 kinds) or 社区民警 (R07 kinds),
 * or either (no-criminal-record). The codes of the two officer roles are the role codes
 * used for accounts. Immutable and thread-safe.
 */
public enum HandlingRole {
    /** 户籍民警. */
    HOUSEHOLD_OFFICER("户籍民警", Set.of("HOUSEHOLD_OFFICER")),
    /** 社区民警. */
    COMMUNITY_OFFICER("社区民警", Set.of("COMMUNITY_OFFICER")),
    /** 户籍民警或社区民警. */
    EITHER("户籍民警或社区民警", Set.of("HOUSEHOLD_OFFICER", "COMMUNITY_OFFICER"));

    private final String label;
    private final Set<String> roleCodes;

    HandlingRole(String label, Set<String> roleCodes) {
        this.label = label;
        this.roleCodes = roleCodes;
    }

    /** @return the Chinese name of the role */
    public String label() {
        return label;
    }

    /** @return the account role codes that may handle the kind, unmodifiable */
    public Set<String> roleCodes() {
        return roleCodes;
    }

    /** @return whether an officer holding account role {@code roleCode} may handle the kind */
    public boolean permits(String roleCode) {
        return roleCodes.contains(roleCode);
    }
}
