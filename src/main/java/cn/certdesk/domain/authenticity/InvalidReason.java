package cn.certdesk.domain.authenticity;

/** Why a certificate failed verification, in Chinese (for officers) and English (for IT). */
public enum InvalidReason {
    MALFORMED_PAYLOAD("二维码格式错误", "malformed QR payload"),
    UNKNOWN_STATION_KEY("未知的派出所密钥", "no known public key for the issuing station"),
    SIGNATURE_INVALID("签名无效", "signature invalid: the QR content was changed or not signed by this station"),
    CONTENT_DIGEST_MISMATCH("内容摘要不符", "content digest mismatch: the certificate content was changed");

    private final String chinese;
    private final String english;

    InvalidReason(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** "中文 — English", for command-line output and logs. */
    public String message() {
        return chinese + " — " + english;
    }
}
