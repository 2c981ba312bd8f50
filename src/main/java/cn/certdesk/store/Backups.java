package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Backup copies of the store in {@code <data dir>/backups/}, and the restore that keeps a
 * damaged file aside in {@code <data dir>/damaged/} instead of overwriting it.
 * Not thread-safe; called while the store is closed or from the store's thread.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path storeFile;
    private final Clock clock;

    public Backups(Path storeFile, Clock clock) {
        this.storeFile = storeFile;
        this.clock = clock;
    }

    public Path directory() {
        return storeFile.toAbsolutePath().getParent().resolve("backups");
    }

    public Path damagedDirectory() {
        return storeFile.toAbsolutePath().getParent().resolve("damaged");
    }

    /** A new, not yet existing backup path; {@code label} says why (e.g. "before-v2"). */
    Path newBackupPath(String label) {
        return directory().resolve("certdesk-" + STAMP.format(clock.instant()) + "-" + label + ".db");
    }

    /** All backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> latest() {
        return list().stream().findFirst();
    }

    /**
     * Moves the damaged store (and its WAL and shared-memory files) to the damaged folder,
     * then copies {@code backup} into the store's place. The damaged file is kept, never
     * overwritten. The store must be closed.
     *
     * @return where the damaged file now is
     */
    public Path restore(Path backup) {
        try {
            Files.createDirectories(damagedDirectory());
            String stamp = STAMP.format(clock.instant());
            Path keptAt = damagedDirectory().resolve("certdesk-" + stamp + ".db");
            Files.move(storeFile, keptAt);
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = storeFile.resolveSibling(storeFile.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, damagedDirectory().resolve("certdesk-" + stamp + ".db" + suffix));
                }
            }
            Files.copy(backup, storeFile, StandardCopyOption.COPY_ATTRIBUTES);
            return keptAt;
        } catch (IOException e) {
            throw new CertDeskException("store.restore.failed", e, backup.getFileName().toString());
        }
    }
}
