package cn.certdesk.domain.idnumber;

/**
 * Something the officer should see about an ID number that is accepted. Immutable and
 * thread-safe.
 */
public enum IdNumberWarning {
    /**
     * The address code is plausible but not in the division table, e.g. a code created after
     * the table's last revision. The officer checks the number and, if it is right, continues
     * with a written reason.
     */
    UNKNOWN_ADDRESS_CODE(true,
            "地址码不在行政区划代码表中，请核对号码；确认无误的，须填写理由后继续",
            "The address code is not in the administrative division table; check the number and,"
                    + " if it is right, give a reason to continue"),
    /**
     * The address code belongs to a division that was retired or renamed (e.g. 220181 九台市).
     * Numbers keep the code they were issued with, so this is information only.
     */
    HISTORICAL_ADDRESS_CODE(false,
            "地址码为已撤销或更名的行政区划",
            "The address code belongs to a former administrative division");

    private final boolean requiresOverrideReason;
    private final String message;
    private final String englishMessage;

    IdNumberWarning(boolean requiresOverrideReason, String message, String englishMessage) {
        this.requiresOverrideReason = requiresOverrideReason;
        this.message = message;
        this.englishMessage = englishMessage;
    }

    /** Whether the officer must give a reason before the number is used. */
    public boolean requiresOverrideReason() {
        return requiresOverrideReason;
    }

    /** The message for the officer, in Chinese. */
    public String message() {
        return message;
    }

    /** The message for the officer, in English. */
    public String englishMessage() {
        return englishMessage;
    }
}
