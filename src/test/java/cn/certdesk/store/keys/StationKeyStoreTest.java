package cn.certdesk.store.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.QrVerifier;
import cn.certdesk.domain.authenticity.Sm2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StationKeyStoreTest {

    private static final String STATION = "220102001001";

    @TempDir
    Path dataDir;

    @Test
    void theKeyPairIsCreatedOnceAndLoadedAfterwards() throws Exception {
        StationKeyStore store = new StationKeyStore(dataDir);
        KeyPair created = store.ensureKeyPair(STATION);
        byte[] keyFileBefore = Files.readAllBytes(store.privateKeyFile(STATION));

        KeyPair again = new StationKeyStore(dataDir).ensureKeyPair(STATION);

        assertThat(again.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
        assertThat(again.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
        assertThat(Files.readAllBytes(store.privateKeyFile(STATION))).isEqualTo(keyFileBefore);
        assertThat(store.ownStationCode()).contains(STATION);
    }

    @Test
    void anExistingKeyIsNeverOverwrittenNotEvenForAnotherStation() throws Exception {
        StationKeyStore store = new StationKeyStore(dataDir);
        store.ensureKeyPair(STATION);
        byte[] keyFileBefore = Files.readAllBytes(store.privateKeyFile(STATION));

        assertThatThrownBy(() -> store.ensureKeyPair("220104002003")).isInstanceOfSatisfying(
                CertDeskException.class, e -> assertThat(e.messageKey()).isEqualTo("keys.other.station"));
        assertThat(Files.readAllBytes(store.privateKeyFile(STATION))).isEqualTo(keyFileBefore);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theKeyFilesAndTheirFolderAreOwnerOnly() throws Exception {
        StationKeyStore store = new StationKeyStore(dataDir);
        store.ensureKeyPair(STATION);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.privateKeyFile(STATION))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.secretFile(STATION))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())))
                .isEqualTo("rwx------");
    }

    @Test
    void thePrivateKeyFileIsEncryptedPkcs8WithoutTheRawKeyBytes() throws Exception {
        StationKeyStore store = new StationKeyStore(dataDir);
        KeyPair pair = store.ensureKeyPair(STATION);
        String pem = Files.readString(store.privateKeyFile(STATION), StandardCharsets.US_ASCII);
        byte[] der = StationKeyStore.readPem(store.privateKeyFile(STATION), "ENCRYPTED PRIVATE KEY");
        byte[] scalar = unsigned32(((ECPrivateKey) pair.getPrivate()).getS().toByteArray());

        assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n");
        assertThat(new javax.crypto.EncryptedPrivateKeyInfo(der).getAlgName()).containsIgnoringCase("PBE");
        assertThat(HexFormat.of().formatHex(der)).doesNotContain(HexFormat.of().formatHex(scalar))
                .doesNotContain(HexFormat.of().formatHex(pair.getPrivate().getEncoded()));
        assertThat(pem).doesNotContain(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
                .substring(0, 40));
    }

    @Test
    void aWrongSecretCannotLoadThePrivateKey() throws Exception {
        StationKeyStore store = new StationKeyStore(dataDir);
        store.ensureKeyPair(STATION);
        byte[] otherSecret = new byte[32];
        new SecureRandom().nextBytes(otherSecret);
        Files.writeString(store.secretFile(STATION), Base64.getEncoder().encodeToString(otherSecret));

        assertThatThrownBy(() -> store.loadKeyPair(STATION)).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("keys.secret.wrong"));
    }

    @Test
    void theKeyFileAloneWithoutItsSecretCannotBeLoaded() throws Exception {
        StationKeyStore store = new StationKeyStore(dataDir);
        store.ensureKeyPair(STATION);
        Files.delete(store.secretFile(STATION));

        assertThatThrownBy(() -> store.loadKeyPair(STATION)).isInstanceOf(CertDeskException.class);
    }

    @Test
    void knownKeysHoldTheDesksOwnKeyAndEveryKnownStationKeyIncludingRotatedOnes() {
        StationKeyStore store = new StationKeyStore(dataDir);
        KeyPair own = store.ensureKeyPair(STATION);
        KeyPair otherOld = Sm2.generateKeyPair(new SecureRandom());
        KeyPair otherNew = Sm2.generateKeyPair(new SecureRandom());
        assertThat(store.addKnownKey("220104002003", otherOld.getPublic()).getFileName()).hasToString("220104002003-1.pem");
        assertThat(store.addKnownKey("220104002003", otherNew.getPublic()).getFileName()).hasToString("220104002003-2.pem");
        store.addKnownKey("220104002003", otherNew.getPublic());

        var known = store.loadKnownKeys();

        assertThat(known.stations()).containsExactly(STATION, "220104002003");
        assertThat(known.keysOf(STATION)).hasSize(1);
        assertThat(known.keysOf(STATION).get(0).getEncoded()).isEqualTo(own.getPublic().getEncoded());
        assertThat(known.keysOf("220104002003")).hasSize(2);
    }

    @Test
    void theSignerOfTheStoredKeyProducesPayloadsTheKnownKeysVerify() {
        StationKeyStore store = new StationKeyStore(dataDir);
        store.ensureKeyPair(STATION);
        CertificateFacts facts = new CertificateFacts("N-1", "ISSUE_KINSHIP", LocalDate.of(2026, 11, 23), STATION,
                new TreeMap<>());

        String payload = store.signer(STATION).sign(facts).encode();

        assertThat(new QrVerifier(new StationKeyStore(dataDir).loadKnownKeys()).verify(payload).valid()).isTrue();
    }

    private static byte[] unsigned32(byte[] signed) {
        byte[] out = new byte[32];
        int copy = Math.min(32, signed.length);
        System.arraycopy(signed, signed.length - copy, out, 32 - copy, copy);
        return out;
    }
}
