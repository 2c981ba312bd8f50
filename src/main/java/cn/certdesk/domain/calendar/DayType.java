package cn.certdesk.domain.calendar;

/**
 * What a listed date is in the holiday data: an official holiday ({@code off}) or an
 * adjusted working day ({@code work}, 调休) that falls on a weekend. Immutable and thread-safe.
 */
public enum DayType {
    /** 放假: an official rest day, even when it falls on a weekday. */
    OFF("off"),
    /** 调休上班: a working day, even when it falls on a Saturday or Sunday. */
    WORK("work");

    private final String code;

    DayType(String code) {
        this.code = code;
    }

    /** @return the code used in the data file, {@code off} or {@code work} */
    public String code() {
        return code;
    }

    /**
     * @param code {@code off} or {@code work}, exactly as in the data file
     * @return the matching type
     * @throws IllegalArgumentException for any other value
     */
    public static DayType fromCode(String code) {
        for (DayType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown day type: " + code);
    }
}
