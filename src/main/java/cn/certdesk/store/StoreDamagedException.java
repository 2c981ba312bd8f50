package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The store file failed its integrity check at start. Nothing was written to it; the officer
 * is offered {@link #latestBackup()} if there is one.
 */
public final class StoreDamagedException extends CertDeskException {

    private static final long serialVersionUID = 1L;

    private final transient Path damagedFile;
    private final transient Path latestBackup;

    public StoreDamagedException(Path damagedFile, Optional<Path> latestBackup, String detail, Throwable cause) {
        super("store.damaged", cause, damagedFile.toString(), detail);
        this.damagedFile = damagedFile;
        this.latestBackup = latestBackup.orElse(null);
    }

    public Path damagedFile() {
        return damagedFile;
    }

    public Optional<Path> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }
}
