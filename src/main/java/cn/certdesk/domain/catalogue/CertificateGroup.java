package cn.certdesk.domain.catalogue;

/**
 * The four groups of the 51 pre-reform certificate kinds (POLICY.md, catalogue table).
 * Only {@link #ISSUE} is issued; every other group is refused with a reason (R01, R02).
 * Immutable and thread-safe.
 */
public enum CertificateGroup {
    /** 出具: the 9 kinds the station issues. */
    ISSUE("issue", "出具"),
    /** 信息交换: the 12 kinds the requesting department verifies by batch exchange (R03). */
    EXCHANGE("exchange", "信息交换"),
    /** 取消（省级以上部门要求的 11 种）. */
    ABOLISHED_PROVINCIAL("abolished_provincial", "取消（省级以上部门要求）"),
    /** 取消（市县自行要求的 19 种）. */
    ABOLISHED_LOCAL("abolished_local", "取消（各地自行要求）");

    private final String code;
    private final String label;

    CertificateGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the value used in the catalogue file, e.g. {@code abolished_provincial} */
    public String code() {
        return code;
    }

    /** @return a short Chinese label for screens and notices */
    public String label() {
        return label;
    }

    /** @return {@code true} only for {@link #ISSUE}: the one group a certificate may be printed for (R01) */
    public boolean issuable() {
        return this == ISSUE;
    }

    /**
     * @param code the catalogue-file value
     * @return the group
     * @throws IllegalArgumentException if no group has that code
     */
    public static CertificateGroup fromCode(String code) {
        for (CertificateGroup group : values()) {
            if (group.code.equals(code)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown certificate group: " + code);
    }
}
