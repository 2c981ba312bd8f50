package cn.certdesk.testing;

import cn.certdesk.domain.officer.PasswordHasher;
import java.security.SecureRandom;

/** Argon2id with small parameters so tests that create many accounts stay quick. */
public final class FastHasher {

    private FastHasher() {
    }

    public static PasswordHasher create() {
        return new PasswordHasher(256, 1, 1, new SecureRandom());
    }
}
