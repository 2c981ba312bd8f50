package cn.certdesk.domain.idnumber;

/**
 * Gender as a resident ID number records it: the 17th digit (the last of the sequence code) is
 * odd for a man and even for a woman (GB 11643-1999). Immutable and thread-safe.
 */
public enum Gender {
    MALE("男", "male"),
    FEMALE("女", "female");

    private final String chineseName;
    private final String englishName;

    Gender(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** 男 or 女, as printed on certificates. */
    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    static Gender fromSequenceDigit(char digit) {
        return (digit - '0') % 2 == 1 ? MALE : FEMALE;
    }
}
