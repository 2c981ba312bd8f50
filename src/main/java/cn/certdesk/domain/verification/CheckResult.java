package cn.certdesk.domain.verification;

/** What the officer found in one system (R12). */
public enum CheckResult {
    /** 未发现记录. */
    NONE_FOUND("未发现记录"),
    /** 发现记录: the verification ends in a refusal, never a certificate (R12). */
    RECORD_FOUND("发现记录");

    private final String printed;

    CheckResult(String printed) {
        this.printed = printed;
    }

    /** The wording printed on the application form (its template's explanation uses the same words). */
    public String printed() {
        return printed;
    }
}
