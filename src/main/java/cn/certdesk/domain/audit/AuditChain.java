package cn.certdesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash chain of the audit trail (docs/decisions/0013-audit-trail.md): each entry's hash is
 * SM3 (GB/T 32905) over its canonical bytes, which include the previous entry's hash; the first
 * entry links to {@link #GENESIS}. Stateless and thread-safe.
 */
public final class AuditChain {

    /** What the first entry links to: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "certdesk-audit-v1";

    private AuditChain() {
    }

    /**
     * The bytes that are hashed: a format tag, then every field that means something — sequence,
     * id, time, officer, police number, action, object type, object reference, detail and the
     * previous hash — each as its UTF-8 length, a colon, the bytes and a newline, so that no two
     * different entries give the same bytes.
     */
    public static byte[] canonicalBytes(long sequence, UUID id, String occurredAtText, Optional<UUID> officerId,
            Optional<String> policeNumber, AuditAction action, String objectType, String objectRef, String detail,
            String previousHash) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        for (String field : new String[] {Long.toString(sequence), id.toString(), occurredAtText,
                officerId.map(UUID::toString).orElse(""), policeNumber.orElse(""), action.name(), objectType,
                objectRef, detail, previousHash}) {
            text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] canonicalBytes(AuditEntry entry) {
        return canonicalBytes(entry.sequence(), entry.id(), entry.occurredAtText(), entry.officerId(),
                entry.policeNumber(), entry.action(), entry.objectType(), entry.objectRef(), entry.detail(),
                entry.previousHash());
    }

    /** SM3 of the bytes, 64 lower-case hex digits. */
    public static String sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** The hash an entry must carry: SM3 of its canonical bytes. */
    public static String hashOf(AuditEntry entry) {
        return sm3(canonicalBytes(entry));
    }
}
