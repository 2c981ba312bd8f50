package cn.certdesk.domain.officer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher production = new PasswordHasher();

    @Test
    void productionHashesUseTheOwaspArgon2idParameters() {
        String hash = production.hash("正确的密码-1".toCharArray());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(production.verify("正确的密码-1".toCharArray(), hash)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String hash = production.hash("correct horse".toCharArray());
        assertThat(production.verify("correct hors".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(production.hash("same-password".toCharArray()))
                .isNotEqualTo(production.hash("same-password".toCharArray()));
    }

    @Test
    void aMalformedStoredHashNeverVerifies() {
        assertThat(production.verify("x".toCharArray(), "plain-text-password")).isFalse();
        assertThat(production.verify("x".toCharArray(), "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(production.verify("x".toCharArray(), "$argon2id$v=19$m=8,t=1,p=1$!!!$AAAA")).isFalse();
    }
}
