package cn.certdesk.app;

import java.nio.file.Path;

/**
 * Points Logback's rolling file at {@code <data dir>/logs} before the first logger exists
 * ({@link LoggingConfigurator} reads the {@code certdesk.log.dir} property). No personal data is ever
 * logged: officers are named by UUID, residents never.
 */
public final class LogSetup {

    public static final String LOG_DIR_PROPERTY = "certdesk.log.dir";

    private LogSetup() {
    }

    /** Must run before any {@code LoggerFactory.getLogger} call; an explicit -D setting wins. */
    public static void configure(Path dataDirectory) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, dataDirectory.resolve("logs").toString());
        }
    }
}
