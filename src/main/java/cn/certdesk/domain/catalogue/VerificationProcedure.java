package cn.certdesk.domain.catalogue;

/**
 * What the officer verifies before a kind is issued, as the catalogue says (R07, R10–R12).
 * Immutable and thread-safe.
 */
public enum VerificationProcedure {
    /** Nothing beyond the register (R06 kinds): content comes from the population data. */
    NONE("none"),
    /**
     * R07: the community officer records what was verified on the police integrated platform and in
     * the call records (incident or call-record number, date, what was found).
     */
    RECORD("record"),
    /** A kind-specific procedure supplied by its own screen section (R10–R12: no-criminal-record). */
    SPECIAL("special");

    private final String code;

    VerificationProcedure(String code) {
        this.code = code;
    }

    /** The value in the catalogue file. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static VerificationProcedure fromCode(String code) {
        for (VerificationProcedure procedure : values()) {
            if (procedure.code.equals(code)) {
                return procedure;
            }
        }
        throw new IllegalArgumentException("unknown verification procedure: " + code);
    }
}
