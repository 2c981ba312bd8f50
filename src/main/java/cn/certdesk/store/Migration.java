package cn.certdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One versioned schema migration: a SQL script named {@code V<version>__<description>.sql}.
 *
 * @param version     the schema version the script brings the store to, from 1
 * @param description words from the file name
 * @param sql         the whole script, run in one transaction
 */
public record Migration(int version, String description, String sql) {

    /** SHA-256 of the script: a migration already applied must never change afterwards. */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
