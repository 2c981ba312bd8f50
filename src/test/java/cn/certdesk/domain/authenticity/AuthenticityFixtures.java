package cn.certdesk.domain.authenticity;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.TreeMap;

/** Synthetic certificates and keys for the authenticity tests (no real person). */
final class AuthenticityFixtures {

    static final String STATION = "220102001001";
    static final String OTHER_STATION = "220104002003";

    private AuthenticityFixtures() {
    }

    static CertificateFacts kinship() {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("applicantName", "测试甲");
        fields.put("relativeName", "测试乙");
        fields.put("relationship", "母子");
        fields.put("purpose", "办理继承公证");
        return new CertificateFacts("2026-0000123", "ISSUE_KINSHIP", LocalDate.of(2026, 11, 23), STATION, fields);
    }

    static KeyPair keyPair() {
        return Sm2.generateKeyPair(new SecureRandom());
    }
}
