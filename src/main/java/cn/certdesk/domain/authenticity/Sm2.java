package cn.certdesk.domain.authenticity;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The national-cryptography primitives CertDesk uses, all from one BouncyCastle provider
 * instance (passed explicitly, never installed globally): SM3 digests and SM2 signatures
 * ({@code SM3withSM2}, the default SM2 user ID {@code 1234567812345678}, DER-encoded signature)
 * on the curve {@code sm2p256v1}. Thread-safe.
 */
public final class Sm2 {

    /** The provider every SM2/SM3 operation uses; stateless after construction. */
    public static final Provider PROVIDER = new BouncyCastleProvider();

    /** The curve of every station key. */
    public static final String CURVE = "sm2p256v1";

    /** The signature algorithm: SM2 over the SM3 digest (GB/T 32918, GB/T 32905). */
    public static final String SIGNATURE_ALGORITHM = "SM3withSM2";

    private Sm2() {
    }

    /** A new station key pair on {@link #CURVE}. */
    public static KeyPair generateKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec(CURVE), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 key generation unavailable", e);
        }
    }

    static MessageDigest sm3() {
        try {
            return MessageDigest.getInstance("SM3", PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM3 unavailable", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, PROVIDER);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    /** True when {@code signatureBytes} is a valid SM2 signature of {@code data}; false for any malformed input. */
    static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM, PROVIDER);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
