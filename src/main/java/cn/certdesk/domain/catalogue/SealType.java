package cn.certdesk.domain.catalogue;

/**
 * The seal an issued certificate carries (R06: 户口专用章, R07/R12: 公章). Immutable and
 * thread-safe.
 */
public enum SealType {
    /** 公安派出所户口专用章. */
    HOUSEHOLD_REGISTER_SEAL("户口专用章"),
    /** 公安派出所公章. */
    OFFICIAL_SEAL("公章");

    private final String label;

    SealType(String label) {
        this.label = label;
    }

    /** @return the Chinese name printed on the seal slot */
    public String label() {
        return label;
    }
}
