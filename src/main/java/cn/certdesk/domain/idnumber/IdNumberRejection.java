package cn.certdesk.domain.idnumber;

/**
 * Why an input is not a resident ID number, with the message shown to the officer in Chinese
 * and in English. Immutable and thread-safe.
 */
public enum IdNumberRejection {
    EMPTY("请输入公民身份号码", "Please enter the resident ID number"),
    ILLEGAL_CHARACTER("含非法字符", "Contains a character that is not allowed"),
    WRONG_LENGTH("长度错误：应为18位（或15位旧号码）",
            "Wrong length: 18 characters expected (or 15 digits for an old number)"),
    INVALID_ADDRESS_CODE("地址码无效", "Invalid address code"),
    INVALID_BIRTH_DATE("出生日期无效", "Invalid birth date"),
    BIRTH_DATE_BEFORE_1900("出生日期早于1900年1月1日", "Birth date is before 1 January 1900"),
    BIRTH_DATE_IN_FUTURE("出生日期晚于今天", "Birth date is after today"),
    CHECK_CHARACTER_MISMATCH("校验位错误", "Check character does not match");

    private final String message;
    private final String englishMessage;

    IdNumberRejection(String message, String englishMessage) {
        this.message = message;
        this.englishMessage = englishMessage;
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
