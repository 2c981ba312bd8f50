package cn.certdesk.store.keys;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.authenticity.KnownStationKeys;
import cn.certdesk.domain.authenticity.Sm2;
import cn.certdesk.domain.authenticity.StationSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's SM2 signing key and the station public keys this desk knows, as files in
 * {@code <data dir>/keys/} (docs/decisions/0010-station-signing-key.md):
 * <pre>
 * keys/                                 owner-only directory
 *   station-&lt;code&gt;.key.pem             private key: PKCS#8 EncryptedPrivateKeyInfo (PBES2:
 *                                       PBKDF2-HmacSHA256 + AES-256-CBC), PEM, owner-only
 *   station-&lt;code&gt;.secret               the random secret that decrypts it, owner-only
 *   station-&lt;code&gt;.pub.pem             the desk's own public key, X.509 SubjectPublicKeyInfo PEM
 *   known/&lt;code&gt;-&lt;n&gt;.pem               public keys of other stations (and retired own keys)
 * </pre>
 * The key pair is created once by {@link #ensureKeyPair} and never overwritten. Not
 * thread-safe for creation; run it from one thread (station set-up).
 */
public final class StationKeyStore {

    /** The folder inside the data directory. */
    public static final String FOLDER = "keys";

    private static final Logger LOG = LoggerFactory.getLogger(StationKeyStore.class);
    private static final String PBE_ALGORITHM = "PBEWithHmacSHA256AndAES_256";
    private static final int PBE_ITERATIONS = 100_000;
    private static final int SECRET_BYTES = 32;
    private static final Pattern STATION_CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Pattern KNOWN_FILE = Pattern.compile("([A-Za-z0-9]{1,32})-([0-9]{1,6})\\.pem");
    private static final Pattern OWN_KEY_FILE = Pattern.compile("station-([A-Za-z0-9]{1,32})\\.key\\.pem");
    private static final String ENCRYPTED_KEY_LABEL = "ENCRYPTED PRIVATE KEY";
    private static final String PUBLIC_KEY_LABEL = "PUBLIC KEY";

    private final Path folder;
    private final SecureRandom random;

    /** The key store of the data directory {@code dataDirectory} (its {@value #FOLDER} subfolder). */
    public StationKeyStore(Path dataDirectory) {
        this(dataDirectory, new SecureRandom());
    }

    public StationKeyStore(Path dataDirectory, SecureRandom random) {
        this.folder = dataDirectory.resolve(FOLDER);
        this.random = random;
    }

    public Path folder() {
        return folder;
    }

    public Path privateKeyFile(String stationCode) {
        return folder.resolve("station-" + checked(stationCode) + ".key.pem");
    }

    public Path secretFile(String stationCode) {
        return folder.resolve("station-" + checked(stationCode) + ".secret");
    }

    public Path publicKeyFile(String stationCode) {
        return folder.resolve("station-" + checked(stationCode) + ".pub.pem");
    }

    public Path knownFolder() {
        return folder.resolve("known");
    }

    /** The code of the station whose key pair this desk holds, if it holds one. */
    public Optional<String> ownStationCode() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> OWN_KEY_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).map(match -> match.group(1)).sorted().findFirst();
        } catch (IOException e) {
            throw new CertDeskException("keys.unreadable", e, folder.getFileName().toString());
        }
    }

    /**
     * The station's key pair: created on the first call (station set-up), loaded on every later
     * one. An existing key is never overwritten.
     *
     * @throws CertDeskException when the desk already holds the key of another station, or the
     *         key files cannot be written or read
     */
    public KeyPair ensureKeyPair(String stationCode) {
        checked(stationCode);
        Optional<String> existing = ownStationCode();
        if (existing.isPresent() && !existing.get().equals(stationCode)) {
            throw new CertDeskException("keys.other.station", existing.get(), stationCode);
        }
        if (Files.exists(privateKeyFile(stationCode))) {
            return loadKeyPair(stationCode);
        }
        KeyPair pair = Sm2.generateKeyPair(random);
        try {
            createOwnerOnlyDirectory(folder);
            byte[] secretBytes = new byte[SECRET_BYTES];
            random.nextBytes(secretBytes);
            char[] secret = Base64.getEncoder().encodeToString(secretBytes).toCharArray();
            Arrays.fill(secretBytes, (byte) 0);
            // A leftover secret or public key without a private key comes from an interrupted
            // set-up: nothing was ever signed with it, so it is replaced.
            writeOwnerOnly(secretFile(stationCode), new String(secret).getBytes(StandardCharsets.US_ASCII), true);
            writeOwnerOnly(publicKeyFile(stationCode), pem(PUBLIC_KEY_LABEL, pair.getPublic().getEncoded()), true);
            byte[] encrypted = encrypt(pair.getPrivate().getEncoded(), secret);
            Arrays.fill(secret, '\0');
            writeOwnerOnly(privateKeyFile(stationCode), pem(ENCRYPTED_KEY_LABEL, encrypted), false);
        } catch (FileAlreadyExistsException e) {
            // Another process created it meanwhile: keep theirs.
            return loadKeyPair(stationCode);
        } catch (IOException e) {
            throw new CertDeskException("keys.unwritable", e, folder.toString());
        }
        LOG.info("Created the signing key pair of station {} in {}", stationCode, folder);
        return pair;
    }

    /**
     * Loads the station's key pair.
     *
     * @throws CertDeskException when a file is missing or unreadable, or the secret does not
     *         decrypt the private key
     */
    public KeyPair loadKeyPair(String stationCode) {
        PublicKey publicKey = readPublicKey(publicKeyFile(stationCode));
        byte[] encrypted = readPem(privateKeyFile(stationCode), ENCRYPTED_KEY_LABEL);
        char[] secret;
        try {
            secret = Files.readString(secretFile(stationCode), StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new CertDeskException("keys.unreadable", e, secretFile(stationCode).getFileName().toString());
        }
        try {
            return new KeyPair(publicKey, decrypt(encrypted, secret));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** A signer with the station's private key. */
    public StationSigner signer(String stationCode) {
        return new StationSigner(loadKeyPair(stationCode).getPrivate(), stationCode);
    }

    /**
     * Adds the public key of a station (another station, or a retired key of this one) as
     * {@code known/<code>-<n>.pem} with the next free {@code n}; a key already known is not added again.
     *
     * @return the file holding the key
     */
    public Path addKnownKey(String stationCode, PublicKey key) {
        checked(stationCode);
        try {
            Files.createDirectories(knownFolder());
            int next = 1;
            for (KnownFile known : knownFiles()) {
                if (known.stationCode().equals(stationCode)) {
                    if (Arrays.equals(readPublicKey(known.file()).getEncoded(), key.getEncoded())) {
                        return known.file();
                    }
                    next = Math.max(next, known.number() + 1);
                }
            }
            Path file = knownFolder().resolve(stationCode + "-" + next + ".pem");
            Files.write(file, pem(PUBLIC_KEY_LABEL, key.getEncoded()), StandardOpenOption.CREATE_NEW);
            return file;
        } catch (IOException e) {
            throw new CertDeskException("keys.unwritable", e, knownFolder().toString());
        }
    }

    /**
     * Every station public key this desk knows: the files in {@code known/} and the desk's own.
     *
     * @throws CertDeskException naming a key file that is not a readable public key
     */
    public KnownStationKeys loadKnownKeys() {
        KnownStationKeys.Builder keys = KnownStationKeys.builder();
        try {
            for (KnownFile known : knownFiles()) {
                keys.add(known.stationCode(), readPublicKey(known.file()));
            }
        } catch (IOException e) {
            throw new CertDeskException("keys.unreadable", e, knownFolder().toString());
        }
        ownStationCode().ifPresent(code -> {
            if (Files.exists(publicKeyFile(code))) {
                keys.add(code, readPublicKey(publicKeyFile(code)));
            }
        });
        return keys.build();
    }

    private record KnownFile(Path file, String stationCode, int number) {
    }

    private List<KnownFile> knownFiles() throws IOException {
        List<KnownFile> files = new ArrayList<>();
        if (!Files.isDirectory(knownFolder())) {
            return files;
        }
        try (Stream<Path> listing = Files.list(knownFolder())) {
            for (Path file : listing.sorted().toList()) {
                Matcher match = KNOWN_FILE.matcher(file.getFileName().toString());
                if (match.matches()) {
                    files.add(new KnownFile(file, match.group(1), Integer.parseInt(match.group(2))));
                } else {
                    LOG.warn("Ignored a file in the known station keys folder that is not <stationCode>-<n>.pem: {}",
                            file.getFileName());
                }
            }
        }
        files.sort(java.util.Comparator.comparing(KnownFile::stationCode).thenComparingInt(KnownFile::number));
        return files;
    }

    // --- encryption --------------------------------------------------------------------------

    private byte[] encrypt(byte[] pkcs8, char[] secret) {
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        try {
            SecretKey key = SecretKeyFactory.getInstance(PBE_ALGORITHM).generateSecret(new PBEKeySpec(secret));
            Cipher cipher = Cipher.getInstance(PBE_ALGORITHM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, PBE_ITERATIONS, new IvParameterSpec(iv)),
                    random);
            byte[] encrypted = cipher.doFinal(pkcs8);
            // The JDK names PBES2 parameters by their scheme OID only as "PBES2".
            AlgorithmParameters pbes2 = AlgorithmParameters.getInstance("PBES2");
            pbes2.init(cipher.getParameters().getEncoded());
            return new EncryptedPrivateKeyInfo(pbes2, encrypted).getEncoded();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("PBES2 encryption of the station key failed", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private PrivateKey decrypt(byte[] encrypted, char[] secret) {
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(encrypted);
            SecretKey key = SecretKeyFactory.getInstance(PBE_ALGORITHM).generateSecret(new PBEKeySpec(secret));
            Cipher cipher = Cipher.getInstance(PBE_ALGORITHM);
            AlgorithmParameters parameters = info.getAlgParameters();
            if (!PBE_ALGORITHM.equalsIgnoreCase(parameters.toString())) {
                throw new GeneralSecurityException("unexpected key encryption scheme");
            }
            cipher.init(Cipher.DECRYPT_MODE, key, parameters.getParameterSpec(PBEParameterSpec.class));
            byte[] pkcs8 = cipher.doFinal(info.getEncryptedData());
            try {
                return KeyFactory.getInstance("EC", Sm2.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            // Wrong secret (bad padding / garbage key) or a damaged file: either way unusable.
            throw new CertDeskException("keys.secret.wrong", e);
        }
    }

    // --- files -------------------------------------------------------------------------------

    private static String checked(String stationCode) {
        if (stationCode == null || !STATION_CODE.matcher(stationCode).matches()) {
            throw new IllegalArgumentException("station code must be 1–32 of A–Z a–z 0–9");
        }
        return stationCode;
    }

    private static PublicKey readPublicKey(Path file) {
        try {
            return KeyFactory.getInstance("EC", Sm2.PROVIDER)
                    .generatePublic(new X509EncodedKeySpec(readPem(file, PUBLIC_KEY_LABEL)));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof CertDeskException known) {
                throw known;
            }
            throw new CertDeskException("keys.unreadable", e, file.getFileName().toString());
        }
    }

    static byte[] pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] readPem(Path file, String label) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            String begin = "-----BEGIN " + label + "-----";
            String end = "-----END " + label + "-----";
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from < 0 || to < from) {
                throw new CertDeskException("keys.unreadable", file.getFileName().toString());
            }
            return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IOException | IllegalArgumentException e) {
            throw new CertDeskException("keys.unreadable", e, file.getFileName().toString());
        }
    }

    private static void createOwnerOnlyDirectory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory);
        restrictToOwner(directory, true);
    }

    /**
     * Writes {@code content} to a new file readable and writable by its owner only: POSIX
     * {@code rw-------} where supported, else (Windows) an ACL with one entry for the owner.
     * The permissions are set before any content is written.
     */
    private static void writeOwnerOnly(Path file, byte[] content, boolean replaceLeftover) throws IOException {
        if (replaceLeftover) {
            Files.deleteIfExists(file);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        restrictToOwner(temporary, false);
        try {
            Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            // No REPLACE_EXISTING: an existing key is never overwritten.
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path path, boolean directory) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = acl.getOwner();
            AclEntry ownerOnly = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
            acl.setAcl(List.of(ownerOnly));
            return;
        }
        LOG.warn("The file system of {} supports neither POSIX permissions nor ACLs; the key file is not "
                + "restricted to its owner", path.getFileName());
    }
}
